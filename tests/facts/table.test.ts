/**
 * Integrity of the model table, the pure queries over it, and `checkModelId` over every row.
 * Dates are pinned: nothing here depends on the day the tests run.
 */
import { describe, expect, it, test } from 'vitest';
import {
  ModelIndex,
  accepts,
  bedrockCore,
  idShape,
  isRetired,
  isoDay,
  looksLikeClaudeModelId,
  replacementOf,
  retiredOn,
  splitVertexId,
  type IdForm,
} from '../../src/facts/lookup.js';
import { MODEL_TABLE } from '../../src/facts/table.js';
import { EFFORT_LEVELS, type ModelRow } from '../../src/facts/types.js';
import { editDistance, nearest } from '../../src/util/nearest.js';
import { checkModelId } from '../../src/rules/valid-model-id.js';

const ROWS: readonly ModelRow[] = MODEL_TABLE;
const index = new ModelIndex(ROWS);
const CHECKED_DAY = new Date('2026-12-01T12:00:00Z');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const DATED = /-\d{8}$/u;

function row(id: string): ModelRow {
  const found = index.byId(id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The model generation an ID names: `claude-opus-4-5` → 4.5, `claude-3-7-sonnet-20250219` → 3.7; null when unversioned. */
function generation(id: string): number | null {
  const modern = /^claude-(?:opus|sonnet|haiku|fable|mythos)-(\d+)(?:-(\d))?$/u.exec(id);
  if (modern) return Number(modern[1]) + Number(modern[2] ?? 0) / 10;
  const old = /^claude-(?:instant-)?(\d+)(?:[.-](\d))?(?:-|$)/u.exec(id);
  if (old) return Number(old[1]) + Number(old[2] ?? 0) / 10;
  return null;
}

const served = ROWS.filter((r) => !isRetired(r, CHECKED_DAY));
const retired = ROWS.filter((r) => isRetired(r, CHECKED_DAY));
const byId = (r: ModelRow): [string, ModelRow] => [r.id, r];

describe('MODEL_TABLE integrity', () => {
  it('has rows, current and retired', () => {
    expect(served.length).toBeGreaterThan(10);
    expect(retired.length).toBeGreaterThan(5);
  });

  it('spells every ID once across id, aliases, bedrock and vertex (Vertex 4.6+ IDs may equal their own first-party ID)', () => {
    const owners = new Map<string, { row: string; form: IdForm }[]>();
    for (const r of ROWS) {
      const forms: [IdForm, readonly string[]][] = [
        ['id', [r.id]],
        ['alias', r.aliases],
        ['bedrock', r.bedrock],
        ['vertex', r.vertex],
      ];
      for (const [form, ids] of forms) {
        for (const id of ids) owners.set(id, [...(owners.get(id) ?? []), { row: r.id, form }]);
      }
    }
    const duplicates = [...owners].filter(([id, list]) => {
      if (list.length === 1) return false;
      // The one allowed overlap: a Vertex ID that is its own row's first-party ID.
      const allowed =
        list.length === 2 && list.some((o) => o.form === 'id' && o.row === id) && list.some((o) => o.form === 'vertex' && o.row === id);
      return !allowed;
    });
    expect(duplicates).toEqual([]);
  });

  it('names each legacy ID by its own model, not by a sibling it was once listed under', () => {
    const names = Object.fromEntries(
      ['claude-2.0', 'claude-2.1', 'claude-instant-1.1-100k', 'claude-instant-1.2', 'claude-1.3-100k'].map((id) => [
        id,
        MODEL_TABLE.find((row) => row.id === id || (row.aliases as readonly string[]).includes(id))?.name,
      ]),
    );
    expect(names).toEqual({
      'claude-2.0': 'Claude 2.0',
      'claude-2.1': 'Claude 2.1',
      'claude-instant-1.1-100k': 'Claude Instant 1.1',
      'claude-instant-1.2': 'Claude Instant 1.2',
      'claude-1.3-100k': 'Claude 1.3',
    });
  });

  it('allows a Vertex ID equal to a first-party ID only from the 4.6 generation on', () => {
    const bare = ROWS.flatMap((r) => r.vertex.filter((id) => !id.includes('@')).map((id) => [r.id, id] as const));
    for (const [id, vertexId] of bare) {
      expect(vertexId).toBe(id);
      expect(generation(id) ?? Infinity).toBeGreaterThanOrEqual(4.6);
    }
  });

  test.each(ROWS.map(byId))('%s: every ID form resolves to the row', (_, r) => {
    expect(index.resolve(r.id)).toEqual({ row: r, form: 'id', normalised: false });
    expect(index.byId(r.id)).toBe(r);
    for (const alias of r.aliases) expect(index.resolve(alias)).toEqual({ row: r, form: 'alias', normalised: false });
    for (const id of r.bedrock) {
      expect(index.resolve(id)).toEqual({ row: r, form: 'bedrock', normalised: false });
      for (const region of ['us', 'eu', 'apac', 'global']) {
        expect(index.resolve(`${region}.${id}`)).toEqual({ row: r, form: 'bedrock', normalised: true });
      }
    }
    for (const id of r.vertex) {
      // A bare Vertex ID is the first-party ID: the first-party reading wins.
      const form = id === r.id ? 'id' : 'vertex';
      expect(index.resolve(id)).toEqual({ row: r, form, normalised: false });
    }
  });

  test.each(ROWS.map(byId))('%s: names a source and an ISO check date', (_, r) => {
    expect(r.source.trim().length).toBeGreaterThan(10);
    expect(isIsoDate(r.checked)).toBe(true);
    if (r.released !== null) expect(isIsoDate(r.released)).toBe(true);
    if (r.lifecycle.status === 'legacy' && r.lifecycle.notBefore !== undefined) expect(isIsoDate(r.lifecycle.notBefore)).toBe(true);
    const ended = retiredOn(r);
    if (ended !== null) expect(isIsoDate(ended)).toBe(true);
    expect(r.name).toMatch(/^Claude /u);
  });

  test.each(ROWS.filter((r) => replacementOf(r) !== null).map(byId))('%s: replacement is a served row', (_, r) => {
    const replacement = index.byId(replacementOf(r) ?? '');
    expect(replacement).toBeDefined();
    expect(replacement?.id).not.toBe(r.id);
    expect(replacement?.lifecycle.status === 'active' || replacement?.lifecycle.status === 'legacy').toBe(true);
    // Served on the day the row was retired or checked, and for good.
    expect(isRetired(replacement as ModelRow, new Date('2100-01-01T00:00:00Z'))).toBe(false);
  });

  test.each(ROWS.map(byId))('%s: effort default is one of its effort levels', (_, r) => {
    if (r.effort !== null) {
      for (const level of r.effort) expect(EFFORT_LEVELS).toContain(level);
      expect(new Set(r.effort).size).toBe(r.effort.length);
    }
    if (r.defaultEffort !== null) expect(r.effort ?? []).toContain(r.defaultEffort);
    if (r.effort !== null && r.effort.length === 0) expect(r.defaultEffort).toBeNull();
    for (const acceptance of Object.values(r.thinking)) {
      if (acceptance !== null && typeof acceptance === 'object') {
        for (const level of acceptance.onlyAtEffort) expect(r.effort ?? []).toContain(level);
      }
    }
  });

  test.each(ROWS.map(byId))('%s: dated snapshot IDs only for the 4.5 generation and older', (_, r) => {
    const datedIds = [...r.aliases.filter((id) => DATED.test(id)), ...r.vertex.filter((id) => id.includes('@'))];
    const version = generation(r.id);
    if (datedIds.length > 0) {
      expect(version).not.toBeNull();
      expect(version ?? Infinity).toBeLessThanOrEqual(4.5);
    }
    if (version === null || version >= 4.6) {
      expect(datedIds).toEqual([]);
      expect(DATED.test(r.id)).toBe(false);
    }
  });

  // Sonnet 4.5 keeps its capabilities: Bedrock and Vertex set their own schedules and may serve it.
  test.each(retired.filter((r) => r.id !== 'claude-sonnet-4-5').map(byId))('%s: a retired row checks nothing but its ID', (_, r) => {
    expect(r.maxOutputTokens).toBeNull();
    expect(r.sampling).toBeNull();
    expect(r.prefill).toBeNull();
    expect(r.effort).toBeNull();
  });
});

describe('idShape, bedrockCore, splitVertexId', () => {
  it.each([
    ['claude-opus-4-8', 'anthropic'],
    ['claude-3-5-sonnet-20241022', 'anthropic'],
    ['anthropic.claude-opus-4-8', 'bedrock'],
    ['us.anthropic.claude-haiku-4-5-20251001-v1:0', 'bedrock'],
    ['global.anthropic.claude-sonnet-5-5', 'bedrock'],
    ['us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0', 'bedrock'],
    ['claude-sonnet-4-5@20250929', 'vertex'],
    ['claude-opus-4-8@default', 'vertex'],
    ['gpt-5', 'other'],
    ['anthropic.titan-text', 'other'],
    ['', 'other'],
  ])('idShape(%j) is %s', (id, shape) => {
    expect(idShape(id)).toBe(shape);
    expect(looksLikeClaudeModelId(id)).toBe(shape !== 'other');
  });

  it.each([
    ['anthropic.claude-opus-4-8', 'claude-opus-4-8'],
    ['us.anthropic.claude-haiku-4-5-20251001-v1:0', 'claude-haiku-4-5-20251001'],
    ['anthropic.claude-opus-4-6-v1', 'claude-opus-4-6'],
    ['anthropic.claude-3-5-sonnet-20241022-v2:0', 'claude-3-5-sonnet-20241022'],
    ['claude-opus-4-8', 'claude-opus-4-8'],
  ])('bedrockCore(%j) is %j', (id, core) => {
    expect(bedrockCore(id)).toBe(core);
  });

  it.each([
    ['claude-sonnet-4-5@20250929', { name: 'claude-sonnet-4-5', date: '20250929' }],
    ['claude-3-5-sonnet-v2@20241022', { name: 'claude-3-5-sonnet-v2', date: '20241022' }],
    ['claude-opus-4-8@default', { name: 'claude-opus-4-8', date: 'default' }],
    ['claude-opus-4-8@latest', { name: 'claude-opus-4-8', date: 'latest' }],
    ['claude-opus-4-8', null],
    ['claude-opus-4-8@2025', null],
    ['claude-opus-4-8@tomorrow', null],
  ])('splitVertexId(%j)', (id, parts) => {
    expect(splitVertexId(id)).toEqual(parts);
  });
});

describe('ModelIndex.resolve normalisation', () => {
  it.each([
    ['global.anthropic.claude-haiku-4-5-20251001-v1:0', 'claude-haiku-4-5', 'bedrock', true],
    ['anthropic.claude-opus-4-6-v1', 'claude-opus-4-6', 'bedrock', false],
    ['anthropic.claude-opus-4-6-v1:0', 'claude-opus-4-6', 'bedrock', true],
    ['anthropic.claude-haiku-4-5-20251001-v2:0', 'claude-haiku-4-5', 'bedrock', true],
    ['us.anthropic.claude-opus-4-8', 'claude-opus-4-8', 'bedrock', true],
    ['claude-opus-4-8@default', 'claude-opus-4-8', 'vertex', true],
    ['claude-sonnet-4-6@latest', 'claude-sonnet-4-6', 'vertex', true],
    ['claude-sonnet-4-5@20250929', 'claude-sonnet-4-5', 'vertex', false],
    ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5', 'alias', false],
    ['claude-3-7-sonnet-latest', 'claude-3-7-sonnet-20250219', 'alias', false],
  ])('%s → %s (%s)', (id, rowId, form, normalised) => {
    expect(index.resolve(id)).toEqual({ row: row(rowId), form, normalised });
  });

  it.each([
    'claude-opus-4-9',
    'claude-opus-4.8',
    'claude-sonnet-4-5@20991231',
    'anthropic.claude-opus-9',
    'gpt-5',
    'claude-opus-4-8-20260528',
  ])('%s is unknown', (id) => {
    expect(index.resolve(id)).toBeNull();
  });
});

describe('lifecycle', () => {
  it('a confirmed retirement date retires the model on that day and not a moment before (UTC)', () => {
    const dated: ModelRow = {
      ...row('claude-opus-4-5'),
      lifecycle: { status: 'deprecated', retiresOn: '2026-11-30', replacement: 'claude-opus-4-8' },
    };
    expect(isRetired(dated, new Date('2026-11-29T23:59:59.999Z'))).toBe(false);
    expect(isRetired(dated, new Date('2026-11-30T00:00:00.000Z'))).toBe(true);
    expect(isRetired(dated, new Date('2027-01-01T00:00:00Z'))).toBe(true);
    expect(retiredOn(dated)).toBe('2026-11-30');
  });

  it('an end-of-life date that may slip never retires the model (claude-opus-4-5, from the SDK alone)', () => {
    const opus45 = row('claude-opus-4-5');
    expect(opus45.lifecycle).toEqual({ status: 'deprecated', retiresOn: '2027-01-22', replacement: null, afterDate: 'overdue' });
    expect(isRetired(opus45, new Date('2027-01-22T00:00:00Z'))).toBe(false);
    expect(isRetired(opus45, new Date('2100-01-01T00:00:00Z'))).toBe(false);
    expect(retiredOn(opus45)).toBe('2027-01-22');
    expect(replacementOf(opus45)).toBeNull();
  });

  it('claude-sonnet-4-5 is retired since 2026-11-30 (SDK 1.15.0 removed it)', () => {
    const sonnet45 = row('claude-sonnet-4-5');
    expect(sonnet45.lifecycle).toEqual({ status: 'retired', retiredOn: '2026-11-30', replacement: 'claude-sonnet-4-6' });
    expect(isRetired(sonnet45, new Date('2000-01-01T00:00:00Z'))).toBe(true);
  });

  it('treats retired rows as retired at any date, and undated deprecations as served', () => {
    const opus41 = row('claude-opus-4-1');
    expect(isRetired(opus41, new Date('2000-01-01T00:00:00Z'))).toBe(true);
    expect(retiredOn(opus41)).toBe('2026-08-05');
    expect(replacementOf(opus41)).toBe('claude-opus-4-8');
    const preview = row('claude-mythos-preview');
    expect(isRetired(preview, new Date('2100-01-01T00:00:00Z'))).toBe(false);
    expect(retiredOn(preview)).toBeNull();
    const opus48 = row('claude-opus-4-8');
    expect(isRetired(opus48, new Date('2100-01-01T00:00:00Z'))).toBe(false);
    expect(retiredOn(opus48)).toBeNull();
    expect(replacementOf(opus48)).toBeNull();
  });

  it('serves first-party IDs of unretired rows only', () => {
    const before = new ModelIndex([
      { ...row('claude-opus-4-5'), lifecycle: { status: 'deprecated', retiresOn: '2026-11-30', replacement: 'claude-opus-4-8' } },
      ...ROWS.filter((r) => r.id !== 'claude-opus-4-5'),
    ]);
    expect(before.servedFirstPartyIds(new Date('2026-11-29T00:00:00Z'))).toContain('claude-opus-4-5-20251101');
    expect(before.servedFirstPartyIds(new Date('2026-11-30T00:00:00Z'))).not.toContain('claude-opus-4-5');
    expect(before.servedFirstPartyIds(new Date('2026-11-30T00:00:00Z'))).not.toContain('claude-opus-4-5-20251101');
    expect(index.servedFirstPartyIds(CHECKED_DAY)).not.toContain('claude-sonnet-4-5');
    expect(index.servedFirstPartyIds(CHECKED_DAY)).toContain('claude-opus-4-5');
    expect(index.servedFirstPartyIds(CHECKED_DAY)).not.toContain('claude-opus-4-1');
    expect(index.servedFirstPartyIds(CHECKED_DAY)).not.toContain('anthropic.claude-opus-4-8');
    expect(index.servedFirstPartyIds(CHECKED_DAY)).toContain('claude-opus-4-8');
  });

  it('formats the day in UTC', () => {
    expect(isoDay(new Date('2026-11-30T00:00:00Z'))).toBe('2026-11-30');
    expect(isoDay(new Date('2026-11-29T23:59:59Z'))).toBe('2026-11-29');
  });
});

describe('accepts', () => {
  it.each([
    [true, null, true],
    [false, 'max', false],
    [null, 'low', null],
    [{ onlyAtEffort: ['low', 'medium', 'high'] }, 'high', true],
    [{ onlyAtEffort: ['low', 'medium', 'high'] }, 'xhigh', false],
    [{ onlyAtEffort: ['low', 'medium', 'high'] }, null, null],
  ] as const)('accepts(%j, %j) is %j', (acceptance, effort, expected) => {
    expect(accepts(acceptance, effort)).toBe(expected);
  });
});

describe('editDistance and nearest', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['abc', 'abc', 0],
    ['claude-opus-4-8', 'claude-opus-4.8', 1],
    ['claude-sonet-4-6', 'claude-sonnet-4-6', 1],
  ])('editDistance(%j, %j) is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  const ids = index.servedFirstPartyIds(CHECKED_DAY);

  it.each([
    ['claude-sonet-4-6', 'claude-sonnet-4-6'],
    ['claude-opus-4-9', 'claude-opus-4-8'],
    ['claude-haiku-5-6', 'claude-haiku-5-5'],
    ['claude-opus-48', 'claude-opus-4-8'],
    ['gpt-4o', null],
    ['claude-unknown-model-name', null],
  ])('nearest(%j) is %j', (id, expected) => {
    expect(nearest(id, ids)).toBe(expected);
  });

  it('takes the first of equally near candidates and gives null for no candidates', () => {
    expect(nearest('claude-opus-4-x', ['claude-opus-4-8', 'claude-opus-4-7'])).toBe('claude-opus-4-8');
    expect(nearest('claude-opus-4-8', [])).toBeNull();
  });

  it('with unique, gives nothing for a tie; normalize compares mapped names; limit caps the edits', () => {
    expect(nearest('claude-opus-4-x', ['claude-opus-4-8', 'claude-opus-4-7'], { unique: true })).toBeNull();
    expect(nearest('MaxTokens', ['max_tokens', 'messages'], { normalize: (n) => n.toLowerCase().replace(/_/gu, ''), limit: 0 })).toBe(
      'max_tokens',
    );
    expect(nearest('abcd', ['abxy'], { limit: 1 })).toBeNull();
  });
});

describe('checkModelId over the table', () => {
  const now = CHECKED_DAY;

  test.each(served.map(byId))('%s: every spelling is valid on its own platform', (_, r) => {
    for (const id of [r.id, ...r.aliases]) {
      expect(checkModelId(id, 'anthropic', index, now)).toBeNull();
      expect(checkModelId(id, null, index, now)).toBeNull();
    }
    for (const id of r.bedrock) {
      expect(checkModelId(id, 'bedrock', index, now)).toBeNull();
      expect(checkModelId(`us.${id}`, 'bedrock', index, now)).toBeNull();
      expect(checkModelId(`global.${id}`, 'bedrock', index, now)).toBeNull();
      expect(checkModelId(id, null, index, now)).toBeNull();
    }
    for (const id of r.vertex) {
      expect(checkModelId(id, 'vertex', index, now)).toBeNull();
      expect(checkModelId(id, null, index, now)).toBeNull();
    }
  });

  test.each(served.filter((r) => r.bedrock.length > 0).map(byId))('%s: a first-party ID on Bedrock names the Bedrock ID', (_, r) => {
    expect(checkModelId(r.id, 'bedrock', index, now)).toEqual({ kind: 'wrongProvider', shape: 'anthropic', expected: r.bedrock[0] });
  });

  test.each(served.filter((r) => r.bedrock.length > 0).map(byId))('%s: a Bedrock ID on the Claude API names the first-party ID', (_, r) => {
    for (const id of r.bedrock) {
      expect(checkModelId(id, 'anthropic', index, now)).toEqual({ kind: 'wrongProvider', shape: 'bedrock', expected: r.id });
    }
  });

  test.each(served.filter((r) => r.aliases.some((id) => DATED.test(id))).map(byId))(
    '%s: a dated snapshot on Vertex names the `@` form',
    (_, r) => {
      for (const alias of r.aliases.filter((id) => DATED.test(id))) {
        expect(checkModelId(alias, 'vertex', index, now)).toEqual({
          kind: 'wrongProvider',
          shape: 'anthropic',
          expected: r.vertex[0] ?? null,
        });
      }
    },
  );

  test.each(served.filter((r) => /\d-\d$/u.test(r.id)).map(byId))('%s: the dotted spelling is fixed to the ID', (_, r) => {
    const dotted = r.id.replace(/(\d)-(\d)$/u, '$1.$2');
    expect(checkModelId(dotted, 'anthropic', index, now)).toEqual({ kind: 'dotted', fixed: r.id });
  });

  test.each(served.filter((r) => !r.aliases.some((id) => DATED.test(id))).map(byId))(
    '%s: a made-up date suffix points back at the ID',
    (_, r) => {
      expect(checkModelId(`${r.id}-20260101`, 'anthropic', index, now)).toEqual({ kind: 'dateSuffix', base: r.id });
    },
  );

  test.each(retired.map(byId))('%s: every first-party spelling is reported as retired', (_, r) => {
    for (const id of [r.id, ...r.aliases]) {
      expect(checkModelId(id, 'anthropic', index, now)).toEqual({
        kind: 'retired',
        row: r,
        date: retiredOn(r),
        replacement: replacementOf(r),
        source: "the plugin's model table",
      });
    }
  });

  // Bedrock and Vertex set their own schedules; no source gives a retirement there.
  test.each(retired.map(byId))('%s: Bedrock and Vertex spellings are not reported as retired', (_, r) => {
    for (const id of r.bedrock) expect(checkModelId(id, 'bedrock', index, now)).toBeNull();
    for (const id of r.bedrock) expect(checkModelId(`us.${id}`, null, index, now)).toBeNull();
    for (const id of r.vertex) expect(checkModelId(id, 'vertex', index, now)).toBeNull();
  });

  it('reports claude-sonnet-4-5 as retired on the Claude API', () => {
    expect(checkModelId('claude-sonnet-4-5', 'anthropic', index, now)).toMatchObject({
      kind: 'retired',
      date: '2026-11-30',
      replacement: 'claude-sonnet-4-6',
      source: "the plugin's model table",
    });
    expect(checkModelId('claude-sonnet-4-5', null, index, now)?.kind).toBe('retired');
  });

  it('leaves IDs of other vendors and unknown platform IDs alone', () => {
    expect(checkModelId('gpt-5', 'anthropic', index, now)).toBeNull();
    expect(checkModelId('us.anthropic.claude-opus-9', 'bedrock', index, now)).toBeNull();
    expect(checkModelId('claude-opus-9@20270101', 'vertex', index, now)).toBeNull();
    expect(checkModelId('claude-opus-4-9', 'anthropic', index, now)).toEqual({ kind: 'unknown', nearest: 'claude-opus-4-8' });
  });
});
