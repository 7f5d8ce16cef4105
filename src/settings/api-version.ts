/**
 * The `anthropic-version` a linted file's project sends when the settings do not say.
 *
 * @anthropic-ai/sdk 1.0.0 (2026-10-21) switched its default header from 2023-06-01 to
 * 2026-10-21, so the major version of the SDK installed nearest to the linted file decides
 * (facts/installed-sdk.ts: looked up per directory, re-checked after a few seconds): linting from
 * the root, from the package, from lint-staged or in the editor must agree.
 */
import { nearestSdk, type InstalledSdk } from '../facts/installed-sdk.js';

export const API_VERSIONS = ['2023-06-01', '2026-10-21'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];

export interface DetectedApiVersion {
  readonly version: ApiVersion;
  /** Where the answer came from, for messages and debugging. */
  readonly reason: string;
  /** The installed SDK's `package.json`, or null when none was found. */
  readonly manifest: string | null;
}

const NO_SDK: DetectedApiVersion = { version: '2023-06-01', reason: 'no installed @anthropic-ai/sdk found', manifest: null };

/** One answer per installed SDK (the same object while its manifest is unchanged). */
const answers = new WeakMap<InstalledSdk, DetectedApiVersion>();

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
  const sdk = nearestSdk(directory, now);
  if (!sdk) return NO_SDK;
  let answer = answers.get(sdk);
  if (!answer) {
    answer = { version: apiVersionOfSdk(sdk.version), reason: `@anthropic-ai/sdk ${sdk.version} is installed`, manifest: sdk.manifest };
    answers.set(sdk, answer);
  }
  return answer;
}
