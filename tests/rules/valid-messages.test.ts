import * as parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { getClaudeRequests, type ClaudeRequest } from '../../src/analysis/requests.js';
import { MODEL_TABLE } from '../../src/facts/table.js';
import rule, { checkMessages } from '../../src/rules/valid-messages.js';
import { API_2023, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('valid-messages', rule, {
  valid: [
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });`,
    // Consecutive same-role messages are merged by the API; a first assistant message is fine.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  messages: [
    { role: 'assistant', content: 'How can I help?' },
    { role: 'user', content: 'Hi' },
    { role: 'user', content: [{ type: 'text', text: 'Tell me a joke.' }] },
  ],
});`,
    // A mid-conversation system message right after a user turn, on a model that takes it.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  messages: [
    { role: 'user', content: 'Hi' },
    { role: 'system', content: 'From now on, answer in French.' },
    { role: 'user', content: 'How are you?' },
  ],
});`,
    // ...through Bedrock, and on either model of a ternary that both take it.
    `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
await client.messages.create({ model: 'us.anthropic.claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'system', content: 'Be brief.' }] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const deep: boolean;
await client.messages.create({ model: deep ? 'claude-opus-5' : 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'system', content: 'Be brief.' }] });`,
    // Model not statically known: only the order of a system message is checked.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: process.env.CLAUDE_MODEL!, max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'system', content: 'Be brief.' }] });`,
    // What comes before the system message is not statically known (it may be a user turn).
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const history: Anthropic.MessageParam[];
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [...history, { role: 'system', content: 'Be brief.' }] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const previous: Anthropic.MessageParam;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [previous, { role: 'system', content: 'Be brief.' }] });`,
    // A system message after a system message: not proven wrong.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'system', content: 'A' }, { role: 'system', content: 'B' }] });`,
    // The final assistant message may be empty.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '' }] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.countTokens({ model: 'claude-haiku-4-5', messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: [] }] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: [{ type: 'text', text: '' }] }] });`,
    // An empty message followed by a spread that may be empty: it may be the final assistant message.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const rest: Anthropic.MessageParam[];
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '' }, ...rest] });`,
    // The last message, with a role not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const role: 'user' | 'assistant';
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role, content: '' }] });`,
    // An empty tool result is not an empty message.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  messages: [
    { role: 'user', content: 'List the files.' },
    { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'ls', input: {} }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '' }] },
  ],
});`,
    // Messages, elements, roles and content that are not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const history: Anthropic.MessageParam[];
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: history });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const history: Anthropic.MessageParam[];
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [...history] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const role: 'user' | 'system';
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [{ role, content: 'Hi' }] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const text: string;
declare const base: Anthropic.MessageParam;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: text }, { ...base, role: 'user' }, { role: 'user', content: 'Hi' }] });`,
    // A fallback is not proof that the empty string is sent.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const text: string | undefined;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: text ?? '' }, { role: 'user', content: 'Hi' }] });`,
    // An array filled in after it is built.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const messages: Anthropic.MessageParam[] = [];
messages.push({ role: 'user', content: 'Hi' });
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages });`,
    // An unknown spread after \`messages\` may replace it.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const options: Anthropic.MessageCreateParamsNonStreaming;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [], ...options });`,
    // Not Claude requests.
    `import { llm } from './llm';
await llm.messages.create({ model: 'gpt-4o', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'tool', content: null }] });`,
    `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
await client.messages.create({ body: 'Your code is 1234', from: '+15550001111', to: '+15550002222' });`,
    `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
await prisma.message.create({ data: { role: 'system', content: '' } });`,
    `import OpenAI from 'openai';
const openai = new OpenAI();
declare const threadId: string;
await openai.beta.threads.messages.create(threadId, { role: 'assistant', content: '' });
await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'tool', tool_call_id: 'x', content: '' }] });`,
  ],
  invalid: [
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });`,
      output: null,
      errors: [{ messageId: 'emptyMessages', data: {}, line: 3, column: 86 }],
    },
    // A const holding an empty array; a client from another module, known by its model ID.
    {
      code: `import { client } from './client';
const messages: { role: 'user'; content: string }[] = [];
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages });`,
      output: null,
      errors: [{ messageId: 'emptyMessages', data: {}, line: 2, column: 55 }],
    },
    // One branch of a ternary sends no messages.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const history: Anthropic.MessageParam[];
declare const resume: boolean;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: resume ? history : [] });`,
      output: null,
      errors: [{ messageId: 'emptyMessages', data: {}, line: 5, column: 105 }],
    },
    // OpenAI's tool role.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  messages: [
    { role: 'user', content: 'Weather in Paris?' },
    { role: 'tool', content: '18°C' },
  ],
});`,
      output: null,
      errors: [
        {
          messageId: 'toolRole',
          data: { role: 'tool', error: "messages.1.role: Input should be 'user' or 'assistant'" },
          line: 8,
          column: 7,
        },
      ],
    },
    // 'function' in a batch request; the index counts the elements of a spread const.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const base = [{ role: 'user' as const, content: 'Hi' }, { role: 'assistant' as const, content: 'Hello' }];
await client.messages.batches.create({
  requests: [{ custom_id: 'a', params: { model: 'claude-haiku-4-5', max_tokens: 1024, messages: [...base, { role: 'function', content: '{}' }] } }],
});`,
      output: null,
      errors: [
        {
          messageId: 'toolRole',
          data: { role: 'function', error: "messages.2.role: Input should be 'user' or 'assistant'" },
          line: 5,
          column: 109,
        },
      ],
    },
    // After a spread of unknown length the index is not known.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const history: Anthropic.MessageParam[];
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [...history, { role: 'tool', content: '18°C' }, { role: 'user', content: '' }] });`,
      output: null,
      errors: [
        { messageId: 'toolRole', data: { role: 'tool', error: "Input should be 'user' or 'assistant'" }, line: 4, column: 101 },
        {
          messageId: 'emptyContent',
          data: {
            message: 'This message',
            error: 'all messages must have non-empty content except for the optional final assistant message',
          },
          line: 4,
          column: 150,
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'developer', content: 'Be brief.' }, { role: 'user', content: 'Hi' }] });`,
      output: null,
      errors: [
        { messageId: 'developerRole', data: { error: "messages.0.role: Input should be 'user' or 'assistant'" }, line: 3, column: 89 },
      ],
    },
    // Another provider's role name; a role that is one of two values.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const done: boolean;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'model', content: 'Hi' }, { role: done ? 'user' : 'tool', content: 'ok' }] });`,
      output: null,
      errors: [
        {
          messageId: 'invalidRole',
          data: { role: 'model', error: "messages.0.role: Input should be 'user' or 'assistant'" },
          line: 4,
          column: 89,
        },
        {
          messageId: 'toolRole',
          data: { role: 'tool', error: "messages.1.role: Input should be 'user' or 'assistant'" },
          line: 4,
          column: 123,
        },
      ],
    },
    // A leading system message: moving it to \`system\` is mechanical.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  messages: [
    { role: 'system', content: 'You are a terse assistant.' },
    { role: 'user', content: 'Hi' },
  ],
});`,
      output: null,
      errors: [
        {
          messageId: 'systemFirst',
          data: {},
          line: 7,
          column: 7,
          suggestions: [
            {
              messageId: 'moveToSystem',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  system: 'You are a terse assistant.',
  messages: [
    { role: 'user', content: 'Hi' },
  ],
});`,
            },
          ],
        },
      ],
    },
    // On one line, with text blocks, through messages.stream, with the model unknown.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
client.messages.stream({ model: process.env.MODEL!, max_tokens: 1024, messages: [{ role: 'system', content: [{ type: 'text', text: 'Be brief.' }] } as const, { role: 'user', content: 'Hi' }] });`,
      output: null,
      errors: [
        {
          messageId: 'systemFirst',
          data: {},
          line: 3,
          column: 84,
          suggestions: [
            {
              messageId: 'moveToSystem',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
client.messages.stream({ model: process.env.MODEL!, max_tokens: 1024, system: [{ type: 'text', text: 'Be brief.' }], messages: [{ role: 'user', content: 'Hi' }] });`,
            },
          ],
        },
      ],
    },
    // countTokens; the content is a const string.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const PROMPT = 'Be brief.';
await client.messages.countTokens({ model: 'claude-sonnet-4-5', messages: [{ role: 'system', content: PROMPT }, { role: 'user', content: 'Hi' }] });`,
      output: null,
      errors: [
        {
          messageId: 'systemFirst',
          data: {},
          line: 4,
          column: 78,
          suggestions: [
            {
              messageId: 'moveToSystem',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const PROMPT = 'Be brief.';
await client.messages.countTokens({ model: 'claude-sonnet-4-5', system: PROMPT, messages: [{ role: 'user', content: 'Hi' }] });`,
            },
          ],
        },
      ],
    },
    // Not mechanical: the payload has \`system\` already; the only message; the message comes from a const.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, system: 'A', messages: [{ role: 'system', content: 'B' }, { role: 'user', content: 'Hi' }] });
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'system', content: 'Summarise the document.' }] });
const preamble = [{ role: 'system' as const, content: 'Be brief.' }];
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [...preamble, { role: 'user', content: 'Hi' }] });`,
      output: null,
      errors: [
        { messageId: 'systemFirst', data: {}, line: 3, column: 102, suggestions: [] },
        { messageId: 'systemFirst', data: {}, line: 4, column: 89, suggestions: [] },
        { messageId: 'systemFirst', data: {}, line: 5, column: 21, suggestions: [] },
      ],
    },
    // A system message right after an assistant message, on a model that takes system messages.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  messages: [
    { role: 'user', content: 'Hi' },
    { role: 'assistant', content: 'Hello!' },
    { role: 'system', content: 'Switch to French.' },
    { role: 'user', content: 'How are you?' },
  ],
});`,
      output: null,
      errors: [{ messageId: 'systemAfterAssistant', data: {}, line: 9, column: 7, suggestions: [] }],
    },
    // ...with the model unknown.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const model: string;
await client.messages.create({ model, max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello!' }, { role: 'system', content: 'Be brief.' }] });`,
      output: null,
      errors: [{ messageId: 'systemAfterAssistant', data: {}, line: 4, column: 145 }],
    },
    // A model without mid-conversation system messages, wherever the message is.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'system', content: 'Be brief.' }] });`,
      output: null,
      errors: [{ messageId: 'systemNotSupported', data: { model: 'claude-opus-4-7' }, line: 3, column: 122 }],
    },
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
declare const history: AnthropicBedrock.Messages.MessageParam[];
declare const deep: boolean;
await client.messages.create({ model: deep ? 'us.anthropic.claude-opus-4-8' : 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', max_tokens: 1024, messages: [...history, { role: 'system', content: 'Be brief.' }] });`,
      output: null,
      errors: [{ messageId: 'systemNotSupported', data: { model: 'claude-sonnet-4-5' }, line: 5, column: 170 }],
    },
    // \`content: null\` (OpenAI's tool-call turn) and a message without content.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  messages: [
    { role: 'user', content: 'Weather in Paris?' },
    { role: 'assistant', content: null },
    { role: 'user' },
  ],
});`,
      output: null,
      errors: [
        { messageId: 'contentNull', data: {}, line: 8, column: 26 },
        { messageId: 'contentMissing', data: { message: '`messages.2`' }, line: 9, column: 5 },
      ],
    },
    // Empty content in messages that are not the final assistant message.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  messages: [
    { role: 'user', content: '' },
    { role: 'assistant', content: [] },
    { role: 'user', content: [{ type: 'text', text: '' }, { type: 'text', text: 'Hi' }] },
    { role: 'assistant', content: 'Hello' },
    { role: 'user', content: \`\` },
  ],
});`,
      output: null,
      errors: [
        {
          messageId: 'emptyContent',
          data: {
            message: '`messages.0`',
            error: 'messages.0: all messages must have non-empty content except for the optional final assistant message',
          },
          line: 7,
          column: 21,
        },
        {
          messageId: 'emptyContent',
          data: {
            message: '`messages.1`',
            error: 'messages.1: all messages must have non-empty content except for the optional final assistant message',
          },
          line: 8,
          column: 26,
        },
        { messageId: 'emptyTextBlock', data: {}, line: 9, column: 47 },
        {
          messageId: 'emptyContent',
          data: {
            message: '`messages.4`',
            error: 'messages.4: all messages must have non-empty content except for the optional final assistant message',
          },
          line: 11,
          column: 21,
        },
      ],
    },
    // One branch of a ternary is empty; the next message proves this one is not last.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const hasDraft: boolean;
declare const rest: Anthropic.MessageParam[];
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: hasDraft ? 'Draft' : '' }, { role: 'user', content: 'Go on' }, ...rest] });`,
      output: null,
      errors: [
        {
          messageId: 'emptyContent',
          data: {
            message: '`messages.1`',
            error: 'messages.1: all messages must have non-empty content except for the optional final assistant message',
          },
          line: 5,
          column: 142,
        },
      ],
    },
    // A message that is one of two objects; an empty message with an unknown role that is not last.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const viaTool: boolean;
declare const role: 'user' | 'assistant';
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [viaTool ? { role: 'tool', content: '18°C' } : { role: 'user', content: '18°C' }, { role, content: '' }, { role: 'user', content: 'Thanks' }] });`,
      output: null,
      errors: [
        {
          messageId: 'toolRole',
          data: { role: 'tool', error: "messages.0.role: Input should be 'user' or 'assistant'" },
          line: 5,
          column: 99,
        },
        {
          messageId: 'emptyContent',
          data: {
            message: '`messages.1`',
            error: 'messages.1: all messages must have non-empty content except for the optional final assistant message',
          },
          line: 5,
          column: 176,
        },
      ],
    },
    // A class-field client and beta.messages.create.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
class Chat {
  private client = new Anthropic();
  run() {
    return this.client.beta.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: undefined }] });
  }
}`,
      output: null,
      errors: [{ messageId: 'contentMissing', data: { message: '`messages.0`' }, line: 5, column: 118 }],
    },
  ],
});

/** The requests of a snippet, read through the shared finder. */
function requestsOf(code: string): readonly ClaudeRequest[] {
  let found: readonly ClaudeRequest[] = [];
  const recorder: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      return {
        Program() {
          found = getClaudeRequests(context as unknown as TSESLint.RuleContext<string, readonly unknown[]>);
        },
      };
    },
  };
  new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: parser as unknown as Linter.Parser },
        plugins: { test: { rules: { record: recorder } } },
        rules: { 'test/record': 'error' },
        settings: API_2023,
      },
    ],
    { filename: 'file.ts' },
  );
  return found;
}

describe('checkMessages over the model table', () => {
  const [afterUser] = requestsOf(`import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const model: string;
await client.messages.create({ model, max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'system', content: 'Be brief.' }] });`);

  it('finds the request', () => {
    expect(afterUser).toBeDefined();
  });

  it.each(MODEL_TABLE.map((row) => [row.id, row] as const))('%s: a system message after a user turn', (_id, row) => {
    const findings = checkMessages(afterUser as ClaudeRequest, [row]).map((finding) => finding.messageId);
    expect(findings).toEqual(row.systemMessages === false ? ['systemNotSupported'] : []);
  });
});
