/**
 * `settings['claude-api']`: validated once per settings object, with a clear error naming the
 * bad setting.
 *
 * ```js
 * settings: {
 *   'claude-api': {
 *     apiVersion: '2026-10-21',          // default: from the installed @anthropic-ai/sdk major
 *     models: [{ id: 'claude-opus-6', maxOutputTokens: 128000 }],
 *   },
 * }
 * ```
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { ModelIndex } from '../facts/lookup.js';
import { MODEL_TABLE } from '../facts/table.js';
import { ClaudeApiSettingsError, mergeRows } from './user-rows.js';
import { API_VERSIONS, detectApiVersion, type ApiVersion } from './api-version.js';

export const SETTINGS_KEY = 'claude-api';

export interface ClaudeApiSettings {
  readonly apiVersion: ApiVersion;
  /** Why this API version applies (set, or derived from the installed SDK). */
  readonly apiVersionReason: string;
  readonly models: ModelIndex;
}

const SETTINGS_KEYS = ['apiVersion', 'models'];
const BUILT_IN_INDEX = new ModelIndex(MODEL_TABLE);
const cache = new WeakMap<object, ClaudeApiSettings>();
const defaults = new Map<string, ClaudeApiSettings>();

/** Validate a raw `settings['claude-api']` value. `cwd` is used only when `apiVersion` is unset. */
export function parseSettings(raw: unknown, cwd: string): ClaudeApiSettings {
  if (raw === undefined || raw === null) return defaultSettings(cwd);
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ClaudeApiSettingsError('', `expected an object, got ${JSON.stringify(raw)}`);
  }
  const cached = cache.get(raw);
  if (cached) return cached;
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!SETTINGS_KEYS.includes(key)) {
      throw new ClaudeApiSettingsError(`.${key}`, `unknown setting; expected one of ${SETTINGS_KEYS.join(', ')}`);
    }
  }
  let apiVersion: ApiVersion;
  let apiVersionReason: string;
  if (record.apiVersion === undefined) {
    ({ version: apiVersion, reason: apiVersionReason } = detectApiVersion(cwd));
  } else if (API_VERSIONS.includes(record.apiVersion as ApiVersion)) {
    apiVersion = record.apiVersion as ApiVersion;
    apiVersionReason = `settings['claude-api'].apiVersion is '${apiVersion}'`;
  } else {
    throw new ClaudeApiSettingsError(
      '.apiVersion',
      `expected ${API_VERSIONS.map((v) => `'${v}'`).join(' or ')}, got ${JSON.stringify(record.apiVersion)}`,
    );
  }
  let models = BUILT_IN_INDEX;
  if (record.models !== undefined) {
    if (!Array.isArray(record.models)) {
      throw new ClaudeApiSettingsError('.models', `expected an array of model rows, got ${JSON.stringify(record.models)}`);
    }
    models = new ModelIndex(mergeRows(MODEL_TABLE, record.models));
  }
  const settings = { apiVersion, apiVersionReason, models };
  cache.set(raw, settings);
  return settings;
}

function defaultSettings(cwd: string): ClaudeApiSettings {
  let settings = defaults.get(cwd);
  if (!settings) {
    const { version, reason } = detectApiVersion(cwd);
    settings = { apiVersion: version, apiVersionReason: reason, models: BUILT_IN_INDEX };
    defaults.set(cwd, settings);
  }
  return settings;
}

export function getSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ClaudeApiSettings {
  return parseSettings(context.settings[SETTINGS_KEY], context.cwd);
}
