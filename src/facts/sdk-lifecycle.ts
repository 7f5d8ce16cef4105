/**
 * The installed `@anthropic-ai/sdk` as a live lifecycle source: the model IDs it calls
 * deprecated, with their end-of-life dates.
 *
 * Where the data lives (read from the published packages, see facts-2026-12-01.md):
 * - 1.13 and later: `internal/data/deprecated-models.js` (and `.mjs`), which the client reads;
 * - up to 1.12: an inline `const DEPRECATED_MODELS = {...}` in `resources/messages/messages.js`
 *   (0.132 to 1.12 also ship the data file, but the client warns from the inline copy).
 *
 * None of this is a public API: every shape is guarded, nothing throws, and an unreadable
 * install gives `null` (the table decides alone). Files are read as text and parsed, never
 * imported: no code of the linted project's dependencies runs. Read once per install location.
 */
import path from 'node:path';
import { RECHECK_MS, nearestSdk, readText, versionOf, type InstalledSdk } from './installed-sdk.js';

export interface SdkDeprecation {
  /** The end-of-life date as the SDK writes it, e.g. `January 22nd, 2027`. */
  readonly text: string;
  /** The same date as `YYYY-MM-DD`, or null when it cannot be read. */
  readonly date: string | null;
}

export interface SdkLifecycle {
  /** The installed version, e.g. `1.15.0`. */
  readonly version: string;
  /** The package directory (`…/node_modules/@anthropic-ai/sdk`). */
  readonly packageDir: string;
  /** The file the map was read from, relative to the package directory. */
  readonly file: string | null;
  /** Model ID → end of life (empty when no map could be read). */
  readonly deprecated: ReadonlyMap<string, SdkDeprecation>;
  /** The IDs of the SDK's `Model` union: models that exist; null when it cannot be read. */
  readonly models: readonly string[] | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WRITTEN_DATE = /^([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/iu;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** `January 22nd, 2027`, `October 22, 2025` or `2027-01-22` → `2027-01-22`; null for anything else. */
export function parseEndOfLifeDate(text: string): string | null {
  const trimmed = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_DATE.exec(trimmed);
  const written = WRITTEN_DATE.exec(trimmed);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (written) {
    month = MONTHS.indexOf((written[1] ?? '').toLowerCase()) + 1;
    [year, day] = [Number(written[3]), Number(written[2])];
  } else {
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

const MAP_START = /\bDEPRECATED_MODELS\s*=\s*\{/u;
const ENTRY = /\s*(['"])([^'"\n]+)\1\s*:\s*(['"])([^'"\n]*)\3\s*,?/uy;
const COMMENT_OR_SPACE = /\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)?/uy;

/**
 * The `DEPRECATED_MODELS = { 'id': 'date', ... }` object literal in a compiled SDK file, or null
 * when the text has no such literal or it holds anything but string-to-string entries.
 */
export function parseDeprecatedModels(source: string): Map<string, SdkDeprecation> | null {
  const start = MAP_START.exec(source);
  if (!start) return null;
  const entries = new Map<string, SdkDeprecation>();
  let at = start.index + start[0].length;
  for (;;) {
    COMMENT_OR_SPACE.lastIndex = at;
    if (COMMENT_OR_SPACE.exec(source)) at = COMMENT_OR_SPACE.lastIndex;
    if (source[at] === '}') return entries;
    ENTRY.lastIndex = at;
    const entry = ENTRY.exec(source);
    if (!entry) return null;
    const text = entry[4] ?? '';
    entries.set(entry[2] ?? '', { text, date: parseEndOfLifeDate(text) });
    at = ENTRY.lastIndex;
  }
}

/** The string members of `export type Model = 'a' | 'b' | (string & {});` in a `.d.ts` text. */
export function parseModelUnion(dts: string): string[] | null {
  const union = /export\s+type\s+Model\s*=([^;]*);/u.exec(dts);
  if (!union) return null;
  const ids = [...(union[1] ?? '').matchAll(/'([^']+)'|"([^"]+)"/gu)].map((match) => match[1] ?? match[2] ?? '');
  return ids.length > 0 ? ids : null;
}

function readVersion(packageDir: string): string | null {
  const text = readText(path.join(packageDir, 'package.json'));
  return text === null ? null : versionOf(text);
}

/** The files that may hold the map, most specific first. */
const MAP_FILES = [
  'resources/messages/messages.js',
  'resources/messages/messages.mjs',
  'internal/data/deprecated-models.js',
  'internal/data/deprecated-models.mjs',
];

interface Cached<T> {
  readonly value: T;
  readonly checkedAt: number;
}

const cache = new Map<string, Cached<{ version: string | null; result: SdkLifecycle | null }>>();

/**
 * Read the lifecycle data of the `@anthropic-ai/sdk` installed in `sdkPackageDir` (the package's
 * own directory, holding its `package.json`): its deprecated-models map and its `Model` union.
 * Null when it is not installed there or neither can be read. Cached by path; after
 * `RECHECK_MS` the next call re-reads the version, and the data only when the version changed.
 */
export function readSdkLifecycle(sdkPackageDir: string, now: number = Date.now()): SdkLifecycle | null {
  const packageDir = path.resolve(sdkPackageDir);
  const cached = cache.get(packageDir);
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached.value.result;
  const version = readVersion(packageDir);
  if (cached && cached.value.version === version) {
    cache.set(packageDir, { value: cached.value, checkedAt: now });
    return cached.value.result;
  }
  const result = version === null ? null : readLifecycleData(packageDir, version);
  cache.set(packageDir, { value: { version, result }, checkedAt: now });
  return result;
}

/** The deprecated-models map and `Model` union of the SDK in `packageDir`, at `version`; null when neither can be read. */
function readLifecycleData(packageDir: string, version: string): SdkLifecycle | null {
  let found: { file: string; deprecated: Map<string, SdkDeprecation> } | null = null;
  for (const file of MAP_FILES) {
    const text = readText(path.join(packageDir, file));
    const deprecated = text === null ? null : parseDeprecatedModels(text);
    if (deprecated) {
      found = { file, deprecated };
      break;
    }
  }
  const models = readSdkModelIds(packageDir);
  return found || models ? { version, packageDir, file: found?.file ?? null, deprecated: found?.deprecated ?? new Map(), models } : null;
}

/** The `Model` union of the SDK installed in `sdkPackageDir`, or null when it cannot be read. */
export function readSdkModelIds(sdkPackageDir: string): string[] | null {
  const text = readText(path.join(sdkPackageDir, 'resources', 'messages', 'messages.d.ts'));
  return text === null ? null : parseModelUnion(text);
}

/** The nearest `node_modules/@anthropic-ai/sdk` from `directory` upwards (its package directory), or null. */
export function nearestSdkPackageDir(directory: string, now: number = Date.now()): string | null {
  return nearestSdk(directory, now)?.packageDir ?? null;
}

/** Per install (the same object while its manifest is unchanged): its lifecycle data. */
const byInstall = new WeakMap<InstalledSdk, SdkLifecycle | null>();

/**
 * The lifecycle data of the SDK installed nearest to `directory`. The install and its version
 * come from the one nearest-SDK lookup (facts/installed-sdk.ts, which re-checks the manifest
 * after `RECHECK_MS`); the data files are read once per install and version.
 */
export function nearestSdkLifecycle(directory: string, now: number = Date.now()): SdkLifecycle | null {
  const sdk = nearestSdk(directory, now);
  if (!sdk) return null;
  let lifecycle = byInstall.get(sdk);
  if (lifecycle === undefined) {
    lifecycle = readLifecycleData(sdk.packageDir, sdk.version);
    byInstall.set(sdk, lifecycle);
  }
  return lifecycle;
}

/** Compare dotted versions numerically (`1.10.0` > `1.9.2`); pre-release tags are ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string): number[] =>
    version
      .split(/[-+]/u)[0]
      ?.split('.')
      .map((part) => Number.parseInt(part, 10) || 0) ?? [];
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
