/**
 * Settings errors name the setting and describe the bad value truthfully, whatever the value is:
 * no TypeError while the message is built, `NaN` and functions named as such, and empty slots and
 * duplicate rows rejected with their index.
 */
import { describe, expect, it } from 'vitest';
import { MODEL_TABLE } from '../../src/facts/table.js';
import { ClaudeApiSettingsError, describeValue, mergeRows } from '../../src/settings/user-rows.js';

/** The settings error `mergeRows` throws for these user rows. */
function errorFor(rows: readonly unknown[]): ClaudeApiSettingsError {
  try {
    mergeRows(MODEL_TABLE, rows);
  } catch (error) {
    expect(error).toBeInstanceOf(ClaudeApiSettingsError);
    return error as ClaudeApiSettingsError;
  }
  throw new Error('expected a settings error');
}

const cyclic: Record<string, unknown> = { a: 1 };
cyclic.self = cyclic;

describe('the bad value in the message', () => {
  it.each([
    ['a BigInt', { maxOutputTokens: 10n }, 'maxOutputTokens', 'got 10n'],
    ['NaN', { maxOutputTokens: NaN }, 'maxOutputTokens', 'got NaN'],
    ['Infinity', { maxOutputTokens: Infinity }, 'maxOutputTokens', 'got Infinity'],
    ['-Infinity', { maxOutputTokens: -Infinity }, 'maxOutputTokens', 'got -Infinity'],
    ['a function', { name: function label() {} }, 'name', 'got a function (label)'],
    ['a symbol', { name: Symbol('x') }, 'name', 'got a symbol (Symbol(x))'],
    ['a cyclic object', { name: cyclic }, 'name', 'got {"a":1,"self":[a cycle]}'],
    ['a BigInt inside an object', { lifecycle: { status: 'retired', retiredOn: 1n, replacement: 'x' } }, 'lifecycle.retiredOn', 'got 1n'],
    ['NaN in a list', { aliases: ['ok', NaN] }, 'aliases[1]', 'got NaN'],
  ])('%s', (_, fields, field, got) => {
    const error = errorFor([{ id: 'claude-custom', ...fields }]);
    expect(error.message).toBe(
      `eslint-plugin-claude-api: invalid settings['claude-api'].models[0].${field}: ${error.message.split(': ').slice(2).join(': ')}`,
    );
    expect(error.message).toContain(got);
  });

  it('a cyclic row is described, not thrown as a TypeError', () => {
    const row: Record<string, unknown> = { id: 'claude-custom' };
    row.thinking = row;
    expect(errorFor([row]).message).toContain('.models[0].thinking.id: unknown key');
  });
});

describe('rows the API would never see twice', () => {
  it('an empty slot in models names its index', () => {
    const error = errorFor([{ id: 'claude-a' }, , { id: 'claude-b' }]);
    expect(error.message).toBe(
      "eslint-plugin-claude-api: invalid settings['claude-api'].models[1]: an empty slot in the array (two commas in a row); remove it",
    );
  });

  it('an empty slot in an ID list names its index', () => {
    const error = errorFor([{ id: 'claude-a', aliases: ['claude-a-1', , 'claude-a-2'] }]);
    expect(error.message).toBe(
      "eslint-plugin-claude-api: invalid settings['claude-api'].models[0].aliases[1]: an empty slot in the array (two commas in a row); remove it",
    );
  });

  it('an ID listed twice in a row names the second index', () => {
    const error = errorFor([{ id: 'claude-a', aliases: ['claude-a-1', 'claude-a-1'] }]);
    expect(error.message).toBe(
      `eslint-plugin-claude-api: invalid settings['claude-api'].models[0].aliases[1]: "claude-a-1" is already at .models[0].aliases[0]; list each ID once`,
    );
  });

  it('two rows with one new ID', () => {
    const error = errorFor([{ id: 'claude-a' }, { id: 'claude-b' }, { id: 'claude-a', maxOutputTokens: 5 }]);
    expect(error.message).toBe(
      "eslint-plugin-claude-api: invalid settings['claude-api'].models[2].id: 'claude-a' is also set by models[0]; give each model one row",
    );
  });

  it('two rows overriding one built-in model, by ID and by alias', () => {
    const row = MODEL_TABLE.find((candidate) => candidate.aliases.length > 0);
    if (!row) throw new Error('the table has no alias');
    const error = errorFor([
      { id: row.id, maxOutputTokens: 5 },
      { id: row.aliases[0], maxOutputTokens: 6 },
    ]);
    expect(error.message).toBe(
      `eslint-plugin-claude-api: invalid settings['claude-api'].models[1].id: '${row.aliases[0]}' is also set by models[0]; give each model one row`,
    );
  });

  it('an alias of a row added earlier names that row', () => {
    const error = errorFor([
      { id: 'claude-a', aliases: ['claude-a-x'] },
      { id: 'claude-b', aliases: ['claude-a-x'] },
    ]);
    expect(error.message).toBe(
      "eslint-plugin-claude-api: invalid settings['claude-api'].models[1].aliases[0]: 'claude-a-x' already names claude-a (models[0]); give each ID to one model",
    );
  });

  it('thousands of rows merge (each ID looked up, not searched)', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ id: `claude-custom-${i}`, aliases: [`claude-custom-${i}-latest`] }));
    const merged = mergeRows(MODEL_TABLE, rows);
    expect(merged).toHaveLength(MODEL_TABLE.length + 5000);
    expect(merged.at(-1)?.aliases).toEqual(['claude-custom-4999-latest']);
  });
});

describe('describeValue', () => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [0, '0'],
    [-0, '0'],
    ['x', '"x"'],
    [[1, 'a'], '[1,"a"]'],
    [[1, , 2], '[1,<empty>,2]'],
    [{ a: [NaN] }, '{"a":[NaN]}'],
    [() => 1, 'a function'],
  ])('%s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  it('cuts a long value short', () => {
    const text = describeValue('y'.repeat(1_000_000));
    expect(text).toBe(`"${'y'.repeat(80)}…"`);
  });
});
