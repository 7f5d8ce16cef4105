/**
 * `settings['claude-api']`: validated once per settings object, with a clear error naming the
 * bad setting; the API version, when not set, derived per linted file from the nearest
 * installed @anthropic-ai/sdk.
 *
 * ```js
 * settings: {
 *   'claude-api': {
 *     apiVersion: '2026-10-21',          // default: from the nearest installed @anthropic-ai/sdk
 *     models: [{ id: 'claude-opus-6', maxOutputTokens: 128000 }],
 *   },
 * }
 * ```
 */
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { ModelIndex } from '../facts/lookup.js';
import { MODEL_TABLE } from '../facts/table.js';
import { ClaudeApiSettingsError, mergeRows } from './user-rows.js';
import { API_VERSIONS, detectApiVersion, type ApiVersion, type DetectedApiVersion } from './api-version.js';

export const SETTINGS_KEY = 'claude-api';

export interface ClaudeApiSettings {
  readonly apiVersion: ApiVersion;
  /** Why this API version applies (set, or derived from the installed SDK). */
  readonly apiVersionReason: string;
  readonly models: ModelIndex;
}

/** What the settings say, before the linted file's directory is known. */
interface ValidSettings {
  /** The settings for every file, when `apiVersion` is set. */
  readonly fixed: ClaudeApiSettings | null;
  readonly models: ModelIndex;
  /** Per detected API version (objects cached per directory), the settings in effect. */
  readonly resolved: WeakMap<DetectedApiVersion, ClaudeApiSettings>;
}

const SETTINGS_KEYS = ['apiVersion', 'models'];
const BUILT_IN_INDEX = new ModelIndex(MODEL_TABLE);
const UNSET: ValidSettings = { fixed: null, models: BUILT_IN_INDEX, resolved: new WeakMap() };
/** Per raw settings object: its validation, or the error it gives (checked once, not per rule). */
const validated = new WeakMap<object, ValidSettings | ClaudeApiSettingsError>();

function validate(raw: unknown): ValidSettings {
  if (raw === undefined || raw === null) return UNSET;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ClaudeApiSettingsError('', `expected an object, got ${JSON.stringify(raw)}`);
  }
  let result = validated.get(raw);
  if (!result) {
    try {
      result = validateObject(raw as Record<string, unknown>);
    } catch (error) {
      if (!(error instanceof ClaudeApiSettingsError)) throw error;
      result = error;
    }
    validated.set(raw, result);
  }
  if (result instanceof ClaudeApiSettingsError) throw result;
  return result;
}

function validateObject(record: Record<string, unknown>): ValidSettings {
  for (const key of Object.keys(record)) {
    if (!SETTINGS_KEYS.includes(key)) {
      throw new ClaudeApiSettingsError(`.${key}`, `unknown setting; expected one of ${SETTINGS_KEYS.join(', ')}`);
    }
  }
  let apiVersion: ApiVersion | null = null;
  if (record.apiVersion !== undefined) {
    if (!API_VERSIONS.includes(record.apiVersion as ApiVersion)) {
      throw new ClaudeApiSettingsError(
        '.apiVersion',
        `expected ${API_VERSIONS.map((v) => `'${v}'`).join(' or ')}, got ${JSON.stringify(record.apiVersion)}`,
      );
    }
    apiVersion = record.apiVersion as ApiVersion;
  }
  let models = BUILT_IN_INDEX;
  if (record.models !== undefined) {
    if (!Array.isArray(record.models)) {
      throw new ClaudeApiSettingsError('.models', `expected an array of model rows, got ${JSON.stringify(record.models)}`);
    }
    models = new ModelIndex(mergeRows(MODEL_TABLE, record.models));
  }
  const fixed =
    apiVersion === null ? null : { apiVersion, apiVersionReason: `settings['claude-api'].apiVersion is '${apiVersion}'`, models };
  return { fixed, models, resolved: new WeakMap() };
}

/**
 * Validate a raw `settings['claude-api']` value and apply it to files in `directory` (used only
 * when `apiVersion` is unset). Throws a `ClaudeApiSettingsError` naming the bad setting.
 */
export function parseSettings(raw: unknown, directory: string): ClaudeApiSettings {
  const valid = validate(raw);
  if (valid.fixed) return valid.fixed;
  const detected = detectApiVersion(directory);
  let settings = valid.resolved.get(detected);
  if (!settings) {
    settings = { apiVersion: detected.version, apiVersionReason: detected.reason, models: valid.models };
    valid.resolved.set(detected, settings);
  }
  return settings;
}

/** The directory whose installed SDK decides for the file being linted. */
export function lintedDirectory(context: { readonly filename: string; readonly physicalFilename?: string; readonly cwd: string }): string {
  const file = context.physicalFilename ?? context.filename;
  // `<input>` / `<text>` (stdin, Linter#verify without a path): the working directory.
  return path.isAbsolute(file) ? path.dirname(file) : context.cwd;
}

export function getSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ClaudeApiSettings {
  return parseSettings(context.settings[SETTINGS_KEY], lintedDirectory(context));
}

const reportedFiles = new WeakSet<object>();

/**
 * Whether the settings are unusable. If so, the first claude-api rule created for the file
 * reports the error once, on line 1 (so N enabled rules do not give N copies, and the editor
 * shows it on every file it applies to), and every rule then checks nothing: a rule run with a
 * half-read setting would report wrongly. The message has the severity of that first rule, which
 * in the shipped configs is an `error` rule.
 */
export function rejectBadSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): boolean {
  let error: ClaudeApiSettingsError;
  try {
    // `settings` is always there in ESLint and oxlint; hand-made contexts in tests may lack it.
    validate((context.settings as typeof context.settings | undefined)?.[SETTINGS_KEY]);
    return false;
  } catch (caught) {
    if (!(caught instanceof ClaudeApiSettingsError)) throw caught;
    error = caught;
  }
  const { sourceCode } = context;
  if (!reportedFiles.has(sourceCode)) {
    reportedFiles.add(sourceCode);
    // `message` rather than a `messageId`: the report belongs to no rule's messages.
    const report = context.report as unknown as (descriptor: { loc: { line: number; column: number }; message: string }) => void;
    report({ loc: { line: 1, column: 0 }, message: `${error.message}. No claude-api rule checks this file until the setting is fixed.` });
  }
  return true;
}
