/**
 * Fuzzing: every rule (configs.all) on random Claude-request programs from the domain fuzzer
 * and on random programs from eslump. No rule may throw; every fix and suggestion must parse
 * again; applying fixes twice must equal applying them once.
 *
 * Seeded and bounded in `npm test`; longer on demand:
 *   FUZZ_CASES=20000 FUZZ_SEED=7 npx vitest run tests/fuzz
 */
import tsParser from '@typescript-eslint/parser';
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

/** How often each rule reported, to prove the fuzzer reaches the rules at all. */
const fired = new Map<string, number>();

/** Everything that must hold for one program. Returns a description of what broke, or null. */
function check(code: string, filename: string): string | null {
  if (!parses(code, filename)) return null; // not a program: nothing to lint
  let messages: Linter.LintMessage[];
  try {
    messages = linter.verify(code, config, { filename });
  } catch (error) {
    return `a rule threw: ${String((error as Error).message).split('\n').slice(0, 2).join(' | ')}`;
  }
  for (const message of messages) {
    if (message.fatal) return `fatal: ${message.message}`;
    if (message.ruleId) fired.set(message.ruleId, (fired.get(message.ruleId) ?? 0) + 1);
    for (const suggestion of message.suggestions ?? []) {
      const output = code.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + code.slice(suggestion.fix.range[1]);
      if (!parses(output, filename)) return `suggestion "${suggestion.desc}" of ${message.ruleId} does not parse:\n${output}`;
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
  it(`survives ${CASES} domain-fuzzer programs (seed ${SEED})`, () => {
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
    for (const rule of ['valid-model-id', 'valid-max-tokens', 'valid-thinking', 'no-unsupported-sampling-params', 'no-unsupported-prefill']) {
      expect(fired.get(`claude-api/${rule}`) ?? 0, rule).toBeGreaterThan(0);
    }
  }, TIMEOUT);

  it(`survives ${ESLUMP_CASES} random eslump programs (seed ${SEED})`, () => {
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
  }, TIMEOUT);

  it('the generator is deterministic for a seed', () => {
    expect(generateCase(42)).toBe(generateCase(42));
    expect(generateCase(42)).not.toBe(generateCase(43));
  });
});
