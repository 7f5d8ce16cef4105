/**
 * The `anthropic-version` a linted file's project sends when the settings do not say.
 *
 * @anthropic-ai/sdk 1.0.0 (2026-10-21) switched its default header from 2023-06-01 to
 * 2026-10-21, so the major version of the SDK installed nearest to the linted file decides: in a
 * monorepo, `packages/app` and `packages/legacy` may have different SDKs, and linting from the
 * root, from the package, from lint-staged or in the editor must agree.
 *
 * Looked up per directory, never per file. A long-running process (the editor's language server)
 * must see an `npm install` without a restart, so a directory's answer is trusted for
 * `RECHECK_MS`; after that the next file in it re-reads the manifests on its way up (each
 * ancestor directory is itself cached, so a re-check costs one read per directory).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const API_VERSIONS = ['2023-06-01', '2026-10-21'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];

export interface DetectedApiVersion {
  readonly version: ApiVersion;
  /** Where the answer came from, for messages and debugging. */
  readonly reason: string;
  /** The installed SDK's `package.json`, or null when none was found. */
  readonly manifest: string | null;
}

/** How long a directory's answer is trusted before the next lookup re-reads the manifests. */
export const RECHECK_MS = 5000;

const NO_SDK: DetectedApiVersion = { version: '2023-06-01', reason: 'no installed @anthropic-ai/sdk found', manifest: null };

interface Entry {
  readonly result: DetectedApiVersion;
  readonly checkedAt: number;
  /** The manifest's text when it was read, to keep `result` identical while nothing changed. */
  readonly text: string | null;
}

const cache = new Map<string, Entry>();

/** The default API version of an installed `@anthropic-ai/sdk` of this version. */
export function apiVersionOfSdk(sdkVersion: string): ApiVersion {
  const major = Number.parseInt(sdkVersion, 10);
  return Number.isFinite(major) && major >= 1 ? '2026-10-21' : '2023-06-01';
}

/**
 * The API version for files in `directory`: from the nearest
 * `node_modules/@anthropic-ai/sdk/package.json` in it or above it.
 */
export function detectApiVersion(directory: string, now: number = Date.now()): DetectedApiVersion {
  return lookup(path.resolve(directory), now).result;
}

function lookup(directory: string, now: number): Entry {
  const cached = cache.get(directory);
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached;
  const manifest = path.join(directory, 'node_modules', '@anthropic-ai', 'sdk', 'package.json');
  const text = readText(manifest);
  const version = text === null ? null : versionOf(text);
  let result: DetectedApiVersion;
  if (version !== null) {
    result =
      cached && cached.text === text
        ? cached.result
        : { version: apiVersionOfSdk(version), reason: `@anthropic-ai/sdk ${version} is installed`, manifest };
  } else {
    const parent = path.dirname(directory);
    result = parent === directory ? NO_SDK : lookup(parent, now).result;
  }
  const entry: Entry = { result, checkedAt: now, text: version === null ? null : text };
  cache.set(directory, entry);
  return entry;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function versionOf(text: string): string | null {
  try {
    const parsed = JSON.parse(text) as { version?: unknown };
    return typeof parsed.version === 'string' ? parsed.version : null;
  } catch {
    return null;
  }
}
