/**
 * Fuzzing: every rule (configs.all) on random Claude-request programs from the domain fuzzer
 * and on random programs from eslump. No rule may throw; every fix and suggestion must parse
 * again and keep every token outside the text it edits (a line comment that swallows the next
 * line breaks that); a "Remove `x`" edit may delete only the tokens of a property `x` and one
 * comma; a "Move ..." edit must carry the moved value along token for token and lose nothing but
 * punctuation (and, for a message moved to `system`, the message's own wrapper); applying fixes
 * twice must equal applying them once. The domain fuzzer injects line and block comments,
 * trailing commas and shorthand properties around every property, and every third case is one
 * request shaped to trigger those edits.
 *
 * Seeded and bounded in `npm test`; longer on demand:
 *   FUZZ_CASES=20000 FUZZ_SEED=7 npx vitest run tests/fuzz
 */
import tsParser, { parse } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { generateRandomJS } from 'eslump';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { generateCase, generateEditCase, prng } from './generate.js';

const CASES = Number(process.env.FUZZ_CASES ?? 300);
/** Generous: the machine may be busy; the case count, not the clock, bounds the work. */
const TIMEOUT = Math.max(120_000, CASES * 200);
const ESLUMP_CASES = Number(process.env.FUZZ_ESLUMP_CASES ?? Math.ceil(CASES / 4));
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.ts', '**/*.js'],
    languageOptions: { parser: tsParser, sourceType: 'module' },
    settings: { 'claude-api': { apiVersion: '2023-06-01' } },
  },
  plugin.configs.all,
];
const parseOnly: Linter.Config[] = [{ files: ['**/*.ts', '**/*.js'], languageOptions: { parser: tsParser, sourceType: 'module' } }];

function parses(code: string, filename: string): boolean {
  return linter.verify(code, parseOnly, { filename }).every((message) => !message.fatal);
}

interface Parsed {
  readonly tokens: readonly TSESTree.Token[];
  readonly ast: TSESTree.Program;
}

function tokenize(code: string, filename: string): Parsed | null {
  try {
    const ast = parse(code, {
      range: true,
      tokens: true,
      comment: false,
      loc: true,
      filePath: filename,
      sourceType: 'module',
    }) as TSESTree.Program;
    return { tokens: ast.tokens ?? [], ast };
  } catch {
    return null;
  }
}

const same = (a: TSESTree.Token, b: TSESTree.Token | undefined): boolean => b !== undefined && a.type === b.type && a.value === b.value;

/** The ranges of every property (and shorthand) keyed `key` in a program. */
function propertyRanges(ast: TSESTree.Program, key: string): [number, number][] {
  return nodesOf(ast)
    .filter((node): node is TSESTree.Property => node.type === AST_NODE_TYPES.Property && keyOf(node) === key)
    .map((property) => property.range);
}

/**
 * What is wrong with one edit (a fix or a suggestion) of `code`, or null: it must parse, keep
 * every token outside its range, and for "Remove `x`" delete only tokens of a property `x` and
 * at most one comma.
 */
function editProblem(
  code: string,
  filename: string,
  edit: { range: readonly [number, number]; text: string },
  description: string,
): string | null {
  const [start, end] = edit.range;
  const output = code.slice(0, start) + edit.text + code.slice(end);
  const before = tokenize(code, filename);
  const after = tokenize(output, filename);
  if (!after) return `"${description}" does not parse:\n${output}`;
  if (!before) return null;
  const prefix = before.tokens.filter((token) => token.range[1] <= start);
  const suffix = before.tokens.filter((token) => token.range[0] >= end);
  const outSuffix = after.tokens.slice(after.tokens.length - suffix.length);
  if (!prefix.every((token, index) => same(token, after.tokens[index])) || !suffix.every((token, index) => same(token, outSuffix[index]))) {
    return `"${description}" changes code outside the text it edits:\n${output}`;
  }
  const removed = /^Remove `([^`]+)`/u.exec(description);
  if (removed) {
    const inside = before.tokens.filter((token) => token.range[0] >= start && token.range[1] <= end);
    const middle = after.tokens.slice(prefix.length, after.tokens.length - suffix.length);
    // Tokens of the edited text not carried into its replacement, in order.
    let next = 0;
    const deleted = inside.filter((token) => {
      if (same(token, middle[next])) {
        next++;
        return false;
      }
      return true;
    });
    const properties = propertyRanges(before.ast, removed[1] ?? '');
    const outside = deleted.filter((token) => !properties.some(([from, to]) => token.range[0] >= from && token.range[1] <= to));
    const commas = outside.filter((token) => token.value === ',');
    if (outside.length !== commas.length || commas.length > 1 || deleted.length === outside.length) {
      return `"${description}" deletes more than the property and one comma (${outside.map((token) => token.value).join(' ')}):\n${output}`;
    }
  }
  const moved = /^Move (?:`([^`]+)`|this message) to /u.exec(description);
  if (moved) {
    const inside = before.tokens.filter((token) => token.range[0] >= start && token.range[1] <= end);
    const middle = after.tokens.slice(prefix.length, after.tokens.length - suffix.length);
    // What a move carries must all arrive: the moved value, token for token, in one run.
    const values = moved[1] ? propertyValues(before.ast, moved[1], start, end) : systemContents(before.ast, start, end);
    if (values.length === 0) return `"${description}" moves nothing the message names:\n${output}`;
    for (const [from, to] of values) {
      const run = before.tokens.filter((token) => token.range[0] >= from && token.range[1] <= to);
      if (!containsRun(middle, run)) return `"${description}" does not carry \`${code.slice(from, to)}\` along:\n${output}`;
    }
    // And nothing else may be lost but punctuation and, for a message, its own wrapper.
    const wrappers = moved[1] ? [] : systemMessages(before.ast, start, end);
    const lost = lostTokens(inside, middle).filter(
      (token) => !PUNCTUATION.has(token.value) && !wrappers.some(([from, to]) => token.range[0] >= from && token.range[1] <= to),
    );
    if (lost.length > 0) return `"${description}" loses ${lost.map((token) => token.value).join(' ')}:\n${output}`;
  }
  return null;
}

const PUNCTUATION = new Set([',', '{', '}', '(', ')', '[', ']', ':']);

/** True when `run` appears in `tokens` as one contiguous run. */
function containsRun(tokens: readonly TSESTree.Token[], run: readonly TSESTree.Token[]): boolean {
  for (let index = 0; index + run.length <= tokens.length; index++) {
    if (run.every((token, offset) => same(token, tokens[index + offset]))) return true;
  }
  return false;
}

/** Tokens of `before` that `after` does not have again, as multisets of type and value. */
function lostTokens(before: readonly TSESTree.Token[], after: readonly TSESTree.Token[]): TSESTree.Token[] {
  const remaining = new Map<string, number>();
  for (const token of after) remaining.set(`${token.type} ${token.value}`, (remaining.get(`${token.type} ${token.value}`) ?? 0) + 1);
  return before.filter((token) => {
    const key = `${token.type} ${token.value}`;
    const count = remaining.get(key) ?? 0;
    if (count > 0) remaining.set(key, count - 1);
    return count === 0;
  });
}

/** Every node of a program, each once. */
function nodesOf(ast: TSESTree.Program): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.type !== 'string') return;
    found.push(node as TSESTree.Node);
    for (const [field, child] of Object.entries(record)) if (field !== 'parent') visit(child);
  };
  visit(ast);
  return found;
}

const within = (node: TSESTree.Node, start: number, end: number): boolean => node.range[0] >= start && node.range[1] <= end;
const keyOf = (property: TSESTree.Property): string | null =>
  property.key.type === AST_NODE_TYPES.Identifier
    ? property.key.name
    : property.key.type === AST_NODE_TYPES.Literal
      ? String(property.key.value)
      : null;

/** The value ranges of the properties keyed `key` inside [start, end). */
function propertyValues(ast: TSESTree.Program, key: string, start: number, end: number): [number, number][] {
  return nodesOf(ast)
    .filter((node): node is TSESTree.Property => node.type === AST_NODE_TYPES.Property && within(node, start, end) && keyOf(node) === key)
    .map((property) => property.value.range);
}

/** The `{ role: 'system', ... }` objects inside [start, end). */
function systemObjects(ast: TSESTree.Program, start: number, end: number): TSESTree.ObjectExpression[] {
  return nodesOf(ast).filter(
    (node): node is TSESTree.ObjectExpression =>
      node.type === AST_NODE_TYPES.ObjectExpression &&
      within(node, start, end) &&
      node.properties.some(
        (property) =>
          property.type === AST_NODE_TYPES.Property &&
          keyOf(property) === 'role' &&
          property.value.type === AST_NODE_TYPES.Literal &&
          property.value.value === 'system',
      ),
  );
}

const systemMessages = (ast: TSESTree.Program, start: number, end: number): [number, number][] =>
  systemObjects(ast, start, end).map((node) => node.range);

/** The `content` values of those objects. */
function systemContents(ast: TSESTree.Program, start: number, end: number): [number, number][] {
  return systemObjects(ast, start, end).flatMap((node) =>
    node.properties
      .filter((property): property is TSESTree.Property => property.type === AST_NODE_TYPES.Property && keyOf(property) === 'content')
      .map((property) => property.value.range),
  );
}

/** How often each rule reported, to prove the fuzzer reaches the rules at all. */
const fired = new Map<string, number>();
/** How often each kind of move and remove suggestion was checked. */
const edits = new Map<string, number>();

/** Everything that must hold for one program. Returns a description of what broke, or null. */
function check(code: string, filename: string): string | null {
  if (!parses(code, filename)) return null; // not a program: nothing to lint
  let messages: Linter.LintMessage[];
  try {
    messages = linter.verify(code, config, { filename });
  } catch (error) {
    return `a rule threw: ${String((error as Error).message)
      .split('\n')
      .slice(0, 2)
      .join(' | ')}`;
  }
  for (const message of messages) {
    if (message.fatal) return `fatal: ${message.message}`;
    if (message.ruleId) fired.set(message.ruleId, (fired.get(message.ruleId) ?? 0) + 1);
    for (const suggestion of message.suggestions ?? []) {
      const kind = /^(?:Move|Remove) (?:`[^`]+`|this message)/u.exec(suggestion.desc)?.[0];
      if (kind) edits.set(kind, (edits.get(kind) ?? 0) + 1);
      const problem = editProblem(code, filename, suggestion.fix, suggestion.desc);
      if (problem) return `suggestion of ${message.ruleId}: ${problem}`;
    }
    if (message.fix) {
      const problem = editProblem(code, filename, message.fix, message.message);
      if (problem) return `fix of ${message.ruleId}: ${problem}`;
    }
  }
  if (messages.some((message) => message.fix)) {
    const once = linter.verifyAndFix(code, config, { filename });
    if (!parses(once.output, filename)) return `fixed output does not parse:\n${once.output}`;
    const twice = linter.verifyAndFix(once.output, config, { filename });
    if (twice.output !== once.output) return `fixing twice differs from fixing once:\n${once.output}\n---\n${twice.output}`;
  }
  return null;
}

describe('fuzzing every rule', () => {
  it(
    `survives ${CASES} domain-fuzzer programs (seed ${SEED})`,
    () => {
      const failures: string[] = [];
      let linted = 0;
      for (let index = 0; index < CASES; index++) {
        const seed = SEED + index;
        // Every third case is one request shaped to trigger the edits that rewrite the most text.
        const code = index % 3 === 2 ? generateEditCase(seed) : generateCase(seed);
        if (parses(code, 'case.ts')) linted++;
        const problem = check(code, 'case.ts');
        if (problem) failures.push(`seed ${seed}: ${problem}\n${code}`);
        if (failures.length >= 3) break;
      }
      expect(failures).toEqual([]);
      // The generator must mostly produce real programs that reach the rules, or the test proves little.
      expect(linted).toBeGreaterThan(CASES * 0.8);
      for (const rule of [
        'valid-model-id',
        'valid-max-tokens',
        'valid-thinking',
        'no-unsupported-sampling-params',
        'no-unsupported-prefill',
      ]) {
        expect(fired.get(`claude-api/${rule}`) ?? 0, rule).toBeGreaterThan(0);
      }
      // The edits that once broke code must be among those checked.
      for (const kind of ['Move `timeout`', 'Move this message', 'Remove `thinking`', 'Remove `temperature`']) {
        expect(edits.get(kind) ?? 0, kind).toBeGreaterThan(0);
      }
    },
    TIMEOUT,
  );

  it(
    `survives ${ESLUMP_CASES} random eslump programs (seed ${SEED})`,
    () => {
      const random = prng(SEED);
      const original = Math.random;
      Math.random = random; // eslump draws from Math.random: make it replayable
      const failures: string[] = [];
      try {
        for (let index = 0; index < ESLUMP_CASES && failures.length < 3; index++) {
          const code = generateRandomJS({ sourceType: 'module', maxDepth: 7, comments: false, whitespace: false });
          const problem = check(code, 'random.js');
          if (problem) failures.push(`eslump case ${index}: ${problem}\n${code}`);
        }
      } finally {
        Math.random = original;
      }
      expect(failures).toEqual([]);
    },
    TIMEOUT,
  );

  it('the generator is deterministic for a seed', () => {
    expect(generateCase(42)).toBe(generateCase(42));
    expect(generateCase(42)).not.toBe(generateCase(43));
  });
});
