/**
 * The API version is derived per linted file from the nearest installed SDK (a monorepo's
 * packages can differ), and a long-running process sees an SDK upgrade within RECHECK_MS.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { RECHECK_MS } from '../../src/facts/installed-sdk.js';
import { detectApiVersion } from '../../src/settings/api-version.js';
import { cacheVersion, lifecycleEpoch, lockfileFingerprint } from '../../src/settings/cache-key.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'claude-api-version-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function installSdk(directory: string, version: string): void {
  const sdk = path.join(directory, 'node_modules', '@anthropic-ai', 'sdk');
  mkdirSync(sdk, { recursive: true });
  writeFileSync(path.join(sdk, 'package.json'), JSON.stringify({ name: '@anthropic-ai/sdk', version }));
}

const CODE = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1024, temperature: 0.5, messages: [{ role: 'user', content: 'Hi' }] });`;

/** The sampling findings on CODE linted as `file`, with ESLint run from `cwd`. */
function samplingFindings(file: string, cwd: string): string[] {
  const linter = new Linter({ configType: 'flat', cwd });
  return linter
    .verify(
      CODE,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser },
          plugins: { 'claude-api': plugin },
          rules: { 'claude-api/no-unsupported-sampling-params': 'error' },
        },
      ],
      {
        filename: file,
      },
    )
    .map((m) => m.message);
}

describe('API version per linted file', () => {
  const monorepo = path.join(root, 'monorepo');
  const app = path.join(monorepo, 'packages', 'app');
  const legacy = path.join(monorepo, 'packages', 'legacy');
  installSdk(app, '1.15.0');
  installSdk(legacy, '0.137.0');
  mkdirSync(path.join(app, 'src'), { recursive: true });

  it('takes the SDK nearest to the file, wherever ESLint runs from', () => {
    const removed = [
      '`temperature` was removed in API version 2026-10-21 (@anthropic-ai/sdk 1.15.0 is installed): the API rejects it on every model with 400. Remove it.',
    ];
    for (const cwd of [monorepo, app]) expect(samplingFindings(path.join(app, 'src', 'index.ts'), cwd)).toEqual(removed);
    for (const cwd of [monorepo, legacy]) expect(samplingFindings(path.join(legacy, 'index.ts'), cwd)).toEqual([]);
  });

  it('uses the working directory for text without a file path', () => {
    expect(samplingFindings('src/file.ts', app)).toHaveLength(1);
    expect(samplingFindings('src/file.ts', legacy)).toEqual([]);
  });
});

describe('an SDK upgrade in a long-running process', () => {
  it(`is seen after ${RECHECK_MS} ms, and not looked up again before`, () => {
    const project = path.join(root, 'upgrade');
    installSdk(project, '0.137.0');
    const start = 1_000_000;
    const before = detectApiVersion(project, start);
    expect(before.version).toBe('2023-06-01');
    installSdk(project, '1.15.0');
    expect(detectApiVersion(project, start + RECHECK_MS - 1)).toBe(before);
    const after = detectApiVersion(project, start + RECHECK_MS);
    expect(after).toMatchObject({ version: '2026-10-21', reason: '@anthropic-ai/sdk 1.15.0 is installed' });
    // Unchanged on the next check: the same object, so caches keyed on it stay warm.
    expect(detectApiVersion(project, start + 3 * RECHECK_MS)).toBe(after);
  });

  it('sees an SDK installed nearer than the one found before', () => {
    const outer = path.join(root, 'nearer');
    const inner = path.join(outer, 'packages', 'app');
    installSdk(outer, '1.15.0');
    mkdirSync(inner, { recursive: true });
    expect(detectApiVersion(inner, 0).version).toBe('2026-10-21');
    installSdk(inner, '0.137.0');
    expect(detectApiVersion(inner, RECHECK_MS).version).toBe('2023-06-01');
  });
});

describe('the cache key in the plugin version', () => {
  it('moves on a lifecycle date of the table, not every day', () => {
    expect(lifecycleEpoch(new Date('2026-11-29T12:00:00Z'))).toBe(lifecycleEpoch(new Date('2026-11-29T23:00:00Z')));
    const epochs = new Set<string>();
    for (let day = 0; day < 365 * 3; day++) epochs.add(lifecycleEpoch(new Date(Date.UTC(2025, 0, 1 + day))));
    expect(epochs.size).toBeGreaterThan(3);
    expect(epochs.size).toBeLessThan(365);
  });

  it('changes with the SDK version a lockfile records, and not with other dependencies', () => {
    const project = path.join(root, 'locked');
    mkdirSync(project, { recursive: true });
    const lock = (sdk: string, other: string): void =>
      writeFileSync(
        path.join(project, 'package-lock.json'),
        JSON.stringify(
          {
            packages: {
              '': { dependencies: { '@anthropic-ai/sdk': `^${sdk}` } },
              'node_modules/@anthropic-ai/sdk': { version: sdk, resolved: `https://registry.npmjs.org/@anthropic-ai/sdk/-/sdk-${sdk}.tgz` },
              'node_modules/zod': { version: other },
            },
          },
          null,
          2,
        ),
      );
    lock('0.137.0', '3.0.0');
    const first = lockfileFingerprint(path.join(project, 'src'));
    lock('0.137.0', '3.1.0');
    expect(lockfileFingerprint(project)).toBe(first);
    lock('1.15.0', '3.1.0');
    expect(lockfileFingerprint(project)).not.toBe(first);
    expect(lockfileFingerprint(path.parse(root).root)).toBe('none');
  });

  it('is valid semver build metadata after the package version', () => {
    expect(cacheVersion('0.1.0', root, new Date('2026-12-01'))).toMatch(
      /^0\.1\.0\+lifecycle\.\d{8}\.api\.\d{4}-\d{2}-\d{2}\.lock\.[0-9a-f]{10}$|^0\.1\.0\+lifecycle\.\d{8}\.api\.\d{4}-\d{2}-\d{2}\.lock\.none$/u,
    );
  });
});
