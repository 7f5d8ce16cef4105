/**
 * The shared request finder, driven through ESLint's `Linter` with a tiny test-only rule that
 * records what `getClaudeRequests` returns. Every call shape the finder follows, every payload
 * form it resolves, and the look-alike calls it must never return.
 */
import * as parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { getClaudeRequests, type ClaudeRequest } from '../../src/analysis/requests.js';
import type { Resolved } from '../../src/analysis/values.js';

const API_2023 = { 'claude-api': { apiVersion: '2023-06-01' } };

/** A rule that records the requests of each linted file. */
function recorder(sink: (requests: readonly ClaudeRequest[]) => void): Rule.RuleModule {
  return {
    meta: { type: 'problem', schema: [] },
    create(context) {
      return {
        Program() {
          sink(getClaudeRequests(context as unknown as TSESLint.RuleContext<string, readonly unknown[]>));
        },
      };
    },
  };
}

/** Lint `code` as a TypeScript file with these rules (as `test/<name>`), expecting it to parse. */
function verifyWith(code: string, rules: Record<string, Rule.RuleModule>, settings: Record<string, unknown> = API_2023): void {
  const enabled: Linter.RulesRecord = Object.fromEntries(Object.keys(rules).map((name) => [`test/${name}`, 'error']));
  const messages = new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: parser as unknown as Linter.Parser },
        plugins: { test: { rules } },
        rules: enabled,
        settings,
      },
    ],
    { filename: 'file.ts' },
  );
  const fatal = messages.filter((message) => message.fatal === true || message.ruleId === null);
  expect(fatal).toEqual([]);
}

/** Lint `code` as a TypeScript file with rules that each record the finder's result. */
function lintWith(code: string, ruleCount: number, settings: Record<string, unknown> = API_2023): (readonly ClaudeRequest[])[] {
  const results: (readonly ClaudeRequest[])[] = [];
  const rules: Record<string, Rule.RuleModule> = {};
  for (let index = 0; index < ruleCount; index++) rules[`record-${index}`] = recorder((requests) => results.push(requests));
  verifyWith(code, rules, settings);
  return results;
}

function requestsOf(code: string, settings?: Record<string, unknown>): readonly ClaudeRequest[] {
  const [requests] = lintWith(code, 1, settings);
  expect(requests).toBeDefined();
  return requests ?? [];
}

interface Summary {
  readonly endpoint: string;
  readonly method: string;
  readonly beta: boolean;
  readonly batch: boolean;
  readonly clientKind: string;
  readonly provider: string | null;
  readonly models: readonly string[];
  readonly modelsComplete: boolean;
  readonly keys: readonly string[];
  readonly complete: boolean;
}

function summarise(request: ClaudeRequest): Summary {
  return {
    endpoint: request.endpoint.label,
    method: request.endpoint.method,
    beta: request.endpoint.beta,
    batch: request.endpoint.batch,
    clientKind: request.transport.service ?? 'unknown',
    provider: request.transport.platform,
    models: request.models.map((model) => model.id),
    modelsComplete: request.modelsComplete,
    keys: [...request.params.properties.keys()],
    complete: request.params.complete,
  };
}

function find(code: string, settings?: Record<string, unknown>): Summary[] {
  return requestsOf(code, settings).map(summarise);
}

/** A property's value in a short form: the literal, or the kind of what is not a literal. */
function shortValue(resolved: Resolved | undefined): unknown {
  if (!resolved) return '<absent>';
  if (resolved.kind === 'literal') return resolved.value;
  if (resolved.kind === 'choice') return { choice: resolved.options.map(shortValue) };
  return `<${resolved.kind}>`;
}

function valueOf(request: ClaudeRequest | undefined, key: string): unknown {
  return shortValue(request?.params.properties.get(key)?.value);
}

/** The record of a one-request file. */
function only(code: string, settings?: Record<string, unknown>): ClaudeRequest {
  const requests = requestsOf(code, settings);
  expect(requests).toHaveLength(1);
  return requests[0] as ClaudeRequest;
}

const FIRST_PARTY = {
  endpoint: 'messages.create',
  method: 'create',
  beta: false,
  batch: false,
  clientKind: 'anthropic',
  provider: 'anthropic',
  models: ['claude-opus-4-8'],
  modelsComplete: true,
  keys: ['model', 'max_tokens', 'messages'],
  complete: true,
} as const;

const CALL = `.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });`;

describe('clients', () => {
  it('finds a call on `new Anthropic()` directly', () => {
    expect(find(`import Anthropic from '@anthropic-ai/sdk';\nnew Anthropic()${CALL}`)).toEqual([FIRST_PARTY]);
  });

  it('follows a client held in a variable', () => {
    expect(find(`import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic({ apiKey: 'k' });\nclient${CALL}`)).toEqual([
      FIRST_PARTY,
    ]);
  });

  it('keeps the construction and its options', () => {
    const request = only(`import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic({ maxRetries: 2 });\nclient${CALL}`);
    expect(request.transport.clientInView).toBe(true);
    expect(request.transport.baseURL).toEqual({ state: 'none' });
    expect(request.transport.timeout).toEqual({ state: 'none' });
    expect(request.call.type).toBe('CallExpression');
    expect(request.requestOptions).toBeNull();
  });

  it('resolves the second argument as request options', () => {
    const request = only(
      `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nclient.messages.create({ model: 'claude-opus-4-8', max_tokens: 1, messages: [] }, { timeout: 1000 });`,
    );
    expect(request.requestOptions?.kind).toBe('object');
  });

  it.each([
    ['import Anthropic from', `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();`],
    ['import { Anthropic } from', `import { Anthropic } from '@anthropic-ai/sdk';\nconst client = new Anthropic();`],
    ['import { Anthropic as A } from', `import { Anthropic as A } from '@anthropic-ai/sdk';\nconst client = new A();`],
    ['import * as sdk (sdk.Anthropic)', `import * as sdk from '@anthropic-ai/sdk';\nconst client = new sdk.Anthropic();`],
    ['import * as sdk (sdk.default)', `import * as sdk from '@anthropic-ai/sdk';\nconst client = new sdk.default();`],
    ['const Anthropic = require()', `const Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();`],
    ['const { Anthropic } = require()', `const { Anthropic } = require('@anthropic-ai/sdk');\nconst client = new Anthropic();`],
    ['require().default', `const Anthropic = require('@anthropic-ai/sdk').default;\nconst client = new Anthropic();`],
    ['new (require())()', `const client = new (require('@anthropic-ai/sdk'))();`],
    ['import Anthropic = require()', `import Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();`],
    ['a const alias of the class', `import Anthropic from '@anthropic-ai/sdk';\nconst Claude = Anthropic;\nconst client = new Claude();`],
  ])('first-party client through %s', (_, setup) => {
    expect(find(`${setup}\nclient${CALL}`)).toEqual([FIRST_PARTY]);
  });

  it.each([
    [
      'AnthropicBedrock (named)',
      `import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrock();`,
      'bedrock',
      'bedrock',
    ],
    [
      'AnthropicBedrock (default)',
      `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrock();`,
      'bedrock',
      'bedrock',
    ],
    [
      'AnthropicBedrockMantle',
      `import { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrockMantle();`,
      'bedrock-mantle',
      'bedrock',
    ],
    [
      'AnthropicVertex',
      `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';\nconst client = new AnthropicVertex();`,
      'vertex',
      'vertex',
    ],
    [
      'AnthropicVertex (default)',
      `import AnthropicVertex from '@anthropic-ai/vertex-sdk';\nconst client = new AnthropicVertex();`,
      'vertex',
      'vertex',
    ],
    [
      'AnthropicFoundry',
      `import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';\nconst client = new AnthropicFoundry();`,
      'foundry',
      'anthropic',
    ],
    ['AnthropicAws', `import { AnthropicAws } from '@anthropic-ai/aws-sdk';\nconst client = new AnthropicAws();`, 'aws', 'anthropic'],
    ['AnthropicAws (default)', `import AnthropicAws from '@anthropic-ai/aws-sdk';\nconst client = new AnthropicAws();`, 'aws', 'anthropic'],
    [
      'Bedrock through require',
      `const { AnthropicBedrock } = require('@anthropic-ai/bedrock-sdk');\nconst client = new AnthropicBedrock();`,
      'bedrock',
      'bedrock',
    ],
  ])('platform client %s', (_, setup, clientKind, provider) => {
    expect(find(`${setup}\nclient${CALL}`)).toEqual([{ ...FIRST_PARTY, clientKind, provider }]);
  });

  it.each([
    ['a relative module', `import { AnthropicVertex } from '../src/client';`, 'AnthropicVertex', 'vertex', 'vertex'],
    ['a path alias', `import { AnthropicBedrock } from '@/lib/clients';`, 'AnthropicBedrock', 'bedrock', 'bedrock'],
    ['a renamed import', `import { AnthropicBedrockMantle as Mantle } from './clients';`, 'Mantle', 'bedrock-mantle', 'bedrock'],
  ])('a platform client re-exported by the app, through %s, is that client', (_, imports, className, clientKind, provider) => {
    expect(find(`${imports}\nconst client = new ${className}();\nclient${CALL}`)).toEqual([{ ...FIRST_PARTY, clientKind, provider }]);
  });

  it('takes no other class of the app for a platform client', () => {
    // `Anthropic` from the app's own module may be its own wrapper: known only by the model ID, as before.
    expect(find(`import { Anthropic } from './anthropic';\nconst client = new Anthropic();\nclient${CALL}`)).toEqual([
      { ...FIRST_PARTY, clientKind: 'unknown', provider: null },
    ]);
    // A package that is not the SDK's, even with the same class name.
    expect(find(`import { AnthropicVertex } from 'vertex-helpers';\nconst client = new AnthropicVertex();\nclient${CALL}`)).toEqual([
      { ...FIRST_PARTY, clientKind: 'unknown', provider: null },
    ]);
  });

  it('does not take a class of the same name from another package for a client', () => {
    const code = `import { Anthropic } from 'some-other-sdk';\nconst client = new Anthropic();\nclient.messages.create({ body: 'hi', to: '+1' });`;
    expect(find(code)).toEqual([]);
  });

  it('does not take a local class named Anthropic for a client', () => {
    const code = `class Anthropic { messages = { create(x: unknown) { return x; } } }\nconst client = new Anthropic();\nclient${CALL}`;
    expect(find(code)).toEqual([{ ...FIRST_PARTY, clientKind: 'unknown', provider: null }]);
  });

  it.each([
    ['const { messages } = client', `const { messages } = client;\nmessages.create(PAYLOAD);`, 'messages.create', false],
    ['const messages = client.messages', `const messages = client.messages;\nmessages.create(PAYLOAD);`, 'messages.create', false],
    ['const { messages: renamed } = client', `const { messages: renamed } = client;\nrenamed.create(PAYLOAD);`, 'messages.create', false],
    [
      'const batches = client.messages.batches',
      `const batches = client.messages.batches;\nbatches.create({ requests: [{ custom_id: 'a', params: PAYLOAD }] });`,
      'messages.batches.create',
      false,
    ],
    ['const { messages } = client.beta', `const { messages } = client.beta;\nmessages.create(PAYLOAD);`, 'beta.messages.create', true],
    [
      'const messages = client.beta.messages',
      `const messages = client.beta.messages;\nmessages.stream(PAYLOAD);`,
      'beta.messages.stream',
      true,
    ],
    ['client?.messages.create', `client?.messages.create(PAYLOAD);`, 'messages.create', false],
    ['client!.messages.create', `client!.messages.create(PAYLOAD);`, 'messages.create', false],
    ['(client as Anthropic).messages', `(client as Anthropic).messages.create(PAYLOAD);`, 'messages.create', false],
    ['await in an async function', `async function main() { return await client.messages.create(PAYLOAD); }`, 'messages.create', false],
  ])('resource reached through %s', (_, body, endpoint, beta) => {
    const code = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n${body.replace(
      'PAYLOAD',
      `{ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] }`,
    )}`;
    expect(find(code)).toEqual([
      { ...FIRST_PARTY, endpoint, beta, batch: endpoint.includes('batches'), method: endpoint.split('.').pop() },
    ]);
  });

  it('does not follow a `let messages` that is reassigned', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';\nimport twilio from 'twilio';\nlet messages = new Anthropic().messages;\nmessages = twilio().messages;\nmessages.create({ body: 'b', from: 'f', to: 't' });`;
    expect(find(code)).toEqual([]);
  });

  it('follows a class field initialised with a client', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';
class Bot {
  private client = new Anthropic();
  ask() {
    return this.client${CALL}
  }
}`;
    expect(find(code)).toEqual([FIRST_PARTY]);
  });

  it('follows a `#private` class field and an arrow function method', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';
class Bot {
  #client = new Anthropic();
  ask = () => this.#client${CALL}
}`;
    expect(find(code)).toEqual([FIRST_PARTY]);
  });

  it('follows `this.client` assigned in the constructor (with and without a declared field)', () => {
    const declared = `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
class Bot {
  private client: AnthropicVertex;
  constructor() {
    this.client = new AnthropicVertex({ region: 'us-east5' });
  }
  ask() {
    return this.client${CALL}
  }
}`;
    const undeclared = `import Anthropic from '@anthropic-ai/sdk';
class Bot {
  constructor() {
    this.client = new Anthropic();
  }
  ask() {
    return this.client${CALL}
  }
}`;
    expect(find(declared)).toEqual([{ ...FIRST_PARTY, clientKind: 'vertex', provider: 'vertex' }]);
    expect(find(undeclared)).toEqual([FIRST_PARTY]);
  });

  it('follows a TypeScript parameter property', () => {
    const code = `import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
class Bot {
  constructor(private readonly client: AnthropicBedrock) {}
  ask() {
    return this.client${CALL}
  }
}`;
    expect(find(code)).toEqual([{ ...FIRST_PARTY, clientKind: 'bedrock', provider: 'bedrock' }]);
  });

  it('does not follow `this.client` in a nested plain function (its `this` is not the instance)', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';
class Bot {
  private client = new Anthropic();
  ask() {
    return function (this: { client: { messages: { create(x: unknown): void } } }) {
      this.client.messages.create({ body: 'hi', to: '+1', from: '+2' });
    };
  }
}`;
    expect(find(code)).toEqual([]);
  });

  it('does not follow a field whose writes disagree on the client kind', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';
import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
class Bot {
  private client = new Anthropic();
  constructor() {
    this.client = new AnthropicBedrock();
  }
  ask() {
    return this.client${CALL}
  }
}`;
    expect(find(code)).toEqual([{ ...FIRST_PARTY, clientKind: 'unknown', provider: null }]);
  });

  it.each([
    ['Anthropic', `import Anthropic from '@anthropic-ai/sdk';\nfunction ask(client: Anthropic) { return client${CALL} }`, 'anthropic'],
    [
      'AnthropicBedrock',
      `import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';\nfunction ask(client: AnthropicBedrock) { return client${CALL} }`,
      'bedrock',
    ],
    [
      'Anthropic | undefined',
      `import Anthropic from '@anthropic-ai/sdk';\nfunction ask(client: Anthropic | undefined) { return client?${CALL} }`,
      'anthropic',
    ],
    [
      'Anthropic | null (arrow)',
      `import Anthropic from '@anthropic-ai/sdk';\nconst ask = (client: Anthropic | null) => client!${CALL}`,
      'anthropic',
    ],
    [
      'sdk.Anthropic',
      `import * as sdk from '@anthropic-ai/sdk';\nfunction ask(client: sdk.Anthropic) { return client${CALL} }`,
      'anthropic',
    ],
    [
      'import type',
      `import type Anthropic from '@anthropic-ai/sdk';\nfunction ask(client: Anthropic) { return client${CALL} }`,
      'anthropic',
    ],
    [
      'a default value',
      `import Anthropic from '@anthropic-ai/sdk';\nfunction ask(client = new Anthropic()) { return client${CALL} }`,
      'anthropic',
    ],
    [
      'a declared `let`',
      `import Anthropic from '@anthropic-ai/sdk';\nlet client: Anthropic;\nclient = new Anthropic();\nclient${CALL}`,
      'anthropic',
    ],
  ])('follows a parameter or variable typed %s', (_, code, clientKind) => {
    expect(find(code)).toEqual([{ ...FIRST_PARTY, clientKind, provider: clientKind }]);
  });

  it('does not take a parameter typed with a union of two client kinds for one kind', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';
import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
function ask(client: Anthropic | AnthropicBedrock) { return client${CALL} }`;
    expect(find(code)).toEqual([{ ...FIRST_PARTY, clientKind: 'unknown', provider: null }]);
  });

  it('reports a client imported from another module as unknown when the model is a Claude ID', () => {
    const code = `import { client } from './client';\nclient${CALL}`;
    expect(find(code)).toEqual([{ ...FIRST_PARTY, clientKind: 'unknown', provider: null }]);
    expect(only(code).transport.clientInView).toBe(false);
    expect(only(code).transport.baseURL).toEqual({ state: 'unknown' });
  });

  it('reports an unknown client with a Bedrock- or Vertex-shaped Claude ID', () => {
    const code = `import { client } from './client';
client.messages.create({ model: 'us.anthropic.claude-opus-4-8', max_tokens: 1, messages: [] });
client.messages.create({ model: 'claude-sonnet-4-5@20250929', max_tokens: 1, messages: [] });`;
    expect(find(code).map((request) => [request.clientKind, request.models])).toEqual([
      ['unknown', ['us.anthropic.claude-opus-4-8']],
      ['unknown', ['claude-sonnet-4-5@20250929']],
    ]);
  });

  it('ignores an unknown client whose model is not a Claude ID', () => {
    const code = `import { client } from './client';
client.messages.create({ model: 'gpt-5', max_tokens: 1, messages: [] });
client.messages.create({ model: process.env.MODEL, max_tokens: 1, messages: [] });
client.messages.create({ max_tokens: 1, messages: [] });`;
    expect(find(code)).toEqual([]);
  });
});

describe('endpoints', () => {
  const setup = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n`;
  const payload = `{ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] }`;

  it.each([
    ['messages.create', 'create', false],
    ['messages.stream', 'stream', false],
    ['messages.parse', 'parse', false],
    ['messages.countTokens', 'countTokens', false],
    ['beta.messages.create', 'create', true],
    ['beta.messages.stream', 'stream', true],
    ['beta.messages.parse', 'parse', true],
    ['beta.messages.countTokens', 'countTokens', true],
  ])('%s', (endpoint, method, beta) => {
    expect(find(`${setup}client.${endpoint}(${payload});`)).toEqual([{ ...FIRST_PARTY, endpoint, method, beta }]);
  });

  it('ignores other methods of the messages resource', () => {
    expect(find(`${setup}client.messages.retrieve(${payload});\nclient.messages.batches.list(${payload});`)).toEqual([]);
  });

  it('the tool runner: the body it sends, without its own options, tools unknown', () => {
    const request = only(`${setup}const runner = client.beta.messages.toolRunner({
  model: 'claude-opus-4-8',
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Weather in SF?' }],
  tools: [betaZodTool({ name: 'getWeather', inputSchema, run })],
  max_iterations: 5,
  stream: true,
  runToolsEagerly: true,
});`);
    expect(summarise(request)).toEqual({
      ...FIRST_PARTY,
      endpoint: 'beta.messages.toolRunner',
      method: 'toolRunner',
      beta: true,
      keys: ['model', 'max_tokens', 'messages', 'tools'],
    });
    expect(valueOf(request, 'tools')).toBe('<unknown>');
    expect(request.literalBody).toBe(false);
    expect(request.transport.streamingGuard).toBeNull();
    expect(request.endpoint.toBeta).toBeNull();
  });

  it('the tool runner is only on beta.messages', () => {
    expect(find(`${setup}client.messages.toolRunner(${payload});\nclient.beta.promptCaching.messages.toolRunner(${payload});`)).toEqual([]);
  });

  it('the tool runner of a client from another module, recognised by its Claude model ID', () => {
    expect(find(`import { client } from './client';\nclient.beta.messages.toolRunner(${payload});`)).toEqual([
      { ...FIRST_PARTY, endpoint: 'beta.messages.toolRunner', method: 'toolRunner', beta: true, clientKind: 'unknown', provider: null },
    ]);
  });

  it.each([
    ['messages.batches.create', false],
    ['beta.messages.batches.create', true],
  ])('%s yields one record per requests[].params', (endpoint, beta) => {
    const code = `${setup}client.${endpoint}({
  requests: [
    { custom_id: 'a', params: { model: 'claude-opus-4-8', max_tokens: 1, messages: [] } },
    { custom_id: 'b', params: { model: 'claude-haiku-4-5', max_tokens: 2, messages: [], temperature: 0.5 } },
  ],
});`;
    const requests = requestsOf(code);
    const batch = {
      endpoint,
      method: 'create',
      beta,
      batch: true,
      clientKind: 'anthropic',
      provider: 'anthropic',
      modelsComplete: true,
      complete: true,
    };
    expect(requests.map(summarise)).toEqual([
      { ...batch, models: ['claude-opus-4-8'], keys: ['model', 'max_tokens', 'messages'] },
      { ...batch, models: ['claude-haiku-4-5'], keys: ['model', 'max_tokens', 'messages', 'temperature'] },
    ]);
    expect(requests[0]?.call).toBe(requests[1]?.call);
    expect(valueOf(requests[1], 'temperature')).toBe(0.5);
  });

  it('resolves batch requests held in consts and through a destructured messages resource', () => {
    const code = `${setup}const first = { model: 'claude-opus-4-8', max_tokens: 1, messages: [] };
const requests = [{ custom_id: 'a', params: first }];
const { messages } = client;
messages.batches.create({ requests });`;
    expect(find(code)).toEqual([{ ...FIRST_PARTY, endpoint: 'messages.batches.create', batch: true }]);
  });

  it('yields no record for batch entries it cannot resolve', () => {
    const code = `${setup}declare const items: { id: string }[];
declare function build(): { model: string; max_tokens: number; messages: [] };
client.messages.batches.create({ requests: items.map((item) => ({ custom_id: item.id, params: build() })) });
client.messages.batches.create({ requests: [{ custom_id: 'x', params: build() }, ...items.map(() => ({ custom_id: 'y', params: build() }))] });
client.messages.batches.create(build());`;
    expect(find(code)).toEqual([]);
  });

  it('keeps the resolvable entries of a partly resolvable batch', () => {
    const code = `${setup}declare function build(): never;
client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: build() },
    { custom_id: 'b', params: { model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] } },
  ],
});`;
    expect(find(code)).toEqual([{ ...FIRST_PARTY, endpoint: 'messages.batches.create', batch: true }]);
  });

  it('records batches of an unknown client only for entries naming a Claude model', () => {
    const code = `import { client } from './client';
client.messages.batches.create({
  requests: [
    { custom_id: 'a', params: { model: 'claude-opus-4-8', max_tokens: 1, messages: [] } },
    { custom_id: 'b', params: { model: 'gpt-5', max_tokens: 1, messages: [] } },
  ],
});`;
    expect(find(code).map((request) => [request.endpoint, request.clientKind, request.models])).toEqual([
      ['messages.batches.create', 'unknown', ['claude-opus-4-8']],
    ]);
  });
});

describe('payloads', () => {
  const setup = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n`;

  it('resolves an object literal property by property, with each property node', () => {
    const request = only(`${setup}client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, stream: true, messages: [] });`);
    expect(valueOf(request, 'max_tokens')).toBe(1024);
    expect(valueOf(request, 'stream')).toBe(true);
    expect(valueOf(request, 'messages')).toBe('<array>');
    const property = request.params.properties.get('max_tokens');
    expect(property?.node.type).toBe('Property');
    expect(request.models[0]?.node.type).toBe('Literal');
    expect(request.models[0]?.match?.row.id).toBe('claude-opus-4-8');
    expect(request.models[0]?.match?.form).toBe('id');
  });

  it('resolves a const holding the payload', () => {
    const code = `${setup}const params = { model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] };
client.messages.create(params);`;
    expect(find(code)).toEqual([FIRST_PARTY]);
  });

  it('merges spreads of consts in order: later properties win', () => {
    const code = `${setup}const base = { model: 'claude-haiku-4-5', max_tokens: 100, temperature: 0.2 };
client.messages.create({ ...base, max_tokens: 200, messages: [] });
client.messages.create({ max_tokens: 200, ...base, messages: [] });`;
    const [first, second] = requestsOf(code);
    expect(valueOf(first, 'max_tokens')).toBe(200);
    expect(valueOf(second, 'max_tokens')).toBe(100);
    expect(first?.params.complete).toBe(true);
    expect(second?.models.map((model) => model.id)).toEqual(['claude-haiku-4-5']);
    expect([...(first?.params.properties.keys() ?? [])].sort()).toEqual(['max_tokens', 'messages', 'model', 'temperature']);
  });

  it('resolves nested spreads and a const model referenced by name', () => {
    const code = `${setup}const MODEL = 'claude-opus-4-8';
const defaults = { max_tokens: 1024 };
const base = { ...defaults, model: MODEL };
client.messages.create({ ...base, messages: [{ role: 'user', content: 'Hi' }] });`;
    const request = only(code);
    expect(summarise(request)).toEqual({ ...FIRST_PARTY, keys: ['max_tokens', 'model', 'messages'] });
    // The model node is the string the const holds: the place a fix rewrites.
    expect(request.models[0]?.node.type).toBe('Literal');
    expect(request.models[0]?.node.loc.start.line).toBe(3);
  });

  it('sees through `as`, `satisfies` and `as const`', () => {
    const code = `${setup}client.messages.create({ model: 'claude-opus-4-8' as const, max_tokens: 1024 as number, messages: [{ role: 'user', content: 'Hi' }] } satisfies Anthropic.MessageCreateParams);
const params = { model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] } as const;
client.messages.create(params as Anthropic.MessageCreateParamsNonStreaming);
client.messages.create(<Anthropic.MessageCreateParams>params);`;
    expect(find(code)).toEqual([FIRST_PARTY, FIRST_PARTY, FIRST_PARTY]);
  });

  it('resolves template literals', () => {
    const code = `${setup}const version = '4-8';
client.messages.create({ model: \`claude-opus-\${'4-7'}\`, max_tokens: 1, messages: [] });
client.messages.create({ model: \`claude-opus-\${version}\`, max_tokens: 1, messages: [] });
client.messages.create({ model: \`claude-opus-4-8\`, max_tokens: 1, messages: [] });`;
    expect(find(code).map((request) => [request.models, request.modelsComplete])).toEqual([
      [['claude-opus-4-7'], true],
      [['claude-opus-4-8'], true],
      [['claude-opus-4-8'], true],
    ]);
  });

  it('gives both candidates of a ternary model', () => {
    const code = `${setup}declare const fast: boolean;
client.messages.create({ model: fast ? 'claude-haiku-4-5' : 'claude-opus-4-8', max_tokens: 1, messages: [] });`;
    const request = only(code);
    expect(request.models.map((model) => model.id)).toEqual(['claude-haiku-4-5', 'claude-opus-4-8']);
    expect(request.modelsComplete).toBe(true);
    expect(valueOf(request, 'model')).toEqual({ choice: ['claude-haiku-4-5', 'claude-opus-4-8'] });
  });

  it('takes the known branch of a ternary with a static test', () => {
    const code = `${setup}const FAST = false;
client.messages.create({ model: FAST ? 'claude-haiku-4-5' : 'claude-opus-4-8', max_tokens: 1, messages: [] });`;
    expect(only(code).models.map((model) => model.id)).toEqual(['claude-opus-4-8']);
  });

  it('keeps the known branch of a half-known ternary and marks the models incomplete', () => {
    const code = `${setup}declare const fast: boolean;
client.messages.create({ model: fast ? process.env.FAST_MODEL! : 'claude-opus-4-8', max_tokens: 1, messages: [] });`;
    const request = only(code);
    expect(request.models.map((model) => model.id)).toEqual(['claude-opus-4-8']);
    expect(request.modelsComplete).toBe(false);
  });

  it('leaves a model from process.env unknown', () => {
    const code = `${setup}client.messages.create({ model: process.env.CLAUDE_MODEL!, max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });`;
    expect(find(code)).toEqual([{ ...FIRST_PARTY, models: [], modelsComplete: false }]);
  });

  it('marks a missing model as not known', () => {
    const code = `${setup}client.messages.create({ max_tokens: 1024, messages: [] });`;
    expect(find(code)).toEqual([{ ...FIRST_PARTY, models: [], modelsComplete: false, keys: ['max_tokens', 'messages'] }]);
  });

  it('treats an unknown spread as able to override what comes before it, not after it', () => {
    const code = `${setup}declare function options(): object;
client.messages.create({ model: 'claude-opus-4-8', temperature: 0.5, ...options(), max_tokens: 1024, messages: [] });`;
    const request = only(code);
    expect(request.params.complete).toBe(false);
    expect(valueOf(request, 'model')).toBe('<unknown>');
    expect(valueOf(request, 'temperature')).toBe('<unknown>');
    expect(valueOf(request, 'max_tokens')).toBe(1024);
    expect(request.models).toEqual([]);
    expect(request.modelsComplete).toBe(false);
    // The property nodes stay, to report on.
    expect(request.params.properties.get('temperature')?.node.type).toBe('Property');
  });

  it('keeps the model known when an unknown spread comes first', () => {
    const code = `${setup}declare const rest: object;
client.messages.create({ ...rest, model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });`;
    const request = only(code);
    expect(request.params.complete).toBe(false);
    expect(request.models.map((model) => model.id)).toEqual(['claude-opus-4-8']);
    expect(request.modelsComplete).toBe(true);
  });

  it('ignores spreads of undefined and null', () => {
    const code = `${setup}client.messages.create({ model: 'claude-opus-4-8', ...undefined, max_tokens: 1024, ...null, messages: [{ role: 'user', content: 'Hi' }] });`;
    expect(find(code)).toEqual([FIRST_PARTY]);
  });

  it('does not resolve a const payload that is mutated', () => {
    const code = `${setup}const other = { model: 'claude-opus-4-8', max_tokens: 1024, messages: [] };
Object.assign(other, { top_k: 5 });
client.messages.create(other);
const third = { model: 'claude-opus-4-8', max_tokens: 1024, messages: [], top_k: 5 };
delete third.top_k;
client.messages.create(third);
const fourth = { model: 'claude-opus-4-8', max_tokens: 1024, messages: [] };
fourth[key] = 1;
client.messages.create(fourth);
const fifth = { model: 'claude-opus-4-8', max_tokens: 1024, messages: [] };
fifth.messages.push({ role: 'user', content: 'Hi' });
client.messages.create(fifth);
const sixth = { model: 'claude-opus-4-8', max_tokens: 1024, messages: [] };
const alias = sixth;
alias.model = 'claude-haiku-4-5';
client.messages.create(sixth);`;
    expect(find(code)).toEqual([]);
  });

  it('reads the left side of a fallback through the data flow', () => {
    const ask = (calls: string) => `${setup}async function ask(model?: string) {
  return client.messages.create({ model: model ?? 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });
}
${calls}`;
    // No call passes a model: the fallback is the one model, known.
    expect(find(ask('await ask();'))).toEqual([FIRST_PARTY]);
    // Every call passes one: the fallback is never sent.
    expect(find(ask("await ask('claude-haiku-4-5');"))).toEqual([{ ...FIRST_PARTY, models: ['claude-haiku-4-5'] }]);
  });

  it('reads a const payload that plain writes add keys to, without those keys', () => {
    const code = `${setup}const params = { model: 'claude-opus-4-8', max_tokens: 1024, messages: [], temperature: 0.5 };
if (system) params.system = system;
params['temperature'] = 1;
client.messages.create(params);`;
    expect(find(code)).toEqual([{ ...FIRST_PARTY, keys: ['model', 'max_tokens', 'messages'], complete: false }]);
  });

  it('does not resolve a `let` payload that is reassigned, but does one never written again', () => {
    const code = `${setup}let params = { model: 'claude-haiku-4-5', max_tokens: 1, messages: [] };
params = { model: 'claude-opus-4-8', max_tokens: 1, messages: [] };
client.messages.create(params);
let once = { model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] };
client.messages.create(once);`;
    expect(find(code)).toEqual([FIRST_PARTY]);
  });

  it('resolves static computed keys', () => {
    const code = `${setup}const KEY = 'max_tokens';
client.messages.create({ ['model']: 'claude-opus-4-8', [KEY]: 1024, [\`messages\`]: [{ role: 'user', content: 'Hi' }] });`;
    const request = only(code);
    expect(summarise(request)).toEqual(FIRST_PARTY);
    expect(valueOf(request, 'max_tokens')).toBe(1024);
  });

  it('treats an unknown computed key like an unknown spread', () => {
    const code = `${setup}declare const key: string;
client.messages.create({ model: 'claude-opus-4-8', [key]: 5, max_tokens: 1024, messages: [] });`;
    const request = only(code);
    expect(request.params.complete).toBe(false);
    expect([...request.params.properties.keys()]).toEqual(['model', 'max_tokens', 'messages']);
    expect(valueOf(request, 'model')).toBe('<unknown>');
    expect(valueOf(request, 'max_tokens')).toBe(1024);
  });

  it('leaves method and accessor properties unknown', () => {
    const code = `${setup}client.messages.create({ model: 'claude-opus-4-8', get max_tokens() { return 1; }, messages: [] });`;
    expect(valueOf(only(code), 'max_tokens')).toBe('<unknown>');
  });

  it('resolves a property read of a const object', () => {
    const code = `${setup}const MODELS = { smart: 'claude-opus-4-8' };
client.messages.create({ model: MODELS.smart, max_tokens: 1, messages: [] });`;
    expect(only(code).models.map((model) => model.id)).toEqual(['claude-opus-4-8']);
  });

  it('matches aliases and settings rows to table rows', () => {
    const code = `${setup}client.messages.create({ model: 'claude-sonnet-4-5-20250929', max_tokens: 1, messages: [] });
client.messages.create({ model: 'claude-opus-6', max_tokens: 1, messages: [] });`;
    const builtIn = requestsOf(code);
    expect(builtIn.map((request) => [request.models[0]?.match?.row.id ?? null, request.models[0]?.match?.form ?? null])).toEqual([
      ['claude-sonnet-4-5', 'alias'],
      [null, null],
    ]);
    const withRow = requestsOf(code, {
      'claude-api': { apiVersion: '2023-06-01', models: [{ id: 'claude-opus-6', maxOutputTokens: 128000 }] },
    });
    expect(withRow[1]?.models[0]?.match?.row.maxOutputTokens).toBe(128000);
  });
});

describe('look-alikes that are never Claude requests', () => {
  it('Twilio', () => {
    const code = `import twilio from 'twilio';
const client = twilio(process.env.SID, process.env.TOKEN);
client.messages.create({ body: 'Hello', from: '+15005550006', to: '+15005550001' });
const { messages } = client;
messages.create({ body: 'Hello', from: '+15005550006', to: '+15005550001', mediaUrl: ['https://x/y.png'] });`;
    expect(find(code)).toEqual([]);
  });

  it('Plivo, Telnyx, MessageBird and Intercom', () => {
    const code = `import plivo from 'plivo';
import Telnyx from 'telnyx';
import { Client } from 'intercom-client';
import messagebird from 'messagebird';
const plivoClient = new plivo.Client();
plivoClient.messages.create({ src: '+1', dst: '+2', text: 'Hi' });
plivoClient.messages.create('+1', '+2', 'Hi');
const telnyx = new Telnyx('KEY');
telnyx.messages.create({ from: '+1', to: '+2', text: 'Hi', messaging_profile_id: 'p' });
const intercom = new Client({ tokenAuth: { token: 't' } });
intercom.messages.create({ message_type: 'inapp', body: 'Hi', from: { type: 'admin', id: '1' }, to: { type: 'user', id: '2' } });
messagebird('KEY').messages.create({ originator: 'me', recipients: ['+1'], body: 'Hi' }, () => {});`;
    expect(find(code)).toEqual([]);
  });

  it('Mailgun (first argument is the domain)', () => {
    const code = `import Mailgun from 'mailgun.js';
const mg = new Mailgun(FormData).client({ username: 'api', key: 'k' });
mg.messages.create('example.com', { from: 'a@example.com', to: ['b@example.com'], subject: 'Hi', text: 'Hi' });`;
    expect(find(code)).toEqual([]);
  });

  it('Prisma', () => {
    const code = `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
prisma.message.create({ data: { body: 'Hi', model: 'claude-opus-4-8' } });`;
    expect(find(code)).toEqual([]);
  });

  it('OpenAI Assistants threads and chat completions', () => {
    const code = `import OpenAI from 'openai';
const openai = new OpenAI();
openai.beta.threads.messages.create(threadId, { role: 'user', content: 'Hi' });
openai.beta.threads.messages.create('thread_abc', { role: 'user', content: 'Hi' });
openai.chat.completions.create({ model: 'claude-opus-4-8', messages: [] });`;
    expect(find(code)).toEqual([]);
  });

  it('a call with no argument, a spread argument or a non-object argument', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const args: [never];
client.messages.create();
client.messages.create(...args);
client.messages.create('claude-opus-4-8');
client.messages.create(42);
client.messages.countTokens(undefined);`;
    expect(find(code)).toEqual([]);
  });

  it('a file mixing Twilio and Anthropic clients yields only the Anthropic call', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';
import twilio from 'twilio';
const anthropic = new Anthropic();
const sms = twilio(process.env.SID, process.env.TOKEN);
async function run() {
  const reply = await anthropic.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });
  await sms.messages.create({ body: String(reply.id), from: '+15005550006', to: '+15005550001' });
}`;
    const requests = requestsOf(code);
    expect(requests.map(summarise)).toEqual([FIRST_PARTY]);
    expect(requests[0]?.call.loc.start.line).toBe(6);
  });

  it('a file that never mentions the resources', () => {
    expect(find(`import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nclient.models.list();`)).toEqual([]);
  });
});

describe('memoisation', () => {
  it('returns the same array to every rule linting one file', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nclient${CALL}`;
    const [first, second] = lintWith(code, 2);
    expect(first).toHaveLength(1);
    expect(second).toBe(first);
  });

  it('returns the same (empty) array for a file without requests', () => {
    const [first, second] = lintWith(`const messages = 1;`, 2);
    expect(first).toEqual([]);
    expect(second).toBe(first);
  });

  it('computes afresh for another file', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nclient${CALL}`;
    const [first] = lintWith(code, 1);
    const [again] = lintWith(code, 1);
    expect(again).not.toBe(first);
    expect(again?.map(summarise)).toEqual(first?.map(summarise));
  });

  it('returns requests in source order', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1, messages: [], system: String(client.messages.countTokens({ model: 'claude-haiku-4-5', messages: [] })) });
client.beta.messages.stream({ model: 'claude-sonnet-4-6', max_tokens: 1, messages: [] });`;
    expect(find(code).map((request) => [request.endpoint, request.models[0]])).toEqual([
      ['messages.create', 'claude-opus-4-8'],
      ['messages.countTokens', 'claude-haiku-4-5'],
      ['beta.messages.stream', 'claude-sonnet-4-6'],
    ]);
  });
});

describe('payloads that may change after they are built are unknown', () => {
  const HEAD = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n`;

  it('an array grown with push is not read as its literal', () => {
    const request = only(
      `${HEAD}const messages = [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b' }];
messages.push({ role: 'user', content: 'c' });
client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages });`,
    );
    expect(valueOf(request, 'messages')).toBe('<unknown>');
  });

  it('a nested array changed through the payload (params.messages.push) makes the payload unknown', () => {
    expect(
      find(`${HEAD}const params = { model: 'claude-opus-4-8', max_tokens: 1, messages: [] as any[] };
params.messages.push({ role: 'user', content: 'x' });
client.messages.create(params);`),
    ).toEqual([]);
  });

  it('a payload handed to a function that may fill it in is unknown', () => {
    expect(
      find(`${HEAD}const params = { model: 'claude-opus-4-7', messages: [] } as any;
applyDefaults(params);
client.messages.create(params);`),
    ).toEqual([]);
  });

  it('reading functions (console.log, JSON.stringify, Object.keys) do not count as changes', () => {
    const request = only(`${HEAD}const params = { model: 'claude-opus-4-8', max_tokens: 5, messages: [] };
console.log(params); JSON.stringify(params); Object.keys(params);
client.messages.create(params);`);
    expect(valueOf(request, 'max_tokens')).toBe(5);
  });

  it('a change through an alias (const p = params; delete p.top_k) makes the payload unknown', () => {
    expect(
      find(`${HEAD}const params = { model: 'claude-opus-4-8', max_tokens: 1, top_k: 5, messages: [] };
const p = params;
delete p.top_k;
client.messages.create(params);`),
    ).toEqual([]);
  });

  it('an incomplete spread forgets the values written before it', () => {
    const request = only(`${HEAD}const partial = { ...opts(), max_tokens: 5 };
client.messages.create({ model: 'claude-opus-4-8', temperature: 0.5, ...partial, messages: [] });`);
    expect(valueOf(request, 'temperature')).toBe('<unknown>');
    expect(valueOf(request, 'max_tokens')).toBe(5);
    expect(request.params.complete).toBe(false);
  });
});

describe('clients and resources reached through more shapes', () => {
  it('a field reassigned to another client outside the constructor is not a Claude client', () => {
    expect(
      find(`import Anthropic from '@anthropic-ai/sdk';
import twilio from 'twilio';
class Bot {
  client = new Anthropic();
  use() { this.client = twilio(); }
  send() { return this.client.messages.create({ body: 'x', from: '1', to: '2' }); }
}`),
    ).toEqual([]);
  });

  it('a field declared with the client type is a client whatever it is assigned', () => {
    expect(
      find(`import Anthropic from '@anthropic-ai/sdk';
class Bot {
  private client: Anthropic;
  constructor() { this.client = makeClient(); }
  send() { return this.client${CALL} }
}`).map((request) => request.clientKind),
    ).toEqual(['anthropic']);
  });

  it('follows `const { messages } = client?.beta`, `const messages = client?.messages` and `const { batches } = client.messages`', () => {
    const found = find(`import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const { messages } = client?.beta;
messages.create({ model: 'claude-opus-4-8', max_tokens: 1, messages: [] });
const plain = client?.messages;
plain?.create({ model: 'claude-opus-4-8', max_tokens: 1, messages: [] });
const { batches } = client.messages;
batches.create({ requests: [{ custom_id: 'a', params: { model: 'claude-opus-4-8', max_tokens: 1, messages: [] } }] });
const { beta } = client;
beta.messages.countTokens({ model: 'claude-opus-4-8', messages: [] });`);
    expect(found.map((request) => `${request.endpoint} ${request.clientKind}`)).toEqual([
      'beta.messages.create anthropic',
      'messages.create anthropic',
      'messages.batches.create anthropic',
      'beta.messages.countTokens anthropic',
    ]);
  });
});

describe('clients pointed at another service', () => {
  it('a client with a custom baseURL makes a Claude request only when the model is a Claude ID', () => {
    const found = find(`import Anthropic from '@anthropic-ai/sdk';
const minimax = new Anthropic({ baseURL: 'https://api.example.com/anthropic', apiKey: key });
minimax.messages.create({ model: 'MiniMax-M2', temperature: 1.5, messages: [] });
minimax.messages.create({ model: 'claude-opus-4-8', max_tokens: 5, messages: [] });
const options = makeOptions();
const unknownOptions = new Anthropic(options);
unknownOptions.messages.create({ model: someModel, messages: [] });`);
    expect(found.map((request) => request.models)).toEqual([['claude-opus-4-8']]);
  });
});

describe('the per-file pre-check', () => {
  it('finds requests on an imported client across line breaks and optional chaining', () => {
    const found = find(`import { anthropic } from './client';
await anthropic.messages
  .create({ model: 'claude-opus-4-8', max_tokens: 5, messages: [] });
await anthropic.beta.messages?.stream({ model: 'claude-opus-4-8', max_tokens: 5, messages: [] });`);
    expect(found.map((request) => request.endpoint)).toEqual(['messages.create', 'beta.messages.stream']);
  });

  it('skips files that neither import the SDK nor call a messages resource', () => {
    expect(
      find(`const messages = []; function create(o) { return Object.create(o); } messages.push(create({ model: 'claude-opus-4-8' }));`),
    ).toEqual([]);
  });
});

// A payload without a Claude model ID: found only when the client is proven.
const NEUTRAL = `.messages.create({ model: MODEL, max_tokens: 5, messages: [] });`;
const kindsOf = (code: string): string[] => find(code).map((request) => `${request.endpoint} ${request.clientKind}`);

describe('clients returned by same-file functions, getters and lazy singletons', () => {
  it('a function whose every return is a client', () => {
    expect(
      kindsOf(`import Anthropic from '@anthropic-ai/sdk';
function getClient() { if (process.env.KEY) return new Anthropic({ apiKey: process.env.KEY }); return new Anthropic(); }
getClient()${NEUTRAL}
const make = () => new Anthropic();
make()${NEUTRAL}
const makeAsync = async () => new Anthropic();
(await makeAsync())${NEUTRAL}`),
    ).toEqual(['messages.create anthropic', 'messages.create anthropic', 'messages.create anthropic']);
  });

  it('a lazy singleton: `cached ??= new Anthropic()` and `if (!client) client = new Anthropic()`', () => {
    expect(
      kindsOf(`import Anthropic from '@anthropic-ai/sdk';
let cached;
function getClient() { return (cached ??= new Anthropic()); }
getClient()${NEUTRAL}
let client = null;
function ensure() { if (!client) client = new Anthropic(); return client; }
ensure()${NEUTRAL}`),
    ).toEqual(['messages.create anthropic', 'messages.create anthropic']);
  });

  it('a `this.<method>()` helper and a getter-like arrow field', () => {
    expect(
      kindsOf(`import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
class Bot {
  private client?: AnthropicVertex;
  private ensureClient() { if (!this.client) { this.client = new AnthropicVertex(); } return this.client; }
  private get = () => new AnthropicVertex();
  send() { return this.ensureClient()${NEUTRAL} }
  other() { return this.get()${NEUTRAL} }
}`),
    ).toEqual(['messages.create vertex', 'messages.create vertex']);
  });

  it('is silent when one return is not a client, or the function is not in the file', () => {
    expect(
      kindsOf(`import Anthropic from '@anthropic-ai/sdk';
import twilio from 'twilio';
import { getClient } from './clients';
function pick(kind) { if (kind) return new Anthropic(); return twilio(); }
pick(1)${NEUTRAL}
function maybe() { if (x) return; return new Anthropic(); }
maybe()${NEUTRAL}
getClient()${NEUTRAL}
let other = new Anthropic();
other = twilio();
other${NEUTRAL}`),
    ).toEqual([]);
  });

  it('a lazy variable also assigned a non-client is not a client', () => {
    expect(
      kindsOf(`import Anthropic from '@anthropic-ai/sdk';
let cached = makeSomething();
cached ??= new Anthropic();
cached${NEUTRAL}`),
    ).toEqual([]);
  });
});

describe('more Anthropic clients and endpoints', () => {
  it('@anthropic-ai/google-cloud-sdk takes first-party IDs', () => {
    const [request] = requestsOf(`import { AnthropicGoogleCloud } from '@anthropic-ai/google-cloud-sdk';
const client = new AnthropicGoogleCloud({ project: 'p', location: 'global' });
client${NEUTRAL}`);
    expect(request?.transport.service).toBe('google-cloud');
    expect(request?.transport.platform).toBe('anthropic');
  });

  it('the older `beta.promptCaching.messages` create and stream', () => {
    expect(
      kindsOf(`import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
client.beta.promptCaching.messages.create({ model: MODEL, max_tokens: 5, messages: [] });
client.beta.promptCaching.messages.stream({ model: MODEL, max_tokens: 5, messages: [] });
client.beta.promptCaching.messages.countTokens({ model: MODEL, messages: [] });`),
    ).toEqual(['beta.promptCaching.messages.create anthropic', 'beta.promptCaching.messages.stream anthropic']);
  });

  it('records the transport of a first-party client', () => {
    const [plain, withOptions] = requestsOf(`import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
client.messages.create({ model: 'claude-opus-4-8', max_tokens: 5, messages: [] });
const proxied = new Anthropic({ baseURL: 'https://proxy.example.com', timeout: 1000, defaultHeaders: { 'anthropic-beta': 'x' } });
proxied.messages.create({ model: 'claude-opus-4-8', max_tokens: 5, messages: [] }, { timeout: 5 });`);
    expect(plain?.transport).toMatchObject({
      service: 'anthropic',
      platform: 'anthropic',
      apiVersion: { version: '2023-06-01' },
      baseURL: { state: 'none' },
      timeout: { state: 'none' },
      betaHeaders: { state: 'none' },
      clientInView: true,
      streamingGuard: { streamLabel: 'messages.stream' },
      rejectedSampling: 'sent',
    });
    expect(withOptions?.transport).toMatchObject({
      baseURL: { state: 'set', value: 'https://proxy.example.com' },
      timeout: { state: 'unknown' },
      betaHeaders: { state: 'unknown' },
    });
  });
});

describe('a client built in several places, one of them pointed at another service', () => {
  it('is not a proven Claude client: only a Claude model ID makes its calls Claude requests', () => {
    expect(
      kindsOf(`import Anthropic from '@anthropic-ai/sdk';
let client = new Anthropic();
if (process.env.GATEWAY) client = new Anthropic({ baseURL: process.env.GATEWAY });
await client.messages.create({ model: 'MiniMax-M2', max_tokens: 5, messages: [] });
class Bot {
  client = new Anthropic();
  useGateway() { this.client = new Anthropic({ baseURL: 'https://gateway.example.com' }); }
  send() { return this.client.messages.create({ model: 'MiniMax-M2', max_tokens: 5, messages: [] }); }
}`),
    ).toEqual([]);
  });

  it('the twin: every construction talks to Anthropic', () => {
    expect(
      kindsOf(`import Anthropic from '@anthropic-ai/sdk';
let client = new Anthropic();
if (process.env.RETRY) client = new Anthropic({ maxRetries: 5 });
client${NEUTRAL}`),
    ).toEqual(['messages.create anthropic']);
  });
});

describe('the file scan', () => {
  // Calls and constructions that sit under TypeScript syntax: the scan leaves out what only
  // holds types, and must keep the expressions those wrap.
  const TYPED_CODE = `import Anthropic from '@anthropic-ai/sdk';
interface Asker { ask(): Promise<unknown> }
type Client = Anthropic;
namespace Api {
  export const client: Client = new Anthropic() as Client;
  export function ask() { return client.messages.create<never>({ model: 'claude-opus-4-8', max_tokens: 1, messages: [] } satisfies object); }
}
class Bot implements Asker {
  private readonly client: Anthropic;
  constructor() { this.client = new Anthropic()!; }
  ask(): Promise<unknown> { return (this.client as Anthropic).messages.create(<Anthropic.MessageCreateParams>{ model: 'claude-opus-4-8', max_tokens: 2, messages: [] }); }
}
const later = <T,>(make: () => T = () => new Anthropic() as T) => make;
new Anthropic().messages.create({ model: 'claude-opus-4-8', max_tokens: 3, messages: [] }!);`;

  it('finds calls, constructions and `this` writes wrapped in TypeScript syntax and namespaces', () => {
    expect(requestsOf(TYPED_CODE).map((request) => valueOf(request, 'max_tokens'))).toEqual([1, 2, 3]);
  });

  it('finds the same requests without the steps of ESLint’s own traversal', () => {
    // A hand-made `SourceCode` may lack `traverse()`: the scan then walks the tree itself.
    let walked: readonly ClaudeRequest[] = [];
    const withoutSteps: Rule.RuleModule = {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const sourceCode = new Proxy(context.sourceCode, {
          get: (target, key) => {
            if (key === 'traverse') return undefined;
            const value: unknown = Reflect.get(target, key, target);
            return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
          },
        });
        const proxied = new Proxy(context, {
          get: (target, key) => (key === 'sourceCode' ? sourceCode : (Reflect.get(target, key, target) as unknown)),
        });
        return {
          Program() {
            walked = getClaudeRequests(proxied as unknown as TSESLint.RuleContext<string, readonly unknown[]>);
          },
        };
      },
    };
    verifyWith(TYPED_CODE, { walk: withoutSteps });
    expect(walked.map((request) => valueOf(request, 'max_tokens'))).toEqual([1, 2, 3]);
    expect(walked.map((request) => request.call.range)).toEqual(requestsOf(TYPED_CODE).map((request) => request.call.range));
  });
});
