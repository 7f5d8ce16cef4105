import rule from '../../src/rules/valid-max-tokens.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('valid-max-tokens', rule, {
  valid: [
    // The payload is handed to a function that may add max_tokens.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const params = { model: 'claude-opus-4-7', messages: [] } as any;
applyDefaults(params);
await client.messages.create(params);`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });`,
    // Exactly the model maximum.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 64000, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.stream({ model: 'claude-opus-4-8', max_tokens: 128000, messages: [] });`,
    // 0 only warms the prompt cache, and is accepted.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 0, messages: [] });`,
    // Model not statically known: no model maximum to compare with.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: process.env.CLAUDE_MODEL!, max_tokens: 200000, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare function pickModel(): string;
await client.messages.create({ model: pickModel(), max_tokens: 200000, messages: [] });`,
    // An unknown model ID has no row.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-9', max_tokens: 500000, messages: [] });`,
    // A spread of unknown content may supply max_tokens.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const options: Partial<Anthropic.MessageCreateParams>;
await client.messages.create({ model: 'claude-opus-4-8', ...options, messages: [] });`,
    // A spread of unknown content after max_tokens may override it.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const options: Partial<Anthropic.MessageCreateParams>;
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 100000, ...options, messages: [] });`,
    // The whole payload not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const params: Anthropic.MessageCreateParams;
await client.messages.create(params);`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const maxTokens: number;
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: maxTokens, messages: [] });`,
    // count_tokens takes no max_tokens.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.countTokens({ model: 'claude-opus-4-8', messages: [{ role: 'user', content: 'Hi' }] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.beta.messages.countTokens({ model: 'claude-opus-4-8', messages: [{ role: 'user', content: 'Hi' }] });`,
    // Unknown client, no Claude model ID: not a Claude request.
    `import { llm } from './llm';
await llm.messages.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] });`,
    `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
await client.messages.create({ body: 'Your code is 1234', from: '+15550001111', to: '+15550002222' });`,
    `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
await prisma.message.create({ data: { role: 'user', content: 'Hi' } });`,
    `import OpenAI from 'openai';
const openai = new OpenAI();
declare const threadId: string;
await openai.beta.threads.messages.create(threadId, { role: 'assistant', content: 'Hi' });`,
    // Bedrock's dotted ID, within the model maximum.
    `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
await client.messages.create({ model: 'us.anthropic.claude-haiku-4-5-20251001-v1:0', max_tokens: 64000, messages: [] });`,
  ],
  invalid: [
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', messages: [{ role: 'user', content: 'Hi' }] });`,
      output: null,
      errors: [
        {
          messageId: 'missing',
          data: { param: 'max_tokens', endpoint: 'messages.create' },
          line: 3,
          column: 30,
          suggestions: [
            {
              messageId: 'addMaxTokens',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ max_tokens: 1024, model: 'claude-opus-4-8', messages: [{ role: 'user', content: 'Hi' }] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-8',
  messages: [{ role: 'user', content: 'Hi' }],
});`,
      output: null,
      errors: [
        {
          messageId: 'missing',
          data: { param: 'max_tokens', endpoint: 'messages.create' },
          line: 3,
          column: 30,
          suggestions: [
            {
              messageId: 'addMaxTokens',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  max_tokens: 1024,
  model: 'claude-opus-4-8',
  messages: [{ role: 'user', content: 'Hi' }],
});`,
            },
          ],
        },
      ],
    },
    // An empty payload (model, messages and max_tokens all missing).
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({});`,
      output: null,
      errors: [
        {
          messageId: 'missing',
          data: { param: 'max_tokens', endpoint: 'messages.create' },
          line: 3,
          column: 30,
          suggestions: [
            {
              messageId: 'addMaxTokens',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ max_tokens: 1024 });`,
            },
          ],
        },
      ],
    },
    // A client in a class field; messages.stream.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
class Chat {
  private client = new Anthropic();
  run() {
    return this.client.messages.stream({ model: 'claude-sonnet-4-6', messages: [] });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'missing',
          data: { param: 'max_tokens', endpoint: 'messages.stream' },
          line: 5,
          column: 40,
          suggestions: [
            {
              messageId: 'addMaxTokens',
              output: `import Anthropic from '@anthropic-ai/sdk';
class Chat {
  private client = new Anthropic();
  run() {
    return this.client.messages.stream({ max_tokens: 1024, model: 'claude-sonnet-4-6', messages: [] });
  }
}`,
            },
          ],
        },
      ],
    },
    // A parameter typed `Anthropic`; beta.messages.parse.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
export function extract(client: Anthropic) {
  return client.beta.messages.parse({ model: 'claude-opus-4-8', messages: [] });
}`,
      output: null,
      errors: [
        {
          messageId: 'missing',
          data: { param: 'max_tokens', endpoint: 'beta.messages.parse' },
          line: 3,
          column: 37,
          suggestions: [
            {
              messageId: 'addMaxTokens',
              output: `import Anthropic from '@anthropic-ai/sdk';
export function extract(client: Anthropic) {
  return client.beta.messages.parse({ max_tokens: 1024, model: 'claude-opus-4-8', messages: [] });
}`,
            },
          ],
        },
      ],
    },
    // requests[].params of a batch: only the request without max_tokens.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { model: 'claude-opus-4-8', messages: [] } },
    { custom_id: 'b', params: { model: 'claude-opus-4-8', max_tokens: 1024, messages: [] } },
  ],
});`,
      output: null,
      errors: [
        {
          messageId: 'missing',
          data: { param: 'max_tokens', endpoint: 'messages.batches.create' },
          line: 5,
          column: 31,
          suggestions: [
            {
              messageId: 'addMaxTokens',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { max_tokens: 1024, model: 'claude-opus-4-8', messages: [] } },
    { custom_id: 'b', params: { model: 'claude-opus-4-8', max_tokens: 1024, messages: [] } },
  ],
});`,
            },
          ],
        },
      ],
    },
    // A const payload used twice is reported once, at the object.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const params = { model: 'claude-opus-4-8', messages: [] };
await client.messages.create(params);
await client.messages.stream(params);`,
      output: null,
      errors: [
        {
          messageId: 'missing',
          data: { param: 'max_tokens', endpoint: 'messages.create' },
          line: 3,
          column: 16,
          suggestions: [
            {
              messageId: 'addMaxTokens',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const params = { max_tokens: 1024, model: 'claude-opus-4-8', messages: [] };
await client.messages.create(params);
await client.messages.stream(params);`,
            },
          ],
        },
      ],
    },
    // A client from another module: a Claude request because the payload names a Claude model.
    {
      code: `import { anthropic } from './clients';
await anthropic.messages.create({ model: 'claude-haiku-4-5', messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'missing',
          data: { param: 'max_tokens', endpoint: 'messages.create' },
          line: 2,
          column: 33,
          suggestions: [
            {
              messageId: 'addMaxTokens',
              output: `import { anthropic } from './clients';
await anthropic.messages.create({ max_tokens: 1024, model: 'claude-haiku-4-5', messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: -1, messages: [] });`,
      output: null,
      errors: [{ messageId: 'negative', data: { param: 'max_tokens', value: '-1' }, line: 3, column: 59, suggestions: [] }],
    },
    // Negative is reported whatever the model.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: process.env.CLAUDE_MODEL!, max_tokens: -100, messages: [] });`,
      output: null,
      errors: [{ messageId: 'negative', data: { param: 'max_tokens', value: '-100' }, line: 3, column: 66, suggestions: [] }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1.5, messages: [] });`,
      output: null,
      errors: [{ messageId: 'notInteger', data: { param: 'max_tokens', value: '1.5' }, line: 3, column: 59, suggestions: [] }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-haiku-4-5',
  max_tokens: 100000,
  messages: [{ role: 'user', content: 'Hi' }],
});`,
      output: null,
      errors: [
        {
          messageId: 'aboveModelMax',
          data: { param: 'max_tokens', value: '100000', max: '64000', model: 'claude-haiku-4-5' },
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: 'useModelMax',
              data: { max: '64000' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-haiku-4-5',
  max_tokens: 64000,
  messages: [{ role: 'user', content: 'Hi' }],
});`,
            },
          ],
        },
      ],
    },
    // this.client assigned in the constructor.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
class Writer {
  private readonly client: Anthropic;
  constructor() {
    this.client = new Anthropic();
  }
  run() {
    return this.client.messages.create({ model: 'claude-opus-4-8', max_tokens: 200000, messages: [] });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'aboveModelMax',
          data: { param: 'max_tokens', value: '200000', max: '128000', model: 'claude-opus-4-8' },
          line: 8,
          column: 68,
          suggestions: [
            {
              messageId: 'useModelMax',
              data: { max: '128000' },
              output: `import Anthropic from '@anthropic-ai/sdk';
class Writer {
  private readonly client: Anthropic;
  constructor() {
    this.client = new Anthropic();
  }
  run() {
    return this.client.messages.create({ model: 'claude-opus-4-8', max_tokens: 128000, messages: [] });
  }
}`,
            },
          ],
        },
      ],
    },
    // A value from a shared constant: no suggestion to rewrite the constant.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const MAX_OUTPUT = 100000;
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: MAX_OUTPUT, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'aboveModelMax',
          data: { param: 'max_tokens', value: '100000', max: '64000', model: 'claude-haiku-4-5' },
          line: 4,
          column: 59,
          suggestions: [],
        },
      ],
    },
    // A spread of a const: reported where the const writes max_tokens.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const defaults = { model: 'claude-haiku-4-5', max_tokens: 100000 };
await client.messages.create({ ...defaults, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'aboveModelMax',
          data: { param: 'max_tokens', value: '100000', max: '64000', model: 'claude-haiku-4-5' },
          line: 3,
          column: 47,
          suggestions: [
            {
              messageId: 'useModelMax',
              data: { max: '64000' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const defaults = { model: 'claude-haiku-4-5', max_tokens: 64000 };
await client.messages.create({ ...defaults, messages: [] });`,
            },
          ],
        },
      ],
    },
    // A ternary model: each branch is compared with its own maximum.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const large: boolean;
await client.messages.create({ model: large ? 'claude-opus-4-8' : 'claude-haiku-4-5', max_tokens: 100000, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'aboveModelMax',
          data: { param: 'max_tokens', value: '100000', max: '64000', model: 'claude-haiku-4-5' },
          line: 4,
          column: 87,
          suggestions: [
            {
              messageId: 'useModelMax',
              data: { max: '64000' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const large: boolean;
await client.messages.create({ model: large ? 'claude-opus-4-8' : 'claude-haiku-4-5', max_tokens: 64000, messages: [] });`,
            },
          ],
        },
      ],
    },
    // A ternary max_tokens: each branch is checked.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const large: boolean;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: large ? 200000 : -5, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'aboveModelMax',
          data: { param: 'max_tokens', value: '200000', max: '128000', model: 'claude-opus-4-8' },
          line: 4,
          column: 58,
          suggestions: [
            {
              messageId: 'useModelMax',
              data: { max: '128000' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const large: boolean;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: large ? 128000 : -5, messages: [] });`,
            },
          ],
        },
        { messageId: 'negative', data: { param: 'max_tokens', value: '-5' }, line: 4, column: 58, suggestions: [] },
      ],
    },
    // A Bedrock client with a dotted ID, in a batch on beta.
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
await client.beta.messages.batches.create({ requests: [{ custom_id: 'a', params: { model: 'anthropic.claude-haiku-4-5-20251001-v1:0', max_tokens: 65536, messages: [] } }] });`,
      output: null,
      errors: [
        {
          messageId: 'aboveModelMax',
          data: { param: 'max_tokens', value: '65536', max: '64000', model: 'claude-haiku-4-5' },
          line: 3,
          column: 135,
          suggestions: [
            {
              messageId: 'useModelMax',
              data: { max: '64000' },
              output: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
await client.beta.messages.batches.create({ requests: [{ custom_id: 'a', params: { model: 'anthropic.claude-haiku-4-5-20251001-v1:0', max_tokens: 64000, messages: [] } }] });`,
            },
          ],
        },
      ],
    },
  ],
});
