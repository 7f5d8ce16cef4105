#!/usr/bin/env node
/**
 * Benchmark of type-aware mode: what the plugin adds to a typed ESLint run.
 *
 * Lints one TypeScript project with typescript-eslint's parser and `projectService`, in one
 * process, alternating configs:
 *   noop        parser with type information + one rule that does nothing (the reference:
 *               typed parsing and the traversal, which every typed run pays)
 *   ours        + claude-api recommended, type-aware (the checker answers on candidate calls)
 *   untyped     claude-api recommended without type information, for comparison
 *   untyped-noop the no-op rule without type information
 * The project: the demo app, the typed fixture (tests/typed/fixture) and the plugin's own
 * sources (real TypeScript with few Claude calls), copied into .bench/typed with one tsconfig.
 * Prints medians, ours over noop, and per-rule times from ESLint's stats (what TIMING prints),
 * as medians over the rounds.
 *
 *   npm run bench:typed
 *   BENCH_ROUNDS=9 npm run bench:typed
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import claudeApi from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const dir = path.join(root, '.bench', 'typed');

function listFiles(directory) {
  const out = [];
  const walk = (current) => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(?:ts|js)$/u.test(name) && !name.endsWith('.d.ts')) out.push(full);
    }
  };
  walk(directory);
  return out;
}

/** One project: three source trees under one tsconfig (the SDK's types come from node_modules). */
function corpus() {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(root, 'examples', 'src'), path.join(dir, 'examples'), { recursive: true });
  cpSync(path.join(root, 'tests', 'typed', 'fixture', 'src'), path.join(dir, 'fixture'), { recursive: true });
  cpSync(path.join(root, 'src'), path.join(dir, 'plugin'), { recursive: true });
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        allowJs: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        skipLibCheck: true,
        noEmit: true,
      },
      include: ['**/*.ts', '**/*.js'],
    }),
  );
  return listFiles(dir);
}

const noopRule = { meta: { type: 'problem', schema: [] }, create: () => ({ Program() {} }) };
const noop = { plugins: { bench: { rules: { noop: noopRule } } }, rules: { 'bench/noop': 'error' } };

const CONFIGS = {
  noop: { typed: true, extra: [noop] },
  ours: { typed: true, extra: [claudeApi.configs.recommended] },
  'untyped-noop': { typed: false, extra: [noop] },
  untyped: { typed: false, extra: [claudeApi.configs.recommended] },
};
// BENCH_BASELINE=/path/to/other/dist/index.js: the same typed run with another build (an earlier
// commit), alternated in the same rounds, so the two builds are compared under the same load.
if (process.env.BENCH_BASELINE) {
  const baseline = (await import(path.resolve(process.env.BENCH_BASELINE))).default;
  CONFIGS.baseline = { typed: true, extra: [baseline.configs.recommended] };
}

async function lintOnce(name, files) {
  const { typed, extra } = CONFIGS[name];
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      { ignores: [] },
      {
        files: ['**/*.ts', '**/*.js'],
        languageOptions: {
          parser: tseslint.parser,
          sourceType: 'module',
          ...(typed ? { parserOptions: { projectService: true, tsconfigRootDir: dir } } : {}),
        },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
        settings: { 'claude-api': { apiVersion: '2023-06-01' } },
      },
      ...extra,
    ],
    ignore: false,
    stats: true,
  });
  const start = process.hrtime.bigint();
  const results = await eslint.lintFiles(files);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const ruleTimes = {};
  let problems = 0;
  for (const result of results) {
    problems += result.messages.length;
    for (const pass of result.stats?.times.passes ?? []) {
      for (const [rule, { total }] of Object.entries(pass.rules ?? {})) ruleTimes[rule] = (ruleTimes[rule] ?? 0) + total;
    }
  }
  return { ms, ruleTimes, problems };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const files = corpus();
console.log(`Node ${process.version}, ESLint ${ESLint.version}; ${files.length} files in one typed project, ${ROUNDS} rounds.`);
const names = Object.keys(CONFIGS);
const times = Object.fromEntries(names.map((name) => [name, []]));
/** Per config, per round: each rule's time from ESLint's stats. */
const ruleRounds = Object.fromEntries(names.map((name) => [name, []]));
const last = {};
await lintOnce('noop', files.slice(0, 10)); // warm up module caches
for (let round = 0; round < ROUNDS; round++) {
  const order = names.map((_, index) => names[(index + round) % names.length]);
  for (const name of order) {
    const run = await lintOnce(name, files);
    times[name].push(run.ms);
    ruleRounds[name].push(run.ruleTimes);
    last[name] = run;
  }
}
const over = (a, b) => `${((median(times[a]) / median(times[b]) - 1) * 100).toFixed(1)}%`;
for (const name of names) {
  console.log(`  ${name.padEnd(13)} ${median(times[name]).toFixed(0).padStart(7)} ms   (${last[name].problems} problems)`);
}
console.log(`  typed: ours over noop ${over('ours', 'noop')}; untyped: ours over noop ${over('untyped', 'untyped-noop')}`);
// Time inside our rules, over the no-op run's wall time in the same round (one round's figures
// move with the VM's load, and a ratio within a round less so): the median over rounds.
const ruleTotal = (round) => Object.entries(round).reduce((sum, [rule, ms]) => sum + (rule.startsWith('claude-api/') ? ms : 0), 0);
for (const name of ['ours', 'baseline', 'untyped']) {
  const rounds = ruleRounds[name];
  if (!rounds) continue;
  const reference = times[name === 'untyped' ? 'untyped-noop' : 'noop'];
  const total = median(rounds.map(ruleTotal));
  const share = median(rounds.map((round, index) => ruleTotal(round) / reference[index]));
  const rules = Object.keys(rounds[0] ?? {})
    .filter((rule) => rule.startsWith('claude-api/'))
    .map((rule) => [rule, median(rounds.map((round) => round[rule] ?? 0))])
    .sort((a, b) => b[1] - a[1]);
  console.log(
    `\n  per-rule time, ${name === 'untyped' ? 'untyped' : `typed (${name})`} (ESLint stats, medians of ${rounds.length} rounds): total ${total.toFixed(1)} ms, ${(share * 100).toFixed(1)}% of the same round's no-op run`,
  );
  for (const [rule, ms] of rules) console.log(`    ${rule.padEnd(44)} ${ms.toFixed(1).padStart(7)} ms`);
}
console.log('  (the first rule to run in a file pays for the shared request finder, once for all rules)');
