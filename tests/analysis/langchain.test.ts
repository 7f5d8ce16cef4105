/**
 * The LangChain adapter: `new ChatAnthropic(...)` in each of its forms, the record it fills
 * (fields under API names on the user's nodes, `invocationKwargs` merged as LangChain merges
 * it, the throws LangChain makes at invoke time), and the chat models that are not Anthropic's.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LANGCHAIN_REFUSALS, LANGCHAIN_THINKING_REFUSAL } from '../../src/facts/frameworks.js';
import noDeprecatedModel from '../../src/rules/no-deprecated-model.js';
import samplingParams from '../../src/rules/no-unsupported-sampling-params.js';
import validMaxTokens from '../../src/rules/valid-max-tokens.js';
import validModelId from '../../src/rules/valid-model-id.js';
import validThinking from '../../src/rules/valid-thinking.js';
import { createRuleTester } from '../rule-tester.js';
import { onlyRequest, paramsOf, requestsOf } from './record-harness.js';

const IMPORT = `import { ChatAnthropic } from '@langchain/anthropic';\n`;
const models = (code: string): { models: string[]; complete: boolean } => {
  const request = onlyRequest(IMPORT + code);
  return { models: request.models.map((model) => model.id), complete: request.modelsComplete };
};

describe('LangChain: the construction', () => {
  it('reads `model`, `modelName` and the model as first argument', () => {
    expect(models(`new ChatAnthropic({ model: 'claude-sonnet-4-6' });`)).toEqual({ models: ['claude-sonnet-4-6'], complete: true });
    expect(models(`new ChatAnthropic({ modelName: 'claude-3-opus-20240229' });`)).toEqual({
      models: ['claude-3-opus-20240229'],
      complete: true,
    });
    expect(models(`new ChatAnthropic('claude-opus-4-8', { temperature: 1 });`)).toEqual({ models: ['claude-opus-4-8'], complete: true });
    expect(models(`const MODEL = 'claude-haiku-4-5';\nnew ChatAnthropic(MODEL);`)).toEqual({
      models: ['claude-haiku-4-5'],
      complete: true,
    });
    expect(models(`new ChatAnthropic({ model: process.env.MODEL });`)).toEqual({ models: [], complete: false });
  });

  it('reads fields held in a const (the class only reads them); fields changed later are unknown', () => {
    expect(models(`const cfg = { model: 'claude-3-opus-20240229', temperature: 0 };\nnew ChatAnthropic(cfg);`)).toEqual({
      models: ['claude-3-opus-20240229'],
      complete: true,
    });
    const changed = requestsOf(`${IMPORT}const cfg = { model: 'claude-3-opus-20240229' };\ncfg.model = pick();\nnew ChatAnthropic(cfg);`);
    expect(changed.flatMap((request) => request.models.map((model) => model.id))).toEqual([]);
  });

  it("names LangChain's default when the code provably sets no model, on the class name", () => {
    const request = onlyRequest(`${IMPORT}new ChatAnthropic({ temperature: 0 });`);
    expect(request.models.map(({ id, clientDefault, node }) => ({ id, clientDefault, node: node.type }))).toEqual([
      { id: 'claude-sonnet-4-5-20250929', clientDefault: true, node: 'Identifier' },
    ]);
    expect(models(`new ChatAnthropic();`)).toEqual({ models: ['claude-sonnet-4-5-20250929'], complete: true });
    // Fields or kwargs that may set one: no model is known.
    expect(models(`new ChatAnthropic({ ...config });`)).toEqual({ models: [], complete: false });
    expect(models(`new ChatAnthropic({ invocationKwargs: kwargs });`)).toEqual({ models: [], complete: false });
  });

  it('follows `import *`, `require` and `ChatAnthropicMessages`', () => {
    expect(requestsOf(`import * as lc from '@langchain/anthropic';\nnew lc.ChatAnthropic({ model: 'claude-sonnet-4-6' });`)).toHaveLength(
      1,
    );
    expect(
      requestsOf(`const { ChatAnthropic } = require('@langchain/anthropic');\nnew ChatAnthropic({ model: 'claude-sonnet-4-6' });`),
    ).toHaveLength(1);
    expect(
      requestsOf(
        `import { ChatAnthropicMessages } from '@langchain/anthropic';\nnew ChatAnthropicMessages({ model: 'claude-sonnet-4-6' });`,
      ),
    ).toHaveLength(1);
  });

  it.each([
    [
      'ChatBedrockConverse',
      `import { ChatBedrockConverse } from '@langchain/aws';\nimport '@langchain/anthropic';\nnew ChatBedrockConverse({ model: 'anthropic.claude-3-5-sonnet-20240620-v1:0', temperature: 0.5 });`,
    ],
    [
      'ChatOpenAI',
      `import { ChatOpenAI } from '@langchain/openai';\nimport '@langchain/anthropic';\nnew ChatOpenAI({ model: 'gpt-4o', temperature: 3 });`,
    ],
    [
      'an own ChatAnthropic class',
      `import '@langchain/anthropic';\nclass ChatAnthropic { constructor(readonly options: object) {} }\nnew ChatAnthropic({ model: 'claude-3-opus-20240229' });`,
    ],
    ['unknown fields', `${IMPORT}new ChatAnthropic(...args);`],
  ])('is not a Claude request: %s', (_, code) => {
    expect(requestsOf(code)).toEqual([]);
  });
});

describe('LangChain: the parameters under API names', () => {
  it("maps the fields onto the user's own properties", () => {
    const request = onlyRequest(
      `${IMPORT}new ChatAnthropic({ model: 'claude-sonnet-4-5', maxTokens: 5000, temperature: 0.5, topP: 0.9, topK: 5, stopSequences: ['END'], apiKey: 'k', streaming: true });`,
    );
    expect(paramsOf(request)).toEqual({
      'max_tokens (maxTokens)': 5000,
      temperature: 0.5,
      'top_p (topP)': 0.9,
      'top_k (topK)': 5,
      'stop_sequences (stopSequences)': '<array>',
    });
    expect(request.params.properties.get('max_tokens')?.node.loc.start).toEqual({ line: 2, column: 48 });
    expect(request.params.complete).toBe(true);
    expect(request.literalBody).toBe(false);
    expect([...request.clientDefaults]).toEqual(['max_tokens']);
    expect(request.endpoint).toMatchObject({ label: 'new ChatAnthropic', method: 'ChatAnthropic', kind: 'messages', toBeta: null });
    expect(request.transport).toMatchObject({
      service: 'anthropic',
      platform: 'anthropic',
      library: '@langchain/anthropic',
      apiVersion: { version: '2023-06-01', reason: expect.stringContaining('^0.122.0') as unknown },
      baseURL: { state: 'none' },
      rejectedSampling: 'sent',
      streamingGuard: null,
      clientRefusals: LANGCHAIN_REFUSALS,
    });
  });

  it('takes thinking and outputConfig in the API shape', () => {
    const request = onlyRequest(
      `${IMPORT}new ChatAnthropic({ model: 'claude-opus-4-8', thinking: { type: 'enabled', budget_tokens: 2048 }, outputConfig: { effort: 'max' } });`,
    );
    expect(paramsOf(request)).toEqual({
      thinking: { type: 'enabled', budget_tokens: 2048 },
      'output_config (outputConfig)': { effort: 'max' },
    });
    expect(request.transport.clientRefusals).toEqual([...LANGCHAIN_REFUSALS, LANGCHAIN_THINKING_REFUSAL]);
  });

  it('does not attach the thinking refusal for a Fable model (it tolerates top_p: 1 there)', () => {
    const request = onlyRequest(`${IMPORT}new ChatAnthropic({ model: 'claude-fable-5', thinking: { type: 'adaptive' } });`);
    expect(request.transport.clientRefusals).toEqual(LANGCHAIN_REFUSALS);
  });

  it('merges invocationKwargs as LangChain does: it replaces earlier fields, never output_config', () => {
    const request = onlyRequest(
      `${IMPORT}new ChatAnthropic({ model: 'claude-sonnet-4-6', maxTokens: 100, temperature: 0.2, invocationKwargs: { max_tokens: 9000, temperature: 0.9, top_k: 3, output_config: { effort: 'max' }, metadata: { user_id: 'u' } } });`,
    );
    expect(paramsOf(request)).toEqual({ max_tokens: 9000, temperature: 0.2, top_k: 3, metadata: { user_id: 'u' } });
    expect(request.spell('max_tokens')).toBe('maxTokens');
    expect(request.spell('output_config.effort')).toBe('outputConfig.effort');
    expect(request.spell('metadata')).toBe('invocationKwargs.metadata');
  });

  it('takes the model from invocationKwargs; unknown kwargs make earlier fields unknown', () => {
    expect(models(`new ChatAnthropic({ model: 'claude-sonnet-4-6', invocationKwargs: { model: 'claude-3-opus-20240229' } });`)).toEqual({
      models: ['claude-3-opus-20240229'],
      complete: true,
    });
    const request = onlyRequest(`${IMPORT}new ChatAnthropic({ model: 'claude-sonnet-4-6', maxTokens: 100, invocationKwargs: kwargs });`);
    expect(paramsOf(request)).toEqual({ 'max_tokens (maxTokens)': '<unknown>' });
    expect(request.modelsComplete).toBe(false);
    expect(request.params.complete).toBe(false);
  });

  it('leaves out default sampling values LangChain never sends (adaptive-only models, thinking on)', () => {
    expect(paramsOf(onlyRequest(`${IMPORT}new ChatAnthropic({ model: 'claude-opus-4-8', temperature: 1, topP: 1, topK: 5 });`))).toEqual({
      'top_k (topK)': 5,
    });
    expect(paramsOf(onlyRequest(`${IMPORT}new ChatAnthropic({ model: 'claude-opus-4-8', temperature: 0.5 });`))).toEqual({
      temperature: 0.5,
    });
  });

  it('reads the base URL from anthropicApiUrl or clientOptions', () => {
    const direct = onlyRequest(`${IMPORT}new ChatAnthropic({ model: 'claude-sonnet-4-6', anthropicApiUrl: 'https://proxy.example' });`);
    expect(direct.transport.baseURL).toMatchObject({ state: 'set', value: 'https://proxy.example' });
    const nested = onlyRequest(
      `${IMPORT}new ChatAnthropic({ model: 'claude-sonnet-4-6', clientOptions: { baseURL: 'https://proxy.example' } });`,
    );
    expect(nested.transport.baseURL).toMatchObject({ state: 'set', value: 'https://proxy.example' });
    const unknown = onlyRequest(`${IMPORT}new ChatAnthropic({ model: 'claude-sonnet-4-6', clientOptions });`);
    expect(unknown.transport.baseURL.state).toBe('unknown');
  });
});

// ------------------------------------------------------------------ through the rules

const ruleTester = createRuleTester();

const INIT = `import { initChatModel } from 'langchain';\n`;
const initModels = (code: string): string[][] => requestsOf(INIT + code).map((request) => request.models.map((model) => model.id));

describe('LangChain: initChatModel', () => {
  it('is a ChatAnthropic construction when the provider is proven Anthropic', () => {
    expect(initModels(`await initChatModel('claude-3-opus-20240229', { temperature: 0.2 });`)).toEqual([['claude-3-opus-20240229']]);
    expect(initModels(`await initChatModel('anthropic:claude-sonnet-4-6');`)).toEqual([['claude-sonnet-4-6']]);
    expect(initModels(`await initChatModel('claude-sonnet-4-6', { modelProvider: 'anthropic', maxTokens: 1024 });`)).toEqual([
      ['claude-sonnet-4-6'],
    ]);
    expect(initModels(`const M = c ? 'claude-haiku-4-5' : 'anthropic:claude-opus-4-8';\nawait initChatModel(M);`)).toEqual([
      ['claude-haiku-4-5', 'claude-opus-4-8'],
    ]);
    // Configurable fields that leave the model fixed.
    expect(initModels(`await initChatModel('claude-sonnet-4-6', { configurableFields: ['apiKey'] });`)).toEqual([['claude-sonnet-4-6']]);
    for (const module of ['langchain/chat_models/universal', '@langchain/classic/chat_models/universal']) {
      expect(requestsOf(`import { initChatModel } from '${module}';\nawait initChatModel('claude-sonnet-4-6');`), module).toHaveLength(1);
    }
  });

  it('hands the class its fields under API names, without its own', () => {
    const request = onlyRequest(
      `${INIT}await initChatModel('claude-sonnet-4-6', { modelProvider: 'anthropic', maxTokens: 1024, topK: 5 });`,
    );
    expect(paramsOf(request)).toEqual({ 'max_tokens (maxTokens)': 1024, 'top_k (topK)': 5 });
    expect(request.endpoint.label).toBe('initChatModel');
    expect(request.transport.library).toBe('@langchain/anthropic');
  });

  it.each([
    ['another provider inferred', `await initChatModel('gpt-4o');`],
    ['another provider named by prefix', `await initChatModel('openai:claude-3-opus-20240229');`],
    ['another provider in the fields', `await initChatModel('claude-3-opus-20240229', { modelProvider: 'bedrock' });`],
    ['a provider not known', `await initChatModel('claude-3-opus-20240229', { modelProvider: provider });`],
    ['the model configurable at call time', `await initChatModel('claude-3-opus-20240229', { configurableFields: 'any' });`],
    ['the model listed as configurable', `await initChatModel('claude-3-opus-20240229', { configurableFields: ['model'] });`],
    ['fields that may set a provider', `await initChatModel('claude-3-opus-20240229', { ...options });`],
    ['a model not known', `await initChatModel(process.env.MODEL);`],
    ['no model (configurable)', `await initChatModel(undefined, { temperature: 0 });`],
  ])('is not a Claude request with %s', (_, code) => {
    expect(requestsOf(INIT + code)).toEqual([]);
  });

  it('follows an import that renames it', () => {
    expect(requestsOf(`import { initChatModel as init } from 'langchain';\nawait init('claude-3-opus-20240229');`)).toHaveLength(1);
    expect(requestsOf(`import * as lc from 'langchain';\nawait lc.initChatModel('claude-3-opus-20240229');`)).toHaveLength(1);
  });

  it("is not LangChain's when it is the app's own function", () => {
    expect(requestsOf(`import { initChatModel } from './models';\nawait initChatModel('claude-3-opus-20240229');`)).toEqual([]);
    expect(requestsOf(`const initChatModel = (m: string) => m;\ninitChatModel('claude-3-opus-20240229');`)).toEqual([]);
  });
});

describe('LangChain: createAgent', () => {
  const AGENT = `import { createAgent } from 'langchain';\n`;
  const agentModels = (code: string): string[][] => requestsOf(AGENT + code).map((request) => request.models.map((model) => model.id));

  it('builds its model from the string as initChatModel does', () => {
    expect(agentModels(`createAgent({ model: 'anthropic:claude-sonnet-4-20250514', tools: [search] });`)).toEqual([
      ['claude-sonnet-4-20250514'],
    ]);
    expect(agentModels(`createAgent({ model: 'claude-3-opus-20240229', tools: [], middleware: [] });`)).toEqual([
      ['claude-3-opus-20240229'],
    ]);
    expect(onlyRequest(`${AGENT}createAgent({ model: 'claude-sonnet-4-6' });`).endpoint.label).toBe('createAgent');
    // LangChain's prompt-caching middleware passes the model on unchanged.
    const cached = `import { createAgent, anthropicPromptCachingMiddleware } from 'langchain';
createAgent({ model: 'anthropic:claude-sonnet-4-20250514', tools: [], middleware: [anthropicPromptCachingMiddleware({ ttl: '5m' })] });`;
    expect(requestsOf(cached).map((request) => request.models.map((model) => model.id))).toEqual([['claude-sonnet-4-20250514']]);
  });

  it.each([
    ['middleware, which may call another model', `createAgent({ model: 'claude-3-opus-20240229', middleware: [pickModel] });`],
    ['middleware not known', `createAgent({ model: 'claude-3-opus-20240229', middleware });`],
    [
      "the app's own middleware beside LangChain's",
      `import { anthropicPromptCachingMiddleware } from 'langchain';\ncreateAgent({ model: 'claude-3-opus-20240229', middleware: [anthropicPromptCachingMiddleware(), pickModelMiddleware()] });`,
    ],
    [
      'a middleware of that name from elsewhere',
      `import { anthropicPromptCachingMiddleware } from './middleware';\ncreateAgent({ model: 'claude-3-opus-20240229', middleware: [anthropicPromptCachingMiddleware()] });`,
    ],
    ['a chat model object (read where it is built)', `createAgent({ model: llm, tools: [] });`],
    ["another provider's model", `createAgent({ model: 'openai:gpt-4o' });`],
    ['options that may hold anything', `createAgent({ ...options, model: 'claude-3-opus-20240229' });`],
  ])('is not read with %s', (_, code) => {
    expect(requestsOf(AGENT + code)).toEqual([]);
  });

  it("is not LangChain's from another module", () => {
    expect(requestsOf(`import { createAgent } from './agents';\ncreateAgent({ model: 'claude-3-opus-20240229' });`)).toEqual([]);
  });
});

describe('LangChain requests through the rules', () => {
  ruleTester.run('valid-model-id', validModelId, {
    valid: [
      `${IMPORT}new ChatAnthropic({ model: 'claude-sonnet-4-6' });`,
      `import { ChatBedrockConverse } from '@langchain/aws';\nnew ChatBedrockConverse({ model: 'anthropic.claude-3-opus-20240229-v1:0' });`,
      // A model may come from the spread: LangChain's default is not proven.
      `${IMPORT}new ChatAnthropic({ ...config });`,
    ],
    invalid: [
      {
        code: `${IMPORT}new ChatAnthropic('claude-3-opus-20240229');`,
        errors: [
          {
            messageId: 'retired',
            line: 2,
            column: 19,
            suggestions: [
              { messageId: 'replaceWith', data: { id: 'claude-opus-4-8' }, output: `${IMPORT}new ChatAnthropic('claude-opus-4-8');` },
            ],
          },
        ],
      },
      {
        // initChatModel's provider prefix: the replacement is a `claude…` ID, which it infers as Anthropic's.
        code: `${INIT}const llm = await initChatModel('anthropic:claude-3-5-sonnet-20241022', { temperature: 0 });`,
        errors: [
          {
            messageId: 'retired',
            line: 2,
            column: 33,
            suggestions: [
              {
                messageId: 'replaceWith',
                data: { id: 'claude-sonnet-4-6' },
                output: `${INIT}const llm = await initChatModel('claude-sonnet-4-6', { temperature: 0 });`,
              },
            ],
          },
        ],
      },
      {
        code: `${IMPORT}const llm = new ChatAnthropic({ temperature: 0 });`,
        errors: [
          {
            messageId: 'retiredDefault',
            data: {
              library: '@langchain/anthropic',
              id: 'claude-sonnet-4-5-20250929',
              date: '2026-11-30',
              replacement: "'claude-sonnet-4-6'",
              source: "the plugin's model table",
            },
            line: 2,
            column: 17,
          },
        ],
      },
    ],
  });

  ruleTester.run('no-unsupported-sampling-params', samplingParams, {
    valid: [
      // Defaults LangChain never sends.
      `${IMPORT}new ChatAnthropic({ model: 'claude-opus-4-8', temperature: 1, topP: 1 });`,
      `${IMPORT}new ChatAnthropic({ model: 'claude-sonnet-4-6', temperature: 0.2, topK: 10 });`,
      `import { ChatOpenAI } from '@langchain/openai';\nimport '@langchain/anthropic';\nnew ChatOpenAI({ model: 'gpt-4o', temperature: 0.2, topP: 0.9 });`,
    ],
    invalid: [
      {
        code: `${IMPORT}new ChatAnthropic({ model: 'claude-opus-4-8', topP: 0.995 });`,
        errors: [
          {
            messageId: 'refusedByClient',
            data: { library: '@langchain/anthropic', param: 'topP', value: '0.995', model: 'claude-opus-4-8' },
            line: 2,
            column: 47,
            suggestions: [
              { messageId: 'removeParam', data: { param: 'topP' }, output: `${IMPORT}new ChatAnthropic({ model: 'claude-opus-4-8' });` },
            ],
          },
        ],
      },
      {
        // Older models get temperature and top_p through to the API, which rejects the pair.
        code: `${IMPORT}new ChatAnthropic({ model: 'claude-haiku-4-5', temperature: 0.7, topP: 0.9 });`,
        errors: [
          {
            messageId: 'bothTemperatureAndTopP',
            data: { model: 'claude-haiku-4-5' },
            line: 2,
            column: 66,
            suggestions: [
              {
                messageId: 'removeParam',
                data: { param: 'topP' },
                output: `${IMPORT}new ChatAnthropic({ model: 'claude-haiku-4-5', temperature: 0.7 });`,
              },
              {
                messageId: 'removeParam',
                data: { param: 'temperature' },
                output: `${IMPORT}new ChatAnthropic({ model: 'claude-haiku-4-5', topP: 0.9 });`,
              },
            ],
          },
        ],
      },
    ],
  });

  ruleTester.run('valid-thinking', validThinking, {
    valid: [`${IMPORT}new ChatAnthropic({ model: 'claude-opus-4-8', thinking: { type: 'adaptive' }, outputConfig: { effort: 'xhigh' } });`],
    invalid: [
      {
        code: `${IMPORT}new ChatAnthropic({ model: 'claude-opus-4-8', thinking: { type: 'enabled', budget_tokens: 4000 } });`,
        errors: [
          {
            messageId: 'refusedByClient',
            data: { library: '@langchain/anthropic', what: "thinking.type: 'enabled'", model: 'claude-opus-4-8' },
            line: 2,
            column: 59,
            suggestions: [
              {
                messageId: 'useAdaptive',
                output: `${IMPORT}new ChatAnthropic({ model: 'claude-opus-4-8', thinking: { type: 'adaptive' } });`,
              },
            ],
          },
        ],
      },
      {
        code: `${IMPORT}new ChatAnthropic({ model: 'claude-sonnet-4-6', outputConfig: { effort: 'xhigh' } });`,
        errors: [
          {
            messageId: 'effortLevelNotSupported',
            data: {
              effortParam: 'outputConfig.effort',
              model: 'claude-sonnet-4-6',
              effort: 'xhigh',
              levels: "low', 'medium', 'high', 'max",
            },
            line: 2,
            column: 65,
          },
        ],
      },
    ],
  });

  ruleTester.run('valid-max-tokens', validMaxTokens, {
    valid: [`${IMPORT}new ChatAnthropic({ model: 'claude-sonnet-4-6' });`],
    invalid: [
      {
        code: `${IMPORT}new ChatAnthropic({ model: 'claude-sonnet-4-6', maxTokens: 200000 });`,
        errors: [
          {
            messageId: 'aboveModelMax',
            data: { param: 'maxTokens', value: '200000', max: '128000', model: 'claude-sonnet-4-6' },
            line: 2,
            column: 49,
            suggestions: [
              {
                messageId: 'useModelMax',
                data: { max: '128000' },
                output: `${IMPORT}new ChatAnthropic({ model: 'claude-sonnet-4-6', maxTokens: 128000 });`,
              },
            ],
          },
        ],
      },
    ],
  });
});

/** A models setting that makes LangChain's default a deprecated model again, as it was before 2026-11-30. */
const DEPRECATED_DEFAULT = {
  'claude-api': {
    apiVersion: '2023-06-01',
    models: [{ id: 'claude-sonnet-4-5', lifecycle: { status: 'deprecated', retiresOn: '2026-11-30', replacement: 'claude-sonnet-4-6' } }],
  },
};

describe("LangChain's default model before its retirement date", () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T12:00:00Z'));
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  ruleTester.run('no-deprecated-model', noDeprecatedModel, {
    valid: [`${IMPORT}new ChatAnthropic({ model: 'claude-sonnet-4-6' });`],
    invalid: [
      {
        code: `${IMPORT}new ChatAnthropic();`,
        settings: DEPRECATED_DEFAULT,
        errors: [
          {
            messageId: 'deprecatedDefault',
            data: {
              library: '@langchain/anthropic',
              id: 'claude-sonnet-4-5-20250929',
              name: 'Claude Sonnet 4.5',
              date: '2026-11-30',
              replacement: "'claude-sonnet-4-6'",
              source: "settings['claude-api'].models",
            },
            line: 2,
            column: 5,
          },
        ],
      },
    ],
  });
});
