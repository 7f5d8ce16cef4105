/**
 * Reading the installed SDK's lifecycle data: the published 1.15.0 (the dev dependency) and
 * fixtures shaped like 1.12.0 and 0.137.0 (inline map) and like shapes this version cannot read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compareVersions,
  nearestSdkLifecycle,
  nearestSdkPackageDir,
  parseDeprecatedModels,
  parseEndOfLifeDate,
  parseModelUnion,
  readSdkLifecycle,
  readSdkModelIds,
} from '../../src/facts/sdk-lifecycle.js';
import { RECHECK_MS } from '../../src/facts/installed-sdk.js';
import { makeSdkFixture, mapLiteral } from './sdk-fixture.js';

/** The dev dependency, pinned to the release the table was checked against. */
const INSTALLED = fileURLToPath(new URL('../../node_modules/@anthropic-ai/sdk', import.meta.url));

describe('parseEndOfLifeDate', () => {
  it.each([
    ['January 22nd, 2027', '2027-01-22'],
    ['June 30th, 2026', '2026-06-30'],
    ['July 21st, 2025', '2025-07-21'],
    ['November 6th, 2024', '2024-11-06'],
    ['February 3rd, 2026', '2026-02-03'],
    ['October 22, 2025', '2025-10-22'],
    ['  august 5th 2026 ', '2026-08-05'],
    ['2027-01-22', '2027-01-22'],
  ])('%j is %s', (text, iso) => {
    expect(parseEndOfLifeDate(text)).toBe(iso);
  });

  it.each(['February 30th, 2027', 'Smarch 1st, 2027', 'soon', '', '2027-13-01', '22 January 2027'])('%j is not a date', (text) => {
    expect(parseEndOfLifeDate(text)).toBeNull();
  });
});

describe('parseDeprecatedModels', () => {
  it('reads the CommonJS data module of 1.13+', () => {
    const source = `"use strict";\nexports.DEPRECATED_MODELS = void 0;\nexports.DEPRECATED_MODELS = ${mapLiteral({ 'claude-opus-4-5': 'January 22nd, 2027' })};\n`;
    expect(parseDeprecatedModels(source)).toEqual(new Map([['claude-opus-4-5', { text: 'January 22nd, 2027', date: '2027-01-22' }]]));
  });

  it('reads an inline const with double quotes, comments and no trailing comma', () => {
    const source = `const DEPRECATED_MODELS = {\n  // old\n  "claude-2.1": "July 21st, 2025", /* x */ "claude-3-opus-20240229": "January 5th, 2026"\n};`;
    expect([...(parseDeprecatedModels(source) ?? [])]).toEqual([
      ['claude-2.1', { text: 'July 21st, 2025', date: '2025-07-21' }],
      ['claude-3-opus-20240229', { text: 'January 5th, 2026', date: '2026-01-05' }],
    ]);
  });

  it('reads an empty map (0.116 to 0.129) as no deprecations', () => {
    expect(parseDeprecatedModels('const DEPRECATED_MODELS = {};')).toEqual(new Map());
  });

  it('keeps an entry whose date it cannot read, without a date', () => {
    expect(parseDeprecatedModels("const DEPRECATED_MODELS = { 'claude-x': 'end of Q3' };")?.get('claude-x')).toEqual({
      text: 'end of Q3',
      date: null,
    });
  });

  it.each([
    ['no map', 'export const MODELS = {};'],
    ['only a reference', 'if (body.model in data_1.DEPRECATED_MODELS) {}'],
    ['a spread', "const DEPRECATED_MODELS = { ...OLD, 'claude-x': 'June 1st, 2027' };"],
    ['a computed value', "const DEPRECATED_MODELS = { 'claude-x': date('2027-06-01') };"],
    ['a structured value', "const DEPRECATED_MODELS = { 'claude-x': { eol: 'June 1st, 2027' } };"],
    ['a map that never ends', "const DEPRECATED_MODELS = { 'claude-x': 'June 1st, 2027',"],
  ])('gives up on %s', (_, source) => {
    expect(parseDeprecatedModels(source)).toBeNull();
  });
});

describe('parseModelUnion', () => {
  it('reads the string members of the Model union', () => {
    expect(parseModelUnion('export type Model = \'claude-opus-4-8\' | "claude-haiku-4-5" | (string & {});\nexport interface X {}')).toEqual(
      ['claude-opus-4-8', 'claude-haiku-4-5'],
    );
  });

  it('gives null without a union', () => {
    expect(parseModelUnion('export type Model = string;')).toBeNull();
    expect(parseModelUnion('')).toBeNull();
  });
});

describe('readSdkLifecycle', () => {
  const fixtures: { remove: () => void }[] = [];
  const fixture = (...args: Parameters<typeof makeSdkFixture>) => {
    const made = makeSdkFixture(...args);
    fixtures.push(made);
    return made;
  };
  afterAll(() => {
    for (const made of fixtures) made.remove();
  });

  it('reads the published 1.15.0 (internal/data/deprecated-models.js)', () => {
    const sdk = readSdkLifecycle(INSTALLED);
    expect(sdk?.version).toBe('1.15.0');
    expect(sdk?.file).toBe('internal/data/deprecated-models.js');
    expect(sdk?.models).toHaveLength(20);
    expect(Object.fromEntries(sdk?.deprecated ?? [])).toEqual({
      'claude-mythos-preview': { text: 'June 30th, 2026', date: '2026-06-30' },
      'claude-opus-4-5': { text: 'January 22nd, 2027', date: '2027-01-22' },
      'claude-opus-4-5-20251101': { text: 'January 22nd, 2027', date: '2027-01-22' },
    });
  });

  it('reads the inline map of 1.12 and older, which the client warns from, before the unused data file', () => {
    const made = fixture('1.12.0', { 'claude-sonnet-4-5': 'November 30th, 2026' }, 'inline', {
      'internal/data/deprecated-models.js': `exports.DEPRECATED_MODELS = ${mapLiteral({ 'claude-mythos-preview': 'June 30th, 2026' })};`,
    });
    const sdk = readSdkLifecycle(made.packageDir);
    expect(sdk?.file).toBe('resources/messages/messages.js');
    expect([...(sdk?.deprecated.keys() ?? [])]).toEqual(['claude-sonnet-4-5']);
  });

  it('falls back to the .mjs data module when only ESM files are present', () => {
    const made = fixture('1.14.0', null, 'data', {
      'internal/data/deprecated-models.mjs': `export const DEPRECATED_MODELS = ${mapLiteral({ 'claude-opus-4-5': 'January 22nd, 2027' })};`,
    });
    expect(readSdkLifecycle(made.packageDir)?.file).toBe('internal/data/deprecated-models.mjs');
  });

  it('keeps the Model union when the map cannot be read', () => {
    const made = fixture('1.17.0', null, 'data', {
      'resources/messages/messages.d.ts': "export type Model = 'claude-nova-1' | (string & {});",
    });
    expect(readSdkLifecycle(made.packageDir)).toEqual({
      version: '1.17.0',
      packageDir: made.packageDir,
      file: null,
      deprecated: new Map(),
      models: ['claude-nova-1'],
    });
  });

  it('gives null, never throws, for installs it cannot read', () => {
    const noMap = fixture('1.16.0', null);
    const odd = fixture('1.16.0', null, 'data', { 'internal/data/deprecated-models.js': 'module.exports = require("./generated.json");' });
    const badManifest = fixture('1.16.0', { 'claude-opus-4-5': 'January 22nd, 2027' }, 'data', { 'package.json': '{ not json' });
    const noVersion = fixture('1.16.0', { 'claude-opus-4-5': 'January 22nd, 2027' }, 'data', { 'package.json': '{"version": 16}' });
    for (const made of [noMap, odd, badManifest, noVersion]) expect(readSdkLifecycle(made.packageDir)).toBeNull();
    expect(readSdkLifecycle(path.join(noMap.project, 'nowhere'))).toBeNull();
  });

  it('reads an install once (cached by path), and again only when its version changed', () => {
    const made = fixture('1.16.0', { 'claude-opus-4-6': 'March 1st, 2027' });
    const t0 = 1_000_000;
    const first = readSdkLifecycle(made.packageDir, t0);
    writeFileSync(path.join(made.packageDir, 'internal/data/deprecated-models.js'), 'garbage');
    expect(readSdkLifecycle(made.packageDir, t0 + 10)).toBe(first);
    expect(readSdkLifecycle(`${made.packageDir}${path.sep}`, t0 + 10)).toBe(first);
    // Past the re-check delay, the same version: the data is not read again.
    expect(readSdkLifecycle(made.packageDir, t0 + RECHECK_MS)).toBe(first);
    // An `npm install` of another version: read again.
    writeFileSync(path.join(made.packageDir, 'package.json'), JSON.stringify({ version: '1.17.0' }));
    expect(readSdkLifecycle(made.packageDir, t0 + 2 * RECHECK_MS + 1)).toBeNull();
  });

  it('sees a nearer install after the re-check delay', () => {
    const made = fixture('1.16.0', { 'claude-opus-4-6': 'March 1st, 2027' });
    const nested = path.join(made.project, 'packages', 'app');
    const t0 = 2_000_000;
    expect(nearestSdkPackageDir(nested, t0)).toBe(made.packageDir);
    mkdirSync(path.join(nested, 'node_modules', '@anthropic-ai', 'sdk'), { recursive: true });
    writeFileSync(path.join(nested, 'node_modules', '@anthropic-ai', 'sdk', 'package.json'), JSON.stringify({ version: '1.15.0' }));
    expect(nearestSdkPackageDir(nested, t0 + 1)).toBe(made.packageDir);
    expect(nearestSdkPackageDir(nested, t0 + RECHECK_MS)).toBe(path.join(nested, 'node_modules', '@anthropic-ai', 'sdk'));
  });

  it('reads the nearest install’s data once per install, and again after an install of another version', () => {
    const made = fixture('1.16.0', { 'claude-opus-4-6': 'March 1st, 2027' });
    const source = path.join(made.project, 'src');
    const t0 = 3_000_000;
    const first = nearestSdkLifecycle(source, t0);
    expect(first?.deprecated.get('claude-opus-4-6')?.date).toBe('2027-03-01');
    writeFileSync(path.join(made.packageDir, 'internal/data/deprecated-models.js'), 'garbage');
    // The same install, even past the re-check delay: the data is not read again.
    expect(nearestSdkLifecycle(source, t0 + 10)).toBe(first);
    expect(nearestSdkLifecycle(source, t0 + RECHECK_MS)).toBe(first);
    // An `npm install` of another version, with other data: read again.
    writeFileSync(
      path.join(made.packageDir, 'internal/data/deprecated-models.js'),
      `exports.DEPRECATED_MODELS = ${mapLiteral({ 'claude-opus-4-7': 'April 1st, 2027' })};`,
    );
    writeFileSync(path.join(made.packageDir, 'package.json'), JSON.stringify({ version: '1.17.0' }));
    const reread = nearestSdkLifecycle(source, t0 + 2 * RECHECK_MS + 1);
    expect(reread?.version).toBe('1.17.0');
    expect([...(reread?.deprecated.keys() ?? [])]).toEqual(['claude-opus-4-7']);
  });

  it('finds the nearest install from a directory upwards, and none outside any project', () => {
    const made = fixture('1.16.0', { 'claude-opus-4-6': 'March 1st, 2027' });
    expect(nearestSdkPackageDir(path.join(made.project, 'src'))).toBe(made.packageDir);
    expect(nearestSdkPackageDir(path.join(made.project, 'src', 'deep', 'er'))).toBe(made.packageDir);
    expect(nearestSdkPackageDir(process.cwd())).toBe(INSTALLED);
  });

  it('reads the Model union of the published 1.15.0', () => {
    const ids = readSdkModelIds(INSTALLED);
    expect(ids).toHaveLength(20);
    expect(ids).toContain('claude-fable-5-2');
    expect(ids).not.toContain('claude-sonnet-4-5');
    expect(readSdkModelIds(path.join(INSTALLED, 'nowhere'))).toBeNull();
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.16.0', '1.15.0', 1],
    ['1.15.0', '1.15.0', 0],
    ['1.9.2', '1.10.0', -1],
    ['0.137.0', '1.15.0', -1],
    ['2.0.0-beta.1', '1.15.0', 1],
    ['1.15', '1.15.0', 0],
  ])('%s vs %s is %i', (a, b, sign) => {
    expect(compareVersions(a, b)).toBe(sign);
  });
});
