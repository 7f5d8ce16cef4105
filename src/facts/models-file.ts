/**
 * The models file: what `models sync` fetched from `GET /v1/models`, loaded through
 * `settings['claude-api'].modelsFile` and merged over the table. Only the facts the API reports
 * are taken (name, line, max output, lifecycle, thinking types, effort levels); every other fact
 * stays from the table, and a model the table lacks gets a row whose other facts are unknown.
 *
 * The file keeps the API's model objects as they came, so a later plugin version can read more
 * of them. Loaded once per path and modification time.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  EFFORT_LEVELS,
  THINKING_TYPES,
  UNKNOWN_CAPABILITIES,
  blankRow,
  type Acceptance,
  type EffortLevel,
  type Lifecycle,
  type ModelLine,
  type ModelRow,
} from './types.js';

/** The `format` field of files this version writes and reads. */
export const MODELS_FILE_FORMAT = 'eslint-plugin-claude-api/models@1';
export const DEFAULT_MODELS_FILE = 'claude-models.json';

export interface ModelsFile {
  readonly format: typeof MODELS_FILE_FORMAT;
  /** When the models were fetched (ISO timestamp). */
  readonly fetchedAt: string;
  /** The API base URL they were fetched from. */
  readonly baseUrl: string;
  /** The `data` entries of every page, as the API sent them. */
  readonly models: readonly Record<string, unknown>[];
}

export class ModelsFileError extends Error {
  readonly problem: string;
  constructor(file: string, problem: string) {
    super(`eslint-plugin-claude-api: models file ${file}: ${problem}`);
    this.name = 'ModelsFileError';
    this.problem = `${file}: ${problem}`;
  }
}

const LINES: readonly ModelLine[] = ['opus', 'sonnet', 'haiku', 'fable', 'mythos'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The day of an API timestamp (`2026-02-04T00:00:00Z` → `2026-02-04`), or null. */
function day(value: unknown): string | null {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return null;
  return new Date(value).toISOString().slice(0, 10);
}

function supported(value: unknown): boolean | null {
  return isRecord(value) && typeof value.supported === 'boolean' ? value.supported : null;
}

/** Validate a parsed models file. `label` names it in errors. */
export function parseModelsFile(value: unknown, label: string): ModelsFile {
  if (!isRecord(value)) throw new ModelsFileError(label, 'expected a JSON object');
  if (value.format !== MODELS_FILE_FORMAT) {
    throw new ModelsFileError(
      label,
      `expected "format": "${MODELS_FILE_FORMAT}", got ${JSON.stringify(value.format)}; write it again with \`npx eslint-plugin-claude-api models sync\``,
    );
  }
  if (typeof value.fetchedAt !== 'string' || day(value.fetchedAt) === null)
    throw new ModelsFileError(label, '"fetchedAt" is not a timestamp');
  if (typeof value.baseUrl !== 'string') throw new ModelsFileError(label, '"baseUrl" is not a string');
  if (!Array.isArray(value.models)) throw new ModelsFileError(label, '"models" is not an array');
  value.models.forEach((model: unknown, index) => {
    if (!isRecord(model) || typeof model.id !== 'string' || model.id === '') {
      throw new ModelsFileError(label, `models[${index}] has no "id" string`);
    }
  });
  return value as unknown as ModelsFile;
}

/** One API answer about a model, as the row fields it sets over `base` (the table's row, if any). */
export function rowFieldsFromModelInfo(info: Record<string, unknown>, base: ModelRow | undefined, fetchedOn: string): Partial<ModelRow> {
  const fields: { -readonly [K in keyof ModelRow]?: ModelRow[K] } = {};
  if (typeof info.display_name === 'string' && info.display_name !== '') fields.name = info.display_name;
  if (LINES.includes(info.line as ModelLine)) fields.line = info.line as ModelLine;
  if (typeof info.max_tokens === 'number' && Number.isInteger(info.max_tokens) && info.max_tokens > 0)
    fields.maxOutputTokens = info.max_tokens;
  if (!base) {
    const released = day(info.created_at);
    if (released !== null) fields.released = released;
  }
  const lifecycle = lifecycleFromModelInfo(info, base, fetchedOn);
  if (lifecycle) fields.lifecycle = lifecycle;
  const capabilities = isRecord(info.capabilities) ? info.capabilities : null;
  const thinking =
    capabilities && isRecord(capabilities.thinking) && isRecord(capabilities.thinking.types) ? capabilities.thinking.types : null;
  if (thinking) {
    const merged = { ...(base?.thinking ?? UNKNOWN_CAPABILITIES.thinking) };
    for (const type of THINKING_TYPES) {
      const flag = supported(thinking[type]);
      // `false` proves a 400; `true` may still hold conditions the table knows (effort), so it
      // only replaces an unknown or a flat rejection.
      const current: Acceptance = merged[type];
      if (flag === false) merged[type] = false;
      else if (flag === true && (current === null || current === false)) merged[type] = true;
    }
    fields.thinking = merged;
  }
  const effort = capabilities && isRecord(capabilities.effort) ? capabilities.effort : null;
  if (effort) {
    const all = supported(effort);
    const levels = EFFORT_LEVELS.filter((level) => supported(effort[level]) === true);
    const known = EFFORT_LEVELS.every(
      (level) => effort[level] === null || effort[level] === undefined || supported(effort[level]) !== null,
    );
    if (all === false) fields.effort = [];
    else if (all === true && known && levels.length > 0) fields.effort = levels satisfies EffortLevel[];
  }
  return fields;
}

function lifecycleFromModelInfo(info: Record<string, unknown>, base: ModelRow | undefined, fetchedOn: string): Lifecycle | null {
  const replacement =
    base && (base.lifecycle.status === 'deprecated' || base.lifecycle.status === 'retired') ? base.lifecycle.replacement : null;
  switch (info.lifecycle) {
    case 'active':
      // Served, as the table already says (`legacy` is served too): no change, so a later
      // deprecation from the installed SDK is not masked by a file fetched before it.
      return base?.lifecycle.status === 'legacy' || base?.lifecycle.status === 'active' ? null : { status: 'active' };
    case 'deprecated':
      // "A past date on a deprecated model means retirement is overdue": `lifecycle` is the signal.
      return { status: 'deprecated', retiresOn: day(info.retires_at), replacement, afterDate: 'overdue' };
    case 'retired':
      return { status: 'retired', retiredOn: day(info.retires_at) ?? fetchedOn, replacement };
    default:
      return null;
  }
}

/** The rows with the file's answers merged in; `label` becomes the lifecycle source of the rows it changes. */
export function mergeModelsFile(rows: readonly ModelRow[], file: ModelsFile, label: string): ModelRow[] {
  const merged = [...rows];
  const fetchedOn = day(file.fetchedAt) ?? '1970-01-01';
  const source = `${label} (GET /v1/models, ${fetchedOn})`;
  for (const info of file.models) {
    const id = info.id as string;
    const position = merged.findIndex((row) => row.id === id || row.aliases.includes(id));
    const base = position >= 0 ? merged[position] : undefined;
    const fields = rowFieldsFromModelInfo(info, base, fetchedOn);
    const row: ModelRow = {
      ...(base ?? blankRow(id, '', fetchedOn)),
      ...fields,
      ...(fields.lifecycle ? { lifecycleSource: source } : {}),
      source: base ? `${base.source} Merged with ${source}.` : `${source}.`,
    };
    if (position >= 0) merged[position] = row;
    else merged.push(row);
  }
  return merged;
}

const cache = new Map<string, { mtimeMs: number; file: ModelsFile }>();

/** Read and validate the models file at an absolute path; cached per path and modification time. */
export function loadModelsFile(file: string): ModelsFile {
  let mtimeMs: number;
  let text: string;
  try {
    mtimeMs = statSync(file).mtimeMs;
    const cached = cache.get(file);
    if (cached?.mtimeMs === mtimeMs) return cached.file;
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ModelsFileError(
      file,
      `cannot be read (${code}); write it with \`npx eslint-plugin-claude-api models sync --out ${path.basename(file)}\``,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ModelsFileError(file, `is not JSON (${(error as Error).message})`);
  }
  const models = parseModelsFile(parsed, file);
  cache.set(file, { mtimeMs, file: models });
  return models;
}
