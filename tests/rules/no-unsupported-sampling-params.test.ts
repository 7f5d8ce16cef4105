import rule from '../../src/rules/no-unsupported-sampling-params.js';
import { API_2026, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const REASON_2026 = "settings['claude-api'].apiVersion is '2026-10-21'";
const TEMPERATURE_RULE = 'only the default temperature 1.0 is accepted';
const TOP_P_RULE = 'only top_p of 0.99 or more is accepted';
const TOP_K_RULE = 'top_k is not accepted at any value';

ruleTester.run('no-unsupported-sampling-params', rule, {
  valid: [
    // ---------------------------------------------------------------- API version 2023-06-01 (the tester's default)
    // Defaults-only models tolerate temperature 1 and top_p >= 0.99
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, temperature: 1, top_p: 0.99, messages: [] });
await client.messages.create({ model: 'claude-fable-5-2', max_tokens: 1024, temperature: 1.0, top_p: 1, messages: [] });`,
    // A model that accepts any sampling parameters
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, temperature: 0.7, top_p: 0.9, top_k: 40, messages: [] });`,
    // Exclusive models take temperature or top_p, and top_k
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, temperature: 0.2, top_k: 10, messages: [] });
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, top_p: 0.9, messages: [] });
await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1024, temperature: 0, messages: [] });`,
    // Thinking on with the default temperature; thinking off with top_k
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-6',
  max_tokens: 4096,
  thinking: { type: 'enabled', budget_tokens: 2048 },
  temperature: 1,
  messages: [],
});
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, thinking: { type: 'disabled' }, top_k: 5, messages: [] });`,
    // Values that are not statically known
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(options: { temperature?: number; topK?: number }) {
  return client.messages.create({
    model: 'claude-opus-4-7',
    max_tokens: 1024,
    temperature: options.temperature,
    top_p: Number(process.env.TOP_P),
    top_k: options.topK,
    messages: [],
  });
}`,
    // An unknown spread after the parameters may override them
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(overrides: object) {
  return client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, temperature: 0.5, messages: [], ...overrides });
}`,
    // A model from the environment or a function: no model rule applies, and 0.5 is in range
    `import Anthropic from '@anthropic-ai/sdk';
import { pickModel } from './config';
const client = new Anthropic();
await client.messages.create({ model: process.env.CLAUDE_MODEL!, max_tokens: 1024, temperature: 0.5, top_k: 20, messages: [] });
await client.messages.create({ model: pickModel(), max_tokens: 1024, temperature: 0.5, top_p: 0.5, messages: [] });`,
    // Bedrock's dotted IDs with the default values
    `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'us.anthropic.claude-opus-4-8', max_tokens: 1024, temperature: 1, messages: [] });
await bedrock.messages.create({ model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', max_tokens: 1024, temperature: 0.3, messages: [] });`,
    // Vertex
    `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex();
await vertex.messages.create({ model: 'claude-sonnet-4-5@20250929', max_tokens: 1024, temperature: 0.3, messages: [] });`,
    // Unknown clients without a Claude model ID, Twilio, Prisma, OpenAI
    `import { llm } from './llm';
await llm.messages.create({ model: 'gpt-4o', max_tokens: 1024, temperature: 1.7, messages: [] });`,
    `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
await client.messages.create({ body: 'Your code is 1234', from: '+15017122661', to: '+15558675310' });`,
    `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
await prisma.message.create({ data: { model: 'claude-opus-4-7', temperature: 0.2 } });`,
    `import OpenAI from 'openai';
const openai = new OpenAI();
await openai.beta.threads.messages.create(threadId, { role: 'user', content: 'Hello' });
await openai.chat.completions.create({ model: 'gpt-4o', temperature: 0.2, top_p: 0.5, messages: [] });`,

    // ---------------------------------------------------------------- API version 2026-10-21
    {
      // `undefined` is dropped from the JSON body
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, temperature: undefined, messages: [] });`,
      settings: API_2026,
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(temperature?: number) {
  return client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, temperature, messages: [] });
}`,
      settings: API_2026,
    },
    {
      code: `import { llm } from './llm';
await llm.messages.create({ model: 'gpt-4o', max_tokens: 1024, temperature: 0.2, messages: [] });`,
      settings: API_2026,
    },
  ],
  invalid: [
    {
      // One branch sends a value the model rejects.
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, temperature: creative ? 0.5 : undefined, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { param: 'temperature', model: 'claude-opus-4-7', value: '0.5', rule: 'only the default temperature 1.0 is accepted' },
          line: 3,
          column: 76,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [] });`,
            },
          ],
        },
      ],
    },
    // ---------------------------------------------------------------- API version 2026-10-21: every model, any value
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, temperature: 1.0, top_p: 0.99, top_k: 40, messages: [] });`,
      settings: API_2026,
      output: null,
      errors: [
        {
          messageId: 'removedInApiVersion',
          data: { param: 'temperature', reason: REASON_2026 },
          line: 3,
          column: 76,
          endLine: 3,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, top_p: 0.99, top_k: 40, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'removedInApiVersion',
          data: { param: 'top_p', reason: REASON_2026 },
          line: 3,
          column: 94,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_p' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, temperature: 1.0, top_k: 40, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'removedInApiVersion',
          data: { param: 'top_k', reason: REASON_2026 },
          line: 3,
          column: 107,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_k' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, temperature: 1.0, top_p: 0.99, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // A model that accepts sampling under 2023-06-01; temperature and top_p together get one report each
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  temperature: 0.5,
  top_p: 0.9,
  messages: [],
});`,
      settings: API_2026,
      output: null,
      errors: [
        {
          messageId: 'removedInApiVersion',
          data: { param: 'temperature', reason: REASON_2026 },
          line: 6,
          column: 3,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  top_p: 0.9,
  messages: [],
});`,
            },
          ],
        },
        {
          messageId: 'removedInApiVersion',
          data: { param: 'top_p', reason: REASON_2026 },
          line: 7,
          column: 3,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_p' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  temperature: 0.5,
  messages: [],
});`,
            },
          ],
        },
      ],
    },
    {
      // An unknown model, through countTokens
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.countTokens({ model: process.env.CLAUDE_MODEL!, messages: [], temperature: 0.2 });`,
      settings: API_2026,
      output: null,
      errors: [
        {
          messageId: 'removedInApiVersion',
          data: { param: 'temperature', reason: REASON_2026 },
          line: 3,
          column: 85,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.countTokens({ model: process.env.CLAUDE_MODEL!, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Batches
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [{ custom_id: 'a', params: { model: 'claude-haiku-4-5', max_tokens: 1024, top_k: 5, messages: [] } }],
});`,
      settings: API_2026,
      output: null,
      errors: [
        {
          messageId: 'removedInApiVersion',
          data: { param: 'top_k', reason: REASON_2026 },
          line: 4,
          column: 87,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_k' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [{ custom_id: 'a', params: { model: 'claude-haiku-4-5', max_tokens: 1024, messages: [] } }],
});`,
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------- 2023-06-01: defaults-only models
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, temperature: 0.7, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-7', param: 'temperature', value: '0.7', rule: TEMPERATURE_RULE },
          line: 3,
          column: 76,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Out of range too, but one report per property: the model's rule comes first
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [], temperature: 1.5 });`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-8', param: 'temperature', value: '1.5', rule: TEMPERATURE_RULE },
          line: 3,
          column: 90,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-5', max_tokens: 1024, top_p: 0.95, top_k: 40, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-sonnet-5', param: 'top_p', value: '0.95', rule: TOP_P_RULE },
          line: 3,
          column: 76,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_p' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-5', max_tokens: 1024, top_k: 40, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-sonnet-5', param: 'top_k', value: '40', rule: TOP_K_RULE },
          line: 3,
          column: 89,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_k' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-5', max_tokens: 1024, top_p: 0.95, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // top_k with thinking on: the model's rule only, once
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-fable-5-2', max_tokens: 4096, thinking: { type: 'adaptive' }, top_k: 1, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-fable-5-2', param: 'top_k', value: '1', rule: TOP_K_RULE },
          line: 3,
          column: 109,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_k' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-fable-5-2', max_tokens: 4096, thinking: { type: 'adaptive' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Bedrock's dotted ID names the row; the message names the model by its canonical ID
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'global.anthropic.claude-opus-4-8', max_tokens: 1024, temperature: 0, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-8', param: 'temperature', value: '0', rule: TEMPERATURE_RULE },
          line: 3,
          column: 94,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'global.anthropic.claude-opus-4-8', max_tokens: 1024, messages: [] });`,
            },
          ],
        },
      ],
    },

    {
      // A ternary value: the branch the model rejects is reported
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(creative: boolean) {
  return client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, temperature: creative ? 0.9 : 1, messages: [] });
}`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-8', param: 'temperature', value: '0.9', rule: TEMPERATURE_RULE },
          line: 4,
          column: 79,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(creative: boolean) {
  return client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
}`,
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------- 2023-06-01: exclusive models
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  temperature: 0.5,
  top_p: 0.9,
  messages: [],
});`,
      output: null,
      errors: [
        {
          messageId: 'bothTemperatureAndTopP',
          data: { model: 'claude-sonnet-4-6' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_p' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  temperature: 0.5,
  messages: [],
});`,
            },
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  top_p: 0.9,
  messages: [],
});`,
            },
          ],
        },
      ],
    },
    {
      // Default values count too: sending both is the error
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-5-20250929', max_tokens: 1024, temperature: 1, top_p: 1, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'bothTemperatureAndTopP',
          data: { model: 'claude-sonnet-4-5' },
          line: 3,
          column: 103,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_p' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-5-20250929', max_tokens: 1024, temperature: 1, messages: [] });`,
            },
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-5-20250929', max_tokens: 1024, top_p: 1, messages: [] });`,
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------- 2023-06-01: range, on any model
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, temperature: 1.5, messages: [] });
await client.messages.create({ model: process.env.CLAUDE_MODEL!, max_tokens: 1024, temperature: -0.5, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'temperatureRange',
          data: { value: '1.5' },
          line: 3,
          column: 76,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, messages: [] });
await client.messages.create({ model: process.env.CLAUDE_MODEL!, max_tokens: 1024, temperature: -0.5, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'temperatureRange',
          data: { value: '-0.5' },
          line: 4,
          column: 84,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, temperature: 1.5, messages: [] });
await client.messages.create({ model: process.env.CLAUDE_MODEL!, max_tokens: 1024, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Out of range with thinking on: one report
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 4096, thinking: { type: 'adaptive' }, temperature: 2, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'temperatureRange',
          data: { value: '2' },
          line: 3,
          column: 110,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 4096, thinking: { type: 'adaptive' }, messages: [] });`,
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------- 2023-06-01: thinking on
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-6',
  max_tokens: 4096,
  thinking: { type: 'enabled', budget_tokens: 2048 },
  temperature: 0.7,
  top_k: 5,
  messages: [],
});`,
      output: null,
      errors: [
        {
          messageId: 'thinkingTemperature',
          data: { value: '0.7' },
          line: 7,
          column: 3,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-6',
  max_tokens: 4096,
  thinking: { type: 'enabled', budget_tokens: 2048 },
  top_k: 5,
  messages: [],
});`,
            },
          ],
        },
        {
          messageId: 'thinkingTopK',
          line: 8,
          column: 3,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_k' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({
  model: 'claude-opus-4-6',
  max_tokens: 4096,
  thinking: { type: 'enabled', budget_tokens: 2048 },
  temperature: 0.7,
  messages: [],
});`,
            },
          ],
        },
      ],
    },
    {
      // Thinking and sampling from consts
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const THINKING = { type: 'enabled', budget_tokens: 1024 } as const;
const SAMPLING = { top_k: 10 };
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 2048, thinking: THINKING, ...SAMPLING, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'thinkingTopK',
          line: 4,
          column: 20,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_k' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const THINKING = { type: 'enabled', budget_tokens: 1024 } as const;
const SAMPLING = {};
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 2048, thinking: THINKING, ...SAMPLING, messages: [] });`,
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------- call shapes
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = client.messages.stream({ model: 'claude-opus-4-7', max_tokens: 1024, top_k: 3, messages: [] });
const parsed = await client.beta.messages.parse({ model: 'claude-opus-4-7', max_tokens: 1024, top_k: 3, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-7', param: 'top_k', value: '3', rule: TOP_K_RULE },
          line: 3,
          column: 85,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_k' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = client.messages.stream({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [] });
const parsed = await client.beta.messages.parse({ model: 'claude-opus-4-7', max_tokens: 1024, top_k: 3, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-7', param: 'top_k', value: '3', rule: TOP_K_RULE },
          line: 4,
          column: 95,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_k' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = client.messages.stream({ model: 'claude-opus-4-7', max_tokens: 1024, top_k: 3, messages: [] });
const parsed = await client.beta.messages.parse({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { model: 'claude-opus-4-6', max_tokens: 1024, temperature: 0.2, messages: [] } },
    { custom_id: 'b', params: { model: 'claude-opus-4-7', max_tokens: 1024, temperature: 0.2, messages: [] } },
  ],
});`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-7', param: 'temperature', value: '0.2', rule: TEMPERATURE_RULE },
          line: 6,
          column: 77,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { model: 'claude-opus-4-6', max_tokens: 1024, temperature: 0.2, messages: [] } },
    { custom_id: 'b', params: { model: 'claude-opus-4-7', max_tokens: 1024, messages: [] } },
  ],
});`,
            },
          ],
        },
      ],
    },
    {
      // A client in a class field
      code: `import Anthropic from '@anthropic-ai/sdk';
export class Writer {
  readonly #client = new Anthropic();
  draft() {
    return this.#client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, temperature: 0.9, messages: [] });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-8', param: 'temperature', value: '0.9', rule: TEMPERATURE_RULE },
          line: 5,
          column: 87,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
export class Writer {
  readonly #client = new Anthropic();
  draft() {
    return this.#client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // `this.client` assigned in the constructor, through a constructor parameter property
      code: `import Anthropic from '@anthropic-ai/sdk';
export class Writer {
  constructor(private readonly client: Anthropic) {}
  draft() {
    return this.client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, temperature: 0.9, messages: [] });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-8', param: 'temperature', value: '0.9', rule: TEMPERATURE_RULE },
          line: 5,
          column: 86,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
export class Writer {
  constructor(private readonly client: Anthropic) {}
  draft() {
    return this.client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // `this.client = new Anthropic()` in the constructor body
      code: `import Anthropic from '@anthropic-ai/sdk';
export class Writer {
  client: Anthropic;
  constructor() {
    this.client = new Anthropic();
  }
  draft() {
    return this.client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, top_p: 0.5, messages: [] });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-8', param: 'top_p', value: '0.5', rule: TOP_P_RULE },
          line: 8,
          column: 86,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_p' },
              output: `import Anthropic from '@anthropic-ai/sdk';
export class Writer {
  client: Anthropic;
  constructor() {
    this.client = new Anthropic();
  }
  draft() {
    return this.client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // A parameter typed with the client class, `satisfies`, a template literal model
      code: `import Anthropic from '@anthropic-ai/sdk';
export function draft(client: Anthropic) {
  const params = {
    model: \`claude-opus-4-7\`,
    max_tokens: 1024,
    temperature: 0.4,
    messages: [],
  } satisfies Anthropic.MessageCreateParams;
  return client.messages.create(params);
}`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-7', param: 'temperature', value: '0.4', rule: TEMPERATURE_RULE },
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
export function draft(client: Anthropic) {
  const params = {
    model: \`claude-opus-4-7\`,
    max_tokens: 1024,
    messages: [],
  } satisfies Anthropic.MessageCreateParams;
  return client.messages.create(params);
}`,
            },
          ],
        },
      ],
    },
    {
      // require(), destructured messages, `as const`
      code: `const { Anthropic } = require('@anthropic-ai/sdk');
const { messages } = new Anthropic();
messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, temperature: 0.3 as const, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-7', param: 'temperature', value: '0.3', rule: TEMPERATURE_RULE },
          line: 3,
          column: 63,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `const { Anthropic } = require('@anthropic-ai/sdk');
const { messages } = new Anthropic();
messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // import * as sdk, a const payload spread into the call
      code: `import * as sdk from '@anthropic-ai/sdk';
const client = new sdk.Anthropic();
const CREATIVE = { model: 'claude-sonnet-4-6', temperature: 0.9, top_p: 0.95 } as const;
await client.messages.create({ ...CREATIVE, max_tokens: 1024, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'bothTemperatureAndTopP',
          data: { model: 'claude-sonnet-4-6' },
          line: 3,
          column: 66,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_p' },
              output: `import * as sdk from '@anthropic-ai/sdk';
const client = new sdk.Anthropic();
const CREATIVE = { model: 'claude-sonnet-4-6', temperature: 0.9 } as const;
await client.messages.create({ ...CREATIVE, max_tokens: 1024, messages: [] });`,
            },
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import * as sdk from '@anthropic-ai/sdk';
const client = new sdk.Anthropic();
const CREATIVE = { model: 'claude-sonnet-4-6', top_p: 0.95 } as const;
await client.messages.create({ ...CREATIVE, max_tokens: 1024, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Both branches of a ternary model are checked
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(deep: boolean) {
  return client.messages.create({ model: deep ? 'claude-opus-4-6' : 'claude-opus-4-7', max_tokens: 1024, temperature: 0.5, messages: [] });
}`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-7', param: 'temperature', value: '0.5', rule: TEMPERATURE_RULE },
          line: 4,
          column: 106,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(deep: boolean) {
  return client.messages.create({ model: deep ? 'claude-opus-4-6' : 'claude-opus-4-7', max_tokens: 1024, messages: [] });
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(deep: boolean) {
  return client.messages.create({ model: deep ? 'claude-opus-4-6' : 'claude-haiku-4-5', max_tokens: 1024, temperature: 0.5, top_p: 0.9, messages: [] });
}`,
      output: null,
      errors: [
        {
          messageId: 'bothTemperatureAndTopP',
          data: { model: 'claude-haiku-4-5' },
          line: 4,
          column: 125,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_p' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(deep: boolean) {
  return client.messages.create({ model: deep ? 'claude-opus-4-6' : 'claude-haiku-4-5', max_tokens: 1024, temperature: 0.5, messages: [] });
}`,
            },
            {
              messageId: 'removeParam',
              data: { param: 'temperature' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(deep: boolean) {
  return client.messages.create({ model: deep ? 'claude-opus-4-6' : 'claude-haiku-4-5', max_tokens: 1024, top_p: 0.9, messages: [] });
}`,
            },
          ],
        },
      ],
    },
    {
      // A client imported from another module, known only by its claude- model
      code: `import { anthropic } from './clients';
await anthropic.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, top_k: 50, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          data: { model: 'claude-opus-4-8', param: 'top_k', value: '50', rule: TOP_K_RULE },
          line: 2,
          column: 79,
          suggestions: [
            {
              messageId: 'removeParam',
              data: { param: 'top_k' },
              output: `import { anthropic } from './clients';
await anthropic.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });`,
            },
          ],
        },
      ],
    },
  ],
});
