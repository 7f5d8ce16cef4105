/**
 * The per-file gate: a file whose text names neither Anthropic, Claude nor a key gets no
 * claude-api listeners (untyped); type-aware, every file is read.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { mayConcernClaude } from '../../src/analysis/file-gate.js';

const file = (text: string, program: object | null = null): Readonly<TSESLint.SourceCode> =>
  ({ text, parserServices: { program } }) as unknown as Readonly<TSESLint.SourceCode>;

describe('mayConcernClaude', () => {
  it('is false for code that names none of the words', () => {
    expect(mayConcernClaude(file(`import OpenAI from 'openai';\nawait new OpenAI().chat.completions.create({ model: 'gpt-5' });`))).toBe(
      false,
    );
  });

  it.each([
    `import Anthropic from '@anthropic-ai/sdk';`,
    `const model = 'claude-opus-4-8';`,
    `fetch('https://api.anthropic.com/v1/messages');`,
    `const key = 'sk-ant-api03-…';`,
    `new ChatAnthropic();`,
    `const id = 'us.anthropic.claude-opus-4-8-v1:0';`,
    `process.env.CLAUDE_MODEL;`,
  ])('is true for %s', (text) => {
    expect(mayConcernClaude(file(text))).toBe(true);
  });

  it('is true for every file in type-aware mode: a value may come from another module', () => {
    expect(mayConcernClaude(file(`await generateText({ model, prompt });`, {}))).toBe(true);
  });
});
