/**
 * Temporary projects for the integration tests: files, node_modules links to this repository's
 * packages (the plugin itself links to the repository root, so its dist/ is what loads), and
 * helpers to run the ESLint CLI in them.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLES = path.join(REPO, 'examples');
export const ESLINT_BIN = path.join(REPO, 'node_modules', 'eslint', 'bin', 'eslint.js');
/** npm for a test: the cache first, and none of the network extras (audit, fund, update notices). */
export const NPM_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};
export const FAKE_DATE = path.join(REPO, 'tests', 'integration', 'fixtures', 'fake-date.js');

const created: string[] = [];

/** Remove every workspace made by this test file. */
export function cleanUp(): void {
  for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/** A temporary directory with `files`, and node_modules links to `packages` of this repository. */
export function workspace(files: Record<string, string>, packages: readonly string[] = ['eslint', '@typescript-eslint/parser']): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'claude-api-integration-'));
  created.push(directory);
  writeFiles(directory, files);
  linkPackages(directory, ['eslint-plugin-claude-api', ...packages]);
  return directory;
}

export function writeFiles(directory: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), text);
  }
}

export function linkPackages(directory: string, packages: readonly string[]): void {
  for (const name of packages) {
    const link = path.join(directory, 'node_modules', name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(name === 'eslint-plugin-claude-api' ? REPO : path.join(REPO, 'node_modules', name), link, 'dir');
  }
}

/**
 * A copy of examples/ whose config imports the plugin by its package name, as a user's does,
 * with the SDK examples/ finds in this repository (its lifecycle data changes findings).
 */
export function examplesWorkspace(packages: readonly string[] = ['eslint', '@typescript-eslint/parser']): string {
  const directory = workspace({}, [...packages, '@anthropic-ai/sdk']);
  cpSync(path.join(EXAMPLES, 'src'), path.join(directory, 'src'), { recursive: true });
  writeFiles(directory, {
    'package.json': JSON.stringify({ name: 'examples-copy', private: true, type: 'module' }),
    'eslint.config.js': EXAMPLES_CONFIG,
  });
  return directory;
}

/** examples/eslint.config.js, importing the plugin by name. */
export const EXAMPLES_CONFIG = `import tsParser from '@typescript-eslint/parser';
import claudeApi from 'eslint-plugin-claude-api';

export default [
  {
    files: ['**/*.ts', '**/*.js'],
    languageOptions: { parser: tsParser },
    settings: { 'claude-api': { apiVersion: '2023-06-01' } },
  },
  claudeApi.configs.recommended,
  {
    rules: {
      'claude-api/no-hardcoded-api-key': 'error',
      'claude-api/no-unreachable-error-check': 'error',
      'claude-api/no-error-message-matching': 'error',
    },
  },
];
`;

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the ESLint CLI in `cwd`. `now` runs it on another day (fake-date.js). */
export function eslint(cwd: string, args: readonly string[], options: { now?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const preload = options.now === undefined ? [] : ['--import', FAKE_DATE];
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [...preload, ESLINT_BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...options.env, ...(options.now === undefined ? {} : { CLAUDE_API_TEST_NOW: options.now }) },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonResult {
  readonly filePath: string;
  readonly messages: readonly { ruleId: string | null; severity: number; line: number; column: number; message: string }[];
}

/** `ruleId line:column` of every finding in ESLint's JSON output, file by file (relative paths). */
export function findings(cwd: string, stdout: string): string[] {
  const results = JSON.parse(stdout) as JsonResult[];
  return results
    .flatMap((result) => result.messages.map((m) => `${path.relative(cwd, result.filePath)} ${m.line}:${m.column} ${m.ruleId ?? 'fatal'}`))
    .sort();
}

export function installSdk(directory: string, version: string): void {
  writeFiles(directory, {
    'node_modules/@anthropic-ai/sdk/package.json': JSON.stringify({ name: '@anthropic-ai/sdk', version }),
  });
}
