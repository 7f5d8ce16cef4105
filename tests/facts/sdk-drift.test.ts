/**
 * Drift between the model table and the development SDK (`@anthropic-ai/sdk`, pinned to the
 * latest release the table was checked against): its `Model` union (from its .d.ts files) and
 * its deprecated-models data. Each disagreement is one line of the diff on failure.
 *
 * When a new SDK is released: bump the dev dependency and TABLE_SDK_VERSION, run this test, and
 * correct the table (with sources) until it passes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ModelIndex, lifecycleOf } from '../../src/facts/lookup.js';
import { readSdkLifecycle, readSdkModelIds, type SdkDeprecation } from '../../src/facts/sdk-lifecycle.js';
import { MODEL_TABLE, TABLE_SDK_VERSION } from '../../src/facts/table.js';
import type { ModelRow } from '../../src/facts/types.js';

const SDK_DIR = fileURLToPath(new URL('../../node_modules/@anthropic-ai/sdk', import.meta.url));
const DAY = new Date('2026-12-01T12:00:00Z');
const rows: readonly ModelRow[] = MODEL_TABLE;
const index = new ModelIndex(rows);
const sdkModels = readSdkModelIds(SDK_DIR) ?? [];
const sdkLifecycle = readSdkLifecycle(SDK_DIR);

/**
 * Disagreements the table keeps on purpose, with the reason (each must still occur: a stale
 * entry fails the test too).
 */
const KNOWN_DISAGREEMENTS: Readonly<Record<string, string>> = {
  'claude-mythos-preview':
    'the SDK says end of life June 30th, 2026, but the deprecations page still lists it as served; the table keeps it deprecated with no date (facts-2026-12-01.md)',
};

describe(`the table against the development @anthropic-ai/sdk ${TABLE_SDK_VERSION}`, () => {
  it('is the release the table was checked against', () => {
    const manifest = JSON.parse(readFileSync(`${SDK_DIR}/package.json`, 'utf8')) as { version: string };
    expect(manifest.version).toBe(TABLE_SDK_VERSION);
    expect(sdkModels.length).toBeGreaterThan(0);
    expect(sdkLifecycle).not.toBeNull();
  });

  it('knows every model the SDK lists, and serves it on the Claude API', () => {
    const drift = sdkModels.flatMap((id) => {
      const match = index.resolve(id);
      if (!match) return [`${id}: in the SDK's Model union, missing from the table`];
      if (match.form !== 'id' && match.form !== 'alias')
        return [`${id}: in the SDK's Model union, but the table has it as a ${match.form} ID`];
      const status = lifecycleOf(match, 'anthropic', DAY).status;
      return status === 'retired' ? [`${id}: in the SDK's Model union, but retired in the table`] : [];
    });
    expect(drift).toEqual([]);
  });

  it('lists every first-party ID the table serves', () => {
    const listed = new Set(sdkModels);
    const drift = rows
      .filter((row) => lifecycleOf({ row, form: 'id', normalised: false }, 'anthropic', DAY).status !== 'retired')
      .flatMap((row) => [row.id, ...row.aliases])
      .filter((id) => !listed.has(id))
      .map((id) => `${id}: served in the table, not in the SDK's Model union`);
    expect(drift).toEqual([]);
  });

  it("agrees with the SDK's deprecated-models data", () => {
    const deprecated: ReadonlyMap<string, SdkDeprecation> = sdkLifecycle?.deprecated ?? new Map();
    const drift: string[] = [];
    const disagreeing = new Set<string>();
    for (const [id, entry] of deprecated) {
      const match = index.resolve(id);
      const lifecycle = match?.row.lifecycle;
      if (!match || !lifecycle) drift.push(`${id}: deprecated in the SDK (${entry.text}), missing from the table`);
      else if (lifecycle.status === 'retired') drift.push(`${id}: deprecated in the SDK (${entry.text}), retired in the table`);
      else if (lifecycle.status !== 'deprecated' || lifecycle.retiresOn !== entry.date) {
        const table = lifecycle.status === 'deprecated' ? `deprecated, ${lifecycle.retiresOn ?? 'no date'}` : lifecycle.status;
        if (Object.hasOwn(KNOWN_DISAGREEMENTS, match.row.id)) disagreeing.add(match.row.id);
        else drift.push(`${id}: SDK says deprecated, end of life ${entry.date ?? entry.text}; table says ${table}`);
      }
    }
    for (const row of rows) {
      if (row.lifecycle.status !== 'deprecated') continue;
      for (const id of [row.id, ...row.aliases]) {
        if (!deprecated.has(id)) drift.push(`${id}: deprecated in the table, not in the SDK's deprecated-models data`);
      }
    }
    for (const id of Object.keys(KNOWN_DISAGREEMENTS)) {
      if (!disagreeing.has(id)) drift.push(`${id}: listed as a known disagreement, but the table and the SDK now agree: remove it`);
    }
    expect(drift).toEqual([]);
  });
});
