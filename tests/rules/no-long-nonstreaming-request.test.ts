import { describe, expect, it } from 'vitest';
import {
  MODEL_NONSTREAMING_TOKENS,
  NONSTREAMING_TOKEN_LIMIT,
  modelNonstreamingTokens,
  sdkRequiresStreaming,
} from '../../src/facts/sdk-limits.js';
import rule from '../../src/rules/no-long-nonstreaming-request.js';
import { createRuleTester } from '../rule-tester.js';

describe('the SDK non-streaming guard', () => {
  it('allows 21,333 and refuses 21,334 for any model', () => {
    expect(NONSTREAMING_TOKEN_LIMIT).toBe(21_333);
    expect(sdkRequiresStreaming(21_333, undefined)).toBe(false);
    expect(sdkRequiresStreaming(21_334, undefined)).toBe(true);
    expect(sdkRequiresStreaming(21_333.5, undefined)).toBe(true);
    expect(sdkRequiresStreaming(128_000, 'claude-opus-4-8')).toBe(true);
  });

  it.each(Object.keys(MODEL_NONSTREAMING_TOKENS))('allows 8,192 and refuses 8,193 for %s', (model) => {
    expect(modelNonstreamingTokens(model)).toBe(8192);
    expect(sdkRequiresStreaming(8192, model)).toBe(false);
    expect(sdkRequiresStreaming(8193, model)).toBe(true);
  });

  it('matches model IDs exactly, as the SDK does', () => {
    expect(modelNonstreamingTokens('us.anthropic.claude-opus-4-1-20250805-v1:0')).toBeUndefined();
    expect(modelNonstreamingTokens('claude-opus-4-1')).toBeUndefined();
    expect(modelNonstreamingTokens('toString')).toBeUndefined();
    expect(sdkRequiresStreaming(16_000, 'claude-opus-4-1')).toBe(false);
  });
});

const ruleTester = createRuleTester();

const MESSAGE_DATA = { endpoint: 'messages.create', value: '32000', limit: '21333', model: '', streamEndpoint: 'messages.stream' };

ruleTester.run('no-long-nonstreaming-request', rule, {
  valid: [
    // At the limit.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 21333, messages: [] });`,
    // Streaming.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = client.messages.stream({ model: 'claude-opus-4-8', max_tokens: 128000, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const stream = await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 128000, stream: true, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.beta.messages.stream({ model: 'claude-opus-4-8', max_tokens: 128000, messages: [] }).finalMessage();`,
    // `stream` not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const streaming: boolean;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, stream: streaming, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const streaming: boolean;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, stream: streaming ? true : false, messages: [] });`,
    // A spread of unknown content may set stream: true.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const extra: { stream?: boolean };
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, ...extra, messages: [] });`,
    // A timeout on the call.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] }, { timeout: 30 * 60 * 1000 });`,
    // Request options not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const options: Anthropic.RequestOptions;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] }, options);`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const options: Anthropic.RequestOptions;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] }, { ...options, signal: undefined });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const rest: [Anthropic.RequestOptions];
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] }, ...rest);`,
    // A timeout on the client.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ timeout: 20 * 60 * 1000 });
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] });`,
    `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock({ awsRegion: 'us-east-1', timeout: 1_200_000 });
await client.messages.create({ model: 'us.anthropic.claude-opus-4-1-20250805-v1:0', max_tokens: 32000, messages: [] });`,
    // Client options not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
declare const config: Anthropic.ClientOptions;
const client = new Anthropic(config);
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
declare const config: Anthropic.ClientOptions;
const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY, ...config });
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] });`,
    // A client from elsewhere may have a timeout.
    `import { client } from './claude';
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
export async function ask(client: Anthropic) {
  return client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] });
}`,
    // A parameter default can be replaced by the caller.
    `import Anthropic from '@anthropic-ai/sdk';
const shared = new Anthropic();
export async function ask(client = shared) {
  return client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] });
}`,
    `import Anthropic from '@anthropic-ai/sdk';
export async function ask(client = new Anthropic()) {
  return client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] });
}`,
    // A client variable assigned again.
    `import Anthropic from '@anthropic-ai/sdk';
let client = new Anthropic();
if (process.env.SLOW) client = new Anthropic({ timeout: 3_600_000 });
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] });`,
    // withOptions() returns a client the finder does not follow.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic().withOptions({ timeout: 3_600_000 });
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] });`,
    // A class that also builds a client with a timeout.
    `import Anthropic from '@anthropic-ai/sdk';
class Writer {
  private client = new Anthropic();
  useLongTimeout() {
    this.client = new Anthropic({ timeout: 3_600_000 });
  }
  async write() {
    return this.client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] });
  }
}`,
    // max_tokens not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const maxTokens: number;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: maxTokens, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const overrides: Partial<Anthropic.MessageCreateParams>;
await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, ...overrides, messages: [] });`,
    // Not guarded by the SDK: token counting and batches.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.countTokens({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] } as any);`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.batches.create({ requests: [{ custom_id: 'a', params: { model: 'claude-opus-4-8', max_tokens: 64000, messages: [] } }] });`,
    // Model with a lower SDK limit, but within it; a cross-region Bedrock ID is not in the SDK's list.
    `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const client = new AnthropicVertex();
await client.messages.create({ model: 'claude-opus-4@20250514', max_tokens: 8192, messages: [] });`,
    `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
await client.messages.create({ model: 'us.anthropic.claude-opus-4-1-20250805-v1:0', max_tokens: 16000, messages: [] });`,
    // Both model and max_tokens vary: they may go together.
    `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const client = new AnthropicVertex();
declare const big: boolean;
await client.messages.create({ model: big ? 'claude-opus-4@20250514' : 'claude-sonnet-4-5@20250929', max_tokens: big ? 8000 : 16000, messages: [] });`,
    // Unknown client, no Claude model: not a Claude request.
    `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
await client.messages.create({ body: 'Your code is 1234', from: '+15550001111', to: '+15550002222' });`,
    `import { llm } from './llm';
await llm.messages.create({ model: 'gpt-4o', max_tokens: 64000, messages: [] });`,
  ],
  invalid: [
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const message = await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 32000, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'requiresStreaming',
          data: MESSAGE_DATA,
          line: 3,
          column: 39,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useStream',
              data: { streamEndpoint: 'messages.stream' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const message = await client.messages.stream({ model: 'claude-opus-4-8', max_tokens: 32000, messages: [] }).finalMessage();`,
            },
          ],
        },
      ],
    },
    // Just above the limit; options given but without a timeout; stream: false.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY, maxRetries: 4 });
const controller = new AbortController();
const message = await client.messages.create(
  { model: 'claude-sonnet-4-6', max_tokens: 21334, stream: false, messages: [{ role: 'user', content: 'Hi' }] },
  { signal: controller.signal, timeout: undefined },
);`,
      output: null,
      errors: [
        {
          messageId: 'requiresStreaming',
          data: { ...MESSAGE_DATA, value: '21334' },
          line: 4,
          column: 39,
          suggestions: [
            {
              messageId: 'useStream',
              data: { streamEndpoint: 'messages.stream' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY, maxRetries: 4 });
const controller = new AbortController();
const message = await client.messages.stream(
  { model: 'claude-sonnet-4-6', max_tokens: 21334, stream: false, messages: [{ role: 'user', content: 'Hi' }] },
  { signal: controller.signal, timeout: undefined },
).finalMessage();`,
            },
          ],
        },
      ],
    },
    // Not awaited directly: message only.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const pending = client.messages.create({ model: 'claude-opus-4-8', max_tokens: 32000, messages: [] });`,
      output: null,
      errors: [{ messageId: 'requiresStreaming', data: MESSAGE_DATA, line: 3, column: 33, suggestions: [] }],
    },
    // parse() is create() plus parsing: message only.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const parsed = await client.messages.parse({ model: 'claude-opus-4-8', max_tokens: 32000, messages: [] });`,
      output: null,
      errors: [
        { messageId: 'requiresStreaming', data: { ...MESSAGE_DATA, endpoint: 'messages.parse' }, line: 3, column: 38, suggestions: [] },
      ],
    },
    // Beta, through a const payload and a const resource.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const messages = client.beta.messages;
const MAX_OUTPUT = 64_000;
const params = { model: 'claude-opus-4-8', max_tokens: MAX_OUTPUT, betas: ['context-1m-2025-08-07'], messages: [] };
const message = await messages.create(params);`,
      output: null,
      errors: [
        {
          messageId: 'requiresStreaming',
          data: { ...MESSAGE_DATA, endpoint: 'beta.messages.create', value: '64000', streamEndpoint: 'beta.messages.stream' },
          line: 6,
          column: 32,
          suggestions: [
            {
              messageId: 'useStream',
              data: { streamEndpoint: 'beta.messages.stream' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const messages = client.beta.messages;
const MAX_OUTPUT = 64_000;
const params = { model: 'claude-opus-4-8', max_tokens: MAX_OUTPUT, betas: ['context-1m-2025-08-07'], messages: [] };
const message = await messages.stream(params).finalMessage();`,
            },
          ],
        },
      ],
    },
    // A branch of max_tokens above the limit.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const long: boolean;
const message = await client.messages.create({ model: 'claude-opus-4-8', max_tokens: long ? 64000 : 1024, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'requiresStreaming',
          data: { ...MESSAGE_DATA, value: '64000' },
          line: 4,
          column: 39,
          suggestions: [
            {
              messageId: 'useStream',
              data: { streamEndpoint: 'messages.stream' },
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const long: boolean;
const message = await client.messages.stream({ model: 'claude-opus-4-8', max_tokens: long ? 64000 : 1024, messages: [] }).finalMessage();`,
            },
          ],
        },
      ],
    },
    // The SDK's lower limit for Claude Opus 4 on Vertex.
    {
      code: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const client = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
const message = await client.messages.create({ model: 'claude-opus-4@20250514', max_tokens: 16000, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'requiresStreamingForModel',
          data: { ...MESSAGE_DATA, value: '16000', limit: '8192', model: 'claude-opus-4@20250514' },
          line: 3,
          column: 39,
          suggestions: [
            {
              messageId: 'useStream',
              data: { streamEndpoint: 'messages.stream' },
              output: `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const client = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project' });
const message = await client.messages.stream({ model: 'claude-opus-4@20250514', max_tokens: 16000, messages: [] }).finalMessage();`,
            },
          ],
        },
      ],
    },
    // One possible model has the lower limit, and max_tokens is a single value.
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
declare const best: boolean;
const pending = client.messages.create({
  model: best ? 'anthropic.claude-opus-4-1-20250805-v1:0' : 'anthropic.claude-sonnet-4-5-20250929-v1:0',
  max_tokens: 10000,
  messages: [],
});`,
      output: null,
      errors: [
        {
          messageId: 'requiresStreamingForModel',
          data: { ...MESSAGE_DATA, value: '10000', limit: '8192', model: 'anthropic.claude-opus-4-1-20250805-v1:0' },
          line: 4,
          column: 33,
          suggestions: [],
        },
      ],
    },
    // A class field client, the only client of the class.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
class Writer {
  private readonly client = new Anthropic({ maxRetries: 3 });
  write(topic: string) {
    return this.client.messages.create({ model: 'claude-opus-4-8', max_tokens: 100000, messages: [{ role: 'user', content: topic }] });
  }
}`,
      output: null,
      errors: [{ messageId: 'requiresStreaming', data: { ...MESSAGE_DATA, value: '100000' }, line: 5, column: 33, suggestions: [] }],
    },
    // Built in the constructor; `timeout: undefined` is no timeout.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
class Writer {
  constructor() {
    this.client = new Anthropic({ timeout: undefined });
  }
  async write() {
    return await this.client.beta.messages.create({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'requiresStreaming',
          data: { ...MESSAGE_DATA, endpoint: 'beta.messages.create', value: '64000', streamEndpoint: 'beta.messages.stream' },
          line: 7,
          column: 44,
          suggestions: [
            {
              messageId: 'useStream',
              data: { streamEndpoint: 'beta.messages.stream' },
              output: `import Anthropic from '@anthropic-ai/sdk';
class Writer {
  constructor() {
    this.client = new Anthropic({ timeout: undefined });
  }
  async write() {
    return await this.client.beta.messages.stream({ model: 'claude-opus-4-8', max_tokens: 64000, messages: [] }).finalMessage();
  }
}`,
            },
          ],
        },
      ],
    },
    // Built and called in one expression; require() of the SDK.
    {
      code: `const Anthropic = require('@anthropic-ai/sdk');
async function main() {
  const message = await new Anthropic().messages.create({ model: 'claude-opus-4-8', max_tokens: 50000, messages: [] });
}`,
      output: null,
      errors: [
        {
          messageId: 'requiresStreaming',
          data: { ...MESSAGE_DATA, value: '50000' },
          line: 3,
          column: 50,
          suggestions: [
            {
              messageId: 'useStream',
              data: { streamEndpoint: 'messages.stream' },
              output: `const Anthropic = require('@anthropic-ai/sdk');
async function main() {
  const message = await new Anthropic().messages.stream({ model: 'claude-opus-4-8', max_tokens: 50000, messages: [] }).finalMessage();
}`,
            },
          ],
        },
      ],
    },
  ],
});
