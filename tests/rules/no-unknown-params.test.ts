import { describe, expect, it } from 'vitest';
import { OPENAI_PARAMS, REQUEST_OPTIONS, REQUEST_PARAMS, isBetaOnly, paramsOf } from '../../src/facts/request-params.js';
import rule from '../../src/rules/no-unknown-params.js';
import { API_2026, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

/** The report data: the key, the endpoint (`messages.create` unless given) and the API's answer. */
function d(key: string, rest: Record<string, string> = {}): Record<string, string> {
  return { key, endpoint: 'messages.create', error: `${key}: Extra inputs are not permitted`, method: 'create', ...rest };
}

const STOP = '`stop_sequences` (an array of strings)';
const EFFORT = '`output_config: { effort }` (with `thinking`)';
const FORMAT = "`output_config: { format: { type: 'json_schema', schema } }`";
const IMPORT = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
`;

describe('request-params data', () => {
  it('lists each parameter once, with a source', () => {
    const names = REQUEST_PARAMS.map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
    for (const row of REQUEST_PARAMS) expect(row.source).not.toBe('');
  });

  it('takes on countTokens only parameters create takes too', () => {
    for (const beta of [false, true]) {
      const create = paramsOf({ countTokens: false, beta });
      for (const name of paramsOf({ countTokens: true, beta })) expect(create.has(name), name).toBe(true);
    }
  });

  it('has no OpenAI name or request option that is a Claude parameter', () => {
    const all = paramsOf({ countTokens: false, beta: true });
    for (const name of [...OPENAI_PARAMS.keys(), ...REQUEST_OPTIONS]) expect(all.has(name), name).toBe(false);
    for (const [name, param] of OPENAI_PARAMS) {
      if (param.kind === 'rename') expect(all.has(param.to), name).toBe(true);
    }
  });

  it('knows what is beta-only', () => {
    expect(isBetaOnly('betas', false)).toBe(true);
    expect(isBetaOnly('context_management', true)).toBe(true);
    expect(isBetaOnly('fallbacks', true)).toBe(false);
    expect(isBetaOnly('speed', false)).toBe(false);
    expect(paramsOf({ countTokens: true, beta: false }).has('max_tokens')).toBe(false);
  });
});

ruleTester.run('no-unknown-params', rule, {
  valid: [
    // Every parameter messages.create takes (the sampling ones are no-unsupported-sampling-params' business).
    `${IMPORT}await client.messages.create({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Hi' }],
  system: 'Be brief.',
  metadata: { user_id: 'u-1' },
  stop_sequences: ['END'],
  stream: false,
  temperature: 1,
  top_p: 0.99,
  top_k: 5,
  thinking: { type: 'adaptive' },
  output_config: { effort: 'high' },
  tools: [],
  tool_choice: { type: 'auto' },
  cache_control: { type: 'ephemeral' },
  container: 'container-1',
  inference_geo: 'us',
  service_tier: 'auto',
  speed: 'fast',
  diagnostics: { previous_message_id: 'msg_1' },
  user_profile_id: 'profile-1',
  workspace_id: 'workspace-1',
});`,
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-haiku-4-5', max_tokens: 1024, temperature: 0.5, messages: [] });`,
      settings: API_2026,
    },
    // Not Claude requests.
    `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
await client.messages.create({ body: 'Your code is 1234', from: '+15550001111', to: '+15550002222' });`,
    `import { llm } from './llm';
await llm.messages.create({ model: 'gpt-4o', max_completion_tokens: 100, messages: [] });`,
    `import OpenAI from 'openai';
const openai = new OpenAI();
await openai.chat.completions.create({ model: 'claude-sonnet-4-6', max_completion_tokens: 100, n: 2, messages: [] });`,
    // A gateway may take other parameters; so may a client whose options are not known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ baseURL: 'https://gateway.example.com' });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, provider: { order: ['anthropic'] }, messages: [] });`,
    `import Anthropic from '@anthropic-ai/sdk';
declare const config: Anthropic.ClientOptions;
const client = new Anthropic(config);
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, maxTokens: 5, messages: [] });`,
    // Beta parameters on the beta client.
    `${IMPORT}await client.beta.messages.create({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  betas: ['context-management-2025-06-27', 'mcp-client-2025-11-20'],
  context_management: { edits: [] },
  mcp_servers: [],
  fallbacks: ['default'],
  fallback_credit_token: 'token',
  compaction: {},
  billing_policy: {},
  thread: {},
  output_format: { type: 'json_schema', schema: {} },
  messages: [],
});`,
    `${IMPORT}await client.beta.messages.countTokens({ model: 'claude-sonnet-4-6', betas: ['x'], context_management: {}, mcp_servers: [], output_format: null, messages: [] });`,
    `${IMPORT}await client.beta.messages.parse({ model: 'claude-sonnet-4-6', max_tokens: 1024, output_format: { type: 'json_schema', schema: {} }, messages: [] });`,
    // Beta parameters on client.messages with an anthropic-beta header, or headers not known.
    `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, context_management: { edits: [] }, messages: [] }, { headers: { 'Anthropic-Beta': 'context-management-2025-06-27' } });`,
    `${IMPORT}declare const headers: Record<string, string>;
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, mcp_servers: [], messages: [] }, { headers });`,
    `${IMPORT}declare const options: Anthropic.RequestOptions;
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, mcp_servers: [], messages: [] }, options);`,
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ defaultHeaders: { 'anthropic-beta': 'context-management-2025-06-27' } });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, context_management: { edits: [] }, messages: [] });`,
    // A client made elsewhere may send default headers.
    `import { client } from './client';
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, context_management: { edits: [] }, messages: [] });`,
    // The Bedrock and Vertex body fields.
    `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
await client.messages.create({ model: 'anthropic.claude-sonnet-4-6', anthropic_version: 'bedrock-2023-05-31', anthropic_beta: ['context-management-2025-06-27'], context_management: {}, max_tokens: 1024, messages: [] });`,
    `import AnthropicVertex from '@anthropic-ai/vertex-sdk';
const client = new AnthropicVertex();
await client.messages.create({ model: 'claude-sonnet-4-6', anthropic_version: 'vertex-2023-10-16', max_tokens: 1024, messages: [] });`,
    // Not sent: undefined values; not seen: unknown spreads and computed keys; not a key: __proto__.
    `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, stop: undefined, user: undefined, messages: [] });`,
    `${IMPORT}declare const overrides: Record<string, unknown>;
await client.messages.create({ ...overrides, model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
    `${IMPORT}declare const key: string;
await client.messages.create({ [key]: 1, model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
    `${IMPORT}await client.messages.create({ __proto__: null, model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
    // Each endpoint's own parameters; request options in the second argument.
    `${IMPORT}await client.messages.countTokens({ model: 'claude-sonnet-4-6', messages: [], system: 's', tools: [], tool_choice: { type: 'auto' }, thinking: { type: 'adaptive' }, output_config: {}, cache_control: { type: 'ephemeral' }, speed: 'fast', user_profile_id: 'p', workspace_id: 'w' });`,
    `${IMPORT}const stream = client.messages.stream({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] }, { signal: AbortSignal.timeout(1000), timeout: 5000, maxRetries: 1 });`,
    `${IMPORT}await client.messages.parse({ model: 'claude-sonnet-4-6', max_tokens: 1024, output_config: { format: { type: 'json_schema', schema: {} } }, messages: [] });`,
    `${IMPORT}await client.messages.batches.create({ requests: [{ custom_id: 'a', params: { model: 'claude-sonnet-4-6', max_tokens: 1024, user_profile_id: 'p', messages: [] } }] });`,
    // Whether batches reject fallbacks is not proven: not reported.
    `${IMPORT}await client.beta.messages.batches.create({ requests: [{ custom_id: 'a', params: { model: 'claude-sonnet-4-6', max_tokens: 1024, betas: ['x'], fallbacks: ['default'], messages: [] } }], betas: ['x'] });`,
    // The tool runner's own options are not body fields, and the facts do not list them all.
    `${IMPORT}await client.beta.messages.toolRunner({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], tools: [weather], max_iterations: 5, compactionControl: { enabled: true } });`,
  ],
  invalid: [
    // Other spellings of real parameters: a fix.
    {
      code: `${IMPORT}await client.messages.create({
  model: 'claude-sonnet-4-6',
  maxTokens: 1024,
  stopSequences: ['END'],
  messages: [{ role: 'user', content: 'Hi' }],
});`,
      output: `${IMPORT}await client.messages.create({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  stop_sequences: ['END'],
  messages: [{ role: 'user', content: 'Hi' }],
});`,
      errors: [
        {
          messageId: 'misnamed',
          data: d('maxTokens', { to: 'max_tokens' }),
          line: 5,
          column: 3,
        },
        {
          messageId: 'misnamed',
          data: d('stopSequences', { to: 'stop_sequences' }),
          line: 6,
          column: 3,
        },
      ],
    },
    // Shorthand and quoted keys.
    {
      code: `${IMPORT}declare const maxTokens: number;
await client.messages.create({ model: 'claude-sonnet-4-6', maxTokens, 'Tool-Choice': { type: 'auto' }, messages: [] });`,
      output: `${IMPORT}declare const maxTokens: number;
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: maxTokens, tool_choice: { type: 'auto' }, messages: [] });`,
      errors: [
        { messageId: 'misnamed', data: d('maxTokens', { to: 'max_tokens' }), line: 4, column: 60 },
        { messageId: 'misnamed', data: d('Tool-Choice', { to: 'tool_choice' }), line: 4, column: 71 },
      ],
    },
    // The payload already sets max_tokens: remove the other spelling.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, maxTokens: 2048, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'alreadySet',
          data: d('maxTokens', { to: 'max_tokens' }),
          line: 3,
          column: 78,
          suggestions: [
            {
              messageId: 'removeParam',
              data: d('maxTokens'),
              output: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
            },
          ],
        },
      ],
    },
    // Two keys meant as max_tokens: renaming both would clash, so each gets a suggestion.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', maxTokens: 1, max_completion_tokens: 2, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'misnamed',
          data: d('maxTokens', { to: 'max_tokens' }),
          line: 3,
          column: 60,
          suggestions: [
            {
              messageId: 'renameTo',
              data: { key: 'maxTokens', to: 'max_tokens' },
              output: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1, max_completion_tokens: 2, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'openAiParam',
          data: d('max_completion_tokens', { to: '`max_tokens`' }),
          line: 3,
          column: 74,
          suggestions: [
            {
              messageId: 'renameTo',
              data: { key: 'max_completion_tokens', to: 'max_tokens' },
              output: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', maxTokens: 1, max_tokens: 2, messages: [] });`,
            },
          ],
        },
      ],
    },
    // An unknown spread may hold max_tokens: a suggestion, not a fix.
    {
      code: `${IMPORT}declare const overrides: Partial<Anthropic.MessageCreateParams>;
await client.messages.create({ ...overrides, model: 'claude-sonnet-4-6', maxTokens: 10, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'misnamed',
          line: 4,
          column: 74,
          suggestions: [
            {
              messageId: 'renameTo',
              data: d('maxTokens', { to: 'max_tokens' }),
              output: `${IMPORT}declare const overrides: Partial<Anthropic.MessageCreateParams>;
await client.messages.create({ ...overrides, model: 'claude-sonnet-4-6', max_tokens: 10, messages: [] });`,
            },
          ],
        },
      ],
    },
    // A payload in a const is fixed there; a const spread into the payload is reported, not changed.
    {
      code: `${IMPORT}const defaults = { maxTokens: 1024, temperature: 0.2 };
await client.messages.create({ ...defaults, model: 'claude-sonnet-4-6', messages: [] });
const params = { model: 'claude-sonnet-4-6', maxTokens: 10, messages: [] };
await client.messages.create(params);`,
      output: `${IMPORT}const defaults = { maxTokens: 1024, temperature: 0.2 };
await client.messages.create({ ...defaults, model: 'claude-sonnet-4-6', messages: [] });
const params = { model: 'claude-sonnet-4-6', max_tokens: 10, messages: [] };
await client.messages.create(params);`,
      errors: [
        { messageId: 'misnamed', data: d('maxTokens', { to: 'max_tokens' }), line: 3, column: 20, suggestions: [] },
        { messageId: 'misnamed', data: d('maxTokens', { to: 'max_tokens' }), line: 5, column: 46 },
      ],
    },
    // OpenAI names of Claude parameters: a fix (`stop` only when its value is an array or a string, none blank).
    {
      code: `${IMPORT}declare const stopWords: string[] | string;
await client.messages.create({ model: 'claude-sonnet-4-6', max_completion_tokens: 512, stop: 'END', messages: [] });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, stop: ['a', 'b'], messages: [] });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, stop: stopWords, messages: [] });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, stop: ['\\n\\n', 'END'], messages: [] });`,
      output: `${IMPORT}declare const stopWords: string[] | string;
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, stop_sequences: ['END'], messages: [] });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, stop_sequences: ['a', 'b'], messages: [] });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, stop: stopWords, messages: [] });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, stop: ['\\n\\n', 'END'], messages: [] });`,
      errors: [
        {
          messageId: 'openAiParam',
          data: d('max_completion_tokens', { to: '`max_tokens`' }),
          line: 4,
          column: 60,
        },
        { messageId: 'openAiParam', data: d('stop', { to: STOP }), line: 4, column: 88 },
        { messageId: 'openAiParam', data: d('stop', { to: STOP }), line: 5, column: 77 },
        { messageId: 'openAiParam', data: d('stop', { to: STOP }), line: 6, column: 77, suggestions: [] },
        // Claude rejects blank stop sequences: renaming would not make the request valid.
        { messageId: 'openAiParam', data: d('stop', { to: STOP }), line: 7, column: 77, suggestions: [] },
      ],
    },
    // max_completion_tokens next to max_tokens.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, max_completion_tokens: 512, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'alreadySet',
          data: d('max_completion_tokens', { to: 'max_tokens' }),
          line: 3,
          column: 77,
          suggestions: [
            {
              messageId: 'removeParam',
              output: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, messages: [] });`,
            },
          ],
        },
      ],
    },
    // OpenAI parameters with a Claude equivalent elsewhere: a suggestion when the rewrite is mechanical.
    {
      code: `${IMPORT}declare const userId: string;
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, user: userId, reasoning_effort: 'low', messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'openAiParam',
          data: d('user', { to: '`metadata: { user_id }`' }),
          line: 4,
          column: 77,
          suggestions: [
            {
              messageId: 'useMetadata',
              output: `${IMPORT}declare const userId: string;
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, metadata: { user_id: userId }, reasoning_effort: 'low', messages: [] });`,
            },
          ],
        },
        {
          messageId: 'openAiParam',
          data: d('reasoning_effort', { to: EFFORT }),
          line: 4,
          column: 91,
          suggestions: [
            {
              messageId: 'useEffort',
              output: `${IMPORT}declare const userId: string;
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, user: userId, output_config: { effort: 'low' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    // Not mechanical: metadata or output_config already set, an effort Claude does not have.
    {
      code: `${IMPORT}await client.messages.create({
  model: 'claude-sonnet-4-6',
  max_tokens: 512,
  metadata: { user_id: 'a' },
  user: 'b',
  reasoning_effort: 'minimal',
  messages: [],
});`,
      output: null,
      errors: [
        { messageId: 'openAiParam', data: d('user', { to: '`metadata: { user_id }`' }), line: 7, column: 3, suggestions: [] },
        { messageId: 'openAiParam', data: d('reasoning_effort', { to: EFFORT }), line: 8, column: 3, suggestions: [] },
      ],
    },
    {
      code: `${IMPORT}await client.messages.create({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  response_format: { type: 'json_schema', json_schema: { name: 'answer', strict: true, schema: { type: 'object', properties: {} } } },
  messages: [],
});
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, response_format: { type: 'json_object' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'openAiParam',
          data: d('response_format', { to: FORMAT }),
          line: 6,
          column: 3,
          suggestions: [
            {
              messageId: 'useOutputFormat',
              output: `${IMPORT}await client.messages.create({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  output_config: { format: { type: 'json_schema', schema: { type: 'object', properties: {} } } },
  messages: [],
});
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, response_format: { type: 'json_object' }, messages: [] });`,
            },
          ],
        },
        { messageId: 'openAiParam', data: d('response_format', { to: FORMAT }), line: 9, column: 78, suggestions: [] },
      ],
    },
    // OpenAI parameters with no equivalent: suggest removing them.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, n: 1, seed: 42, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'noEquivalent',
          data: d('n'),
          line: 3,
          column: 77,
          suggestions: [
            {
              messageId: 'removeParam',
              output: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, seed: 42, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'noEquivalent',
          data: d('seed'),
          line: 3,
          column: 83,
          suggestions: [
            {
              messageId: 'removeParam',
              output: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, n: 1, messages: [] });`,
            },
          ],
        },
      ],
    },
    // In a payload written outside the call, removing could change other code: no suggestion.
    {
      code: `${IMPORT}const params = {
  model: 'claude-sonnet-4-6',
  max_tokens: 512,
  presence_penalty: 0.5,
  frequency_penalty: 0.5,
  logit_bias: {},
  logprobs: true,
  top_logprobs: 2,
  messages: [],
};
await client.messages.create(params);`,
      output: null,
      errors: [
        { messageId: 'noEquivalent', data: d('presence_penalty'), line: 6, column: 3, suggestions: [] },
        { messageId: 'noEquivalent', data: d('frequency_penalty'), line: 7, column: 3, suggestions: [] },
        { messageId: 'noEquivalent', data: d('logit_bias'), line: 8, column: 3, suggestions: [] },
        { messageId: 'noEquivalent', data: d('logprobs'), line: 9, column: 3, suggestions: [] },
        { messageId: 'noEquivalent', data: d('top_logprobs'), line: 10, column: 3, suggestions: [] },
      ],
    },
    // Misspellings: suggest the nearest parameter.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, stop_sequence: ['x'], temprature: 0.5, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'misspelled',
          data: d('stop_sequence', { to: 'stop_sequences' }),
          line: 3,
          column: 77,
          suggestions: [
            {
              messageId: 'renameTo',
              output: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, stop_sequences: ['x'], temprature: 0.5, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'misspelled',
          data: d('temprature', { to: 'temperature' }),
          line: 3,
          column: 99,
          suggestions: [
            {
              messageId: 'renameTo',
              output: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, stop_sequence: ['x'], temperature: 0.5, messages: [] });`,
            },
          ],
        },
      ],
    },
    // Nothing near, or two names equally near (`top_n`: top_k or top_p?): no guess.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 512, prompt_id: 'p', top_n: 3, messages: [] });`,
      output: null,
      errors: [
        { messageId: 'unknownParam', data: d('prompt_id'), line: 3, column: 77, suggestions: [] },
        { messageId: 'unknownParam', data: d('top_n'), line: 3, column: 93, suggestions: [] },
      ],
    },
    // A raw HTTP body is sent as written: a request option there is just a body field the API rejects.
    {
      code: `await fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
  body: JSON.stringify({ model: 'claude-sonnet-4-6', max_tokens: 1024, timeout: 30000, messages: [] }),
});`,
      output: null,
      errors: [
        {
          messageId: 'unknownParam',
          data: { key: 'timeout', endpoint: 'POST /v1/messages', error: 'timeout: Extra inputs are not permitted', method: 'POST' },
          line: 4,
          column: 72,
          suggestions: [],
        },
      ],
    },
    // Bedrock words the rejection its own way.
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
const client = new AnthropicBedrock();
await client.messages.create({ model: 'anthropic.claude-sonnet-4-6', max_tokens: 1024, extra: 1, messages: [] });`,
      output: null,
      errors: [{ messageId: 'unknownParam', data: d('extra', { error: 'extraneous key [extra] is not permitted' }), line: 3, column: 88 }],
    },
    // The first-party API has no anthropic_version body field.
    {
      code: `import AnthropicFoundry from '@anthropic-ai/foundry-sdk';
const client = new AnthropicFoundry();
await client.messages.create({ model: 'claude-sonnet-4-6', anthropic_version: '2023-06-01', max_tokens: 1024, messages: [] });`,
      output: null,
      errors: [{ messageId: 'unknownParam', data: d('anthropic_version'), line: 3, column: 60 }],
    },
    // countTokens takes no generation settings.
    {
      code: `${IMPORT}await client.messages.countTokens({ model: 'claude-sonnet-4-6', max_tokens: 1024, metadata: { user_id: 'u' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'notForCountTokens',
          data: d('max_tokens', { endpoint: 'messages.countTokens' }),
          line: 3,
          column: 65,
          suggestions: [
            {
              messageId: 'removeParam',
              output: `${IMPORT}await client.messages.countTokens({ model: 'claude-sonnet-4-6', metadata: { user_id: 'u' }, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'notForCountTokens',
          data: d('metadata', { endpoint: 'messages.countTokens' }),
          line: 3,
          column: 83,
          suggestions: [
            {
              messageId: 'removeParam',
              output: `${IMPORT}await client.messages.countTokens({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
            },
          ],
        },
      ],
    },
    // Reusing the create payload for countTokens: reported on the shared payload, which create needs as is.
    {
      code: `${IMPORT}const params = { model: 'claude-sonnet-4-6', max_tokens: 1024, stream: false, stop_sequences: ['x'], messages: [] };
const { input_tokens } = await client.messages.countTokens(params);
await client.messages.create(params);`,
      output: null,
      errors: [
        {
          messageId: 'notForCountTokens',
          data: d('max_tokens', { endpoint: 'messages.countTokens' }),
          line: 3,
          column: 46,
          suggestions: [],
        },
        { messageId: 'notForCountTokens', data: d('stream', { endpoint: 'messages.countTokens' }), line: 3, column: 64, suggestions: [] },
        {
          messageId: 'notForCountTokens',
          data: d('stop_sequences', { endpoint: 'messages.countTokens' }),
          line: 3,
          column: 79,
          suggestions: [],
        },
      ],
    },
    {
      code: `${IMPORT}await client.messages.countTokens({ model: 'claude-sonnet-4-6', maxTokens: 1024, temperature: 1, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'notForCountTokens',
          data: d('maxTokens', { endpoint: 'messages.countTokens' }),
          line: 3,
          column: 65,
          suggestions: [
            {
              messageId: 'removeParam',
              output: `${IMPORT}await client.messages.countTokens({ model: 'claude-sonnet-4-6', temperature: 1, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'notForCountTokens',
          data: d('temperature', { endpoint: 'messages.countTokens' }),
          line: 3,
          column: 82,
          suggestions: [
            {
              messageId: 'removeParam',
              output: `${IMPORT}await client.messages.countTokens({ model: 'claude-sonnet-4-6', maxTokens: 1024, messages: [] });`,
            },
          ],
        },
      ],
    },
    // Beta parameters on client.messages.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, context_management: { edits: [] }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'betaOnly',
          data: d('context_management'),
          line: 3,
          column: 78,
          suggestions: [
            {
              messageId: 'useBetaClient',
              data: { endpoint: 'messages.create' },
              output: `${IMPORT}await client.beta.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, context_management: { edits: [] }, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      code: `${IMPORT}await client.messages.parse({ model: 'claude-sonnet-4-6', max_tokens: 1024, output_format: { type: 'json_schema', schema: {} }, messages: [] }, { timeout: 5000 });`,
      output: null,
      errors: [
        {
          messageId: 'betaOnly',
          data: d('output_format', { endpoint: 'messages.parse' }),
          line: 3,
          column: 77,
          suggestions: [
            {
              messageId: 'useBetaClient',
              output: `${IMPORT}await client.beta.messages.parse({ model: 'claude-sonnet-4-6', max_tokens: 1024, output_format: { type: 'json_schema', schema: {} }, messages: [] }, { timeout: 5000 });`,
            },
          ],
        },
      ],
    },
    {
      code: `${IMPORT}await client.messages.batches.create({
  requests: [{ custom_id: 'a', params: { model: 'claude-sonnet-4-6', max_tokens: 1024, mcp_servers: [], messages: [] } }],
});`,
      output: null,
      errors: [
        {
          messageId: 'betaOnly',
          data: d('mcp_servers', { endpoint: 'messages.batches.create' }),
          line: 4,
          column: 88,
          suggestions: [
            {
              messageId: 'useBetaClient',
              output: `${IMPORT}await client.beta.messages.batches.create({
  requests: [{ custom_id: 'a', params: { model: 'claude-sonnet-4-6', max_tokens: 1024, mcp_servers: [], messages: [] } }],
});`,
            },
          ],
        },
      ],
    },
    // Default headers the rule can read, without anthropic-beta.
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY, defaultHeaders: { 'x-trace-id': 'abc' } });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, fallbacks: ['default'], messages: [] }, { headers: { 'x-request-id': '1' } });`,
      output: null,
      errors: [
        {
          messageId: 'betaOnly',
          data: d('fallbacks'),
          line: 3,
          column: 78,
          suggestions: [
            {
              messageId: 'useBetaClient',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY, defaultHeaders: { 'x-trace-id': 'abc' } });
await client.beta.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, fallbacks: ['default'], messages: [] }, { headers: { 'x-request-id': '1' } });`,
            },
          ],
        },
      ],
    },
    // `betas` is never a body field, whatever the headers say.
    {
      code: `declare function getClient(): Promise<unknown>;
await (await getClient()).messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, betas: ['x'], messages: [] }, { headers: { 'anthropic-beta': 'x' } });`,
      output: null,
      errors: [
        {
          messageId: 'betas',
          data: d('betas'),
          line: 2,
          column: 91,
          suggestions: [
            {
              messageId: 'useBetaClient',
              output: `declare function getClient(): Promise<unknown>;
await (await getClient()).beta.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, betas: ['x'], messages: [] }, { headers: { 'anthropic-beta': 'x' } });`,
            },
          ],
        },
      ],
    },
    // Request options in the payload are sent as body fields.
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, timeout: 60_000, messages: [] });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, maxRetries: 5, messages: [] }, { timeout: 1000 });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, timeout: 5, messages: [] }, { timeout: 1000 });`,
      output: null,
      errors: [
        {
          messageId: 'requestOption',
          data: d('timeout', { method: 'create' }),
          line: 3,
          column: 78,
          suggestions: [
            {
              messageId: 'moveToOptions',
              output: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] }, { timeout: 60_000 });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, maxRetries: 5, messages: [] }, { timeout: 1000 });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, timeout: 5, messages: [] }, { timeout: 1000 });`,
            },
          ],
        },
        {
          messageId: 'requestOption',
          data: d('maxRetries'),
          line: 4,
          column: 78,
          suggestions: [
            {
              messageId: 'moveToOptions',
              output: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, timeout: 60_000, messages: [] });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] }, { maxRetries: 5, timeout: 1000 });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, timeout: 5, messages: [] }, { timeout: 1000 });`,
            },
          ],
        },
        // The second argument sets it already: no move.
        { messageId: 'requestOption', data: d('timeout'), line: 5, column: 78, suggestions: [] },
      ],
    },
    {
      code: `${IMPORT}const controller = new AbortController();
const stream = client.messages.stream({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  messages: [],
  signal: controller.signal,
}, {});`,
      output: null,
      errors: [
        {
          messageId: 'requestOption',
          data: d('signal', { method: 'stream' }),
          line: 8,
          column: 3,
          suggestions: [
            {
              messageId: 'moveToOptions',
              output: `${IMPORT}const controller = new AbortController();
const stream = client.messages.stream({
  model: 'claude-sonnet-4-6',
  max_tokens: 1024,
  messages: [],
}, { signal: controller.signal });`,
            },
          ],
        },
      ],
    },
    // In a batch, a request's params have no request options: just an unknown parameter.
    {
      code: `${IMPORT}await client.messages.batches.create({
  requests: [{ custom_id: 'a', params: { model: 'claude-sonnet-4-6', max_tokens: 1024, timeout: 5, messages: [] } }],
});`,
      output: null,
      errors: [{ messageId: 'unknownParam', data: d('timeout', { endpoint: 'messages.batches.create' }), line: 4, column: 88 }],
    },
    // A client from another module, known as Claude by its model ID.
    {
      code: `import { client } from './client';
await client.messages.create({ model: 'claude-sonnet-4-6', maxTokens: 1024, messages: [] });`,
      output: `import { client } from './client';
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });`,
      errors: [{ messageId: 'misnamed', data: d('maxTokens', { to: 'max_tokens' }), line: 2, column: 60 }],
    },
  ],
});
