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
 *     modelsFile: 'claude-models.json',  // written by `npx eslint-plugin-claude-api models sync`
 *   },
 * }
 * ```
 */
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { ModelIndex } from '../facts/lookup.js';
import { loadModelsFile, mergeModelsFile, ModelsFileError } from '../facts/models-file.js';
import { nearestSdkLifecycle, type SdkLifecycle } from '../facts/sdk-lifecycle.js';
import { MODEL_TABLE } from '../facts/table.js';
import type { ModelRow } from '../facts/types.js';
import { ClaudeApiSettingsError, describeValue, mergeRows } from './user-rows.js';
import { API_VERSIONS, detectApiVersion, type ApiVersion, type DetectedApiVersion } from './api-version.js';

export const SETTINGS_KEY = 'claude-api';

export interface ClaudeApiSettings {
  readonly apiVersion: ApiVersion;
  /** Why this API version applies (set, or derived from the installed SDK). */
  readonly apiVersionReason: string;
  readonly models: ModelIndex;
  /** The models file in use (absolute path), when `modelsFile` is set. */
  readonly modelsFile: string | null;
}

/** What the settings say, before the linted file's directory is known. */
interface ValidSettings {
  /** The settings for every file, when `apiVersion` is set. */
  readonly fixed: ClaudeApiSettings | null;
  readonly models: ModelIndex;
  readonly modelsFile: string | null;
  /** Per detected API version (objects cached per directory), the settings in effect. */
  readonly resolved: WeakMap<DetectedApiVersion, ClaudeApiSettings>;
}

const SETTINGS_KEYS = ['apiVersion', 'models', 'modelsFile'];
const BUILT_IN_INDEX = new ModelIndex(MODEL_TABLE);
const UNSET: ValidSettings = { fixed: null, models: BUILT_IN_INDEX, modelsFile: null, resolved: new WeakMap() };
/** Per raw settings object: its validation, or the error it gives (checked once, not per rule). */
const validated = new WeakMap<object, ValidSettings | ClaudeApiSettingsError>();

/**
 * Validation is cached per settings object; `cwd` (for a relative `modelsFile`) is the working
 * directory of the first file linted with it, which is ESLint's for every file of a run.
 */
function validate(raw: unknown, cwd: string): ValidSettings {
  if (raw === undefined || raw === null) return UNSET;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ClaudeApiSettingsError('', `expected an object, got ${describeValue(raw)}`);
  }
  let result = validated.get(raw);
  if (!result) {
    try {
      result = validateObject(raw as Record<string, unknown>, cwd);
    } catch (error) {
      if (!(error instanceof ClaudeApiSettingsError)) throw error;
      result = error;
    }
    validated.set(raw, result);
  }
  if (result instanceof ClaudeApiSettingsError) throw result;
  return result;
}

function validateObject(record: Record<string, unknown>, cwd: string): ValidSettings {
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
        `expected ${API_VERSIONS.map((v) => `'${v}'`).join(' or ')}, got ${describeValue(record.apiVersion)}`,
      );
    }
    apiVersion = record.apiVersion as ApiVersion;
  }
  const { rows: fileRows, file: modelsFile } = modelsFileRows(record.modelsFile, cwd);
  let models = fileRows === MODEL_TABLE ? BUILT_IN_INDEX : new ModelIndex(fileRows);
  if (record.models !== undefined) {
    if (!Array.isArray(record.models)) {
      throw new ClaudeApiSettingsError('.models', `expected an array of model rows, got ${describeValue(record.models)}`);
    }
    models = new ModelIndex(mergeRows(fileRows, record.models));
  }
  const fixed =
    apiVersion === null
      ? null
      : { apiVersion, apiVersionReason: `settings['claude-api'].apiVersion is '${apiVersion}'`, models, modelsFile };
  return { fixed, models, modelsFile, resolved: new WeakMap() };
}

/**
 * The table with `settings['claude-api'].modelsFile` merged in (settings rows go on top).
 * A relative path is resolved against ESLint's working directory (`cwd`), where `models sync`
 * writes by default.
 */
function modelsFileRows(value: unknown, cwd: string): { rows: readonly ModelRow[]; file: string | null } {
  if (value === undefined) return { rows: MODEL_TABLE, file: null };
  if (typeof value !== 'string' || value === '') {
    throw new ClaudeApiSettingsError('.modelsFile', `expected the path of a file written by \`models sync\`, got ${describeValue(value)}`);
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
 * Validate a raw `settings['claude-api']` value and apply it to files in `directory` (used only
 * when `apiVersion` is unset). Throws a `ClaudeApiSettingsError` naming the bad setting.
 */
export function parseSettings(raw: unknown, directory: string, cwd: string = directory): ClaudeApiSettings {
  const valid = validate(raw, cwd);
  if (valid.fixed) return valid.fixed;
  const detected = detectApiVersion(directory);
  let settings = valid.resolved.get(detected);
  if (!settings) {
    settings = { apiVersion: detected.version, apiVersionReason: detected.reason, models: valid.models, modelsFile: valid.modelsFile };
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

interface FileSettings {
  readonly raw: unknown;
  readonly file: string;
  readonly settings: ClaudeApiSettings;
}

/** Per `SourceCode`: the settings every rule of the file asks for, kept while the raw settings and the file name are the same. */
const fileSettings = new WeakMap<object, FileSettings>();

export function getSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ClaudeApiSettings {
  const raw: unknown = context.settings[SETTINGS_KEY];
  const file = context.physicalFilename ?? context.filename;
  const cached = fileSettings.get(context.sourceCode);
  if (cached && cached.raw === raw && cached.file === file) return cached.settings;
  const settings = parseSettings(raw, lintedDirectory(context), context.cwd);
  fileSettings.set(context.sourceCode, { raw, file, settings });
  return settings;
}

/**
 * The lifecycle data of the `@anthropic-ai/sdk` nearest to the linted file (null: none, or
 * unreadable). Cached per directory and per install location: no file work per linted file.
 */
export function getSdkLifecycle(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): SdkLifecycle | null {
  const file = context.physicalFilename ?? context.filename;
  const cached = fileLifecycles.get(context.sourceCode);
  if (cached && cached.file === file) return cached.lifecycle;
  const lifecycle = nearestSdkLifecycle(lintedDirectory(context));
  fileLifecycles.set(context.sourceCode, { file, lifecycle });
  return lifecycle;
}

/** Per `SourceCode`: the lifecycle data the rules of one file share (two rules read it). */
const fileLifecycles = new WeakMap<object, { readonly file: string; readonly lifecycle: SdkLifecycle | null }>();

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
    validate((context.settings as typeof context.settings | undefined)?.[SETTINGS_KEY], context.cwd);
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
