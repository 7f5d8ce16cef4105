/**
 * `lifecycleOf`: one answer per model, platform and day, and where it comes from. Dates pinned.
 */
import { describe, expect, it, test } from 'vitest';
import { ModelIndex, lifecycleOf, lifecyclePlatform, replacementPhrase, type ModelMatch } from '../../src/facts/lookup.js';
import type { SdkLifecycle } from '../../src/facts/sdk-lifecycle.js';
import { MODEL_TABLE, TABLE_SDK_VERSION } from '../../src/facts/table.js';
import type { ModelRow } from '../../src/facts/types.js';

const index = new ModelIndex(MODEL_TABLE);
const DAY = new Date('2026-12-01T12:00:00Z');
const TABLE = "the plugin's model table";

function match(id: string): ModelMatch {
  const found = index.resolve(id);
  if (!found) throw new Error(`no match for ${id}`);
  return found;
}

function sdk(version: string, entries: Record<string, string | null>): SdkLifecycle {
  return {
    version,
    packageDir: '/project/node_modules/@anthropic-ai/sdk',
    file: 'internal/data/deprecated-models.js',
    deprecated: new Map(Object.entries(entries).map(([id, date]) => [id, { text: date ?? 'someday', date }])),
    models: null,
  };
}

describe('lifecyclePlatform', () => {
  it.each([
    ['anthropic', 'claude-opus-4-5', 'first-party'],
    ['foundry', 'claude-opus-4-5', 'first-party'],
    ['aws', 'claude-opus-4-5', 'first-party'],
    ['google-cloud', 'claude-opus-4-5', 'first-party'],
    ['bedrock', 'claude-opus-4-5', 'bedrock'],
    ['bedrock-mantle', 'anthropic.claude-opus-4-5', 'bedrock'],
    ['vertex', 'claude-opus-4-6', 'vertex'],
    [null, 'us.anthropic.claude-opus-4-5-20251101-v1:0', 'bedrock'],
    [null, 'claude-opus-4-5@20251101', 'vertex'],
    [null, 'claude-opus-4-5-20251101', 'first-party'],
    ['openrouter', 'claude-opus-4-5', null],
    ['constructor', 'claude-opus-4-5', null],
  ] as const)('%s with %s follows %s', (platform, id, expected) => {
    expect(lifecyclePlatform(platform, match(id))).toBe(expected);
  });
});

describe('lifecycleOf: the table', () => {
  it('Opus 4.5 is deprecated on the Claude API until 2027-01-22, then overdue, never retired by the date', () => {
    expect(lifecycleOf(match('claude-opus-4-5-20251101'), 'anthropic', DAY)).toEqual({
      status: 'deprecated',
      retiresOn: '2027-01-22',
      source: TABLE,
    });
    expect(lifecycleOf(match('claude-opus-4-5'), 'anthropic', new Date('2027-01-22T00:00:00Z'))).toEqual({
      status: 'deprecated',
      retiresOn: '2027-01-22',
      overdue: true,
      source: TABLE,
    });
  });

  it('Sonnet 4.5 is retired on the Claude API and on Foundry, unknown on Bedrock and Vertex', () => {
    const retired = { status: 'retired', retiresOn: '2026-11-30', replacement: 'claude-sonnet-4-6', source: TABLE };
    expect(lifecycleOf(match('claude-sonnet-4-5'), 'anthropic', DAY)).toEqual(retired);
    expect(lifecycleOf(match('claude-sonnet-4-5'), 'foundry', DAY)).toEqual(retired);
    expect(lifecycleOf(match('anthropic.claude-sonnet-4-5-20250929-v1:0'), 'bedrock', DAY)).toEqual({
      status: 'unknown',
      source: "no source gives Amazon Bedrock's schedule",
    });
    expect(lifecycleOf(match('claude-sonnet-4-5@20250929'), 'vertex', DAY).status).toBe('unknown');
  });

  it("Opus 4.1 follows Bedrock's own date on Bedrock (overdue past it, never a 404)", () => {
    const bedrock = match('us.anthropic.claude-opus-4-1-20250805-v1:0');
    const source = `Amazon Bedrock dates in ${TABLE}`;
    expect(lifecycleOf(bedrock, 'bedrock', DAY)).toEqual({ status: 'deprecated', retiresOn: '2027-01-08', source });
    expect(lifecycleOf(bedrock, null, new Date('2027-06-01T00:00:00Z'))).toEqual({
      status: 'deprecated',
      retiresOn: '2027-01-08',
      overdue: true,
      source,
    });
    expect(lifecycleOf(match('claude-opus-4-1'), 'anthropic', DAY).status).toBe('retired');
  });

  it('a confirmed retirement date retires on the day (settings rows)', () => {
    const row: ModelRow = {
      ...(index.byId('claude-haiku-4-5') as ModelRow),
      lifecycle: { status: 'deprecated', retiresOn: '2027-01-15', replacement: 'claude-haiku-5-5' },
      lifecycleSource: "settings['claude-api'].models",
    };
    const dated = new ModelIndex([row]).resolve('claude-haiku-4-5') as ModelMatch;
    expect(lifecycleOf(dated, 'anthropic', new Date('2027-01-14T23:59:59Z')).status).toBe('deprecated');
    expect(lifecycleOf(dated, 'anthropic', new Date('2027-01-15T00:00:00Z'))).toEqual({
      status: 'retired',
      retiresOn: '2027-01-15',
      replacement: 'claude-haiku-5-5',
      source: "settings['claude-api'].models",
    });
  });

  it('an unknown platform gives no finding', () => {
    expect(lifecycleOf(match('claude-sonnet-4-5'), 'openrouter', DAY).status).toBe('unknown');
  });

  test.each((MODEL_TABLE as readonly ModelRow[]).map((row) => [row.id, row] as const))(
    '%s: active and legacy rows stay silent on every platform',
    (_, row) => {
      const status = lifecycleOf(match(row.id), 'anthropic', DAY).status;
      if (row.lifecycle.status === 'active' || row.lifecycle.status === 'legacy') expect(status).toBe(row.lifecycle.status);
      for (const id of row.bedrock) {
        expect(lifecycleOf(match(id), 'bedrock', DAY).status).toBe(row.bedrockLifecycle ? row.bedrockLifecycle.status : 'unknown');
      }
    },
  );
});

describe('lifecycleOf: the installed SDK', () => {
  const newer = sdk('1.16.0', {
    'claude-opus-4-6': '2027-03-01',
    'claude-mythos-preview': '2026-06-30',
    'claude-opus-4-5-20251101': '2027-01-22',
  });
  const same = sdk(TABLE_SDK_VERSION, { 'claude-mythos-preview': '2026-06-30', 'claude-opus-4-5': '2027-01-29' });
  const older = sdk('0.104.2', { 'claude-opus-4-1': '2026-08-05', 'claude-haiku-4-5-20251001': null });

  it('deprecates what the table calls legacy, with the SDK as the source', () => {
    expect(lifecycleOf(match('claude-opus-4-6'), 'anthropic', DAY, newer)).toEqual({
      status: 'deprecated',
      retiresOn: '2027-03-01',
      source: 'the installed @anthropic-ai/sdk 1.16.0',
    });
    // A date the SDK writes in a way we cannot read: deprecated, no date.
    expect(lifecycleOf(match('claude-haiku-4-5'), 'anthropic', DAY, older)).toEqual({
      status: 'deprecated',
      source: 'the installed @anthropic-ai/sdk 0.104.2',
    });
  });

  it('a newer SDK with another date wins; its past date is overdue, the table keeps the replacement', () => {
    expect(lifecycleOf(match('claude-mythos-preview'), 'anthropic', DAY, newer)).toEqual({
      status: 'deprecated',
      retiresOn: '2026-06-30',
      overdue: true,
      replacement: 'claude-mythos-5',
      source: 'the installed @anthropic-ai/sdk 1.16.0',
    });
    // Same date as the table (through the dated alias): the table is named.
    expect(lifecycleOf(match('claude-opus-4-5'), 'anthropic', DAY, newer).source).toBe(TABLE);
  });

  it('an SDK no newer than the table does not override a date the table weighed', () => {
    expect(lifecycleOf(match('claude-mythos-preview'), 'anthropic', DAY, same)).toEqual({
      status: 'deprecated',
      replacement: 'claude-mythos-5',
      source: TABLE,
    });
    expect(lifecycleOf(match('claude-opus-4-5'), 'anthropic', DAY, same).retiresOn).toBe('2027-01-22');
  });

  it('never undoes a retirement, never speaks for Bedrock or Vertex', () => {
    expect(lifecycleOf(match('claude-opus-4-1'), 'anthropic', DAY, older).source).toBe(TABLE);
    expect(lifecycleOf(match('anthropic.claude-opus-4-6-v1'), 'bedrock', DAY, newer).status).toBe('unknown');
    expect(lifecycleOf(match('claude-opus-4-6'), 'vertex', DAY, newer).status).toBe('unknown');
  });

  it('a lifecycle from a models file or settings wins over the SDK', () => {
    const row: ModelRow = {
      ...(index.byId('claude-opus-4-6') as ModelRow),
      lifecycle: { status: 'active' },
      lifecycleSource: 'claude-models.json (GET /v1/models, 2026-12-01)',
    };
    const fromFile = new ModelIndex([row]).resolve('claude-opus-4-6') as ModelMatch;
    expect(lifecycleOf(fromFile, 'anthropic', DAY, newer)).toEqual({
      status: 'active',
      source: 'claude-models.json (GET /v1/models, 2026-12-01)',
    });
  });
});

describe('replacementPhrase', () => {
  it('quotes an ID, and says something useful without one', () => {
    expect(replacementPhrase('claude-sonnet-4-6')).toBe("'claude-sonnet-4-6'");
    expect(replacementPhrase(undefined)).toBe('a newer model');
    expect(replacementPhrase(null)).toBe('a newer model');
  });
});
