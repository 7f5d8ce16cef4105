/**
 * The oldest ESLint the plugin supports (`peerDependencies`: ^9.15.0): ESLint 9.15.0, installed
 * from the registry (npm's cache first) into its own directory, lints a copy of the demo app with
 * every rule, and reports exactly what ESLint 10 reports on the same files: the same findings at
 * the same positions with the same messages, and the same fixes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanUp, ESLINT_BIN, examplesWorkspace, NPM_ENV, writeFiles } from './workspace.js';

const FLOOR = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    peerDependencies: Record<string, string>;
  }
).peerDependencies.eslint?.match(/\^(9\.\d+\.\d+)/u)?.[1];

const ALL_RULES = `import tsParser from '@typescript-eslint/parser';
import claudeApi from 'eslint-plugin-claude-api';

export default [
  { files: ['**/*.ts', '**/*.js'], languageOptions: { parser: tsParser }, settings: { 'claude-api': { apiVersion: '2023-06-01' } } },
  claudeApi.configs.all,
];
`;

interface Result {
  readonly filePath: string;
  readonly output?: string;
  readonly messages: readonly { ruleId: string | null; line: number; column: number; message: string; fix?: unknown; fatal?: boolean }[];
}

/** Every finding as `file:line:column rule message`, with its fix, from one ESLint binary. */
function lint(bin: string, cwd: string): { findings: string[]; raw: string } {
  const run = spawnSync(process.execPath, [bin, '-f', 'json', 'src'], { cwd, encoding: 'utf8', env: NPM_ENV });
  const results = JSON.parse(run.stdout) as Result[];
  const findings = results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${path.relative(cwd, result.filePath)}:${message.line}:${message.column} ${message.ruleId} ${message.message} ${JSON.stringify(message.fix ?? null)}`,
    ),
  );
  return { findings, raw: run.stderr };
}

describe(`ESLint ${FLOOR}, the oldest supported`, () => {
  let cwd: string;
  let eslint9: string;
  let bin: string;
  beforeAll(() => {
    eslint9 = mkdtempSync(path.join(os.tmpdir(), 'claude-api-eslint9-'));
    const install = spawnSync('npm', ['install', '--prefix', eslint9, '--no-save', '--silent', `eslint@${FLOOR}`], {
      encoding: 'utf8',
      env: NPM_ENV,
    });
    expect(install.status, install.stderr).toBe(0);
    bin = path.join(eslint9, 'node_modules', 'eslint', 'bin', 'eslint.js');
    cwd = examplesWorkspace(['@typescript-eslint/parser']);
    writeFiles(cwd, { 'eslint.config.js': ALL_RULES });
  }, 300_000);
  afterAll(() => {
    cleanUp();
    rmSync(eslint9, { recursive: true, force: true });
  });

  it('is the version the peer range names', () => {
    expect(FLOOR).toBe('9.15.0');
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).stdout.trim();
    expect(version).toBe(`v${FLOOR}`);
  });

  it('reports what ESLint 10 reports on the demo app, with every rule', () => {
    const old = lint(bin, cwd);
    const current = lint(ESLINT_BIN, cwd);
    expect(old.raw).not.toContain('Oops');
    expect(old.findings.some((finding) => finding.includes('claude-api/valid-model-id'))).toBe(true);
    expect(old.findings).toEqual(current.findings);
  });
});
