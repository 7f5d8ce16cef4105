/**
 * `models list`: the table in effect for a project (its ESLint config's settings, its models
 * file, its installed SDK) and where each fact comes from. The clock is pinned.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/models.js';
import type { CommandIo } from '../../src/cli/io.js';
import { MODELS_FILE_FORMAT } from '../../src/facts/models-file.js';
import { makeSdkFixture, modelInfo } from '../facts/sdk-fixture.js';

const project = makeSdkFixture('1.16.0', { 'claude-opus-4-6': 'March 1st, 2027', 'claude-opus-4-5': 'January 22nd, 2027' });
const bare = makeSdkFixture('1.15.0', null);

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
  writeFileSync(
    path.join(project.project, 'claude-models.json'),
    JSON.stringify({
      format: MODELS_FILE_FORMAT,
      fetchedAt: '2026-12-01T09:00:00.000Z',
      baseUrl: 'https://api.anthropic.com',
      models: [
        modelInfo('claude-opus-6', { display_name: 'Claude Opus 6', line: 'opus', max_tokens: 256000 }),
        modelInfo('claude-haiku-5-5', { display_name: 'Claude Haiku 5.5', max_tokens: 96000 }),
      ],
    }),
  );
  writeFileSync(
    path.join(project.project, 'eslint.config.mjs'),
    `export default [{ files: ['**/*.ts'], settings: { 'claude-api': { apiVersion: '2023-06-01', modelsFile: 'claude-models.json', models: [{ id: 'claude-fable-5-2', maxOutputTokens: 64000 }] } } }];\n`,
  );
});

afterAll(() => {
  vi.useRealTimers();
  project.remove();
  bare.remove();
});

async function list(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const io: CommandIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    env: {},
    cwd,
  };
  const code = await run(['list', ...argv], io);
  return { code, ...out };
}

/** The table line of one model, with runs of spaces collapsed. */
function rowOf(stdout: string, id: string): string | undefined {
  return stdout
    .split('\n')
    .find((line) => line.startsWith(`${id} `))
    ?.replace(/ {2,}/gu, ' | ');
}

describe('models list', () => {
  it('shows built-in rows, the models file, settings and the installed SDK, and where each fact comes from', async () => {
    const { code, stdout, stderr } = await list([], project.project);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'Model table in effect on 2026-12-01 (settings from the ESLint config for src/index.ts).',
      'Installed @anthropic-ai/sdk: 1.16.0 (lifecycle data from internal/data/deprecated-models.js).',
      `Models file: ${path.join(project.project, 'claude-models.json')}.`,
    ]);
    expect(rowOf(stdout, 'claude-opus-6')).toBe(
      'claude-opus-6 | Claude Opus 6 | active | 256000 | ? | ? | max output: claude-models.json; lifecycle: claude-models.json',
    );
    expect(rowOf(stdout, 'claude-haiku-5-5')).toBe(
      'claude-haiku-5-5 | Claude Haiku 5.5 | active | 96000 | adaptive, disabled(low/medium/high) | defaults-only | max output: claude-models.json',
    );
    expect(rowOf(stdout, 'claude-fable-5-2')).toBe(
      "claude-fable-5-2 | Claude Fable 5.2 | active | 64000 | adaptive | defaults-only | max output: settings['claude-api'].models",
    );
    expect(rowOf(stdout, 'claude-opus-4-6')).toBe(
      'claude-opus-4-6 | Claude Opus 4.6 | deprecated, ends 2027-03-01 | 128000 | enabled, adaptive, disabled | free | lifecycle: @anthropic-ai/sdk 1.16.0',
    );
    expect(rowOf(stdout, 'claude-opus-4-5')).toBe(
      'claude-opus-4-5 | Claude Opus 4.5 | deprecated, ends 2027-01-22 | 64000 | enabled, disabled | exclusive | table',
    );
    expect(rowOf(stdout, 'claude-sonnet-4-5')).toBe(
      'claude-sonnet-4-5 | Claude Sonnet 4.5 | retired 2026-11-30 | 64000 | enabled, disabled | exclusive | table',
    );
    expect(rowOf(stdout, 'claude-opus-4-1')).toBe('claude-opus-4-1 | Claude Opus 4.1 | retired 2026-08-05 | ? | ? | ? | table');
    expect(stdout).toContain(
      "Bedrock and Vertex set their own schedules; a lifecycle is shown only where a source gives one:\n  claude-opus-4-1 on Amazon Bedrock: deprecated, ends 2027-01-08 (Amazon Bedrock dates in the plugin's model table)\n",
    );
  });

  it('--json gives every row with its per-platform lifecycle and the origin of each fact', async () => {
    const { code, stdout } = await list(['--json'], project.project);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as {
      sdk: unknown;
      modelsFile: string;
      models: { id: string; lifecycle: unknown; from: unknown; source: string }[];
    };
    expect(parsed.sdk).toEqual({ version: '1.16.0', packageDir: project.packageDir, file: 'internal/data/deprecated-models.js' });
    const opus46 = parsed.models.find((model) => model.id === 'claude-opus-4-6');
    expect(opus46?.lifecycle).toEqual({
      claudeApi: { status: 'deprecated', retiresOn: '2027-03-01', source: 'the installed @anthropic-ai/sdk 1.16.0' },
      bedrock: { status: 'unknown', source: "no source gives Amazon Bedrock's schedule" },
      vertex: { status: 'unknown', source: "no source gives Google Vertex AI's schedule" },
    });
    expect(opus46?.from).toEqual({
      maxOutputTokens: 'table',
      thinking: 'table',
      sampling: 'table',
      effort: 'table',
      lifecycle: '@anthropic-ai/sdk 1.16.0',
    });
    expect(parsed.models.find((model) => model.id === 'claude-opus-6')?.source).toBe('claude-models.json (GET /v1/models, 2026-12-01).');
  });

  it('without an ESLint config: the built-in table and the installed SDK', async () => {
    const { code, stdout } = await list(['--file', 'lib/a.ts'], bare.project);
    expect(code).toBe(0);
    expect((await list(['--file', 'lib/a.py'], project.project)).stdout.split('\n')[0]).toBe(
      'Model table in effect on 2026-12-01 (no ESLint config applies to lib/a.py (pass --file): built-in table only).',
    );
    expect(stdout.split('\n')[0]).toMatch(
      /^Model table in effect on 2026-12-01 \(no ESLint config read for lib\/a\.ts \(.+\): built-in table only\)\.$/u,
    );
    expect(stdout).toContain('Installed @anthropic-ai/sdk: none found, or its lifecycle data is unreadable.\n');
    expect(stdout).toContain('Models file: none (settings.claude-api.modelsFile is not set).\n');
  });

  it('reports invalid settings', async () => {
    writeFileSync(
      path.join(bare.project, 'eslint.config.mjs'),
      `export default [{ files: ['**/*.ts'], settings: { 'claude-api': { modelsFile: 'nope.json' } } }];\n`,
    );
    const { code, stderr } = await list([], bare.project);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^models list: eslint-plugin-claude-api: invalid settings\['claude-api'\]\.modelsFile: .*nope\.json: cannot be read \(ENOENT\)/u,
    );
  });
});
