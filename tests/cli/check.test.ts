/**
 * `eslint-plugin-claude-api check`: the recommended config over the given paths, without the
 * user's ESLint setup, with a per-rule summary and exit 1 when the API would reject something.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const root = mkdtempSync(path.join(os.tmpdir(), 'claude-api-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const BAD = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });
`;
const GOOD = BAD.replace('claude-sonnet-4.6', 'claude-sonnet-4-6');

async function check(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd };
  const code = await main(['check', ...argv], io);
  return { code, stdout, stderr };
}

function project(name: string, files: Record<string, string>): string {
  const directory = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), text);
  }
  return directory;
}

describe('check', () => {
  it('finds what the API rejects in examples/, per rule, and exits 1', async () => {
    const { code, stdout } = await check(EXAMPLES);
    expect(code).toBe(1);
    expect(stdout).toContain('claude-api/valid-model-id');
    expect(stdout).toMatch(/^Findings by rule:$/mu);
    const perRule = [...stdout.matchAll(/^ {2}claude-api\/[a-z-]+ +(\d+) errors?, (\d+) warnings?$/gmu)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(perRule.length).toBeGreaterThan(5);
    const total = /^Checked (\d+) files: (\d+) errors \(requests the Claude API would reject\), (\d+) warnings?, in \d+ files\.$/mu.exec(
      stdout,
    );
    expect(Number(total?.[2])).toBe(perRule.reduce((sum, [errors = 0]) => sum + errors, 0));
    expect(Number(total?.[3])).toBe(perRule.reduce((sum, [, warnings = 0]) => sum + warnings, 0));
    // examples/ is inside this repository, whose node_modules has the SDK (a devDependency).
    expect(stdout).toMatch(new RegExp(`^API version 20\\d\\d-\\d\\d-\\d\\d \\(.+\\): ${total?.[1]} files$`, 'mu'));
  });

  it('ignores the project ESLint config: a config that turns everything off changes nothing', async () => {
    const directory = project('own-config', {
      'eslint.config.js': 'export default [{ rules: {} }, { ignores: ["**"] }];\n',
      'src/a.ts': BAD,
    });
    const { code, stdout } = await check(directory);
    expect(code).toBe(1);
    expect(stdout).toContain("'claude-sonnet-4.6' is not a Claude model ID");
  });

  it('exits 0 on clean code, and checks only the paths given', async () => {
    const directory = project('paths', { 'good/a.ts': GOOD, 'bad/b.ts': BAD });
    expect(await check(directory, 'good')).toEqual({
      code: 0,
      stdout:
        'API version 2023-06-01 (no installed @anthropic-ai/sdk found): 1 file\nChecked 1 file: nothing the Claude API would reject.\n',
      stderr: '',
    });
    expect((await check(directory, 'bad/b.ts')).code).toBe(1);
  });

  it('respects .gitignore, in a git work tree and outside one', async () => {
    const files = { '.gitignore': 'generated/\n*.gen.ts\n', 'src/ok.ts': GOOD, 'generated/bad.ts': BAD, 'src/x.gen.ts': BAD };
    const plain = project('gitignore-plain', files);
    expect(await check(plain)).toMatchObject({ code: 0 });
    const repo = project('gitignore-git', { ...files, 'nested/.gitignore': 'local.ts\n', 'nested/local.ts': BAD });
    execFileSync('git', ['init', '-q'], { cwd: repo });
    expect(await check(repo)).toMatchObject({ code: 0, stdout: expect.stringContaining('Checked 1 file:') as string });
    // A file named on the command line is checked even if ignored.
    expect((await check(repo, 'generated/bad.ts')).code).toBe(1);
  });

  it('shows progress on stderr for a large tree', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 520; i++) files[`src/f${i}.js`] = `export const x${i} = ${i};\n`;
    const { code, stderr } = await check(project('large', files));
    expect(code).toBe(0);
    expect(stderr).toBe('Checked 250 of 520 files…\nChecked 500 of 520 files…\nChecked 520 of 520 files…\n');
  }, 60_000);

  it('takes an ESLint formatter', async () => {
    const { code, stdout } = await check(project('json', { 'a.ts': BAD }), '--format', 'json');
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { messages: { ruleId: string }[] }[])[0]?.messages.map((m) => m.ruleId)).toEqual([
      'claude-api/valid-model-id',
    ]);
  });

  it('exits 2 on bad usage', async () => {
    expect(await check(root, '--frobnicate')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("unknown option '--frobnicate'") as string,
    });
    expect(await check(root, 'no/such/dir')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no such file or directory: no/such/dir') as string,
    });
    expect(await check(root, '--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: eslint-plugin-claude-api check [paths...]') as string,
    });
  });
});
