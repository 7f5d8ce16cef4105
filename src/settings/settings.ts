/**
 * `settings['claude-api']`: validated once per settings object, with a clear error naming the
 * bad setting.
 *
 * ```js
 * settings: {
 *   'claude-api': {
 *     apiVersion: '2026-10-21',          // default: from the installed @anthropic-ai/sdk major
 *     models: [{ id: 'claude-opus-6', maxOutputTokens: 128000 }],
 *     modelsFile: 'claude-models.json',  // written by `npx eslint-plugin-claude-api models sync`
 *   },
 * }
 * ```
 */
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { ModelIndex } from '../facts/lookup.js';
import { loadModelsFile, mergeModelsFile, ModelsFileError } from '../facts/models-file.js';
import { nearestSdkPackageDir, readSdkLifecycle, type SdkLifecycle } from '../facts/sdk-lifecycle.js';
import { MODEL_TABLE } from '../facts/table.js';
import type { ModelRow } from '../facts/types.js';
import { ClaudeApiSettingsError, mergeRows } from './user-rows.js';
import { API_VERSIONS, detectApiVersion, type ApiVersion } from './api-version.js';

export const SETTINGS_KEY = 'claude-api';

export interface ClaudeApiSettings {
  readonly apiVersion: ApiVersion;
  /** Why this API version applies (set, or derived from the installed SDK). */
  readonly apiVersionReason: string;
  readonly models: ModelIndex;
  /** The models file in use (absolute path), when `modelsFile` is set. */
  readonly modelsFile: string | null;
}

const SETTINGS_KEYS = ['apiVersion', 'models', 'modelsFile'];
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
  const { rows: fileRows, file: modelsFile } = modelsFileRows(record.modelsFile, cwd);
  let models = fileRows === MODEL_TABLE ? BUILT_IN_INDEX : new ModelIndex(fileRows);
  if (record.models !== undefined) {
    if (!Array.isArray(record.models)) {
      throw new ClaudeApiSettingsError('.models', `expected an array of model rows, got ${JSON.stringify(record.models)}`);
    }
    models = new ModelIndex(mergeRows(fileRows, record.models));
  }
  const settings = { apiVersion, apiVersionReason, models, modelsFile };
  cache.set(raw, settings);
  return settings;
}

/**
 * The table with `settings['claude-api'].modelsFile` merged in (settings rows go on top).
 * A relative path is resolved against ESLint's working directory (`cwd`), where `models sync`
 * writes by default.
 */
function modelsFileRows(value: unknown, cwd: string): { rows: readonly ModelRow[]; file: string | null } {
  if (value === undefined) return { rows: MODEL_TABLE, file: null };
  if (typeof value !== 'string' || value === '') {
    throw new ClaudeApiSettingsError('.modelsFile', `expected the path of a file written by \`models sync\`, got ${JSON.stringify(value)}`);
  }
  const file = path.resolve(cwd, value);
  try {
    return { rows: mergeModelsFile(MODEL_TABLE, loadModelsFile(file), path.basename(file)), file };
  } catch (error) {
    if (error instanceof ModelsFileError) throw new ClaudeApiSettingsError('.modelsFile', error.problem);
    throw error;
  }
}

/**
 * The lifecycle data of the `@anthropic-ai/sdk` nearest to the linted file (null: none, or
 * unreadable). Cached per directory and per install location: no file work per linted file.
 */
export function getSdkLifecycle(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): SdkLifecycle | null {
  const directory = path.dirname(path.resolve(context.cwd, context.filename));
  const packageDir = nearestSdkPackageDir(directory);
  return packageDir === null ? null : readSdkLifecycle(packageDir);
}

function defaultSettings(cwd: string): ClaudeApiSettings {
  let settings = defaults.get(cwd);
  if (!settings) {
    const { version, reason } = detectApiVersion(cwd);
    settings = { apiVersion: version, apiVersionReason: reason, models: BUILT_IN_INDEX, modelsFile: null };
    defaults.set(cwd, settings);
  }
  return settings;
}

export function getSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ClaudeApiSettings {
  return parseSettings(context.settings[SETTINGS_KEY], context.cwd);
}
