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

function lint(rules: Linter.RulesRecord, settings?: Record<string, unknown>): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    CODE,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { 'claude-api': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
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

  it.each(Object.keys(plugin.rules).filter((name) => (plugin.rules[name as keyof typeof plugin.rules].meta.schema as unknown[]).length === 0))(
    '%s takes no options and says so',
    (name) => {
      expect(() => lint({ [`claude-api/${name}`]: ['error', { anything: true }] })).toThrow(
        new RegExp(`claude-api/${name}.*should NOT have more than 0 items`, 'su'),
      );
    },
  );
});

describe("invalid settings['claude-api']", () => {
  it.each([
    ['a wrong apiVersion', { apiVersion: '2024-01-01' }, ".apiVersion: expected '2023-06-01' or '2026-10-21', got \"2024-01-01\""],
    ['a wrong type for apiVersion', { apiVersion: 20261021 }, '.apiVersion: expected'],
    ['an unknown key', { apiVerison: '2026-10-21' }, '.apiVerison: unknown setting; expected one of apiVersion, models'],
    ['models that is not an array', { models: { id: 'claude-x' } }, '.models: expected an array of model rows'],
    ['a models row with a bad field', { models: [{ id: 'claude-x', maxOutputTokens: 'lots' }] }, '.models[0].maxOutputTokens: expected a positive integer or null, got "lots"'],
    ['a models row with an unknown key', { models: [{ id: 'claude-x', maxTokens: 5 }] }, '.models[0].maxTokens: unknown key'],
  ])('%s is an error naming the setting', (_, settings, text) => {
    expect(() => lint({ 'claude-api/valid-model-id': 'error' }, settings)).toThrow(`invalid settings['claude-api']${text}`);
  });

  it('a valid configuration lints normally', () => {
    expect(lint(plugin.configs.all.rules as Linter.RulesRecord, { apiVersion: '2026-10-21', models: [{ id: 'claude-x' }] })).toEqual([]);
  });
});
