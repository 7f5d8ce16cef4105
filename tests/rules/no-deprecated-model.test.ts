import { afterAll, beforeAll, describe, vi } from 'vitest';
import rule from '../../src/rules/no-deprecated-model.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

/** The rule reads the clock once per file: pin it so lifecycle dates give the same answer every day. */
function pinClock(isoDate: string): void {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(isoDate));
  });
  afterAll(() => {
    vi.useRealTimers();
  });
}

const SONNET_4_5 = { name: 'Claude Sonnet 4.5', date: '2026-11-30', replacement: 'claude-sonnet-4-6' } as const;

describe('on 2026-11-22, claude-sonnet-4-5 deprecated and still served', () => {
  pinClock('2026-11-22T12:00:00Z');

  ruleTester.run('no-deprecated-model', rule, {
    valid: [
      // Current and legacy (not deprecated) models
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });
await client.messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });
await client.messages.create({ model: 'claude-haiku-4-5-20251001', max_tokens: 1024, messages: [] });`,
      // Retired models are valid-model-id's (they answer 404, not "soon")
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-3-5-sonnet-20241022', max_tokens: 1024, messages: [] });`,
      // IDs the table does not know (a misspelling is valid-model-id's)
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4.5', max_tokens: 1024, messages: [] });`,
      // Model from the environment, from a function, overridden by an unknown spread
      `import Anthropic from '@anthropic-ai/sdk';
import { pickModel } from './config';
const client = new Anthropic();
await client.messages.create({ model: process.env.CLAUDE_MODEL ?? 'claude-opus-4-8', max_tokens: 1024, messages: [] });
await client.messages.create({ model: pickModel(), max_tokens: 1024, messages: [] });
export function ask(overrides: object) {
  return client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [], ...overrides });
}`,
      // A gateway (baseURL) may map the name to another model
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ baseURL: 'https://llm-gateway.internal/anthropic' });
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });`,
      // An unknown client without a Claude model ID
      `import { llm } from './llm';
await llm.messages.create({ model: 'gpt-4o-mini', max_tokens: 1024, messages: [] });`,
      // Twilio, Prisma, OpenAI threads
      `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
await client.messages.create({ body: 'Your code is 1234', from: '+15017122661', to: '+15558675310' });`,
      `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
await prisma.message.create({ data: { model: 'claude-sonnet-4-5', body: 'hi' } });`,
      `import OpenAI from 'openai';
const openai = new OpenAI();
await openai.beta.threads.messages.create(threadId, { role: 'user', content: 'Hello' });`,
      // Bedrock: current dotted IDs and an ARN (not a model ID the table can match)
      `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'us.anthropic.claude-opus-4-8', max_tokens: 1024, messages: [] });
await bedrock.messages.create({ model: 'anthropic.claude-opus-4-7', max_tokens: 1024, messages: [] });
await bedrock.messages.create({
  model: 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5-20250929-v1:0',
  max_tokens: 1024,
  messages: [],
});`,
      // Vertex: a current model
      `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex();
await vertex.messages.create({ model: 'claude-opus-4-5@20251101', max_tokens: 1024, messages: [] });`,
    ],
    invalid: [
      // ---------------------------------------------------------------- one per messageId
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 3,
            column: 39,
            endLine: 3,
            endColumn: 58,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        // The dated alias
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-5-20250929', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5-20250929', ...SONNET_4_5 },
            line: 3,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-mythos-preview', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecatedNoDate',
            data: { id: 'claude-mythos-preview', name: 'Claude Mythos Preview', replacement: 'claude-mythos-5' },
            line: 3,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-mythos-5' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-mythos-5', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },

      // ---------------------------------------------------------------- platforms
      {
        // Bedrock IDs get no suggestion: the region prefix and endpoint form cannot be carried over
        code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', max_tokens: 1024, messages: [] });
await bedrock.messages.create({ model: 'anthropic.claude-mythos-preview', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', ...SONNET_4_5 },
            line: 3,
            column: 40,
            suggestions: [],
          },
          {
            messageId: 'deprecatedNoDate',
            data: { id: 'anthropic.claude-mythos-preview', name: 'Claude Mythos Preview', replacement: 'claude-mythos-5' },
            line: 4,
            column: 40,
            suggestions: [],
          },
        ],
      },
      {
        // A first-party ID on a Bedrock client: the replacement in Bedrock's spelling
        code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 3,
            column: 40,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'anthropic.claude-sonnet-4-6' },
                output: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'anthropic.claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        // Vertex
        code: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
await vertex.messages.create({ model: 'claude-sonnet-4-5@20250929', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5@20250929', ...SONNET_4_5 },
            line: 3,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
await vertex.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },

      // ---------------------------------------------------------------- call shapes
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = client.messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });
const count = await client.messages.countTokens({ model: 'claude-mythos-preview', messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 3,
            column: 48,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = client.messages.stream({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });
const count = await client.messages.countTokens({ model: 'claude-mythos-preview', messages: [] });`,
              },
            ],
          },
          {
            messageId: 'deprecatedNoDate',
            data: { id: 'claude-mythos-preview', name: 'Claude Mythos Preview', replacement: 'claude-mythos-5' },
            line: 4,
            column: 58,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-mythos-5' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = client.messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });
const count = await client.messages.countTokens({ model: 'claude-mythos-5', messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const parsed = await client.beta.messages.parse({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 3,
            column: 58,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const parsed = await client.beta.messages.parse({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
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
    { custom_id: 'a', params: { model: 'claude-opus-4-8', max_tokens: 1024, messages: [] } },
    { custom_id: 'b', params: { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] } },
  ],
});`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 6,
            column: 40,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { model: 'claude-opus-4-8', max_tokens: 1024, messages: [] } },
    { custom_id: 'b', params: { model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] } },
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
export class Summarizer {
  client = new Anthropic();
  run() {
    return this.client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 512, messages: [] });
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 5,
            column: 49,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import Anthropic from '@anthropic-ai/sdk';
export class Summarizer {
  client = new Anthropic();
  run() {
    return this.client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, messages: [] });
  }
}`,
              },
            ],
          },
        ],
      },
      {
        // `this.client` assigned in the constructor
        code: `import Anthropic from '@anthropic-ai/sdk';
export class Summarizer {
  private client;
  constructor() {
    this.client = new Anthropic();
  }
  run() {
    return this.client.messages.create({ model: 'claude-mythos-preview', max_tokens: 512, messages: [] });
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'deprecatedNoDate',
            data: { id: 'claude-mythos-preview', name: 'Claude Mythos Preview', replacement: 'claude-mythos-5' },
            line: 8,
            column: 49,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-mythos-5' },
                output: `import Anthropic from '@anthropic-ai/sdk';
export class Summarizer {
  private client;
  constructor() {
    this.client = new Anthropic();
  }
  run() {
    return this.client.messages.create({ model: 'claude-mythos-5', max_tokens: 512, messages: [] });
  }
}`,
              },
            ],
          },
        ],
      },
      {
        // A parameter typed with the client class
        code: `import Anthropic from '@anthropic-ai/sdk';
export function summarize(client: Anthropic) {
  return client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 512, messages: [] });
}`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 3,
            column: 42,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import Anthropic from '@anthropic-ai/sdk';
export function summarize(client: Anthropic) {
  return client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, messages: [] });
}`,
              },
            ],
          },
        ],
      },
      {
        // require() and destructured messages
        code: `const Anthropic = require('@anthropic-ai/sdk');
const { messages } = new Anthropic();
messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 3,
            column: 26,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `const Anthropic = require('@anthropic-ai/sdk');
const { messages } = new Anthropic();
messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        // import * as sdk, default export
        code: `import * as sdk from '@anthropic-ai/sdk';
const client = new sdk.default();
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 3,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import * as sdk from '@anthropic-ai/sdk';
const client = new sdk.default();
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        // A const model shared by two requests through a const payload and a spread: one report, where it is written
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const MODEL = 'claude-sonnet-4-5' as const;
const base = { model: MODEL, max_tokens: 1024 } satisfies Partial<Anthropic.MessageCreateParams>;
await client.messages.create({ ...base, messages: [] });
await client.messages.countTokens({ model: MODEL, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 3,
            column: 15,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const MODEL = 'claude-sonnet-4-6' as const;
const base = { model: MODEL, max_tokens: 1024 } satisfies Partial<Anthropic.MessageCreateParams>;
await client.messages.create({ ...base, messages: [] });
await client.messages.countTokens({ model: MODEL, messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        // Template literals: without expressions the suggestion keeps the backticks; with one there is none
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const LINE = 'sonnet';
await client.messages.create({ model: \`claude-sonnet-4-5\`, max_tokens: 1024, messages: [] });
await client.messages.create({ model: \`claude-\${LINE}-4-5\`, max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 4,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const LINE = 'sonnet';
await client.messages.create({ model: \`claude-sonnet-4-6\`, max_tokens: 1024, messages: [] });
await client.messages.create({ model: \`claude-\${LINE}-4-5\`, max_tokens: 1024, messages: [] });`,
              },
            ],
          },
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 5,
            column: 39,
            suggestions: [],
          },
        ],
      },
      {
        // Both branches of a ternary
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(preview: boolean) {
  return client.messages.create({ model: preview ? 'claude-mythos-preview' : 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });
}`,
        output: null,
        errors: [
          {
            messageId: 'deprecatedNoDate',
            data: { id: 'claude-mythos-preview', name: 'Claude Mythos Preview', replacement: 'claude-mythos-5' },
            line: 4,
            column: 52,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-mythos-5' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(preview: boolean) {
  return client.messages.create({ model: preview ? 'claude-mythos-5' : 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });
}`,
              },
            ],
          },
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 4,
            column: 78,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(preview: boolean) {
  return client.messages.create({ model: preview ? 'claude-mythos-preview' : 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });
}`,
              },
            ],
          },
        ],
      },
      {
        // A client imported from another module, known only by its claude- model
        code: `import { anthropic } from './clients';
await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-sonnet-4-5', ...SONNET_4_5 },
            line: 2,
            column: 42,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import { anthropic } from './clients';
await anthropic.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('on 2026-12-01, after claude-sonnet-4-5 retired (valid-model-id reports it)', () => {
  pinClock('2026-12-01T00:00:00Z');

  ruleTester.run('no-deprecated-model', rule, {
    valid: [
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });`,
      `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', max_tokens: 1024, messages: [] });`,
    ],
    invalid: [
      {
        // No retirement date announced: deprecated on any day
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-mythos-preview', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecatedNoDate',
            data: { id: 'claude-mythos-preview', name: 'Claude Mythos Preview', replacement: 'claude-mythos-5' },
            line: 3,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-mythos-5' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-mythos-5', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
    ],
  });
});
