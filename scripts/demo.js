#!/usr/bin/env node
// Lint the bundled demo app (examples/) with the plugin's recommended config and show the
// findings. Run through `npm run demo`, which builds the plugin first.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const cwd = fileURLToPath(new URL('../examples/', import.meta.url));
const eslint = new ESLint({ cwd });
const results = await eslint.lintFiles(['src']);
const formatter = await eslint.loadFormatter('stylish');
process.stdout.write(await formatter.format(results));

const byRule = new Map();
for (const result of results) {
  for (const message of result.messages) {
    if (message.fatal) {
      console.error(`Parse error in ${result.filePath}: ${message.message}`);
      process.exitCode = 1;
    }
    byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1);
  }
}
const clean = results.filter((result) => result.messages.length === 0).map((result) => result.filePath.slice(cwd.length));
console.log('Findings by rule:');
for (const [rule, count] of [...byRule].sort()) console.log(`  ${String(count).padStart(3)}  ${rule}`);
console.log(`Files with no findings (correct code and non-Claude calls stay silent): ${clean.join(', ')}`);
console.log('The demo exits 0: the findings above are the point. See examples/src for the code.');
