/**
 * The models file written by `models sync`: validation, what it changes in the table and what it
 * leaves, and `settings['claude-api'].modelsFile` (resolved against cwd, cached per path and mtime).
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ModelIndex, lifecycleOf } from '../../src/facts/lookup.js';
import {
  MODELS_FILE_FORMAT,
  loadModelsFile,
  mergeModelsFile,
  parseModelsFile,
  rowFieldsFromModelInfo,
  type ModelsFile,
} from '../../src/facts/models-file.js';
import { MODEL_TABLE } from '../../src/facts/table.js';
import type { ModelRow } from '../../src/facts/types.js';
import { modelInfo } from './sdk-fixture.js';
import { parseSettings } from '../../src/settings/settings.js';

const DAY = new Date('2026-12-01T12:00:00Z');
const byId = (id: string): ModelRow => MODEL_TABLE.find((row) => row.id === id) as ModelRow;

const file = (models: Record<string, unknown>[]): ModelsFile => ({
  format: MODELS_FILE_FORMAT,
  fetchedAt: '2026-12-01T10:00:00.000Z',
  baseUrl: 'https://api.anthropic.com',
  models,
});

describe('rowFieldsFromModelInfo', () => {
  it('takes what the API reports and leaves the rest to the table', () => {
    const opus5 = byId('claude-opus-5');
    const fields = rowFieldsFromModelInfo(
      modelInfo('claude-opus-5', { display_name: 'Claude Opus 5', line: 'opus', max_tokens: 96000 }),
      opus5,
      '2026-12-01',
    );
    expect(fields).toEqual({ name: 'Claude Opus 5', line: 'opus', maxOutputTokens: 96000 });
  });

  it('reads deprecation as overdue-able, retirement with its date, and keeps the replacement the table names', () => {
    const preview = byId('claude-mythos-preview');
    expect(
      rowFieldsFromModelInfo(
        modelInfo('claude-mythos-preview', { lifecycle: 'deprecated', retires_at: '2026-06-30T00:00:00Z' }),
        preview,
        '2026-12-01',
      ).lifecycle,
    ).toEqual({
      status: 'deprecated',
      retiresOn: '2026-06-30',
      replacement: 'claude-mythos-5',
      afterDate: 'overdue',
    });
    expect(
      rowFieldsFromModelInfo(modelInfo('claude-opus-4-5', { lifecycle: 'retired' }), byId('claude-opus-4-5'), '2026-12-01').lifecycle,
    ).toEqual({
      status: 'retired',
      retiredOn: '2026-12-01',
      replacement: null,
    });
    // `active` on a served row changes nothing (so it cannot mask a later SDK deprecation);
    // on a row the table calls retired, the API's word wins
    expect(rowFieldsFromModelInfo(modelInfo('claude-opus-5'), byId('claude-opus-5'), '2026-12-01').lifecycle).toBeUndefined();
    expect(rowFieldsFromModelInfo(modelInfo('claude-fable-5-2'), byId('claude-fable-5-2'), '2026-12-01').lifecycle).toBeUndefined();
    expect(rowFieldsFromModelInfo(modelInfo('claude-sonnet-4-5'), byId('claude-sonnet-4-5'), '2026-12-01').lifecycle).toEqual({
      status: 'active',
    });
  });

  it('reads thinking and effort capabilities: false proves a 400, true keeps conditions the table knows', () => {
    const supported = (flag: boolean) => ({ supported: flag });
    const info = modelInfo('claude-opus-5', {
      capabilities: {
        thinking: {
          supported: true,
          types: { adaptive: supported(true), enabled: supported(false), disabled: supported(true), between_tools: supported(true) },
        },
        effort: {
          supported: true,
          low: supported(true),
          medium: supported(true),
          high: supported(true),
          max: supported(true),
          xhigh: null,
        },
      },
    });
    const fields = rowFieldsFromModelInfo(info, byId('claude-opus-5'), '2026-12-01');
    expect(fields.thinking).toEqual({
      adaptive: true,
      enabled: false,
      disabled: { onlyAtEffort: ['low', 'medium', 'high'] },
      between_tools: true,
    });
    expect(fields.effort).toEqual(['low', 'medium', 'high', 'max']);
    const noEffort = rowFieldsFromModelInfo(modelInfo('x', { capabilities: { effort: { supported: false } } }), undefined, '2026-12-01');
    expect(noEffort.effort).toEqual([]);
  });

  it('ignores fields of unexpected shapes', () => {
    const fields = rowFieldsFromModelInfo(
      modelInfo('claude-opus-5', {
        display_name: 7,
        line: 'poem',
        max_tokens: 0,
        lifecycle: 'sunset',
        capabilities: { thinking: { types: 'all' }, effort: [] },
      }),
      byId('claude-opus-5'),
      '2026-12-01',
    );
    expect(fields).toEqual({});
  });
});

describe('mergeModelsFile', () => {
  const merged = new ModelIndex(
    mergeModelsFile(
      MODEL_TABLE,
      file([
        modelInfo('claude-opus-6', { display_name: 'Claude Opus 6', line: 'opus', max_tokens: 256000 }),
        modelInfo('claude-opus-4-6', { display_name: 'Claude Opus 4.6', lifecycle: 'deprecated', retires_at: '2027-02-05T00:00:00Z' }),
      ]),
      'claude-models.json',
    ),
  );

  it('adds a model the table lacks, with only the facts the API gave', () => {
    const opus6 = merged.byId('claude-opus-6');
    expect(opus6).toMatchObject({
      name: 'Claude Opus 6',
      line: 'opus',
      maxOutputTokens: 256000,
      released: '2026-11-09',
      sampling: null,
      prefill: null,
      effort: null,
    });
    expect(opus6?.source).toBe('claude-models.json (GET /v1/models, 2026-12-01).');
  });

  it('overrides the reported facts of a known model, keeps the others, and names itself as the lifecycle source', () => {
    const opus46 = merged.byId('claude-opus-4-6');
    expect(opus46?.sampling).toBe('free');
    expect(opus46?.bedrock).toEqual(byId('claude-opus-4-6').bedrock);
    expect(lifecycleOf(merged.resolve('claude-opus-4-6') as never, 'anthropic', DAY)).toEqual({
      status: 'deprecated',
      retiresOn: '2027-02-05',
      source: 'claude-models.json (GET /v1/models, 2026-12-01)',
    });
    expect(merged.rows).toHaveLength(MODEL_TABLE.length + 1);
  });
});

describe('parseModelsFile', () => {
  it.each([
    ['not an object', [], 'expected a JSON object'],
    ['another format', { format: 'x' }, 'expected "format"'],
    ['no fetchedAt', { ...file([]), fetchedAt: 'yesterday' }, '"fetchedAt" is not a timestamp'],
    ['no baseUrl', { ...file([]), baseUrl: 1 }, '"baseUrl" is not a string'],
    ['no models', { ...file([]), models: {} }, '"models" is not an array'],
    ['a model without id', file([{ display_name: 'x' }]), 'models[0] has no "id" string'],
  ])('rejects %s', (_, value, message) => {
    expect(() => parseModelsFile(value, 'f.json')).toThrow(message);
  });
});

describe("settings['claude-api'].modelsFile", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claude-models-file-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const write = (name: string, value: unknown): string => {
    const target = path.join(dir, name);
    writeFileSync(target, typeof value === 'string' ? value : JSON.stringify(value));
    return target;
  };

  it('loads a file relative to cwd, merged under settings rows', () => {
    write('claude-models.json', file([modelInfo('claude-opus-6', { max_tokens: 256000 })]));
    const settings = parseSettings(
      { apiVersion: '2023-06-01', modelsFile: 'claude-models.json', models: [{ id: 'claude-opus-6', maxOutputTokens: 200000 }] },
      dir,
    );
    expect(settings.modelsFile).toBe(path.join(dir, 'claude-models.json'));
    expect(settings.models.byId('claude-opus-6')?.maxOutputTokens).toBe(200000);
    expect(
      parseSettings({ apiVersion: '2023-06-01', modelsFile: path.join(dir, 'claude-models.json') }, '/').models.byId('claude-opus-6')
        ?.maxOutputTokens,
    ).toBe(256000);
  });

  it('reads a file once per path and modification time', () => {
    const target = write('cached.json', file([modelInfo('claude-opus-6')]));
    const first = loadModelsFile(target);
    expect(loadModelsFile(target)).toBe(first);
    write('cached.json', file([modelInfo('claude-opus-7')]));
    utimesSync(target, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    expect(loadModelsFile(target).models[0]?.id).toBe('claude-opus-7');
  });

  it.each([
    [
      'a missing file',
      'missing.json',
      /modelsFile: .*missing\.json: cannot be read \(ENOENT\); write it with `npx eslint-plugin-claude-api models sync --out missing\.json`/u,
    ],
    ['a file that is not JSON', write('broken.json', '{"format":'), /modelsFile: .*broken\.json: is not JSON/u],
    ['a file of another shape', write('other.json', { models: [] }), /modelsFile: .*other\.json: expected "format"/u],
  ])('names the setting for %s', (_, name, message) => {
    expect(() => parseSettings({ modelsFile: name }, dir)).toThrow(message);
  });

  it('rejects a value that is not a path', () => {
    expect(() => parseSettings({ modelsFile: 42 }, dir)).toThrow(
      "invalid settings['claude-api'].modelsFile: expected the path of a file written by `models sync`, got 42",
    );
  });
});
