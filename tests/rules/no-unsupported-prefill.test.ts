import rule from '../../src/rules/no-unsupported-prefill.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-unsupported-prefill', rule, {
  valid: [
    // Claude Sonnet 5.5's prefill support is not proven either way (the table says null): silent.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
    // A conversation that grows in a loop: the literal is not what is sent.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const messages: Anthropic.MessageParam[] = [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello' }];
messages.push({ role: 'user', content: 'More' });
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages });`,
    // Models that still accept prefill.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-haiku-4-5',
  max_tokens: 1024,
  messages: [
    { role: 'user', content: 'List three colors as JSON.' },
    { role: 'assistant', content: '{' },
  ],
});`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
    // Bedrock's dotted ID for Haiku 4.5.
    `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
await client.messages.create({ model: 'us.anthropic.claude-haiku-4-5-20251001-v1:0', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
    // fallback_credit_token authorises one appended assistant turn.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const token: string;
await client.beta.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, fallback_credit_token: token, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Sure' }] });`,
    // An assistant message that is not last.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-7',
  max_tokens: 1024,
  messages: [
    { role: 'user', content: 'Hi' },
    { role: 'assistant', content: 'Hello!' },
    { role: 'user', content: 'Tell me a joke.' },
  ],
});`,
    // A messages array ending in a spread of unknown content.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const rest: Anthropic.MessageParam[];
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [{ role: 'assistant', content: 'Hello!' }, ...rest] });`,
    // Messages from a variable that is not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const history: Anthropic.MessageParam[];
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages: history });`,
    // A role that is not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const role: 'user' | 'assistant';
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [{ role, content: 'Hi' }] });`,
    // count_tokens generates nothing.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.countTokens({ model: 'claude-opus-4-7', messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
    // Model not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: process.env.CLAUDE_MODEL!, max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare function pickModel(): string;
await client.messages.create({ model: pickModel(), max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
    // An unknown spread after `model` may replace it.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const options: Partial<Anthropic.MessageCreateParams>;
await client.messages.create({ model: 'claude-opus-4-7', ...options, max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
    // Unknown client, no Claude model ID: not a Claude request.
    `import { llm } from './llm';
await llm.messages.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
    `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
await client.messages.create({ body: 'Your code is 1234', from: '+15550001111', to: '+15550002222' });`,
    `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
await prisma.message.create({ data: { role: 'assistant', content: 'Hi' } });`,
    `import OpenAI from 'openai';
const openai = new OpenAI();
declare const threadId: string;
await openai.beta.threads.messages.create(threadId, { role: 'assistant', content: 'Hi' });`,
  ],
  invalid: [
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-7',
  max_tokens: 1024,
  messages: [
    { role: 'user', content: 'List three colors as JSON.' },
    { role: 'assistant', content: '{' },
  ],
});`,
      output: null,
      errors: [{ messageId: 'prefillNotSupported', data: { model: 'claude-opus-4-7' }, line: 8, column: 5 }],
    },
    // A client in a class field; messages.stream.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
class Chat {
  private client = new Anthropic();
  run() {
    return this.client.messages.stream({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });
  }
}`,
      output: null,
      errors: [{ messageId: 'prefillNotSupported', data: { model: 'claude-sonnet-4-6' }, line: 5, column: 132 }],
    },
    // this.client assigned in the constructor; messages.parse.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
class Extractor {
  private readonly client: Anthropic;
  constructor() {
    this.client = new Anthropic();
  }
  run() {
    return this.client.messages.parse({ model: 'claude-opus-4-6', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });
  }
}`,
      output: null,
      errors: [{ messageId: 'prefillNotSupported', data: { model: 'claude-opus-4-6' }, line: 8, column: 129 }],
    },
    // A parameter typed `Anthropic`; beta.messages.create without fallback_credit_token.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
export function ask(client: Anthropic) {
  return client.beta.messages.create({ model: 'claude-sonnet-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });
}`,
      output: null,
      errors: [{ messageId: 'prefillNotSupported', data: { model: 'claude-sonnet-5' }, line: 3, column: 128 }],
    },
    // A const messages array.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const messages = [
  { role: 'user', content: 'Hi' },
  { role: 'assistant', content: '{' },
] as const;
await client.messages.create({ model: 'claude-opus-5', max_tokens: 1024, messages });`,
      output: null,
      errors: [{ messageId: 'prefillNotSupported', data: { model: 'claude-opus-5' }, line: 5, column: 3 }],
    },
    // A spread of a const history followed by an assistant message.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const history = [{ role: 'user', content: 'Hi' }] as const;
await client.messages.create({ model: 'claude-fable-5', max_tokens: 1024, messages: [...history, { role: 'assistant', content: '{' }] });`,
      output: null,
      errors: [{ messageId: 'prefillNotSupported', data: { model: 'claude-fable-5' }, line: 4, column: 98 }],
    },
    // A const payload spread into the call.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const base = { model: 'claude-opus-4-8', max_tokens: 1024 };
await client.messages.create({ ...base, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
      output: null,
      errors: [{ messageId: 'prefillNotSupported', data: { model: 'claude-opus-4-8' }, line: 4, column: 85 }],
    },
    // A ternary model where both branches reject prefill: both are named.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const fast: boolean;
await client.messages.create({ model: fast ? 'claude-sonnet-4-6' : 'claude-opus-4-6', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
      output: null,
      errors: [
        {
          messageId: 'prefillNotSupported',
          data: { model: 'claude-sonnet-4-6 and claude-opus-4-6' },
          line: 4,
          column: 149,
        },
      ],
    },
    // A ternary model where one branch accepts prefill: only the other is named.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const fast: boolean;
await client.messages.create({ model: fast ? 'claude-haiku-4-5' : 'claude-opus-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
      output: null,
      errors: [{ messageId: 'prefillNotSupported', data: { model: 'claude-opus-5-5' }, line: 4, column: 148 }],
    },
    // A client from another module: a Claude request because the payload names a Claude model.
    {
      code: `import { anthropic } from './clients';
await anthropic.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
      output: null,
      errors: [{ messageId: 'prefillNotSupported', data: { model: 'claude-opus-4-8' }, line: 2, column: 123 }],
    },
    // requests[].params of a batch.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { model: 'claude-haiku-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] } },
    { custom_id: 'b', params: { model: 'claude-haiku-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] } },
  ],
});`,
      output: null,
      errors: [{ messageId: 'prefillNotSupported', data: { model: 'claude-haiku-5-5' }, line: 6, column: 122 }],
    },
    // A Bedrock client with a dotted ID.
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
await client.messages.create({ model: 'global.anthropic.claude-opus-4-7', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: '{' }] });`,
      output: null,
      errors: [{ messageId: 'prefillNotSupported', data: { model: 'claude-opus-4-7' }, line: 3, column: 137 }],
    },
  ],
});
