import { afterAll, beforeAll, describe, vi } from 'vitest';
import rule from '../../src/rules/no-deprecated-model.js';
import { makeSdkFixture } from '../facts/sdk-fixture.js';
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

const TABLE = "the plugin's model table";
/** Deprecated on the Claude API with an end of life from SDK 1.13 and no named replacement. */
const OPUS_4_5 = { name: 'Claude Opus 4.5', date: '2027-01-22', replacement: 'a newer model', source: TABLE } as const;
/** Deprecated with no date; the deprecations page names claude-mythos-5. */
const MYTHOS_PREVIEW = { name: 'Claude Mythos Preview', replacement: "'claude-mythos-5'", source: TABLE } as const;

describe('on 2026-12-01, claude-opus-4-5 deprecated and still served', () => {
  pinClock('2026-12-01T12:00:00Z');

  ruleTester.run('no-deprecated-model', rule, {
    valid: [
      // Current and legacy (not deprecated) models
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });
await client.messages.create({ model: 'claude-haiku-4-5-20251001', max_tokens: 1024, messages: [] });`,
      // Bedrock and Vertex set their own schedules: a first-party deprecation proves nothing there
      `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const bedrock = new AnthropicBedrock();
const vertex = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
await bedrock.messages.create({ model: 'us.anthropic.claude-opus-4-5-20251101-v1:0', max_tokens: 1024, messages: [] });
await bedrock.messages.create({ model: 'anthropic.claude-mythos-preview', max_tokens: 1024, messages: [] });
await bedrock.messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });
await vertex.messages.create({ model: 'claude-opus-4-5@20251101', max_tokens: 1024, messages: [] });`,
      // The same IDs through an unknown client: the spelling says Bedrock or Vertex
      `import { bedrock } from './clients';
await bedrock.messages.create({ model: 'global.anthropic.claude-opus-4-5-20251101-v1:0', max_tokens: 1024, messages: [] });
await bedrock.messages.create({ model: 'claude-opus-4-5@20251101', max_tokens: 1024, messages: [] });`,
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
  return client.messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [], ...overrides });
}`,
      // A gateway (baseURL) may map the name to another model
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ baseURL: 'https://llm-gateway.internal/anthropic' });
await client.messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });`,
      // An unknown client without a Claude model ID
      `import { llm } from './llm';
await llm.messages.create({ model: 'gpt-4o-mini', max_tokens: 1024, messages: [] });`,
      // Twilio, Prisma, OpenAI threads
      `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
await client.messages.create({ body: 'Your code is 1234', from: '+15017122661', to: '+15558675310' });`,
      `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
await prisma.message.create({ data: { model: 'claude-opus-4-5', body: 'hi' } });`,
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
await client.messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-opus-4-5', ...OPUS_4_5 },
            line: 3,
            column: 39,
            endLine: 3,
            endColumn: 56,
            suggestions: [],
          },
        ],
      },
      {
        // The dated alias
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-5-20251101', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-opus-4-5-20251101', ...OPUS_4_5 },
            line: 3,
            column: 39,
            suggestions: [],
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
            data: { id: 'claude-mythos-preview', ...MYTHOS_PREVIEW },
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
        // Bedrock's own date (Opus 4.1: end of life 2027-01-08 on Bedrock, retired 2026-08-05 on the Claude API).
        // Bedrock IDs get no suggestion: the region prefix and endpoint form cannot be carried over.
        code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'us.anthropic.claude-opus-4-1-20250805-v1:0', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: {
              id: 'us.anthropic.claude-opus-4-1-20250805-v1:0',
              name: 'Claude Opus 4.1',
              date: '2027-01-08',
              replacement: 'a newer model',
              source: "Amazon Bedrock dates in the plugin's model table",
            },
            line: 3,
            column: 40,
            suggestions: [],
          },
        ],
      },
      {
        // A Bedrock schedule from settings, on a first-party ID: the replacement in Bedrock's spelling
        code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, messages: [] });`,
        settings: {
          'claude-api': {
            apiVersion: '2023-06-01',
            models: [
              {
                id: 'claude-opus-4-6',
                bedrockLifecycle: { status: 'deprecated', retiresOn: '2027-06-01', replacement: 'claude-opus-4-8' },
              },
            ],
          },
        },
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: {
              id: 'claude-opus-4-6',
              name: 'Claude Opus 4.6',
              date: '2027-06-01',
              replacement: "'claude-opus-4-8'",
              source: "Amazon Bedrock dates in settings['claude-api'].models",
            },
            line: 3,
            column: 40,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'anthropic.claude-opus-4-8' },
                output: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'anthropic.claude-opus-4-8', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        // A Vertex schedule from settings; the first-party API is not affected
        code: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import Anthropic from '@anthropic-ai/sdk';
const vertex = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
await vertex.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });
await new Anthropic().messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
        settings: {
          'claude-api': {
            apiVersion: '2023-06-01',
            models: [
              {
                id: 'claude-sonnet-4-6',
                vertexLifecycle: { status: 'deprecated', retiresOn: '2027-03-01', replacement: 'claude-sonnet-5' },
              },
            ],
          },
        },
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: {
              id: 'claude-sonnet-4-6',
              name: 'Claude Sonnet 4.6',
              date: '2027-03-01',
              replacement: "'claude-sonnet-5'",
              source: "Google Vertex AI dates in settings['claude-api'].models",
            },
            line: 4,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-5' },
                output: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import Anthropic from '@anthropic-ai/sdk';
const vertex = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
await vertex.messages.create({ model: 'claude-sonnet-5', max_tokens: 1024, messages: [] });
await new Anthropic().messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },

      // ---------------------------------------------------------------- call shapes
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = client.messages.stream({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });
const count = await client.messages.countTokens({ model: 'claude-mythos-preview', messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-opus-4-5', ...OPUS_4_5 },
            line: 3,
            column: 48,
            suggestions: [],
          },
          {
            messageId: 'deprecatedNoDate',
            data: { id: 'claude-mythos-preview', ...MYTHOS_PREVIEW },
            line: 4,
            column: 58,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-mythos-5' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = client.messages.stream({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });
const count = await client.messages.countTokens({ model: 'claude-mythos-5', messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const parsed = await client.beta.messages.parse({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-opus-4-5', ...OPUS_4_5 },
            line: 3,
            column: 58,
            suggestions: [],
          },
        ],
      },
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { model: 'claude-opus-4-8', max_tokens: 1024, messages: [] } },
    { custom_id: 'b', params: { model: 'claude-opus-4-5', max_tokens: 1024, messages: [] } },
  ],
});`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-opus-4-5', ...OPUS_4_5 },
            line: 6,
            column: 40,
            suggestions: [],
          },
        ],
      },
      {
        // A client in a class field
        code: `import Anthropic from '@anthropic-ai/sdk';
export class Summarizer {
  client = new Anthropic();
  run() {
    return this.client.messages.create({ model: 'claude-opus-4-5', max_tokens: 512, messages: [] });
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-opus-4-5', ...OPUS_4_5 },
            line: 5,
            column: 49,
            suggestions: [],
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
            data: { id: 'claude-mythos-preview', ...MYTHOS_PREVIEW },
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
  return client.messages.create({ model: 'claude-opus-4-5', max_tokens: 512, messages: [] });
}`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-opus-4-5', ...OPUS_4_5 },
            line: 3,
            column: 42,
            suggestions: [],
          },
        ],
      },
      {
        // require() and destructured messages
        code: `const Anthropic = require('@anthropic-ai/sdk');
const { messages } = new Anthropic();
messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-opus-4-5', ...OPUS_4_5 },
            line: 3,
            column: 26,
            suggestions: [],
          },
        ],
      },
      {
        // import * as sdk, default export
        code: `import * as sdk from '@anthropic-ai/sdk';
const client = new sdk.default();
await client.messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-opus-4-5', ...OPUS_4_5 },
            line: 3,
            column: 39,
            suggestions: [],
          },
        ],
      },
      {
        // A const model shared by two requests through a const payload and a spread: one report, where it is written
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const MODEL = 'claude-opus-4-5' as const;
const base = { model: MODEL, max_tokens: 1024 } satisfies Partial<Anthropic.MessageCreateParams>;
await client.messages.create({ ...base, messages: [] });
await client.messages.countTokens({ model: MODEL, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-opus-4-5', ...OPUS_4_5 },
            line: 3,
            column: 15,
            suggestions: [],
          },
        ],
      },
      {
        // Template literals: without expressions the suggestion keeps the backticks; with one there is none
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const LINE = 'mythos';
await client.messages.create({ model: \`claude-mythos-preview\`, max_tokens: 1024, messages: [] });
await client.messages.create({ model: \`claude-\${LINE}-preview\`, max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecatedNoDate',
            data: { id: 'claude-mythos-preview', ...MYTHOS_PREVIEW },
            line: 4,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-mythos-5' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const LINE = 'mythos';
await client.messages.create({ model: \`claude-mythos-5\`, max_tokens: 1024, messages: [] });
await client.messages.create({ model: \`claude-\${LINE}-preview\`, max_tokens: 1024, messages: [] });`,
              },
            ],
          },
          {
            messageId: 'deprecatedNoDate',
            data: { id: 'claude-mythos-preview', ...MYTHOS_PREVIEW },
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
  return client.messages.create({ model: preview ? 'claude-mythos-preview' : 'claude-opus-4-5', max_tokens: 1024, messages: [] });
}`,
        output: null,
        errors: [
          {
            messageId: 'deprecatedNoDate',
            data: { id: 'claude-mythos-preview', ...MYTHOS_PREVIEW },
            line: 4,
            column: 52,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-mythos-5' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(preview: boolean) {
  return client.messages.create({ model: preview ? 'claude-mythos-5' : 'claude-opus-4-5', max_tokens: 1024, messages: [] });
}`,
              },
            ],
          },
          {
            messageId: 'deprecated',
            data: { id: 'claude-opus-4-5', ...OPUS_4_5 },
            line: 4,
            column: 78,
            suggestions: [],
          },
        ],
      },
      {
        // A client imported from another module, known only by its claude- model
        code: `import { anthropic } from './clients';
await anthropic.messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: { id: 'claude-opus-4-5', ...OPUS_4_5 },
            line: 2,
            column: 42,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('on 2027-02-01, after the end-of-life dates of Opus 4.5 and of Opus 4.1 on Bedrock', () => {
  pinClock('2027-02-01T00:00:00Z');

  ruleTester.run('no-deprecated-model', rule, {
    valid: [
      // Retired models are valid-model-id's
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
            data: { id: 'claude-mythos-preview', ...MYTHOS_PREVIEW },
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
      {
        // An end of life that no source confirms as a retirement: overdue, still a warning, not a 404
        code: `import Anthropic from '@anthropic-ai/sdk';
import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
await new Anthropic().messages.create({ model: 'claude-opus-4-5-20251101', max_tokens: 1024, messages: [] });
await new AnthropicBedrock().messages.create({ model: 'anthropic.claude-opus-4-1-20250805-v1:0', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'deprecatedOverdue',
            data: { id: 'claude-opus-4-5-20251101', ...OPUS_4_5 },
            line: 3,
            column: 48,
            suggestions: [],
          },
          {
            messageId: 'deprecatedOverdue',
            data: {
              id: 'anthropic.claude-opus-4-1-20250805-v1:0',
              name: 'Claude Opus 4.1',
              date: '2027-01-08',
              replacement: 'a newer model',
              source: "Amazon Bedrock dates in the plugin's model table",
            },
            line: 4,
            column: 55,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('the installed @anthropic-ai/sdk as a live source (on 2026-12-01)', () => {
  pinClock('2026-12-01T12:00:00Z');
  // A release newer than the table: it deprecates Opus 4.6 and dates Mythos Preview.
  const newer = makeSdkFixture('1.16.0', {
    'claude-mythos-preview': 'June 30th, 2026',
    'claude-opus-4-5': 'January 22nd, 2027',
    'claude-opus-4-6': 'March 1st, 2027',
  });
  // An older release (inline map, as up to 1.12) that says what the table lacks about Haiku 4.5.
  const older = makeSdkFixture(
    '0.137.0',
    { 'claude-haiku-4-5': 'February 1st, 2027', 'claude-sonnet-4-5': 'November 30th, 2026' },
    'inline',
  );
  // A map this version of the plugin cannot read: the table decides alone.
  const odd = makeSdkFixture('1.17.0', null, 'data', {
    'internal/data/deprecated-models.js': 'exports.DEPRECATED_MODELS = { ...generated(), "claude-opus-4-6": "March 1st, 2027" };',
  });
  afterAll(() => {
    for (const fixture of [newer, older, odd]) fixture.remove();
  });
  const sdk = (version: string): string => `the installed @anthropic-ai/sdk ${version}`;

  ruleTester.run('no-deprecated-model', rule, {
    valid: [
      {
        // An older SDK's date for a model the table knows to be retired: valid-model-id reports it
        code: `import Anthropic from '@anthropic-ai/sdk';
await new Anthropic().messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });`,
        filename: older.sourceFile,
      },
      {
        // An unreadable map is ignored
        code: `import Anthropic from '@anthropic-ai/sdk';
await new Anthropic().messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, messages: [] });`,
        filename: odd.sourceFile,
      },
      {
        // The SDK speaks for the Claude API only, not for Bedrock
        code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
await new AnthropicBedrock().messages.create({ model: 'anthropic.claude-opus-4-6-v1', max_tokens: 1024, messages: [] });`,
        filename: newer.sourceFile,
      },
      {
        // A lifecycle set in settings wins over the SDK
        code: `import Anthropic from '@anthropic-ai/sdk';
await new Anthropic().messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, messages: [] });`,
        filename: newer.sourceFile,
        settings: { 'claude-api': { apiVersion: '2023-06-01', models: [{ id: 'claude-opus-4-6', lifecycle: { status: 'active' } }] } },
      },
    ],
    invalid: [
      {
        // The table lags: the SDK's date, and the message says so
        code: `import Anthropic from '@anthropic-ai/sdk';
await new Anthropic().messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, messages: [] });`,
        filename: newer.sourceFile,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: {
              id: 'claude-opus-4-6',
              name: 'Claude Opus 4.6',
              date: '2027-03-01',
              replacement: 'a newer model',
              source: sdk('1.16.0'),
            },
            line: 2,
            column: 48,
            suggestions: [],
          },
        ],
      },
      {
        // A newer SDK than the table's dates Mythos Preview: a passed SDK date is overdue, not a 404;
        // the table's replacement stays. Opus 4.5: same date as the table, so the table is named.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-mythos-preview', max_tokens: 1024, messages: [] });
await client.messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });`,
        filename: newer.sourceFile,
        output: null,
        errors: [
          {
            messageId: 'deprecatedOverdue',
            data: {
              id: 'claude-mythos-preview',
              name: 'Claude Mythos Preview',
              date: '2026-06-30',
              replacement: "'claude-mythos-5'",
              source: sdk('1.16.0'),
            },
            line: 3,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-mythos-5' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-mythos-5', max_tokens: 1024, messages: [] });
await client.messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
          { messageId: 'deprecated', data: { id: 'claude-opus-4-5', ...OPUS_4_5 }, line: 4, column: 39, suggestions: [] },
        ],
      },
      {
        // An older SDK still deprecates what the table calls legacy (deprecations are not undone)
        code: `import Anthropic from '@anthropic-ai/sdk';
await new Anthropic().messages.create({ model: 'claude-haiku-4-5-20251001', max_tokens: 1024, messages: [] });`,
        filename: older.sourceFile,
        output: null,
        errors: [
          {
            messageId: 'deprecated',
            data: {
              id: 'claude-haiku-4-5-20251001',
              name: 'Claude Haiku 4.5',
              date: '2027-02-01',
              replacement: 'a newer model',
              source: sdk('0.137.0'),
            },
            line: 2,
            column: 48,
            suggestions: [],
          },
        ],
      },
      {
        // Without the SDK's data (unreadable), the table: Mythos Preview stays undated
        code: `import Anthropic from '@anthropic-ai/sdk';
await new Anthropic().messages.create({ model: 'claude-mythos-preview', max_tokens: 1024, messages: [] });`,
        filename: odd.sourceFile,
        output: null,
        errors: [
          {
            messageId: 'deprecatedNoDate',
            data: { id: 'claude-mythos-preview', ...MYTHOS_PREVIEW },
            line: 2,
            column: 48,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-mythos-5' },
                output: `import Anthropic from '@anthropic-ai/sdk';
await new Anthropic().messages.create({ model: 'claude-mythos-5', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
    ],
  });
});
