/**
 * Fuzzing: every rule (configs.all) on random Claude-request programs from the domain fuzzer
 * and on random programs from eslump. No rule may throw; every fix and suggestion must parse
 * again and keep every token outside the text it edits (a line comment that swallows the next
 * line breaks that); a "Remove `x`" edit may delete only the tokens of a property `x` and one
 * comma; applying fixes twice must equal applying them once. The domain fuzzer injects line and
 * block comments, trailing commas and shorthand properties around every property.
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
import { generateCase, prng } from './generate.js';

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
  const found: [number, number][] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.type !== 'string') return;
    const typed = node as TSESTree.Node;
    if (typed.type === AST_NODE_TYPES.Property) {
      const name =
        typed.key.type === AST_NODE_TYPES.Identifier
          ? typed.key.name
          : typed.key.type === AST_NODE_TYPES.Literal
            ? String(typed.key.value)
            : null;
      if (name === key) found.push(typed.range);
    }
    for (const [field, child] of Object.entries(record)) if (field !== 'parent') visit(child);
  };
  visit(ast);
  return found;
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
  return null;
}

/** How often each rule reported, to prove the fuzzer reaches the rules at all. */
const fired = new Map<string, number>();

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
        const code = generateCase(seed);
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
