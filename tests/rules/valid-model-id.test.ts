import { afterAll, beforeAll, describe, vi } from 'vitest';
import rule from '../../src/rules/valid-model-id.js';
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

/**
 * The platforms Anthropic operates take the Claude API's spelling, so a Bedrock ID sent through
 * their clients is wrong; the message names the platform the request goes to.
 */
const ANTHROPIC_OPERATED = [
  { module: '@anthropic-ai/foundry-sdk', client: 'AnthropicFoundry', platform: 'Microsoft Foundry' },
  { module: '@anthropic-ai/aws-sdk', client: 'AnthropicAws', platform: 'Claude Platform on AWS' },
  { module: '@anthropic-ai/google-cloud-sdk', client: 'AnthropicGoogleCloud', platform: 'Claude on Google Cloud' },
];

function anthropicOperatedCase({ module, client, platform }: (typeof ANTHROPIC_OPERATED)[number]) {
  const code = (model: string): string => `import { ${client} } from '${module}';
const client = new ${client}();
await client.messages.create({ model: '${model}', max_tokens: 1024, messages: [] });`;
  return {
    code: code('anthropic.claude-opus-4-7'),
    output: null,
    errors: [
      {
        messageId: 'wrongProviderWithId' as const,
        data: { id: 'anthropic.claude-opus-4-7', shape: 'Amazon Bedrock', platform, expected: 'claude-opus-4-7' },
        line: 3,
        column: 39,
        suggestions: [{ messageId: 'replaceWith' as const, data: { id: 'claude-opus-4-7' }, output: code('claude-opus-4-7') }],
      },
    ],
  };
}

describe('on 2026-12-01: claude-opus-4-5 deprecated, claude-sonnet-4-5 retired', () => {
  pinClock('2026-12-01T12:00:00Z');

  ruleTester.run('valid-model-id', rule, {
    valid: [
      // Current first-party IDs, canonical and dated alias
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
await client.messages.create({ model: 'claude-fable-5-2', max_tokens: 1024, messages: [] });
await client.messages.create({ model: 'claude-haiku-4-5-20251001', max_tokens: 1024, messages: [] });`,
      // Deprecated but still served: that is no-deprecated-model's business, not a 404
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });`,
      // Retired on the Claude API, but Bedrock and Vertex set their own schedules: no finding there
      `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const bedrock = new AnthropicBedrock();
const vertex = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
await bedrock.messages.create({ model: 'us.anthropic.claude-3-5-sonnet-20241022-v2:0', max_tokens: 1024, messages: [] });
await bedrock.messages.create({ model: 'anthropic.claude-opus-4-20250514-v1:0', max_tokens: 1024, messages: [] });
await vertex.messages.create({ model: 'claude-3-haiku@20240307', max_tokens: 1024, messages: [] });
await vertex.messages.create({ model: 'claude-opus-4-1@20250805', max_tokens: 1024, messages: [] });`,
      // The same through a client the file does not build: the spelling says which platform
      `import { llm } from './llm';
await llm.messages.create({ model: 'eu.anthropic.claude-sonnet-4-20250514-v1:0', max_tokens: 1024, messages: [] });
await llm.messages.create({ model: 'claude-3-5-haiku@20241022', max_tokens: 1024, messages: [] });`,
      // Model from the environment
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: process.env.CLAUDE_MODEL!, max_tokens: 1024, messages: [] });`,
      // Model from a function call
      `import Anthropic from '@anthropic-ai/sdk';
import { pickModel } from './config';
const client = new Anthropic();
await client.messages.create({ model: pickModel(), max_tokens: 1024, messages: [] });`,
      // An unknown spread after `model` may override it
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function ask(overrides: object) {
  return client.messages.create({ model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [], ...overrides });
}`,
      // A payload that is not statically known
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function ask(params: Anthropic.MessageCreateParams) {
  return client.messages.create(params);
}`,
      // A const payload that is changed before the call
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const params = { model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] };
params.model = 'claude-sonnet-4-6';
await client.messages.create(params);`,
      // A `let` that is reassigned is not statically known
      `import Anthropic from '@anthropic-ai/sdk';
import { fallbackModel } from './config';
const client = new Anthropic();
let model = 'claude-sonnet-4.6';
model = fallbackModel();
await client.messages.create({ model, max_tokens: 1024, messages: [] });`,
      // An unknown client without a Claude model ID
      `import { llm } from './llm';
await llm.messages.create({ model: 'gpt-4o', max_tokens: 1024, messages: [] });`,
      // Twilio's messages.create
      `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
await client.messages.create({ body: 'Your code is 1234', from: '+15017122661', to: '+15558675310' });`,
      // Prisma's message.create
      `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
await prisma.message.create({ data: { model: 'claude-sonnet-4.6', body: 'hi' } });`,
      // OpenAI Assistants threads
      `import OpenAI from 'openai';
const openai = new OpenAI();
await openai.beta.threads.messages.create(threadId, { role: 'user', content: 'Hello' });`,
      // Bedrock IDs: cross-region prefix, dated legacy form, Messages-API form, `-v1` form
      `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', max_tokens: 1024, messages: [] });
await bedrock.messages.create({ model: 'anthropic.claude-opus-4-7', max_tokens: 1024, messages: [] });
await bedrock.messages.create({ model: 'global.anthropic.claude-opus-4-8', max_tokens: 1024, messages: [] });
await bedrock.messages.create({ model: 'anthropic.claude-opus-4-6-v1', max_tokens: 1024, messages: [] });`,
      // Bedrock: an ARN, an application inference profile, an ID the table does not know
      `import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock({ awsRegion: 'us-east-1' });
await bedrock.messages.create({
  model: 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-5-20250929-v1:0',
  max_tokens: 1024,
  messages: [],
});
await bedrock.messages.create({
  model: 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6',
  max_tokens: 1024,
  messages: [],
});
await bedrock.messages.create({ model: 'us.anthropic.claude-opus-6-v1:0', max_tokens: 1024, messages: [] });`,
      // Vertex: dated `name@date` form and bare 4.6+ IDs
      `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
await vertex.messages.create({ model: 'claude-sonnet-4-5@20250929', max_tokens: 1024, messages: [] });
await vertex.messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, messages: [] });`,
      // A 4.5 generation's dateless name on Vertex: Google's model cards list the name as the
      // latest version and the AI SDK's examples send it, so no source proves a 404.
      `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
await vertex.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1024, messages: [] });`,
      // The same client re-exported by the app's own module is still Vertex: no first-party retirement applies.
      `import { AnthropicVertex } from './lib/clients';
const vertex = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
await vertex.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });`,
      // Foundry takes first-party IDs
      `import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';
const foundry = new AnthropicFoundry();
await foundry.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });`,
      // A gateway (baseURL) may map other names
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ baseURL: 'https://llm-gateway.internal/anthropic' });
await client.messages.create({ model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] });`,
      // Client options that are not statically known may hold a baseURL
      `import Anthropic from '@anthropic-ai/sdk';
import { clientOptions } from './config';
const client = new Anthropic(clientOptions);
await client.messages.create({ model: 'claude-house-model', max_tokens: 1024, messages: [] });`,
      // The allow option
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-house-model', max_tokens: 1024, messages: [] });`,
        options: [{ allow: ['claude-house-model'] }],
      },
      // A model the user adds in settings
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-6', max_tokens: 1024, messages: [] });`,
        settings: { 'claude-api': { apiVersion: '2023-06-01', models: [{ id: 'claude-opus-6' }] } },
      },
    ],
    invalid: [
      {
        // The fallback of `??` is sent whenever the variable is missing.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: process.env.MODEL ?? 'claude-opus-4.6', max_tokens: 1024, messages: [] });`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: process.env.MODEL ?? 'claude-opus-4-6', max_tokens: 1024, messages: [] });`,
        errors: [
          {
            messageId: 'dotted',
            data: { id: 'claude-opus-4.6', fixed: 'claude-opus-4-6' },
            line: 3,
            column: 60,
            suggestions: [],
          },
        ],
      },
      {
        // A dated 4.6+ ID on Vertex is a date-suffix mistake, not a platform one.
        code: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex({ projectId: 'p', region: 'us-east5' });
await vertex.messages.create({ model: 'claude-opus-4-6-20260205', max_tokens: 1024, messages: [] });`,
        output: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex({ projectId: 'p', region: 'us-east5' });
await vertex.messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, messages: [] });`,
        errors: [
          {
            messageId: 'dateSuffix',
            data: { id: 'claude-opus-4-6-20260205', base: 'claude-opus-4-6' },
            line: 3,
            column: 39,
            suggestions: [],
          },
        ],
      },
      {
        // Vertex spells the 4.5 generation's snapshots as name@date, never with the Claude API's -date.
        code: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex({ projectId: 'p', region: 'us-east5' });
await vertex.messages.create({ model: 'claude-haiku-4-5-20251001', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'wrongProviderWithId',
            data: {
              id: 'claude-haiku-4-5-20251001',
              shape: 'the Claude API',
              platform: 'Google Vertex AI',
              expected: 'claude-haiku-4-5@20251001',
            },
            line: 3,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-haiku-4-5@20251001' },
                output: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex({ projectId: 'p', region: 'us-east5' });
await vertex.messages.create({ model: 'claude-haiku-4-5@20251001', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      // ---------------------------------------------------------------- one per messageId
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] });`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
        errors: [
          {
            messageId: 'dotted',
            data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' },
            line: 3,
            column: 39,
            endLine: 3,
            endColumn: 58,
            suggestions: [],
          },
        ],
      },
      {
        // The hyphenated form names a retired model: no fix
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4.1', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [{ messageId: 'dottedNoFix', data: { id: 'claude-opus-4.1' }, line: 3, column: 39, suggestions: [] }],
      },
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-6-20260205', max_tokens: 1024, messages: [] });`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, messages: [] });`,
        errors: [
          {
            messageId: 'dateSuffix',
            data: { id: 'claude-opus-4-6-20260205', base: 'claude-opus-4-6' },
            line: 3,
            column: 39,
            suggestions: [],
          },
        ],
      },
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-unicorn-9', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-9' }, line: 3, column: 39, suggestions: [] }],
      },
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonet-4-6', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'unknownNear',
            data: { id: 'claude-sonet-4-6', nearest: 'claude-sonnet-4-6' },
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
        // A dated ID of a model that has dated snapshots, with the wrong date
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-haiku-4-5-20251101', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'unknownNear',
            data: { id: 'claude-haiku-4-5-20251101', nearest: 'claude-haiku-4-5-20251001' },
            line: 3,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-haiku-4-5-20251001' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-haiku-4-5-20251001', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-3-5-sonnet-20241022', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'retired',
            data: {
              id: 'claude-3-5-sonnet-20241022',
              name: 'Claude Sonnet 3.5',
              date: '2025-10-28',
              replacement: "'claude-sonnet-4-6'",
              source: TABLE,
            },
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
        // The tool runner sends its model with every turn (trial 6: the SDK's own example).
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const message = await client.beta.messages.toolRunner({
  model: 'claude-3-5-sonnet-latest',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'What is the weather in SF?' }],
  tools: [betaTool({ name: 'getWeather', inputSchema, run: ({ location }) => \`Foggy in \${location}\` })],
  max_iterations: 10,
});`,
        output: null,
        errors: [
          {
            messageId: 'retired',
            data: {
              id: 'claude-3-5-sonnet-latest',
              name: 'Claude Sonnet 3.5',
              date: '2025-10-28',
              replacement: "'claude-sonnet-4-6'",
              source: TABLE,
            },
            line: 4,
            column: 10,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const message = await client.beta.messages.toolRunner({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'What is the weather in SF?' }],
  tools: [betaTool({ name: 'getWeather', inputSchema, run: ({ location }) => \`Foggy in \${location}\` })],
  max_iterations: 10,
});`,
              },
            ],
          },
        ],
      },
      {
        // An old dotted ID that really existed is retired, not misspelled
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-2.1', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'retired',
            data: { id: 'claude-2.1', name: 'Claude 2.1', date: '2025-07-21', replacement: "'claude-sonnet-4-6'", source: TABLE },
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
        // Retired on Bedrock by a Bedrock schedule (from settings): no suggestion (its region prefix and endpoint form cannot be carried over)
        code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'us.anthropic.claude-3-5-sonnet-20241022-v2:0', max_tokens: 1024, messages: [] });`,
        settings: {
          'claude-api': {
            apiVersion: '2023-06-01',
            models: [
              {
                id: 'claude-3-5-sonnet-20241022',
                bedrockLifecycle: { status: 'retired', retiredOn: '2026-03-01', replacement: 'claude-sonnet-4-6' },
              },
            ],
          },
        },
        output: null,
        errors: [
          {
            messageId: 'retired',
            data: {
              id: 'us.anthropic.claude-3-5-sonnet-20241022-v2:0',
              name: 'Claude Sonnet 3.5',
              date: '2026-03-01',
              replacement: "'claude-sonnet-4-6'",
              source: "Amazon Bedrock dates in settings['claude-api'].models",
            },
            line: 3,
            column: 40,
            suggestions: [],
          },
        ],
      },
      {
        // A first-party ID of a model retired on the Claude API, on Bedrock: the first-party date
        // does not apply there, the spelling is still wrong
        code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'claude-3-5-sonnet-20241022', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'wrongProviderWithId',
            data: {
              id: 'claude-3-5-sonnet-20241022',
              shape: 'the Claude API',
              platform: 'Amazon Bedrock',
              expected: 'anthropic.claude-3-5-sonnet-20241022-v2:0',
            },
            line: 3,
            column: 40,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'anthropic.claude-3-5-sonnet-20241022-v2:0' },
                output: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'anthropic.claude-3-5-sonnet-20241022-v2:0', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        // Retired on Vertex by a Vertex schedule (from settings): the replacement in Vertex's dated spelling
        code: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex();
await vertex.messages.create({ model: 'claude-3-haiku@20240307', max_tokens: 1024, messages: [] });`,
        settings: {
          'claude-api': {
            apiVersion: '2023-06-01',
            models: [
              {
                id: 'claude-3-haiku-20240307',
                vertexLifecycle: { status: 'retired', retiredOn: '2026-04-19', replacement: 'claude-haiku-4-5' },
              },
            ],
          },
        },
        output: null,
        errors: [
          {
            messageId: 'retired',
            data: {
              id: 'claude-3-haiku@20240307',
              name: 'Claude Haiku 3',
              date: '2026-04-19',
              replacement: "'claude-haiku-4-5'",
              source: "Google Vertex AI dates in settings['claude-api'].models",
            },
            line: 3,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-haiku-4-5@20251001' },
                output: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex();
await vertex.messages.create({ model: 'claude-haiku-4-5@20251001', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'wrongProviderWithId',
            data: {
              id: 'claude-sonnet-4-6',
              shape: 'the Claude API',
              platform: 'Amazon Bedrock',
              expected: 'anthropic.claude-sonnet-4-6',
            },
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
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'us.anthropic.claude-opus-4-7', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'wrongProviderWithId',
            data: {
              id: 'us.anthropic.claude-opus-4-7',
              shape: 'Amazon Bedrock',
              platform: 'the Claude API',
              expected: 'claude-opus-4-7',
            },
            line: 3,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-opus-4-7' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-5@20251101', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'wrongProviderWithId',
            data: {
              id: 'claude-opus-4-5@20251101',
              shape: 'Google Vertex AI',
              platform: 'the Claude API',
              expected: 'claude-opus-4-5',
            },
            line: 3,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-opus-4-5' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        // Vertex takes dated snapshots only as `name@date`
        code: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex();
await vertex.messages.create({ model: 'claude-sonnet-4-5-20250929', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'wrongProviderWithId',
            data: {
              id: 'claude-sonnet-4-5-20250929',
              shape: 'the Claude API',
              platform: 'Google Vertex AI',
              expected: 'claude-sonnet-4-5@20250929',
            },
            line: 3,
            column: 39,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-5@20250929' },
                output: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const vertex = new AnthropicVertex();
await vertex.messages.create({ model: 'claude-sonnet-4-5@20250929', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      ...ANTHROPIC_OPERATED.map(anthropicOperatedCase),
      {
        // The table has no Bedrock spelling of this model
        code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'claude-mythos-5-2', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'wrongProvider',
            data: { id: 'claude-mythos-5-2', shape: 'the Claude API', platform: 'Amazon Bedrock' },
            line: 3,
            column: 40,
            suggestions: [],
          },
        ],
      },
      {
        // A Bedrock-shaped ID the table does not know, sent to the Claude API
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'us.anthropic.claude-opus-6-v1:0', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'wrongProvider',
            data: { id: 'us.anthropic.claude-opus-6-v1:0', shape: 'Amazon Bedrock', platform: 'the Claude API' },
            line: 3,
            column: 39,
            suggestions: [],
          },
        ],
      },
      {
        // A baseURL-free options object is still the Claude API
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY, maxRetries: 3 });
await client.messages.create({ model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] });`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY, maxRetries: 3 });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 3, column: 39, suggestions: [] },
        ],
      },
      {
        // allow exempts only the listed IDs
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-house-model', max_tokens: 1024, messages: [] });
await client.messages.create({ model: 'claude-opus-4.8', max_tokens: 1024, messages: [] });`,
        options: [{ allow: ['claude-house-model'] }],
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-house-model', max_tokens: 1024, messages: [] });
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });`,
        errors: [{ messageId: 'dotted', data: { id: 'claude-opus-4.8', fixed: 'claude-opus-4-8' }, line: 4, column: 39, suggestions: [] }],
      },

      // ---------------------------------------------------------------- call shapes
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = client.messages.stream({ model: 'claude-opus-4.8', max_tokens: 1024, messages: [] });
const parsed = await client.messages.parse({ model: 'claude-opus-4.7', max_tokens: 1024, messages: [] });
const count = await client.messages.countTokens({ model: 'claude-sonnet-4.6', messages: [] });`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = client.messages.stream({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
const parsed = await client.messages.parse({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [] });
const count = await client.messages.countTokens({ model: 'claude-sonnet-4-6', messages: [] });`,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-opus-4.8', fixed: 'claude-opus-4-8' }, line: 3, column: 48, suggestions: [] },
          { messageId: 'dotted', data: { id: 'claude-opus-4.7', fixed: 'claude-opus-4-7' }, line: 4, column: 53, suggestions: [] },
          { messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 5, column: 58, suggestions: [] },
        ],
      },
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.beta.messages.create({ model: 'claude-opus-4.8', max_tokens: 1024, messages: [], betas: ['context-management-2025-06-27'] });
await client.beta.messages.countTokens({ model: 'claude-opus-4.8', messages: [] });`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.beta.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [], betas: ['context-management-2025-06-27'] });
await client.beta.messages.countTokens({ model: 'claude-opus-4-8', messages: [] });`,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-opus-4.8', fixed: 'claude-opus-4-8' }, line: 3, column: 44, suggestions: [] },
          { messageId: 'dotted', data: { id: 'claude-opus-4.8', fixed: 'claude-opus-4-8' }, line: 4, column: 49, suggestions: [] },
        ],
      },
      {
        // Every requests[].params of a batch
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] } },
    { custom_id: 'b', params: { model: 'claude-3-opus-20240229', max_tokens: 1024, messages: [] } },
  ],
});`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] } },
    { custom_id: 'b', params: { model: 'claude-3-opus-20240229', max_tokens: 1024, messages: [] } },
  ],
});`,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 5, column: 40, suggestions: [] },
          {
            messageId: 'retired',
            data: {
              id: 'claude-3-opus-20240229',
              name: 'Claude Opus 3',
              date: '2026-01-05',
              replacement: "'claude-opus-4-8'",
              source: TABLE,
            },
            line: 6,
            column: 40,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-opus-4-8' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] } },
    { custom_id: 'b', params: { model: 'claude-opus-4-8', max_tokens: 1024, messages: [] } },
  ],
});`,
              },
            ],
          },
        ],
      },
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.beta.messages.batches.create({
  requests: [{ custom_id: 'a', params: { model: 'claude-opus-4.8', max_tokens: 1024, messages: [] } }],
});`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.beta.messages.batches.create({
  requests: [{ custom_id: 'a', params: { model: 'claude-opus-4-8', max_tokens: 1024, messages: [] } }],
});`,
        errors: [{ messageId: 'dotted', data: { id: 'claude-opus-4.8', fixed: 'claude-opus-4-8' }, line: 4, column: 49, suggestions: [] }],
      },
      {
        // A client in a class field
        code: `import Anthropic from '@anthropic-ai/sdk';
export class Summarizer {
  private client = new Anthropic();
  run(text: string) {
    return this.client.messages.create({ model: 'claude-haiku-4.5', max_tokens: 512, messages: [{ role: 'user', content: text }] });
  }
}`,
        output: `import Anthropic from '@anthropic-ai/sdk';
export class Summarizer {
  private client = new Anthropic();
  run(text: string) {
    return this.client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 512, messages: [{ role: 'user', content: text }] });
  }
}`,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-haiku-4.5', fixed: 'claude-haiku-4-5' }, line: 5, column: 49, suggestions: [] },
        ],
      },
      {
        // `this.client` assigned in the constructor, Bedrock: the client kind decides the spelling
        code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
export class Summarizer {
  private readonly client: AnthropicBedrock;
  constructor() {
    this.client = new AnthropicBedrock();
  }
  run() {
    return this.client.messages.create({ model: 'claude-opus-4-7', max_tokens: 512, messages: [] });
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'wrongProviderWithId',
            data: { id: 'claude-opus-4-7', shape: 'the Claude API', platform: 'Amazon Bedrock', expected: 'anthropic.claude-opus-4-7' },
            line: 8,
            column: 49,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'anthropic.claude-opus-4-7' },
                output: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
export class Summarizer {
  private readonly client: AnthropicBedrock;
  constructor() {
    this.client = new AnthropicBedrock();
  }
  run() {
    return this.client.messages.create({ model: 'anthropic.claude-opus-4-7', max_tokens: 512, messages: [] });
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
export async function summarize(client: Anthropic, text: string) {
  return client.messages.create({ model: 'claude-opus-4.8', max_tokens: 512, messages: [{ role: 'user', content: text }] });
}`,
        output: `import Anthropic from '@anthropic-ai/sdk';
export async function summarize(client: Anthropic, text: string) {
  return client.messages.create({ model: 'claude-opus-4-8', max_tokens: 512, messages: [{ role: 'user', content: text }] });
}`,
        errors: [{ messageId: 'dotted', data: { id: 'claude-opus-4.8', fixed: 'claude-opus-4-8' }, line: 3, column: 42, suggestions: [] }],
      },
      {
        // require()
        code: `const Anthropic = require('@anthropic-ai/sdk');
const client = new Anthropic();
client.messages.create({ model: 'claude-opus-4.8', max_tokens: 1024, messages: [] });`,
        output: `const Anthropic = require('@anthropic-ai/sdk');
const client = new Anthropic();
client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });`,
        errors: [{ messageId: 'dotted', data: { id: 'claude-opus-4.8', fixed: 'claude-opus-4-8' }, line: 3, column: 33, suggestions: [] }],
      },
      {
        // Destructured require() of the Bedrock package: the client kind survives
        code: `const { AnthropicBedrock } = require('@anthropic-ai/bedrock-sdk');
const bedrock = new AnthropicBedrock();
bedrock.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'wrongProviderWithId',
            data: { id: 'claude-opus-4-8', shape: 'the Claude API', platform: 'Amazon Bedrock', expected: 'anthropic.claude-opus-4-8' },
            line: 3,
            column: 34,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'anthropic.claude-opus-4-8' },
                output: `const { AnthropicBedrock } = require('@anthropic-ai/bedrock-sdk');
const bedrock = new AnthropicBedrock();
bedrock.messages.create({ model: 'anthropic.claude-opus-4-8', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
      {
        // import * as sdk
        code: `import * as sdk from '@anthropic-ai/sdk';
const client = new sdk.Anthropic();
await client.messages.create({ model: 'claude-opus-4.8', max_tokens: 1024, messages: [] });`,
        output: `import * as sdk from '@anthropic-ai/sdk';
const client = new sdk.Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });`,
        errors: [{ messageId: 'dotted', data: { id: 'claude-opus-4.8', fixed: 'claude-opus-4-8' }, line: 3, column: 39, suggestions: [] }],
      },
      {
        // const { messages } = client
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const { messages } = client;
await messages.create({ model: 'claude-opus-4.8', max_tokens: 1024, messages: [] });`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const { messages } = client;
await messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });`,
        errors: [{ messageId: 'dotted', data: { id: 'claude-opus-4.8', fixed: 'claude-opus-4-8' }, line: 4, column: 32, suggestions: [] }],
      },
      {
        // A const model: reported (and fixed) where it is written
        code: `import Anthropic from '@anthropic-ai/sdk';
const MODEL = 'claude-sonnet-4.6';
const client = new Anthropic();
await client.messages.create({ model: MODEL, max_tokens: 1024, messages: [] });`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const MODEL = 'claude-sonnet-4-6';
const client = new Anthropic();
await client.messages.create({ model: MODEL, max_tokens: 1024, messages: [] });`,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 2, column: 15, suggestions: [] },
        ],
      },
      {
        // A const payload used by two requests: one report
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const params = { model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] };
await client.messages.create(params);
await client.messages.countTokens(params);`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const params = { model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] };
await client.messages.create(params);
await client.messages.countTokens(params);`,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 3, column: 25, suggestions: [] },
        ],
      },
      {
        // A spread of a const
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const defaults = { model: 'claude-sonnet-4.6', max_tokens: 1024 };
await client.messages.create({ ...defaults, messages: [] });`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const defaults = { model: 'claude-sonnet-4-6', max_tokens: 1024 };
await client.messages.create({ ...defaults, messages: [] });`,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 3, column: 27, suggestions: [] },
        ],
      },
      {
        // An unknown spread before `model` does not hide it
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(defaults: object) {
  return client.messages.create({ ...defaults, model: 'claude-sonnet-4.6', messages: [] });
}`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(defaults: object) {
  return client.messages.create({ ...defaults, model: 'claude-sonnet-4-6', messages: [] });
}`,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 4, column: 55, suggestions: [] },
        ],
      },
      {
        // `as const` and `satisfies`
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const MODEL = 'claude-sonnet-4.6' as const;
const params = { model: MODEL, max_tokens: 1024, messages: [] } satisfies Anthropic.MessageCreateParams;
await client.messages.create(params);
await client.messages.create({ model: 'claude-opus-4.8' as Anthropic.Model, max_tokens: 1024, messages: [] });`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const MODEL = 'claude-sonnet-4-6' as const;
const params = { model: MODEL, max_tokens: 1024, messages: [] } satisfies Anthropic.MessageCreateParams;
await client.messages.create(params);
await client.messages.create({ model: 'claude-opus-4-8' as Anthropic.Model, max_tokens: 1024, messages: [] });`,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 3, column: 15, suggestions: [] },
          { messageId: 'dotted', data: { id: 'claude-opus-4.8', fixed: 'claude-opus-4-8' }, line: 6, column: 39, suggestions: [] },
        ],
      },
      {
        // A template literal without expressions keeps its backticks
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: \`claude-sonnet-4.6\`, max_tokens: 1024, messages: [] });`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: \`claude-sonnet-4-6\`, max_tokens: 1024, messages: [] });`,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 3, column: 39, suggestions: [] },
        ],
      },
      {
        // A template literal with a constant expression: reported, but not rewritten
        code: `import Anthropic from '@anthropic-ai/sdk';
const VERSION = '4.6';
const client = new Anthropic();
await client.messages.create({ model: \`claude-sonnet-\${VERSION}\`, max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 4, column: 39, suggestions: [] },
        ],
      },
      {
        // Both branches of a ternary
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(fast: boolean) {
  return client.messages.create({ model: fast ? 'claude-haiku-4.5' : 'claude-sonet-4-6', max_tokens: 1024, messages: [] });
}`,
        output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(fast: boolean) {
  return client.messages.create({ model: fast ? 'claude-haiku-4-5' : 'claude-sonet-4-6', max_tokens: 1024, messages: [] });
}`,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-haiku-4.5', fixed: 'claude-haiku-4-5' }, line: 4, column: 49, suggestions: [] },
          {
            messageId: 'unknownNear',
            data: { id: 'claude-sonet-4-6', nearest: 'claude-sonnet-4-6' },
            line: 4,
            column: 70,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export function ask(fast: boolean) {
  return client.messages.create({ model: fast ? 'claude-haiku-4.5' : 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });
}`,
              },
            ],
          },
        ],
      },
      {
        // A client imported from another module: a Request only by its claude- model, any platform's spelling is fine
        code: `import { anthropic } from './clients';
await anthropic.messages.create({ model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] });
await anthropic.messages.create({ model: 'anthropic.claude-opus-4-7', max_tokens: 1024, messages: [] });
await anthropic.messages.create({ model: 'claude-3-7-sonnet-latest', max_tokens: 1024, messages: [] });`,
        output: `import { anthropic } from './clients';
await anthropic.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });
await anthropic.messages.create({ model: 'anthropic.claude-opus-4-7', max_tokens: 1024, messages: [] });
await anthropic.messages.create({ model: 'claude-3-7-sonnet-latest', max_tokens: 1024, messages: [] });`,
        errors: [
          { messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 2, column: 42, suggestions: [] },
          {
            messageId: 'retired',
            data: {
              id: 'claude-3-7-sonnet-latest',
              name: 'Claude Sonnet 3.7',
              date: '2026-02-19',
              replacement: "'claude-sonnet-4-6'",
              source: TABLE,
            },
            line: 4,
            column: 42,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import { anthropic } from './clients';
await anthropic.messages.create({ model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] });
await anthropic.messages.create({ model: 'anthropic.claude-opus-4-7', max_tokens: 1024, messages: [] });
await anthropic.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('on 2027-02-01: claude-sonnet-4-5 retired, claude-opus-4-5 past its end of life', () => {
  pinClock('2027-02-01T00:00:00Z');

  ruleTester.run('valid-model-id', rule, {
    valid: [
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
      // An end-of-life date from the SDK alone does not prove a 404 (no-deprecated-model says it is overdue)
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-5', max_tokens: 1024, messages: [] });`,
      // Nor does Bedrock's end of life for Opus 4.1 (UNVERIFIED against AWS)
      `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'us.anthropic.claude-opus-4-1-20250805-v1:0', max_tokens: 1024, messages: [] });`,
      // Bedrock sets its own schedule for Sonnet 4.5
      `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const bedrock = new AnthropicBedrock();
await bedrock.messages.create({ model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', max_tokens: 1024, messages: [] });`,
    ],
    invalid: [
      {
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [
          {
            messageId: 'retired',
            data: {
              id: 'claude-sonnet-4-5',
              name: 'Claude Sonnet 4.5',
              date: '2026-11-30',
              replacement: "'claude-sonnet-4-6'",
              source: TABLE,
            },
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
        // The hyphenated form is retired now, so no fix to it
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-4.5', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [{ messageId: 'dottedNoFix', data: { id: 'claude-sonnet-4.5' }, line: 3, column: 39, suggestions: [] }],
      },
    ],
  });
});

describe('the installed @anthropic-ai/sdk as a live source (on 2026-12-01)', () => {
  pinClock('2026-12-01T12:00:00Z');
  // A release newer than the table: it lists a model the table lacks, and dates Opus 4.6 in the past.
  const newer = makeSdkFixture('1.16.0', { 'claude-opus-4-6': 'November 1st, 2026' }, 'data', {
    'resources/messages/messages.d.ts': "export type Model = 'claude-nova-1' | 'claude-opus-4-6' | (string & {});\n",
  });
  // An older release whose map still has a model the table knows to be retired.
  const older = makeSdkFixture('0.104.2', { 'claude-opus-4-1': 'August 5th, 2026' }, 'inline');
  afterAll(() => {
    newer.remove();
    older.remove();
  });

  ruleTester.run('valid-model-id', rule, {
    valid: [
      {
        // A model the installed SDK lists exists, even when the table does not know it yet
        code: `import Anthropic from '@anthropic-ai/sdk';
await new Anthropic().messages.create({ model: 'claude-nova-1', max_tokens: 1024, messages: [] });`,
        filename: newer.sourceFile,
      },
      {
        // A past end-of-life date from the SDK alone is not a 404 (no-deprecated-model reports it as overdue)
        code: `import Anthropic from '@anthropic-ai/sdk';
await new Anthropic().messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, messages: [] });`,
        filename: newer.sourceFile,
      },
    ],
    invalid: [
      {
        // Without that SDK, the same ID is unknown
        code: `import Anthropic from '@anthropic-ai/sdk';
await new Anthropic().messages.create({ model: 'claude-nova-1', max_tokens: 1024, messages: [] });`,
        filename: older.sourceFile,
        output: null,
        errors: [{ messageId: 'unknown', data: { id: 'claude-nova-1' }, line: 2, column: 48, suggestions: [] }],
      },
      {
        // An older SDK's date does not undo the table's retirement; the table is named
        code: `import Anthropic from '@anthropic-ai/sdk';
await new Anthropic().messages.create({ model: 'claude-opus-4-1', max_tokens: 1024, messages: [] });`,
        filename: older.sourceFile,
        output: null,
        errors: [
          {
            messageId: 'retired',
            data: { id: 'claude-opus-4-1', name: 'Claude Opus 4.1', date: '2026-08-05', replacement: "'claude-opus-4-8'", source: TABLE },
            line: 2,
            column: 48,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-opus-4-8' },
                output: `import Anthropic from '@anthropic-ai/sdk';
await new Anthropic().messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });`,
              },
            ],
          },
        ],
      },
    ],
  });
});
