/**
 * Report data is shown safely by every request rule (defineRequestRule): a credential pasted into
 * a payload string never reaches the message, and a huge value is quoted short.
 */
import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const KEY = `sk-ant-api03-${'Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7'.repeat(3)}-AA`;

function messagesOf(code: string): string[] {
  const linter = new Linter();
  return linter
    .verify(
      code,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: parser as unknown as Linter.Parser },
          plugins: { 'claude-api': plugin },
          rules: { 'claude-api/valid-model-id': 'error', 'claude-api/valid-tools': 'error' },
          settings: { 'claude-api': { apiVersion: '2023-06-01' } },
        },
      ],
      { filename: 'file.ts' },
    )
    .map((message) => message.message);
}

const IMPORT = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n`;

describe('report data', () => {
  it('redacts a key pasted into a model ID and a tool name', () => {
    const messages =
      messagesOf(`${IMPORT}await client.messages.create({ model: 'claude-${KEY}', max_tokens: 5, messages: [{ role: 'user', content: 'x' }],
  tools: [{ name: 'bad name ${KEY}', input_schema: { type: 'object' } }] });`);
    expect(messages.length).toBeGreaterThanOrEqual(2);
    for (const message of messages) {
      expect(message).not.toContain('Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7');
      expect(message).toContain('<redacted');
    }
  });

  it('quotes a huge model ID short', () => {
    const id = `claude-${'x'.repeat(100_000)}`;
    const [message] = messagesOf(
      `${IMPORT}await client.messages.create({ model: '${id}', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] });`,
    );
    expect(message).toBeDefined();
    expect((message ?? '').length).toBeLessThan(400);
    expect(message).toContain('…');
  });
});
