/**
 * Bad configuration gives one clear error naming the bad setting or option, before any file is
 * reported on, never a crash in the middle of a rule.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const CODE = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });`;

/** A request every request rule reports on (dotted model ID, temperature with top_p, no max_tokens). */
const BAD_CODE = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4.6', temperature: 0.5, top_p: 0.9, messages: [] });`;

function lint(rules: Linter.RulesRecord, settings?: Record<string, unknown>, code = CODE): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { 'claude-api': plugin },
        rules,
        ...(settings ? { settings: { 'claude-api': settings } } : {}),
      },
    ],
    { filename: 'file.ts' },
  );
}

describe('invalid rule options', () => {
  it.each([
    ['allow must be an array', { allow: 'claude-x' }, /claude-api\/valid-model-id.*Value "claude-x" should be array/su],
    ['allow items must be strings', { allow: [1] }, /claude-api\/valid-model-id.*Value 1 should be string/su],
    ['unknown option key', { allowed: [] }, /claude-api\/valid-model-id.*should NOT have additional properties/su],
  ])('valid-model-id: %s', (_, options, pattern) => {
    expect(() => lint({ 'claude-api/valid-model-id': ['error', options] })).toThrow(pattern);
  });

  it.each(
    Object.keys(plugin.rules).filter((name) => (plugin.rules[name as keyof typeof plugin.rules].meta.schema as unknown[]).length === 0),
  )('%s takes no options and says so', (name) => {
    expect(() => lint({ [`claude-api/${name}`]: ['error', { anything: true }] })).toThrow(
      new RegExp(`claude-api/${name}.*should NOT have more than 0 items`, 'su'),
    );
  });
});

describe("invalid settings['claude-api']", () => {
  const cases = [
    ['a wrong apiVersion', { apiVersion: '2024-01-01' }, ".apiVersion: expected '2023-06-01' or '2026-10-21', got \"2024-01-01\""],
    ['a wrong type for apiVersion', { apiVersion: 20261021 }, '.apiVersion: expected'],
    ['an unknown key', { apiVerison: '2026-10-21' }, '.apiVerison: unknown setting; expected one of apiVersion, models'],
    ['models that is not an array', { models: { id: 'claude-x' } }, '.models: expected an array of model rows'],
    [
      'a models row with a bad field',
      { models: [{ id: 'claude-x', maxOutputTokens: 'lots' }] },
      '.models[0].maxOutputTokens: expected a positive integer or null, got "lots"',
    ],
    ['a models row with an unknown key', { models: [{ id: 'claude-x', maxTokens: 5 }] }, '.models[0].maxTokens: unknown key'],
  ] as const;

  // Throwing would crash the CLI ("Oops! Something went wrong", exit 2) and blank the editor
  // for every plugin; a lint message on line 1 shows where the setting applies, and fails the run.
  it.each(cases)('%s is one lint message on line 1 naming the setting, and nothing is checked', (_, settings, text) => {
    const messages = lint(plugin.configs.all.rules as Linter.RulesRecord, settings, BAD_CODE);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message?.message).toContain(`invalid settings['claude-api']${text}`);
    expect(message?.message).toContain('No claude-api rule checks this file until the setting is fixed.');
    expect(message).toMatchObject({ line: 1, column: 1, severity: 2 });
    expect(message?.ruleId).toMatch(/^claude-api\//u);
  });

  it('is reported at error by recommended, whose first rule is an error rule', () => {
    const messages = lint(plugin.configs.recommended.rules as Linter.RulesRecord, { apiVerison: '2026-10-21' }, BAD_CODE);
    expect(messages.map((m) => m.severity)).toEqual([2]);
    expect(Object.values(plugin.configs.recommended.rules ?? {})[0]).toBe('error');
  });

  it('is reported once per file, with the first enabled rule', () => {
    const rules = { 'claude-api/no-deprecated-model': 'warn', 'claude-api/valid-model-id': 'error' } as const;
    const messages = lint(rules, { models: 5 }, BAD_CODE);
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([['claude-api/no-deprecated-model', 1]]);
  });

  it('a valid configuration lints normally', () => {
    expect(lint(plugin.configs.all.rules as Linter.RulesRecord, { apiVersion: '2026-10-21', models: [{ id: 'claude-x' }] })).toEqual([]);
  });
});
