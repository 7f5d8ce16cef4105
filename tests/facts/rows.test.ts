/**
 * Table-wide: for every model still served, a minimal correct request (and its documented
 * thinking and effort options) passes every rule; and what each row rejects is reported.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import plugin from '../../src/index.js';
import { isRetired } from '../../src/facts/lookup.js';
import { MODEL_TABLE } from '../../src/facts/table.js';
import type { ModelRow } from '../../src/facts/types.js';

const DAY = new Date('2026-11-22T12:00:00Z');
const served = (MODEL_TABLE as readonly ModelRow[]).filter((row) => !isRetired(row, DAY) && row.lifecycle.status !== 'deprecated');

function lint(payload: string, client = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();"): string[] {
  const linter = new Linter({ configType: 'flat' });
  return linter
    .verify(
      `${client}\nawait client.messages.create(${payload});`,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser },
          settings: { 'claude-api': { apiVersion: '2023-06-01' } },
        },
        plugin.configs.all,
      ],
      { filename: 'file.ts' },
    )
    .map((message) => `${message.ruleId}: ${message.message}`);
}

const USER = "messages: [{ role: 'user', content: 'Hello' }]";

describe('every served model row', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(DAY);
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  test.each(served.map((row) => [row.id, row] as const))('%s accepts a minimal correct request under each of its IDs', (_, row) => {
    for (const id of [row.id, ...row.aliases]) {
      // At the model's maximum, with streaming (the SDK refuses that many tokens without it).
      expect(lint(`{ model: '${id}', max_tokens: ${row.maxOutputTokens ?? 1024}, stream: true, ${USER} }`)).toEqual([]);
    }
    for (const id of row.bedrock) {
      const bedrock = "import { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrockMantle();";
      expect(lint(`{ model: 'us.${id}', max_tokens: 1024, stream: true, ${USER} }`, bedrock)).toEqual([]);
    }
  });

  test.each(served.map((row) => [row.id, row] as const))(
    '%s: every thinking mode and effort it accepts passes; the ones it rejects are reported',
    (_, row) => {
      for (const [type, acceptance] of Object.entries(row.thinking)) {
        if (acceptance === null) continue;
        const effort = typeof acceptance === 'object' ? `, output_config: { effort: '${acceptance.onlyAtEffort[0]}' }` : '';
        const thinking = type === 'enabled' ? "{ type: 'enabled', budget_tokens: 2048 }" : `{ type: '${type}' }`;
        const found = lint(`{ model: '${row.id}', max_tokens: 4096, thinking: ${thinking}${effort}, ${USER} }`);
        if (acceptance === false) expect(found.some((message) => message.startsWith('claude-api/valid-thinking'))).toBe(true);
        else expect(found).toEqual([]);
      }
      for (const effort of row.effort ?? []) {
        expect(lint(`{ model: '${row.id}', max_tokens: 4096, output_config: { effort: '${effort}' }, ${USER} }`)).toEqual([]);
      }
    },
  );
});
