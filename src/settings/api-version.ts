/**
 * The `anthropic-version` the linted project sends when the settings do not say.
 *
 * @anthropic-ai/sdk 1.0.0 (2026-10-21) switched its default header from 2023-06-01 to
 * 2026-10-21, so the installed SDK's major version decides. Looked up once per directory
 * per process; no file system work per linted file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const API_VERSIONS = ['2023-06-01', '2026-10-21'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];

export interface DetectedApiVersion {
  readonly version: ApiVersion;
  /** Where the answer came from, for messages and debugging. */
  readonly reason: string;
}

const cache = new Map<string, DetectedApiVersion>();

/** The default API version of an installed `@anthropic-ai/sdk` of this version. */
export function apiVersionOfSdk(sdkVersion: string): ApiVersion {
  const major = Number.parseInt(sdkVersion, 10);
  return Number.isFinite(major) && major >= 1 ? '2026-10-21' : '2023-06-01';
}

/** Look for `node_modules/@anthropic-ai/sdk/package.json` from `cwd` upwards. */
export function detectApiVersion(cwd: string): DetectedApiVersion {
  const cached = cache.get(cwd);
  if (cached) return cached;
  let result: DetectedApiVersion = { version: '2023-06-01', reason: 'no installed @anthropic-ai/sdk found' };
  let directory = path.resolve(cwd);
  for (;;) {
    const manifest = path.join(directory, 'node_modules', '@anthropic-ai', 'sdk', 'package.json');
    const version = readVersion(manifest);
    if (version !== null) {
      result = { version: apiVersionOfSdk(version), reason: `@anthropic-ai/sdk ${version} is installed` };
      break;
    }
    const parent = path.dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  cache.set(cwd, result);
  return result;
}

function readVersion(manifest: string): string | null {
  try {
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
    return typeof parsed.version === 'string' ? parsed.version : null;
  } catch {
    return null;
  }
}
