/**
 * Model rows from `settings['claude-api'].models`: validated field by field, then merged over
 * the built-in table (same `id`: the given fields override; new `id`: a new row whose
 * unspecified capabilities are unknown, so nothing is checked on them).
 */
import {
  EFFORT_LEVELS,
  THINKING_TYPES,
  blankRow,
  type Acceptance,
  type EffortLevel,
  type Lifecycle,
  type ModelLine,
  type ModelRow,
  type SamplingPolicy,
} from '../facts/types.js';

export class ClaudeApiSettingsError extends Error {
  constructor(path: string, problem: string) {
    super(`eslint-plugin-claude-api: invalid settings['claude-api']${path}: ${problem}`);
    this.name = 'ClaudeApiSettingsError';
  }
}

const ROW_KEYS = [
  'id',
  'name',
  'line',
  'aliases',
  'bedrock',
  'vertex',
  'maxOutputTokens',
  'sampling',
  'thinking',
  'effort',
  'defaultEffort',
  'prefill',
  'forcedToolChoice',
  'systemMessages',
  'lifecycle',
  'bedrockLifecycle',
  'vertexLifecycle',
  'released',
  'source',
  'checked',
] as const;

const LINES: readonly ModelLine[] = ['opus', 'sonnet', 'haiku', 'fable', 'mythos', 'legacy'];
const SAMPLING: readonly SamplingPolicy[] = ['free', 'exclusive', 'defaults-only'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** Longest value description in an error message: a settings value may be large. */
const MAX_DESCRIPTION = 80;

/**
 * A settings value as an error message shows it: JSON-like, but naming what JSON cannot say
 * (`NaN`, `Infinity`, `10n`, a function, a symbol, a cycle) instead of "null" or "undefined",
 * never throwing (BigInt and cyclic objects make `JSON.stringify` throw), and cut short when long.
 */
export function describeValue(value: unknown): string {
  const seen = new Set<object>();
  const visit = (item: unknown, depth: number): string => {
    switch (typeof item) {
      case 'undefined':
        return 'undefined';
      case 'number':
        return Number.isNaN(item) ? 'NaN' : Number.isFinite(item) ? JSON.stringify(item) : item > 0 ? 'Infinity' : '-Infinity';
      case 'bigint':
        return `${item}n`;
      case 'string':
        return JSON.stringify(item.length > MAX_DESCRIPTION ? `${item.slice(0, MAX_DESCRIPTION)}…` : item);
      case 'boolean':
        return String(item);
      case 'symbol':
        return `a symbol (${item.toString()})`;
      case 'function':
        return item.name ? `a function (${item.name})` : 'a function';
      default:
        break;
    }
    if (item === null) return 'null';
    const object = item as object;
    if (seen.has(object)) return '[a cycle]';
    if (depth > 3) return Array.isArray(object) ? '[…]' : '{…}';
    seen.add(object);
    let text: string;
    if (Array.isArray(object)) {
      const parts: string[] = [];
      for (let index = 0; index < object.length && index < 10; index++) {
        parts.push(index in object ? visit(object[index], depth + 1) : '<empty>');
      }
      if (object.length > 10) parts.push('…');
      text = `[${parts.join(',')}]`;
    } else {
      const entries = Object.entries(object);
      const parts = entries.slice(0, 10).map(([key, inner]) => `${JSON.stringify(key)}:${visit(inner, depth + 1)}`);
      if (entries.length > 10) parts.push('…');
      text = `{${parts.join(',')}}`;
    }
    seen.delete(object);
    return text;
  };
  const text = visit(value, 0);
  return text.length > MAX_DESCRIPTION * 2 ? `${text.slice(0, MAX_DESCRIPTION * 2)}…` : text;
}

const describe = describeValue;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(value: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new ClaudeApiSettingsError(`${path}.${key}`, `unknown key; expected one of ${allowed.join(', ')}`);
    }
  }
}

function stringList(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) throw new ClaudeApiSettingsError(path, `expected an array of non-empty strings, got ${describe(value)}`);
  const seen = new Map<string, number>();
  for (let index = 0; index < value.length; index++) {
    // `every` skips holes: look at each index.
    if (!(index in value)) {
      throw new ClaudeApiSettingsError(`${path}[${index}]`, 'an empty slot in the array (two commas in a row); remove it');
    }
    const item: unknown = value[index];
    if (typeof item !== 'string' || item.length === 0) {
      throw new ClaudeApiSettingsError(`${path}[${index}]`, `expected a non-empty string, got ${describe(item)}`);
    }
    const first = seen.get(item);
    if (first !== undefined) {
      throw new ClaudeApiSettingsError(`${path}[${index}]`, `${describe(item)} is already at ${path}[${first}]; list each ID once`);
    }
    seen.set(item, index);
  }
  return value as string[];
}

function oneOf<T>(value: unknown, options: readonly T[], path: string, nullable: boolean): T | null {
  if (nullable && value === null) return null;
  if (!options.includes(value as T)) {
    const accepted = options.map((option) => JSON.stringify(option)).join(', ');
    throw new ClaudeApiSettingsError(path, `expected one of ${accepted}${nullable ? ' or null' : ''}, got ${describe(value)}`);
  }
  return value as T;
}

function booleanOrNull(value: unknown, path: string): boolean | null {
  if (value !== null && typeof value !== 'boolean') {
    throw new ClaudeApiSettingsError(path, `expected true, false or null, got ${describe(value)}`);
  }
  return value;
}

function isoDate(value: unknown, path: string): string {
  // The round trip rejects dates that Date would roll over, such as 2027-02-30.
  if (
    typeof value !== 'string' ||
    !ISO_DATE.test(value) ||
    Number.isNaN(Date.parse(value)) ||
    new Date(value).toISOString().slice(0, 10) !== value
  ) {
    throw new ClaudeApiSettingsError(path, `expected a date as "YYYY-MM-DD", got ${describe(value)}`);
  }
  return value;
}

function effortList(value: unknown, path: string): EffortLevel[] | null {
  if (value === null) return null;
  const list = stringList(value, path);
  list.forEach((item, index) => oneOf(item, EFFORT_LEVELS, `${path}[${index}]`, false));
  return list as EffortLevel[];
}

function acceptance(value: unknown, path: string): Acceptance {
  if (value === null || typeof value === 'boolean') return value;
  if (isRecord(value)) {
    checkKeys(value, ['onlyAtEffort'], path);
    const levels = effortList(value.onlyAtEffort, `${path}.onlyAtEffort`);
    if (levels) return { onlyAtEffort: levels };
  }
  throw new ClaudeApiSettingsError(path, `expected true, false, null or { onlyAtEffort: [...] }, got ${describe(value)}`);
}

function lifecycle(value: unknown, path: string): Lifecycle {
  if (!isRecord(value)) throw new ClaudeApiSettingsError(path, `expected an object, got ${describe(value)}`);
  const status = oneOf(value.status, ['active', 'legacy', 'deprecated', 'retired'] as const, `${path}.status`, false);
  const replacement = (): string => {
    if (typeof value.replacement !== 'string' || value.replacement === '') {
      throw new ClaudeApiSettingsError(
        `${path}.replacement`,
        `expected the ID of the model to use instead, got ${describe(value.replacement)}`,
      );
    }
    return value.replacement;
  };
  switch (status) {
    case 'active':
      checkKeys(value, ['status'], path);
      return { status };
    case 'legacy':
      checkKeys(value, ['status', 'notBefore'], path);
      return value.notBefore === undefined ? { status } : { status, notBefore: isoDate(value.notBefore, `${path}.notBefore`) };
    case 'deprecated':
      checkKeys(value, ['status', 'retiresOn', 'replacement'], path);
      return {
        status,
        retiresOn: value.retiresOn === null || value.retiresOn === undefined ? null : isoDate(value.retiresOn, `${path}.retiresOn`),
        replacement: replacement(),
      };
    default:
      checkKeys(value, ['status', 'retiredOn', 'replacement'], path);
      return { status: 'retired', retiredOn: isoDate(value.retiredOn, `${path}.retiredOn`), replacement: replacement() };
  }
}

/** Validate one user row into the fields it sets. Throws a `ClaudeApiSettingsError` naming the bad field. */
export function parseUserRow(value: unknown, path: string): Partial<ModelRow> & { id: string } {
  if (!isRecord(value)) throw new ClaudeApiSettingsError(path, `expected an object, got ${describe(value)}`);
  checkKeys(value, ROW_KEYS, path);
  if (typeof value.id !== 'string' || value.id.trim() === '') {
    throw new ClaudeApiSettingsError(`${path}.id`, `expected the model ID as a non-empty string, got ${describe(value.id)}`);
  }
  const row: { -readonly [K in keyof ModelRow]?: ModelRow[K] } & { id: string } = { id: value.id };
  const at = (key: string): string => `${path}.${key}`;
  if (value.released !== undefined) row.released = value.released === null ? null : isoDate(value.released, at('released'));
  if (value.checked !== undefined) row.checked = isoDate(value.checked, at('checked'));
  for (const key of ['name', 'source'] as const) {
    if (value[key] === undefined) continue;
    if (typeof value[key] === 'string') {
      row[key] = value[key];
    } else {
      throw new ClaudeApiSettingsError(at(key), `expected a string, got ${describe(value[key])}`);
    }
  }
  if (value.line !== undefined) row.line = oneOf(value.line, LINES, at('line'), false) ?? 'legacy';
  for (const key of ['aliases', 'bedrock', 'vertex'] as const) {
    if (value[key] !== undefined) row[key] = stringList(value[key], at(key));
  }
  if (value.maxOutputTokens !== undefined) {
    const max = value.maxOutputTokens;
    if (max !== null && (typeof max !== 'number' || !Number.isInteger(max) || max <= 0)) {
      throw new ClaudeApiSettingsError(at('maxOutputTokens'), `expected a positive integer or null, got ${describe(max)}`);
    }
    row.maxOutputTokens = max;
  }
  if (value.sampling !== undefined) row.sampling = oneOf(value.sampling, SAMPLING, at('sampling'), true);
  if (value.thinking !== undefined) {
    if (!isRecord(value.thinking)) {
      throw new ClaudeApiSettingsError(
        at('thinking'),
        `expected an object keyed by ${THINKING_TYPES.join(', ')}, got ${describe(value.thinking)}`,
      );
    }
    checkKeys(value.thinking, THINKING_TYPES, at('thinking'));
    const thinking = value.thinking;
    const entry = (type: (typeof THINKING_TYPES)[number]): Acceptance =>
      thinking[type] === undefined ? null : acceptance(thinking[type], `${at('thinking')}.${type}`);
    row.thinking = {
      adaptive: entry('adaptive'),
      enabled: entry('enabled'),
      disabled: entry('disabled'),
      between_tools: entry('between_tools'),
    };
  }
  if (value.effort !== undefined) row.effort = effortList(value.effort, at('effort'));
  if (value.defaultEffort !== undefined) row.defaultEffort = oneOf(value.defaultEffort, EFFORT_LEVELS, at('defaultEffort'), true);
  if (value.prefill !== undefined) row.prefill = booleanOrNull(value.prefill, at('prefill'));
  if (value.forcedToolChoice !== undefined) row.forcedToolChoice = booleanOrNull(value.forcedToolChoice, at('forcedToolChoice'));
  if (value.systemMessages !== undefined) row.systemMessages = booleanOrNull(value.systemMessages, at('systemMessages'));
  if (value.lifecycle !== undefined) row.lifecycle = lifecycle(value.lifecycle, at('lifecycle'));
  for (const key of ['bedrockLifecycle', 'vertexLifecycle'] as const) {
    if (value[key] !== undefined) row[key] = lifecycle(value[key], at(key));
  }
  return row;
}

/** A row for a model the table does not know: nothing but what the user said is assumed. */
const newUserRow = (id: string): ModelRow => blankRow(id, "settings['claude-api'].models", '1970-01-01');

/** Every ID a row answers to, with the field that holds it. */
function idsOf(row: ModelRow): [string, string][] {
  return [
    ['id', row.id] as [string, string],
    ...row.aliases.map((id, index): [string, string] => [`aliases[${index}]`, id]),
    ...row.bedrock.map((id, index): [string, string] => [`bedrock[${index}]`, id]),
    ...row.vertex.map((id, index): [string, string] => [`vertex[${index}]`, id]),
  ];
}

/**
 * The built-in rows with the user's rows merged in. A user row whose `id` is a known model's ID
 * or alias overrides that model's fields; any other `id` adds a model. An ID already claimed by
 * another model, two user rows for one model, an empty slot, or a default effort outside the
 * row's effort list is an error. Linear in the number of rows: IDs are looked up in maps.
 */
export function mergeRows(builtIn: readonly ModelRow[], userRows: readonly unknown[]): ModelRow[] {
  const rows = [...builtIn];
  /** Every ID form → the rows that answer to it. */
  const owners = new Map<string, Set<number>>();
  /** Canonical IDs and aliases → the first row with it (what a user row's `id` overrides). */
  const names = new Map<string, number>();
  /** Row position → the user row that set it. */
  const setBy = new Map<number, number>();
  const index = (position: number, add: boolean): void => {
    const row = rows[position] as ModelRow;
    for (const [field, id] of idsOf(row)) {
      const set = owners.get(id) ?? new Set<number>();
      if (add) set.add(position);
      else set.delete(position);
      owners.set(id, set);
      if (field === 'id' || field.startsWith('aliases[')) {
        if (add && !names.has(id)) names.set(id, position);
        else if (!add && names.get(id) === position) names.delete(id);
      }
    }
  };
  rows.forEach((_, position) => index(position, true));
  for (let userIndex = 0; userIndex < userRows.length; userIndex++) {
    const path = `.models[${userIndex}]`;
    if (!(userIndex in userRows)) {
      throw new ClaudeApiSettingsError(path, 'an empty slot in the array (two commas in a row); remove it');
    }
    const user = parseUserRow(userRows[userIndex], path);
    const position = names.get(user.id) ?? -1;
    const base = position >= 0 ? rows[position] : undefined;
    const earlier = position >= 0 ? setBy.get(position) : undefined;
    if (earlier !== undefined) {
      throw new ClaudeApiSettingsError(`${path}.id`, `'${user.id}' is also set by models[${earlier}]; give each model one row`);
    }
    const merged: ModelRow = {
      ...(base ?? newUserRow(user.id)),
      ...user,
      id: base?.id ?? user.id,
      source: user.source ?? (base ? `${base.source} Overridden in settings['claude-api'].models.` : newUserRow(user.id).source),
      ...((user.lifecycle ?? user.bedrockLifecycle ?? user.vertexLifecycle) ? { lifecycleSource: "settings['claude-api'].models" } : {}),
    };
    for (const [field, id] of idsOf(merged)) {
      const owner = [...(owners.get(id) ?? [])].find((at) => at !== position);
      if (owner !== undefined) {
        const other = rows[owner] as ModelRow;
        const by = setBy.get(owner);
        throw new ClaudeApiSettingsError(
          `${path}.${field}`,
          `'${id}' already names ${other.id}${by === undefined ? '' : ` (models[${by}])`}; give each ID to one model`,
        );
      }
    }
    if (merged.effort && merged.defaultEffort && !merged.effort.includes(merged.defaultEffort)) {
      throw new ClaudeApiSettingsError(
        `${path}.defaultEffort`,
        `'${merged.defaultEffort}' is not one of the row's effort levels (${merged.effort.join(', ')})`,
      );
    }
    const at = position >= 0 ? position : rows.length;
    if (position >= 0) index(position, false);
    rows[at] = merged;
    index(at, true);
    setBy.set(at, userIndex);
  }
  return rows;
}
