/**
 * The Vercel AI SDK adapter: every way the code makes a Claude model and sends a request with
 * it, the record it fills (API names on the user's nodes, what the provider rewrites left
 * unknown), and the look-alikes it must never return (gateway strings, other providers, own
 * functions named like the SDK's).
 */
import { describe, expect, it } from 'vitest';
import type { ClaudeRequest } from '../../src/analysis/requests.js';
import { aiSdkModelProfile } from '../../src/facts/frameworks.js';
import noUnknownParams from '../../src/rules/no-unknown-params.js';
import samplingParams from '../../src/rules/no-unsupported-sampling-params.js';
import validMaxTokens from '../../src/rules/valid-max-tokens.js';
import validModelId from '../../src/rules/valid-model-id.js';
import validThinking from '../../src/rules/valid-thinking.js';
import { createRuleTester } from '../rule-tester.js';
import { MODEL_TABLE } from '../../src/facts/table.js';
import { findingsOf, onlyRequest, paramsOf, requestsOf } from './record-harness.js';

const IMPORTS = `import { generateText, streamText, generateObject, streamObject, ToolLoopAgent, Experimental_Agent } from 'ai';
import { anthropic, createAnthropic } from '@ai-sdk/anthropic';
`;

function summary(request: ClaudeRequest): Record<string, unknown> {
  return {
    label: request.endpoint.label,
    service: request.transport.service,
    platform: request.transport.platform,
    library: request.transport.library,
    models: request.models.map((model) => model.id),
    modelsComplete: request.modelsComplete,
  };
}

const first = (code: string): Record<string, unknown> => summary(onlyRequest(IMPORTS + code));

const SONNET_46 = {
  service: 'anthropic',
  platform: 'anthropic',
  library: '@ai-sdk/anthropic',
  models: ['claude-sonnet-4-6'],
  modelsComplete: true,
};

describe('AI SDK: the model', () => {
  it.each([
    ['anthropic(id)', `anthropic('claude-sonnet-4-6')`],
    ['anthropic.languageModel(id)', `anthropic.languageModel('claude-sonnet-4-6')`],
    ['anthropic.chat(id)', `anthropic.chat('claude-sonnet-4-6')`],
    ['anthropic.messages(id)', `anthropic.messages('claude-sonnet-4-6')`],
    ['createAnthropic(options)(id)', `createAnthropic({ apiKey: 'k' })('claude-sonnet-4-6')`],
    ['createAnthropic().chat(id)', `createAnthropic().chat('claude-sonnet-4-6')`],
  ])('%s', (_, model) => {
    expect(first(`await generateText({ model: ${model}, prompt: 'Hi' });`)).toEqual({ label: 'generateText', ...SONNET_46 });
  });

  it('follows a `const` model, a `const` provider and a `const` ID', () => {
    const code = `const provider = createAnthropic();\nconst ID = 'claude-sonnet-4-6';\nconst model = provider(ID);\nawait generateText({ model, prompt: 'Hi' });`;
    expect(first(code)).toEqual({ label: 'generateText', ...SONNET_46 });
  });

  it('follows an import that renames the call', () => {
    const code = `import { generateText as generate } from 'ai';\nimport { anthropic } from '@ai-sdk/anthropic';
await generate({ model: anthropic('claude-sonnet-4-6'), prompt: 'Hi' });`;
    expect(requestsOf(code).map(summary)).toEqual([{ ...SONNET_46, label: 'generateText' }]);
  });

  it('follows `import *` and `require`', () => {
    const star = `import * as ai from 'ai';\nimport * as providers from '@ai-sdk/anthropic';\nawait ai.generateText({ model: providers.anthropic('claude-sonnet-4-6'), prompt: 'Hi' });`;
    expect(summary(onlyRequest(star))).toEqual({ label: 'generateText', ...SONNET_46 });
    const required = `const { generateText } = require('ai');\nconst { anthropic } = require('@ai-sdk/anthropic');\ngenerateText({ model: anthropic('claude-sonnet-4-6'), prompt: 'Hi' });`;
    expect(summary(onlyRequest(required))).toEqual({ label: 'generateText', ...SONNET_46 });
  });

  it('reads every call and both agent classes', () => {
    const code = `const model = anthropic('claude-sonnet-4-6');
streamText({ model, prompt: 'a' });
generateObject({ model, prompt: 'b', schema });
streamObject({ model, prompt: 'c', schema });
new ToolLoopAgent({ model, instructions: 'd' });
new Experimental_Agent({ model });`;
    expect(requestsOf(IMPORTS + code).map((request) => request.endpoint.label)).toEqual([
      'streamText',
      'generateObject',
      'streamObject',
      'new ToolLoopAgent',
      'new Experimental_Agent',
    ]);
  });

  it('checks both branches of a ternary; another provider in one branch makes the list incomplete', () => {
    const both = `await generateText({ model: fast ? anthropic('claude-haiku-4-5') : anthropic('claude-opus-4-8'), prompt: 'Hi' });`;
    expect(first(both)).toMatchObject({ models: ['claude-haiku-4-5', 'claude-opus-4-8'], modelsComplete: true });
    const mixed = `import { openai } from '@ai-sdk/openai';\nawait generateText({ model: fast ? openai('gpt-4o') : anthropic('claude-opus-4-8'), prompt: 'Hi' });`;
    expect(first(mixed)).toMatchObject({ models: ['claude-opus-4-8'], modelsComplete: false });
  });

  it('keeps a request whose model ID is not known', () => {
    expect(first(`await generateText({ model: anthropic(process.env.MODEL), prompt: 'Hi' });`)).toMatchObject({
      models: [],
      modelsComplete: false,
    });
  });

  it('takes the Bedrock and Vertex Anthropic providers with their platforms', () => {
    const bedrock = `import { generateText } from 'ai';\nimport { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';\nawait generateText({ model: bedrockAnthropic('us.anthropic.claude-sonnet-4-6'), prompt: 'Hi' });`;
    expect(summary(onlyRequest(bedrock))).toEqual({
      label: 'generateText',
      service: 'bedrock',
      platform: 'bedrock',
      library: '@ai-sdk/amazon-bedrock/anthropic',
      models: ['us.anthropic.claude-sonnet-4-6'],
      modelsComplete: true,
    });
    const vertex = `import { generateText } from 'ai';\nimport { createVertexAnthropic } from '@ai-sdk/google-vertex/anthropic';\nconst vertexAnthropic = createVertexAnthropic({ project: 'p', location: 'us-east5' });\nawait generateText({ model: vertexAnthropic('claude-sonnet-4-5@20250929'), prompt: 'Hi' });`;
    expect(summary(onlyRequest(vertex))).toMatchObject({ service: 'vertex', platform: 'vertex', models: ['claude-sonnet-4-5@20250929'] });
  });

  it("takes Bedrock's Converse provider for Claude IDs only, and checks nothing but the ID", () => {
    const code = `import { generateText } from 'ai';\nimport { bedrock } from '@ai-sdk/amazon-bedrock';
await generateText({ model: bedrock('anthropic.claude-3-5-sonnet-20241022-v2:0'), temperature: 0.5, prompt: 'Hi' });
await generateText({ model: bedrock('amazon.nova-pro-v1:0'), prompt: 'Hi' });
await generateText({ model: bedrock(process.env.MODEL), prompt: 'Hi' });`;
    const requests = requestsOf(code);
    expect(requests.map(summary)).toEqual([
      {
        label: 'generateText',
        service: 'bedrock',
        platform: 'bedrock',
        library: '@ai-sdk/amazon-bedrock',
        models: ['anthropic.claude-3-5-sonnet-20241022-v2:0'],
        modelsComplete: true,
      },
    ]);
    expect(requests[0]?.params.properties.size).toBe(0);
    expect(requests[0]?.params.complete).toBe(false);
  });

  it('sees through wrapLanguageModel with built-in middleware: the model ID, not the settings it may rewrite', () => {
    const code = `import { generateText, wrapLanguageModel, extractReasoningMiddleware, defaultSettingsMiddleware } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
const model = wrapLanguageModel({ model: anthropic('claude-3-opus-20240229'), middleware: extractReasoningMiddleware({ tagName: 'think' }) });
await generateText({ model, temperature: 0.5, prompt: 'Hi' });
await generateText({
  model: wrapLanguageModel({ model: anthropic('claude-sonnet-4-6'), middleware: [defaultSettingsMiddleware({ settings: { temperature: 0 } })] }),
  prompt: 'Hi',
});`;
    const requests = requestsOf(code);
    expect(requests.map((request) => request.models.map((model) => model.id))).toEqual([['claude-3-opus-20240229'], ['claude-sonnet-4-6']]);
    for (const request of requests) {
      expect(request.params.properties.size).toBe(0);
      expect(request.params.complete).toBe(false);
    }
  });

  it.each([
    ['middleware of its own, which may call another model', 'middleware: myMiddleware'],
    ['a list with one middleware of its own', 'middleware: [extractReasoningMiddleware({ tagName: "think" }), myMiddleware]'],
    ['options that may hold anything', '...options'],
  ])('does not see through wrapLanguageModel with %s', (_, rest) => {
    const code = `import { generateText, wrapLanguageModel, extractReasoningMiddleware } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
await generateText({ model: wrapLanguageModel({ model: anthropic('claude-3-opus-20240229'), ${rest} }), prompt: 'Hi' });`;
    // Only the model the provider makes is known (see the model-only records below).
    expect(requestsOf(code).map((request) => request.modelOnly)).toEqual([true]);
  });
});

describe('AI SDK: not Claude requests', () => {
  it.each([
    [
      'an AI Gateway string',
      `import { generateText } from 'ai';\nawait generateText({ model: 'anthropic/claude-sonnet-4.6', prompt: 'Hi' });`,
    ],
    [
      'an OpenRouter model',
      `import { generateText } from 'ai';\nimport { createOpenRouter } from '@openrouter/ai-sdk-provider';\nconst openrouter = createOpenRouter({ apiKey: 'k' });\nawait generateText({ model: openrouter('anthropic/claude-3.5-sonnet'), prompt: 'Hi' });`,
    ],
    [
      'the OpenAI provider',
      `import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nawait generateText({ model: openai('gpt-4o'), temperature: 3, prompt: 'Hi' });`,
    ],
    [
      'a gateway provider',
      `import { generateText, gateway } from 'ai';\nimport '@ai-sdk/anthropic';\nawait generateText({ model: gateway('anthropic/claude-sonnet-4.6'), prompt: 'Hi' });`,
    ],
    [
      'an own `generateText`',
      `import { anthropic } from '@ai-sdk/anthropic';\nfunction generateText(options: object) { return options; }\ngenerateText({ model: anthropic('claude-3-opus-20240229') });`,
    ],
    [
      'an own `anthropic` function',
      `import { generateText } from 'ai';\nimport '@ai-sdk/anthropic';\nconst anthropic = (id: string) => id;\nawait generateText({ model: anthropic('claude-3-opus-20240229'), prompt: 'Hi' });`,
    ],
    [
      'a model passed in',
      `import { generateText } from 'ai';\nimport type { LanguageModel } from '@ai-sdk/anthropic';\nexport const run = (model: LanguageModel) => generateText({ model, prompt: 'Hi' });`,
    ],
    [
      'a model replaced by a later spread',
      `import { generateText } from 'ai';\nimport { anthropic } from '@ai-sdk/anthropic';\nawait generateText({ model: anthropic('claude-3-opus-20240229'), ...overrides, prompt: 'Hi' });`,
    ],
    [
      'an unknown options object',
      `import { generateText } from 'ai';\nimport { anthropic } from '@ai-sdk/anthropic';\nawait generateText(buildOptions(anthropic));`,
    ],
  ])('%s', (_, code) => {
    // A model made with the real provider is still checked where it is made (model-only records, below).
    expect(requestsOf(code).filter((request) => !request.modelOnly)).toEqual([]);
  });
});

describe('AI SDK: models no request in view sends (model-only records)', () => {
  const records = (code: string): Record<string, unknown>[] =>
    requestsOf(IMPORTS + code).map((request) => ({
      modelOnly: request.modelOnly ?? false,
      models: request.models.map((model) => model.id),
      complete: request.modelsComplete,
      params: request.params.properties.size,
      paramsComplete: request.params.complete,
      baseURL: request.transport.baseURL.state,
      at: request.call.range[0],
    }));
  const model = (id: string, at: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    modelOnly: true,
    models: [id],
    complete: true,
    params: 0,
    paramsComplete: false,
    baseURL: 'none',
    at: IMPORTS.length + at,
    ...extra,
  });

  it('checks the ID of a model made in customProvider, a `let`, an export, and through a `const` factory', () => {
    const code = `import { customProvider } from 'ai';
const claude = createAnthropic({ apiKey: process.env.KEY });
export const provider = customProvider({ languageModels: { chat: anthropic('claude-3-5-sonnet-20240620'), title: claude.chat('claude-3-haiku-20240307') } });
let fallback;
if (process.env.X) fallback = createAnthropic().languageModel('claude-2.1');
export const exported = anthropic.messages(process.env.FAST ? 'claude-haiku-4-5' : 'claude-sonnet-4-6');`;
    const at = (text: string): number => code.indexOf(text);
    expect(records(code)).toEqual([
      model('claude-3-5-sonnet-20240620', at("anthropic('claude-3-5")),
      model('claude-3-haiku-20240307', at('claude.chat(')),
      model('claude-2.1', at('createAnthropic().languageModel')),
      { ...model('claude-haiku-4-5', at('anthropic.messages(')), models: ['claude-haiku-4-5', 'claude-sonnet-4-6'] },
    ]);
  });

  it('makes none for a model a request in the file sends, one whose ID is not known, or another provider', () => {
    const code = `const model = anthropic('claude-sonnet-4-6');
await generateText({ model, prompt: 'Hi' });
await generateText({ model: anthropic.chat('claude-haiku-4-5'), prompt: 'Hi' });
export const dynamic = anthropic(process.env.MODEL);
export const spread = anthropic(...ids);`;
    expect(records(code).map((record) => record.modelOnly)).toEqual([false, false]);
  });

  it.each([
    [
      'a namespace import',
      `import * as providers from '@ai-sdk/anthropic';\nexport const m = providers.anthropic('claude-3-opus-20240229');`,
    ],
    [
      'a namespace factory',
      `import * as providers from '@ai-sdk/anthropic';\nexport const m = providers.createAnthropic().chat('claude-3-opus-20240229');`,
    ],
    [
      'require with destructuring',
      `const { anthropic } = require('@ai-sdk/anthropic');\nmodule.exports = { m: anthropic('claude-3-opus-20240229') };`,
    ],
    [
      'require with a renamed factory',
      `const { createAnthropic: make } = require('@ai-sdk/anthropic');\nconst p = make({ apiKey: 'k' });\nmodule.exports = { m: p('claude-3-opus-20240229') };`,
    ],
    [
      'a `const` holding the instance',
      `import { anthropic } from '@ai-sdk/anthropic';\nconst provider = anthropic;\nexport const m = provider.languageModel('claude-3-opus-20240229');`,
    ],
    [
      'require as a namespace',
      `const providers = require('@ai-sdk/anthropic');\nmodule.exports = { m: providers.anthropic.languageModel('claude-3-opus-20240229') };`,
    ],
  ])('finds the provider through %s', (_, code) => {
    expect(requestsOf(code).map((request) => [request.modelOnly, request.models.map((model) => model.id)])).toEqual([
      [true, ['claude-3-opus-20240229']],
    ]);
  });

  it('is read by the ID rules alone: no other rule reports on a model whose request is not in view', () => {
    const ids = MODEL_TABLE.flatMap((row) => [row.id, ...row.aliases]);
    const code = `import { customProvider } from 'ai';\nimport { anthropic } from '@ai-sdk/anthropic';\nexport const p = customProvider({ languageModels: {\n${ids.map((id, index) => `  m${index}: anthropic(${JSON.stringify(id)}),`).join('\n')}\n} });`;
    const rules = new Set(findingsOf(code).map((finding) => finding.split(' ')[1]?.split('/')[1]));
    expect([...rules].sort()).toEqual(['no-deprecated-model', 'valid-model-id']);
  });

  it('makes none for a model a later spread may replace, or a provider held in a `let`', () => {
    const code = `await generateText({ model: anthropic('claude-3-opus-20240229'), ...overrides, prompt: 'Hi' });
let { anthropic: provider } = require('@ai-sdk/anthropic');
if (process.env.TEST) provider = require('./mock-provider');
module.exports = provider('claude-2.0');`;
    expect(requestsOf(IMPORTS + code)).toEqual([]);
  });

  it('keeps the baseURL of a factory, so the ID rules skip a gateway', () => {
    const code = `export const proxied = createAnthropic({ baseURL: 'https://gateway.example.com/v1' })('claude-unicorn-1');`;
    expect(records(code)).toEqual([model('claude-unicorn-1', code.indexOf('createAnthropic'), { baseURL: 'set' })]);
  });

  it.each([
    [
      'an own function named like the provider',
      `import '@ai-sdk/anthropic';
const anthropic = (id: string) => id;
export const m = anthropic('claude-3-opus-20240229');`,
    ],
    [
      'a type-only import',
      `import type { anthropic } from '@ai-sdk/anthropic';
declare const a: typeof anthropic;
export const m = a('claude-3-opus-20240229');`,
    ],
    [
      'a factory result held in a `let`',
      `import { createAnthropic } from '@ai-sdk/anthropic';
let p = createAnthropic();
p = other;
export const m = p('claude-3-opus-20240229');`,
    ],
    [
      'the provider passed, not called',
      `import { anthropic } from '@ai-sdk/anthropic';
register(anthropic, 'claude-3-opus-20240229');`,
    ],
    [
      'a namespace member that is no provider',
      `import * as providers from '@ai-sdk/anthropic';\nexport const m = providers.other('claude-3-opus-20240229');`,
    ],
    [
      'a require of another package',
      `const { anthropic } = require('./local-anthropic');\nmodule.exports = { m: anthropic('claude-3-opus-20240229') };`,
    ],
    [
      "Bedrock's Converse provider with another vendor's model",
      `import { bedrock } from '@ai-sdk/amazon-bedrock';
export const m = bedrock('amazon.nova-pro-v1:0');`,
    ],
  ])('makes none for %s', (_, code) => {
    expect(requestsOf(code)).toEqual([]);
  });
});

describe('AI SDK: the parameters under API names', () => {
  it("maps the call settings onto the user's own properties", () => {
    const request = onlyRequest(
      `${IMPORTS}await generateText({ model: anthropic('claude-sonnet-4-6'), maxOutputTokens: 5000, temperature: 0.5, topK: 5, stopSequences: ['END'], prompt: 'Hi', tools });`,
    );
    expect(paramsOf(request)).toEqual({
      'max_tokens (maxOutputTokens)': 5000,
      temperature: 0.5,
      'top_k (topK)': 5,
      'stop_sequences (stopSequences)': '<array>',
    });
    const maxTokens = request.params.properties.get('max_tokens');
    expect(maxTokens?.node.type).toBe('Property');
    expect(maxTokens?.node.loc.start).toEqual({ line: 3, column: 60 });
    expect(request.params.complete).toBe(true);
    expect(request.literalBody).toBe(false);
    expect([...request.clientDefaults]).toEqual(['max_tokens']);
    expect(request.transport).toMatchObject({
      apiVersion: { version: '2023-06-01', reason: expect.stringContaining('@ai-sdk/anthropic sends') as unknown },
      baseURL: { state: 'none' },
      rejectedSampling: 'sent',
      streamingGuard: null,
      clientRefusals: [],
    });
    expect(request.endpoint).toMatchObject({ kind: 'messages', batch: false, beta: false, method: 'generateText', toBeta: null });
  });

  it('maps providerOptions.anthropic: thinking with budget_tokens, effort as output_config.effort', () => {
    const request = onlyRequest(
      `${IMPORTS}await generateText({ model: anthropic('claude-sonnet-4-6'), providerOptions: { anthropic: { thinking: { type: 'enabled', budgetTokens: 2000 }, effort: 'high', cacheControl: { type: 'ephemeral' } } }, prompt: 'Hi' });`,
    );
    expect(paramsOf(request)).toEqual({
      thinking: { type: 'enabled', budget_tokens: 2000 },
      'output_config (effort)': { effort: 'high' },
    });
    const budget = request.params.properties.get('thinking')?.value;
    expect(budget?.kind === 'object' && budget.properties.get('budget_tokens')?.key).toBe('budgetTokens');
    expect(request.transport.rejectedSampling).toBe('dropped');
  });

  it('spells API paths the way the AI SDK does', () => {
    const request = onlyRequest(`${IMPORTS}await generateText({ model: anthropic('claude-sonnet-4-6'), prompt: 'Hi' });`);
    expect(
      ['max_tokens', 'top_p', 'stop_sequences', 'thinking', 'thinking.budget_tokens', 'output_config.effort', 'tool_choice'].map(
        request.spell,
      ),
    ).toEqual([
      'maxOutputTokens',
      'topP',
      'stopSequences',
      'providerOptions.anthropic.thinking',
      'providerOptions.anthropic.thinking.budgetTokens',
      'providerOptions.anthropic.effort',
      null,
    ]);
  });

  it('reads the provider options of a const and the Bedrock key', () => {
    const code = `import { generateText } from 'ai';\nimport { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';
const providerOptions = { anthropic: { effort: 'low' }, bedrock: { effort: 'max' } };
await generateText({ model: bedrockAnthropic('anthropic.claude-opus-4-8'), providerOptions, prompt: 'Hi' });`;
    expect(paramsOf(onlyRequest(code))).toEqual({ 'output_config (effort)': { effort: 'max' } });
  });

  it('leaves thinking and effort unknown when providerOptions or reasoning are not statically known', () => {
    const unknownOptions = onlyRequest(
      `${IMPORTS}await generateText({ model: anthropic('claude-sonnet-4-6'), providerOptions: opts, prompt: 'Hi' });`,
    );
    expect(unknownOptions.params.complete).toBe(false);
    const reasoning = onlyRequest(
      `${IMPORTS}await generateText({ model: anthropic('claude-sonnet-4-6'), reasoning: 'high', prompt: 'Hi' });`,
    );
    expect(paramsOf(reasoning)).toEqual({ 'thinking (reasoning)': '<unknown>', 'output_config (reasoning)': '<unknown>' });
  });

  it('keeps a spread that adds settings, and marks the parameters incomplete after an unknown one', () => {
    const known = onlyRequest(
      `${IMPORTS}const settings = { temperature: 0.3 };\nawait generateText({ model: anthropic('claude-sonnet-4-6'), ...settings, prompt: 'Hi' });`,
    );
    expect(paramsOf(known)).toEqual({ temperature: 0.3 });
    expect(known.params.complete).toBe(true);
    const unknown = onlyRequest(`${IMPORTS}await generateText({ ...defaults, model: anthropic('claude-sonnet-4-6'), prompt: 'Hi' });`);
    expect(unknown.params.complete).toBe(false);
  });

  it("reads the factory's baseURL", () => {
    const request = onlyRequest(
      `${IMPORTS}const proxy = createAnthropic({ baseURL: 'https://proxy.example/v1' });\nawait generateText({ model: proxy('claude-sonnet-4-6'), prompt: 'Hi' });`,
    );
    expect(request.transport.baseURL).toMatchObject({ state: 'set', value: 'https://proxy.example/v1' });
    const unknown = onlyRequest(`${IMPORTS}await generateText({ model: createAnthropic(config)('claude-sonnet-4-6'), prompt: 'Hi' });`);
    expect(unknown.transport.baseURL.state).toBe('unknown');
  });
});

describe('AI SDK: what the provider rewrites before sending is not known', () => {
  const params = (model: string, settings: string): Record<string, unknown> =>
    paramsOf(onlyRequest(`${IMPORTS}await generateText({ model: anthropic('${model}'), ${settings}, prompt: 'Hi' });`));

  it('budget thinking on a model whose catalog sends it as adaptive', () => {
    expect(params('claude-sonnet-5-5', `providerOptions: { anthropic: { thinking: { type: 'enabled', budgetTokens: 500 } } }`)).toEqual({
      thinking: '<unknown>',
    });
    // Opus 4.8's catalog entry keeps the budget: the API sees (and rejects) it.
    expect(params('claude-opus-4-8', `providerOptions: { anthropic: { thinking: { type: 'enabled', budgetTokens: 2048 } } }`)).toEqual({
      thinking: { type: 'enabled', budget_tokens: 2048 },
    });
  });

  it('disabled thinking on a model that cannot disable it; xhigh effort lowered with it', () => {
    expect(params('claude-opus-5-5', `providerOptions: { anthropic: { thinking: { type: 'disabled' } } }`)).toEqual({
      thinking: '<unknown>',
    });
    expect(params('claude-opus-5', `providerOptions: { anthropic: { thinking: { type: 'disabled' }, effort: 'xhigh' } }`)).toEqual({
      thinking: { type: 'disabled' },
      'output_config (effort)': { effort: '<unknown>' },
    });
  });

  it('max_tokens: capped for known models, raised by the thinking budget', () => {
    expect(params('claude-sonnet-4-5', 'maxOutputTokens: 100000')).toEqual({ 'max_tokens (maxOutputTokens)': '<unknown>' });
    expect(params('claude-sonnet-4-5', 'maxOutputTokens: 64000')).toEqual({ 'max_tokens (maxOutputTokens)': 64000 });
    // Not in the catalog (Mythos): sent as written.
    expect(params('claude-mythos-5', 'maxOutputTokens: 900000')).toEqual({ 'max_tokens (maxOutputTokens)': 900000 });
    expect(
      params(
        'claude-sonnet-4-6',
        `maxOutputTokens: 1000, providerOptions: { anthropic: { thinking: { type: 'enabled', budgetTokens: 4000 } } }`,
      ),
    ).toEqual({
      'max_tokens (maxOutputTokens)': '<unknown>',
      thinking: { type: 'enabled', budget_tokens: 4000 },
    });
  });

  it('topP beside temperature is dropped; a temperature outside 0..1 is clamped', () => {
    expect(params('claude-sonnet-4-5', 'temperature: 0.5, topP: 0.9')).toEqual({ temperature: 0.5 });
    expect(params('claude-sonnet-4-5', 'temperature: 1.5')).toEqual({ temperature: '<unknown>' });
  });

  it('sampling is dropped (with a warning) on the models its catalog drops it for, and with thinking on', () => {
    const sampling = (model: string, settings = 'temperature: 0.5'): string =>
      onlyRequest(`${IMPORTS}await generateText({ model: anthropic('${model}'), ${settings}, prompt: 'Hi' });`).transport.rejectedSampling;
    expect(sampling('claude-opus-4-8')).toBe('dropped');
    expect(sampling('claude-mythos-5')).toBe('dropped');
    expect(sampling('claude-sonnet-4-6')).toBe('sent');
    expect(sampling('claude-sonnet-4-6', `temperature: 0.5, providerOptions: { anthropic: { thinking: { type: 'adaptive' } } }`)).toBe(
      'dropped',
    );
  });
});

describe("the AI SDK's catalog (facts/frameworks.ts)", () => {
  it.each([
    ['claude-sonnet-5-5', { sampling: false, budgetThinking: false, canDisable: false, betweenTools: true }],
    ['claude-opus-5-5', { sampling: false, budgetThinking: false, canDisable: false }],
    ['claude-opus-5', { sampling: false, budgetThinking: true, canDisableAboveHighEffort: false }],
    ['claude-fable-5-1', { sampling: false, budgetThinking: false, canDisable: false }],
    ['claude-opus-4-7', { sampling: false, budgetThinking: true, maxOutputTokens: 128000 }],
    ['claude-sonnet-4-6', { sampling: true, maxOutputTokens: 128000 }],
    ['claude-haiku-4-5-20251001', { sampling: true, maxOutputTokens: 64000, knownModel: true }],
    ['claude-opus-4-20250514', { maxOutputTokens: 32000 }],
    ['claude-3-5-sonnet-20241022', { knownModel: false }],
    ['claude-mythos-preview', { sampling: false, knownModel: false }],
  ])('%s', (id, expected) => {
    expect(aiSdkModelProfile(id)).toMatchObject(expected);
  });
});

// ------------------------------------------------------------------ through the rules

const ruleTester = createRuleTester();
const HEAD = `import { generateText } from 'ai';\nimport { anthropic } from '@ai-sdk/anthropic';\n`;

describe('AI SDK requests through the rules', () => {
  ruleTester.run('valid-model-id', validModelId, {
    valid: [
      // The AI Gateway's and OpenRouter's IDs belong to other services.
      `import { generateText } from 'ai';\nimport '@ai-sdk/anthropic';\nawait generateText({ model: 'anthropic/claude-sonnet-4.6', prompt: 'Hi' });`,
      `${HEAD}await generateText({ model: anthropic('claude-sonnet-4-6'), prompt: 'Hi' });`,
      // A model made for a gateway (its own baseURL) may take other IDs; an ID not known here is not checked.
      `import { createAnthropic } from '@ai-sdk/anthropic';\nexport const m = createAnthropic({ baseURL: 'https://gateway.example.com/v1' })('claude-unicorn-1');`,
      `${HEAD}export const m = anthropic(process.env.MODEL ?? 'claude-sonnet-4-6');`,
    ],
    invalid: [
      {
        // A model no request in the file sends: its ID is checked where the provider makes it.
        code: `import { customProvider } from 'ai';\nimport { anthropic } from '@ai-sdk/anthropic';\nexport const provider = customProvider({ languageModels: { chat: anthropic('claude-3-5-sonnet-20240620') } });`,
        errors: [
          {
            messageId: 'retired',
            data: {
              id: 'claude-3-5-sonnet-20240620',
              name: 'Claude Sonnet 3.5',
              date: '2025-10-28',
              source: "the plugin's model table",
              replacement: "'claude-sonnet-4-6'",
            },
            line: 3,
            column: 76,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `import { customProvider } from 'ai';\nimport { anthropic } from '@ai-sdk/anthropic';\nexport const provider = customProvider({ languageModels: { chat: anthropic('claude-sonnet-4-6') } });`,
              },
            ],
          },
        ],
      },
      {
        code: `${HEAD}let model;\nif (process.env.FAST) model = anthropic.chat('claude-sonnet-4.6');\nawait generateText({ model, prompt: 'Hi' });`,
        output: `${HEAD}let model;\nif (process.env.FAST) model = anthropic.chat('claude-sonnet-4-6');\nawait generateText({ model, prompt: 'Hi' });`,
        errors: [{ messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 4, column: 46 }],
      },
      {
        code: `${HEAD}await generateText({ model: anthropic('claude-sonnet-4.6'), prompt: 'Hi' });`,
        output: `${HEAD}await generateText({ model: anthropic('claude-sonnet-4-6'), prompt: 'Hi' });`,
        errors: [{ messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 3, column: 39 }],
      },
      {
        code: `${HEAD}const model = anthropic.chat('claude-3-5-sonnet-20241022');\nawait generateText({ model, prompt: 'Hi' });`,
        errors: [
          {
            messageId: 'retired',
            line: 3,
            column: 30,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `${HEAD}const model = anthropic.chat('claude-sonnet-4-6');\nawait generateText({ model, prompt: 'Hi' });`,
              },
            ],
          },
        ],
      },
      {
        // Through wrapLanguageModel: the wrapped model's ID is sent.
        code: `import { generateText, wrapLanguageModel, simulateStreamingMiddleware } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
const model = wrapLanguageModel({ model: anthropic('claude-sonnet-4.6'), middleware: simulateStreamingMiddleware() });
await generateText({ model, prompt: 'Hi' });`,
        output: `import { generateText, wrapLanguageModel, simulateStreamingMiddleware } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
const model = wrapLanguageModel({ model: anthropic('claude-sonnet-4-6'), middleware: simulateStreamingMiddleware() });
await generateText({ model, prompt: 'Hi' });`,
        errors: [{ messageId: 'dotted', data: { id: 'claude-sonnet-4.6', fixed: 'claude-sonnet-4-6' }, line: 3, column: 52 }],
      },
    ],
  });

  ruleTester.run('no-unsupported-sampling-params', samplingParams, {
    valid: [
      // topP beside temperature is dropped by the provider, a temperature above 1 clamped.
      `${HEAD}await generateText({ model: anthropic('claude-sonnet-4-6'), temperature: 0.5, topP: 0.9, prompt: 'Hi' });`,
      `${HEAD}await generateText({ model: anthropic('claude-sonnet-4-6'), temperature: 1.5, prompt: 'Hi' });`,
      `import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nimport '@ai-sdk/anthropic';\nawait generateText({ model: openai('gpt-4o'), temperature: 0.2, topK: 3, prompt: 'Hi' });`,
    ],
    invalid: [
      {
        code: `${HEAD}await generateText({ model: anthropic('claude-opus-4-8'), temperature: 0.2, prompt: 'Hi' });`,
        errors: [
          {
            messageId: 'droppedForModel',
            data: { library: '@ai-sdk/anthropic', param: 'temperature', model: 'claude-opus-4-8' },
            line: 3,
            column: 59,
            suggestions: [
              {
                messageId: 'removeParam',
                data: { param: 'temperature' },
                output: `${HEAD}await generateText({ model: anthropic('claude-opus-4-8'), prompt: 'Hi' });`,
              },
            ],
          },
        ],
      },
      {
        code: `${HEAD}await generateText({ model: anthropic('claude-sonnet-4-6'), topK: 5, providerOptions: { anthropic: { thinking: { type: 'adaptive' } } }, prompt: 'Hi' });`,
        errors: [
          {
            messageId: 'droppedWithThinking',
            data: { library: '@ai-sdk/anthropic', param: 'topK' },
            line: 3,
            column: 61,
            suggestions: [
              {
                messageId: 'removeParam',
                data: { param: 'topK' },
                output: `${HEAD}await generateText({ model: anthropic('claude-sonnet-4-6'), providerOptions: { anthropic: { thinking: { type: 'adaptive' } } }, prompt: 'Hi' });`,
              },
            ],
          },
        ],
      },
    ],
  });

  ruleTester.run('valid-thinking', validThinking, {
    valid: [
      // The provider sends budget thinking as adaptive to Sonnet 5.5, and drops disabled thinking on Opus 5.5.
      `${HEAD}await generateText({ model: anthropic('claude-sonnet-5-5'), providerOptions: { anthropic: { thinking: { type: 'enabled', budgetTokens: 500 } } }, prompt: 'Hi' });`,
      `${HEAD}await generateText({ model: anthropic('claude-opus-5-5'), providerOptions: { anthropic: { thinking: { type: 'disabled' } } }, prompt: 'Hi' });`,
      // max_tokens is maxOutputTokens plus the budget: never below it.
      `${HEAD}await generateText({ model: anthropic('claude-sonnet-4-6'), maxOutputTokens: 1024, providerOptions: { anthropic: { thinking: { type: 'enabled', budgetTokens: 4096 } } }, prompt: 'Hi' });`,
    ],
    invalid: [
      {
        code: `${HEAD}await generateText({ model: anthropic('claude-sonnet-4-6'), providerOptions: { anthropic: { thinking: { type: 'enabled', budgetTokens: 500 } } }, prompt: 'Hi' });`,
        errors: [{ messageId: 'budgetTooSmall', data: { budgetKey: 'budgetTokens', value: '500' }, line: 3, column: 122 }],
      },
      {
        code: `${HEAD}await generateText({ model: anthropic('claude-sonnet-4-6'), providerOptions: { anthropic: { effort: 'xhigh' } }, prompt: 'Hi' });`,
        errors: [
          {
            messageId: 'effortLevelNotSupported',
            data: {
              effortParam: 'providerOptions.anthropic.effort',
              model: 'claude-sonnet-4-6',
              effort: 'xhigh',
              levels: "low', 'medium', 'high', 'max",
            },
            line: 3,
            column: 93,
          },
        ],
      },
    ],
  });

  ruleTester.run('valid-max-tokens', validMaxTokens, {
    valid: [
      // The provider fills max_tokens in, and caps it for the models its catalog knows.
      `${HEAD}await generateText({ model: anthropic('claude-sonnet-4-6'), prompt: 'Hi' });`,
      `${HEAD}await generateText({ model: anthropic('claude-haiku-4-5'), maxOutputTokens: 100000, prompt: 'Hi' });`,
    ],
    invalid: [
      {
        code: `${HEAD}await generateText({ model: anthropic('claude-mythos-5'), maxOutputTokens: 900000, prompt: 'Hi' });`,
        errors: [
          {
            messageId: 'aboveModelMax',
            data: { param: 'maxOutputTokens', value: '900000', max: '128000', model: 'claude-mythos-5' },
            line: 3,
            column: 59,
            suggestions: [
              {
                messageId: 'useModelMax',
                data: { max: '128000' },
                output: `${HEAD}await generateText({ model: anthropic('claude-mythos-5'), maxOutputTokens: 128000, prompt: 'Hi' });`,
              },
            ],
          },
        ],
      },
    ],
  });

  ruleTester.run('no-unknown-params', noUnknownParams, {
    valid: [
      `${HEAD}await generateText({ model: anthropic('claude-sonnet-4-6'), maxOutputTokens: 100, stopSequences: ['x'], providerOptions: { anthropic: { effort: 'low', thinking: { type: 'adaptive', display: 'summarized' } } }, prompt: 'Hi' });`,
    ],
    invalid: [],
  });
});
