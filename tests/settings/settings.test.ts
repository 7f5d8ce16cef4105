/**
 * `settings['claude-api']`: validation with errors that name the exact bad setting, user model
 * rows merged over the table, and the API version taken from the installed SDK.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MODEL_TABLE } from '../../src/facts/table.js';
import type { ModelRow } from '../../src/facts/types.js';
import { ClaudeApiSettingsError } from '../../src/settings/user-rows.js';
import { apiVersionOfSdk, detectApiVersion } from '../../src/settings/api-version.js';
import { parseSettings } from '../../src/settings/settings.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'claude-api-settings-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let directoryCount = 0;
/** A fresh project directory (detection is cached per directory), optionally with an installed SDK. */
function project(sdkManifest?: string): string {
  const directory = path.join(root, `project-${directoryCount++}`);
  mkdirSync(directory, { recursive: true });
  if (sdkManifest !== undefined) {
    const sdk = path.join(directory, 'node_modules', '@anthropic-ai', 'sdk');
    mkdirSync(sdk, { recursive: true });
    writeFileSync(path.join(sdk, 'package.json'), sdkManifest);
  }
  return directory;
}

const sdk = (version: string): string => JSON.stringify({ name: '@anthropic-ai/sdk', version });
const NO_SDK = project();

/** Expect `parseSettings(raw)` to throw a settings error that names exactly `settingPath`. */
function expectInvalid(raw: unknown, settingPath: string): void {
  let error: unknown;
  try {
    parseSettings(raw, NO_SDK);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ClaudeApiSettingsError);
  const message = (error as Error).message;
  expect(message).toContain(`invalid settings['claude-api']${settingPath}: `);
  expect((error as Error).name).toBe('ClaudeApiSettingsError');
}

function builtIn(id: string): ModelRow {
  const row = (MODEL_TABLE as readonly ModelRow[]).find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe('apiVersion', () => {
  it.each(['2023-06-01', '2026-10-21'] as const)('accepts %s', (apiVersion) => {
    const settings = parseSettings({ apiVersion }, NO_SDK);
    expect(settings.apiVersion).toBe(apiVersion);
    expect(settings.apiVersionReason).toContain(apiVersion);
  });

  it.each(['2023-01-01', '2026-10-22', '', 20231001, null, ['2023-06-01']])('rejects %j', (apiVersion) => {
    expectInvalid({ apiVersion }, '.apiVersion');
  });

  it('lets a set apiVersion win over the installed SDK', () => {
    expect(parseSettings({ apiVersion: '2023-06-01' }, project(sdk('1.12.0'))).apiVersion).toBe('2023-06-01');
  });

  it('takes the version from the installed SDK when unset', () => {
    const newer = parseSettings({}, project(sdk('1.0.0')));
    expect(newer.apiVersion).toBe('2026-10-21');
    expect(newer.apiVersionReason).toContain('1.0.0');
    expect(parseSettings({ models: [] }, project(sdk('0.137.0'))).apiVersion).toBe('2023-06-01');
    expect(parseSettings(undefined, project(sdk('1.3.0'))).apiVersion).toBe('2026-10-21');
    expect(parseSettings(null, NO_SDK).apiVersion).toBe('2023-06-01');
  });
});

describe('settings shape', () => {
  it('rejects a value that is not an object', () => {
    for (const raw of ['2026-10-21', 5, true, []]) expectInvalid(raw, '');
  });

  it('rejects an unknown top-level key, naming it', () => {
    expectInvalid({ apiVersion: '2023-06-01', model: [] }, '.model');
    expectInvalid({ api_version: '2023-06-01' }, '.api_version');
  });

  it('rejects `models` that is not an array', () => {
    expectInvalid({ models: { id: 'claude-opus-6' } }, '.models');
    expectInvalid({ models: 'claude-opus-6' }, '.models');
    expectInvalid({ models: null }, '.models');
  });

  it('returns the same settings for the same settings object', () => {
    const raw = { apiVersion: '2023-06-01', models: [{ id: 'claude-opus-6' }] };
    expect(parseSettings(raw, NO_SDK)).toBe(parseSettings(raw, NO_SDK));
  });

  it('uses the built-in table when no rows are given', () => {
    const settings = parseSettings({ apiVersion: '2023-06-01' }, NO_SDK);
    expect(settings.models.rows).toBe(MODEL_TABLE);
    expect(settings.models.resolve('claude-opus-6')).toBeNull();
  });
});

describe('model rows', () => {
  it.each([
    ['a row that is not an object', ['claude-opus-6'], '.models[0]'],
    ['a missing id', [{ maxOutputTokens: 1000 }], '.models[0].id'],
    ['an empty id', [{ id: '  ' }], '.models[0].id'],
    ['maxOutputTokens: "lots"', [{ id: 'claude-opus-6', maxOutputTokens: 'lots' }], '.models[0].maxOutputTokens'],
    ['maxOutputTokens: 0', [{ id: 'claude-opus-6', maxOutputTokens: 0 }], '.models[0].maxOutputTokens'],
    ['maxOutputTokens: 1.5', [{ id: 'claude-opus-6', maxOutputTokens: 1.5 }], '.models[0].maxOutputTokens'],
    ['thinking.enabled: "yes"', [{ id: 'claude-opus-6', thinking: { enabled: 'yes' } }], '.models[0].thinking.enabled'],
    ['an unknown thinking type', [{ id: 'claude-opus-6', thinking: { manual: true } }], '.models[0].thinking.manual'],
    ['thinking that is not an object', [{ id: 'claude-opus-6', thinking: true }], '.models[0].thinking'],
    [
      'a bad onlyAtEffort level',
      [{ id: 'claude-opus-6', thinking: { disabled: { onlyAtEffort: ['low', 'turbo'] } } }],
      '.models[0].thinking.disabled.onlyAtEffort[1]',
    ],
    ['lifecycle.status: "gone"', [{ id: 'claude-opus-6', lifecycle: { status: 'gone' } }], '.models[0].lifecycle.status'],
    [
      'a deprecation without a replacement',
      [{ id: 'claude-opus-6', lifecycle: { status: 'deprecated', retiresOn: '2027-01-01' } }],
      '.models[0].lifecycle.replacement',
    ],
    [
      'a retirement with a bad date',
      [{ id: 'claude-opus-6', lifecycle: { status: 'retired', retiredOn: '2027-13-01', replacement: 'claude-opus-4-8' } }],
      '.models[0].lifecycle.retiredOn',
    ],
    [
      'an unknown lifecycle key',
      [{ id: 'claude-opus-6', lifecycle: { status: 'active', since: '2027-01-01' } }],
      '.models[0].lifecycle.since',
    ],
    ["effort: ['ultra']", [{ id: 'claude-opus-6', effort: ['ultra'] }], '.models[0].effort[0]'],
    ["effort: 'high'", [{ id: 'claude-opus-6', effort: 'high' }], '.models[0].effort'],
    ['defaultEffort: "ultra"', [{ id: 'claude-opus-6', defaultEffort: 'ultra' }], '.models[0].defaultEffort'],
    ['sampling: "any"', [{ id: 'claude-opus-6', sampling: 'any' }], '.models[0].sampling'],
    ['prefill: "no"', [{ id: 'claude-opus-6', prefill: 'no' }], '.models[0].prefill'],
    ['line: "gpt"', [{ id: 'claude-opus-6', line: 'gpt' }], '.models[0].line'],
    ['aliases with an empty string', [{ id: 'claude-opus-6', aliases: [''] }], '.models[0].aliases[0]'],
    ['released: "soon"', [{ id: 'claude-opus-6', released: 'soon' }], '.models[0].released'],
    ['an unknown key', [{ id: 'claude-opus-6', colour: 'blue' }], '.models[0].colour'],
    ['a date that does not exist (2027-02-30)', [{ id: 'claude-opus-6', released: '2027-02-30' }], '.models[0].released'],
    ['an alias that already names another model', [{ id: 'claude-opus-6', aliases: ['claude-opus-4-8'] }], '.models[0].aliases[0]'],
    [
      'a Bedrock ID that already names another model',
      [{ id: 'claude-opus-6', bedrock: ['anthropic.claude-opus-4-7'] }],
      '.models[0].bedrock[0]',
    ],
    ['an effort list that leaves out the default effort', [{ id: 'claude-opus-4-8', effort: ['low'] }], '.models[0].defaultEffort'],
    [
      'a bad field in the second row',
      [{ id: 'claude-opus-6' }, { id: 'claude-opus-7', maxOutputTokens: 'lots' }],
      '.models[1].maxOutputTokens',
    ],
  ])('rejects %s, naming the path', (_, models, settingPath) => {
    expectInvalid({ apiVersion: '2023-06-01', models }, settingPath);
  });

  it('names the full path in the message', () => {
    expect(() => parseSettings({ models: [{ id: 'claude-opus-6', maxOutputTokens: 'lots' }] }, NO_SDK)).toThrow(
      /^eslint-plugin-claude-api: invalid settings\['claude-api'\]\.models\[0\]\.maxOutputTokens: expected a positive integer or null, got "lots"$/u,
    );
  });

  it('adds a row for a new ID, with unknown capabilities', () => {
    const settings = parseSettings(
      {
        apiVersion: '2023-06-01',
        models: [
          {
            id: 'claude-opus-6',
            maxOutputTokens: 256000,
            aliases: ['claude-opus-6-latest'],
            bedrock: ['anthropic.claude-opus-6'],
            vertex: ['claude-opus-6'],
          },
        ],
      },
      NO_SDK,
    );
    const match = settings.models.resolve('claude-opus-6');
    expect(match?.form).toBe('id');
    expect(match?.row).toMatchObject({
      id: 'claude-opus-6',
      maxOutputTokens: 256000,
      sampling: null,
      thinking: { adaptive: null, enabled: null, disabled: null, between_tools: null },
      effort: null,
      defaultEffort: null,
      prefill: null,
      forcedToolChoice: null,
      lifecycle: { status: 'active' },
      source: "settings['claude-api'].models",
    });
    expect(settings.models.resolve('claude-opus-6-latest')?.row.id).toBe('claude-opus-6');
    expect(settings.models.resolve('us.anthropic.claude-opus-6')?.row.id).toBe('claude-opus-6');
    expect(settings.models.resolve('claude-opus-6@default')?.row.id).toBe('claude-opus-6');
    // The built-in rows are all still there.
    expect(settings.models.rows).toHaveLength(MODEL_TABLE.length + 1);
    expect(settings.models.resolve('claude-opus-4-8')?.row).toBe(builtIn('claude-opus-4-8'));
  });

  it('overrides only the given fields of a known row', () => {
    const original = builtIn('claude-opus-4-8');
    const snapshot = structuredClone(original);
    const settings = parseSettings(
      { apiVersion: '2023-06-01', models: [{ id: 'claude-opus-4-8', maxOutputTokens: 64000, prefill: null }] },
      NO_SDK,
    );
    const row = settings.models.resolve('claude-opus-4-8')?.row;
    expect(row).toEqual({ ...original, maxOutputTokens: 64000, prefill: null, source: expect.stringContaining(original.source) as string });
    expect(row?.source).toContain("settings['claude-api'].models");
    expect(settings.models.rows).toHaveLength(MODEL_TABLE.length);
    expect(settings.models.resolve('anthropic.claude-opus-4-8')?.row).toBe(row);
    // The built-in table is untouched.
    expect(original).toEqual(snapshot);
    expect(parseSettings({ apiVersion: '2023-06-01' }, NO_SDK).models.resolve('claude-opus-4-8')?.row.maxOutputTokens).toBe(128000);
  });

  it('overrides a known row when given one of its aliases, keeping its canonical ID', () => {
    const settings = parseSettings({ models: [{ id: 'claude-sonnet-4-5-20250929', maxOutputTokens: 1000 }] }, NO_SDK);
    const row = settings.models.resolve('claude-sonnet-4-5-20250929')?.row;
    expect(row?.id).toBe('claude-sonnet-4-5');
    expect(row?.maxOutputTokens).toBe(1000);
    expect(settings.models.resolve('claude-sonnet-4-5')?.row).toBe(row);
    expect(settings.models.rows).toHaveLength(MODEL_TABLE.length);
  });

  it('can retire a row from settings', () => {
    const settings = parseSettings(
      {
        apiVersion: '2023-06-01',
        models: [{ id: 'claude-haiku-4-5', lifecycle: { status: 'retired', retiredOn: '2026-10-15', replacement: 'claude-haiku-5-5' } }],
      },
      NO_SDK,
    );
    expect(settings.models.byId('claude-haiku-4-5')?.lifecycle).toEqual({
      status: 'retired',
      retiredOn: '2026-10-15',
      replacement: 'claude-haiku-5-5',
    });
    expect(settings.models.byId('claude-haiku-4-5')?.maxOutputTokens).toBe(64000);
  });
});

describe('API version of the installed SDK', () => {
  it.each([
    ['0.137.0', '2023-06-01'],
    ['0.99.9', '2023-06-01'],
    ['1.0.0', '2026-10-21'],
    ['1.12.0', '2026-10-21'],
    ['2.0.0-beta.1', '2026-10-21'],
    ['not-a-version', '2023-06-01'],
  ])('apiVersionOfSdk(%j) is %s', (version, apiVersion) => {
    expect(apiVersionOfSdk(version)).toBe(apiVersion);
  });

  it.each([
    ['0.137.0', '2023-06-01'],
    ['1.0.0', '2026-10-21'],
  ])('detects SDK %s in node_modules → %s', (version, apiVersion) => {
    const detected = detectApiVersion(project(sdk(version)));
    expect(detected.version).toBe(apiVersion);
    expect(detected.reason).toBe(`@anthropic-ai/sdk ${version} is installed`);
  });

  it('looks upwards from a nested directory', () => {
    const directory = project(sdk('1.0.0'));
    const nested = path.join(directory, 'packages', 'app', 'src');
    mkdirSync(nested, { recursive: true });
    expect(detectApiVersion(nested).version).toBe('2026-10-21');
  });

  it('uses the nearest installation', () => {
    const outer = project(sdk('1.0.0'));
    const inner = path.join(outer, 'packages', 'legacy');
    const innerSdk = path.join(inner, 'node_modules', '@anthropic-ai', 'sdk');
    mkdirSync(innerSdk, { recursive: true });
    writeFileSync(path.join(innerSdk, 'package.json'), sdk('0.137.0'));
    expect(detectApiVersion(inner).version).toBe('2023-06-01');
    expect(detectApiVersion(outer).version).toBe('2026-10-21');
  });

  it('skips an unreadable manifest and defaults to 2023-06-01 without an SDK', () => {
    expect(detectApiVersion(project('{ not json')).version).toBe('2023-06-01');
    expect(detectApiVersion(project(JSON.stringify({ name: '@anthropic-ai/sdk' }))).version).toBe('2023-06-01');
    expect(detectApiVersion(NO_SDK)).toEqual({ version: '2023-06-01', reason: 'no installed @anthropic-ai/sdk found', manifest: null });
  });
});
