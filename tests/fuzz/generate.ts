/**
 * A domain fuzzer: random Claude request payloads and call shapes, from a seed.
 *
 * It writes code a linter meets in the wild and at its edges: every request property with odd
 * values (null, numbers of every kind, nested arrays, identifiers, calls), computed keys,
 * spreads, template literals, `as`/`satisfies`, optional chaining, missing and non-object
 * arguments, deep nesting, clients in fields and parameters, and error handling around it.
 */

/** mulberry32: a small seeded PRNG, so every case can be replayed from its seed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (random: Random, p: number): boolean => random() < p;
const times = (random: Random, max: number): number => Math.floor(random() * (max + 1));

const MODELS = [
  'claude-opus-4-8',
  'claude-opus-4-7',
  'claude-opus-4-6',
  'claude-sonnet-4-6',
  'claude-sonnet-4.6',
  'claude-opus-4.8',
  'claude-haiku-4-5',
  'claude-haiku-4-5-20251001',
  'claude-sonnet-4-5',
  'claude-opus-4-5-20251101',
  'claude-opus-4-6-20260205',
  'claude-fable-5',
  'claude-fable-5-2',
  'claude-sonnet-5-5',
  'claude-opus-5-5',
  'claude-opus-5',
  'claude-haiku-5-5',
  'claude-mythos-preview',
  'claude-3-5-sonnet-latest',
  'claude-2.1',
  'claude-sonet-4-6',
  'claude-',
  'claude-@',
  'anthropic.claude-opus-4-7',
  'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
  'anthropic.claude-sonnet-4.6',
  'claude-sonnet-4-5@20250929',
  'claude-opus-4-6@default',
  'arn:aws:bedrock:us-east-1:123:inference-profile/x',
  'gpt-4o',
  '',
];

const KEYS = [
  'model',
  'max_tokens',
  'messages',
  'temperature',
  'top_p',
  'top_k',
  'thinking',
  'output_config',
  'tool_choice',
  'tools',
  'system',
  'stream',
  'betas',
  'metadata',
  'stop_sequences',
  'fallback_credit_token',
  'maxTokens',
  'max_completion_tokens',
  'stop',
  'user',
  'response_format',
  'reasoning_effort',
  'n',
  'seed',
  'timeout',
  'service_tier',
  'container',
];

const STRINGS = [
  "'user'",
  "'assistant'",
  "'system'",
  "'tool'",
  "'enabled'",
  "'adaptive'",
  "'disabled'",
  "'between_tools'",
  "'auto'",
  "'any'",
  "'tool'",
  "'none'",
  "'low'",
  "'xhigh'",
  "'max'",
  "''",
  "'sk-ant-api03-" + 'A'.repeat(40) + "'",
  '`x${y}`',
  '`claude-opus-${"4-7"}`',
];
const NUMBERS = [
  '0',
  '1',
  '-1',
  '0.5',
  '1.5',
  '2',
  '1024',
  '500',
  '21334',
  '64001',
  '128000',
  '200000',
  '1e309',
  'NaN',
  '-0',
  '0x10',
  '10n',
];
const ATOMS = ['null', 'undefined', 'true', 'false', 'x', 'process.env.X', 'f()', 'this', '[]', '{}', 'new Date()', '(() => 1)', 'void 0'];

/**
 * Between two properties or elements: usually `, `, sometimes with the comments and line breaks
 * that broke edits once (a `//` comment ending the line before a property, block comments on
 * either side of a comma, comma-first lines).
 */
const SEPARATORS = [', ', ', ', ', ', ', // note\n  ', ' /* a */, ', ', /* b */ ', ',\n  ', ' // c\n  , ', ',\n  // own line\n  '];
/** After the last one: nothing, a trailing comma, or a comment. */
const ENDINGS = ['', '', '', ',', ', // end\n', ' /* end */', ' // end\n', ',\n'];

/** Items joined with random separators and an ending: comment injection around every property. */
function list(random: Random, items: readonly string[]): string {
  if (items.length === 0) return pick(random, ['', '', '/* empty */', '// empty\n']);
  return items.reduce((out, item, index) => (index === 0 ? item : `${out}${pick(random, SEPARATORS)}${item}`), '') + pick(random, ENDINGS);
}

function value(random: Random, depth: number): string {
  const roll = random();
  if (depth > 3 || roll < 0.35) return pick(random, [...NUMBERS, ...STRINGS, ...ATOMS]);
  if (roll < 0.5)
    return `[${list(
      random,
      Array.from({ length: times(random, 3) }, () => value(random, depth + 1)),
    )}]`;
  if (roll < 0.7) return object(random, depth + 1);
  if (roll < 0.78) return `${value(random, depth + 1)} ? ${value(random, depth + 1)} : ${value(random, depth + 1)}`;
  if (roll < 0.84) return `${value(random, depth + 1)} ?? ${value(random, depth + 1)}`;
  if (roll < 0.9) return `(${value(random, depth + 1)} as any)`;
  if (roll < 0.95) return `${value(random, depth + 1)} satisfies unknown`;
  return `${pick(random, ['a', 'b', 'c'])}.${pick(random, KEYS)}`;
}

function message(random: Random, depth: number): string {
  const role = pick(random, ["'user'", "'assistant'", "'system'", "'tool'", 'r', "'developer'"]);
  const content = pick(random, [
    "'hi'",
    "''",
    '[]',
    'null',
    "[{ type: 'text', text: '' }]",
    "[{ type: 'text', text: 'x' }]",
    value(random, depth + 1),
  ]);
  return chance(random, 0.1) ? `{ role: ${role} }` : `{ ${list(random, [`role: ${role}`, `content: ${content}`])} }`;
}

function tool(random: Random, depth: number): string {
  return pick(random, [
    `{ name: ${pick(random, ["'get_weather'", "'bad name!'", "''", "'a'.repeat(200)", 'n'])}, input_schema: { type: ${pick(random, ["'object'", "'array'", 'undefined'])} } }`,
    "{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }",
    "{ type: 'web_search_20250305', name: 'web_search' }",
    "{ type: 'text_editor_20250728', name: 'str_replace_editor' }",
    '{ description: 1 }',
    value(random, depth + 1),
  ]);
}

function property(random: Random, depth: number): string {
  const roll = random();
  if (roll < 0.06)
    return `...${pick(random, ['base', 'opts', 'f()', '{ max_tokens: 5 }', 'null', '[]', `(${object(random, depth + 1)})`])}`;
  if (roll < 0.1) return `[${pick(random, ['k', "'max_tokens'", '`model`', '1 + 1'])}]: ${value(random, depth + 1)}`;
  if (roll < 0.12)
    return pick(random, ['get model() { return "claude-opus-4-7"; }', 'temperature() {}', 'max_tokens', 'async *messages() {}']);
  // Shorthand properties, which edits must remove or rename whole.
  if (roll < 0.17)
    return pick(random, ['temperature', 'top_k', 'top_p', 'thinking', 'timeout', 'model', 'messages', 'system', 'user', 'stop']);
  // `thinking` more often than the rest: its suggestions rewrite the most text.
  const key = chance(random, 0.08) ? 'thinking' : pick(random, KEYS);
  let val: string;
  switch (key) {
    case 'model':
      val = chance(random, 0.8) ? `'${pick(random, MODELS)}'` : value(random, depth + 1);
      if (chance(random, 0.15)) val = `c ? ${val} : '${pick(random, MODELS)}'`;
      break;
    case 'messages':
      val = chance(random, 0.85)
        ? `[${list(
            random,
            Array.from({ length: times(random, 4) }, () => (chance(random, 0.1) ? '...history' : message(random, depth))),
          )}]`
        : value(random, depth + 1);
      break;
    case 'thinking':
      // The thinking types themselves, often: each model rejects some, and the fixes for them once broke code.
      val = chance(random, 0.8)
        ? `{ type: ${chance(random, 0.5) ? pick(random, ["'disabled'", "'enabled'", "'adaptive'"]) : pick(random, STRINGS)}, budget_tokens: ${pick(random, NUMBERS)} }`
        : value(random, depth + 1);
      break;
    case 'output_config':
      val = `{ effort: ${pick(random, STRINGS)}, format: ${value(random, depth + 1)} }`;
      break;
    case 'tool_choice':
      val = chance(random, 0.7) ? `{ type: ${pick(random, STRINGS)}, name: ${pick(random, STRINGS)} }` : pick(random, STRINGS);
      break;
    case 'tools':
      val = `[${Array.from({ length: times(random, 3) }, () => tool(random, depth)).join(', ')}]`;
      break;
    default:
      val = value(random, depth + 1);
  }
  return chance(random, 0.05) ? `'${key}': ${val}` : `${key}: ${val}`;
}

function object(random: Random, depth: number): string {
  if (depth > 4) return '{}';
  return `{ ${list(
    random,
    Array.from({ length: times(random, 7) }, () => property(random, depth)),
  )} }`;
}

/** A request payload: usually with a model and messages, so the model-specific rules are reached. */
function payload(random: Random): string {
  const head: string[] = [];
  if (chance(random, 0.75)) head.push(`model: '${pick(random, MODELS)}'`);
  if (chance(random, 0.6)) head.push(`max_tokens: ${pick(random, NUMBERS)}`);
  if (chance(random, 0.6)) {
    const turns = Array.from({ length: times(random, 3) }, () => message(random, 1));
    if (chance(random, 0.3)) turns.push("{ role: 'assistant', content: '{' }");
    head.push(`messages: [${list(random, turns)}]`);
  }
  const rest = Array.from({ length: times(random, 5) }, () => property(random, 0));
  return `{\n  ${list(random, [...head, ...rest])}\n}`;
}

const CLIENTS = [
  "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();",
  "import { Anthropic } from '@anthropic-ai/sdk';\nconst client = new Anthropic({ timeout: 5 });",
  "import * as sdk from '@anthropic-ai/sdk';\nconst client = new sdk.default({ baseURL: 'http://proxy' });",
  "const Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();",
  "import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrock();",
  "import { AnthropicBedrockMantle } from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrockMantle({ awsRegion: 'us-east-1' });",
  "import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';\nconst client = new AnthropicVertex();",
  "import twilio from 'twilio';\nconst client = twilio('a', 'b');",
  "import { client } from './client';",
  "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic({ apiKey: 'sk-ant-api03-" + 'B'.repeat(40) + "' });",
];

const ENDPOINTS = [
  'client.messages.create',
  'client.messages.stream',
  'client.messages.parse',
  'client.messages.countTokens',
  'client.beta.messages.create',
  'client.beta.messages.stream',
  'client?.messages.create',
  'client!.messages.create',
  'client.messages?.create',
  'messages.create',
  '(client.messages).create',
  'client["messages"].create',
];

function call(random: Random): string {
  const body = payload(random);
  const argument = pick(random, [
    body,
    body,
    body,
    `${body} as const`,
    `${body} satisfies Params`,
    'params',
    "'text'",
    '...args',
    '',
    '42',
    `{ ...${body} }`,
  ]);
  const options = chance(random, 0.2) ? `, ${pick(random, ['{ timeout: 1000 }', '{ headers: h }', 'opts', '{}'])}` : '';
  if (chance(random, 0.15)) {
    const requests = `[${Array.from({ length: times(random, 3) }, () => pick(random, [`{ custom_id: 'a', params: ${payload(random)} }`, 'r', '{}', `{ params: ${value(random, 1)} }`])).join(', ')}]`;
    return `await client${pick(random, ['', '.beta'])}.messages.batches.create({ requests: ${requests} });`;
  }
  return `${chance(random, 0.5) ? 'await ' : ''}${pick(random, ENDPOINTS)}(${argument}${options})${chance(random, 0.2) ? '.finalMessage()' : ''};`;
}

function errorHandling(random: Random): string {
  const classes = [
    'APIError',
    'RateLimitError',
    'APIConnectionError',
    'APIConnectionTimeoutError',
    'InternalServerError',
    'OverloadedError',
    'AnthropicError',
    'NotFoundError',
    'Foo',
  ];
  const receivers = ['Anthropic.', 'sdk.', ''];
  const branches = Array.from({ length: 1 + times(random, 3) }, () => {
    const test = pick(random, [
      `err instanceof ${pick(random, receivers)}${pick(random, classes)}`,
      `err.message.includes(${pick(random, ["'rate limit'", "'overloaded'", "'x'", 'y'])})`,
      `/429/.test(err.message)`,
      `String(err).startsWith('5')`,
      `err instanceof ${pick(random, classes)} || err instanceof ${pick(random, classes)}`,
      `err?.status === 429`,
    ]);
    return `if (${test}) { retry(); }`;
  }).join(' else ');
  return `try { ${call(random)} } catch (err: any) { ${branches} }`;
}

/** Claude providers of the AI SDK, as a `provider` the program makes models with. */
const AI_PROVIDERS = [
  "import { anthropic } from '@ai-sdk/anthropic';\nconst provider = anthropic;",
  "import { anthropic as provider } from '@ai-sdk/anthropic';",
  "import { createAnthropic } from '@ai-sdk/anthropic';\nconst provider = createAnthropic({ apiKey: 'k' });",
  "import { createAnthropic } from '@ai-sdk/anthropic';\nconst provider = createAnthropic({ baseURL: 'https://gateway.example.com/v1' });",
  "import { createAnthropic } from '@ai-sdk/anthropic';\nconst provider = createAnthropic({ baseURL: 'https://api.anthropic.com/v1/' });",
  "import { createAnthropic } from '@ai-sdk/anthropic';\nconst provider = createAnthropic({ fetch: (url, init) => fetch(url, init) });",
  "import { createAnthropic } from '@ai-sdk/anthropic';\nconst provider = createAnthropic({ fetch: async () => new Response('{}') });",
  "const { anthropic: provider } = require('@ai-sdk/anthropic');",
  "import * as providers from '@ai-sdk/anthropic';\nconst provider = providers.createAnthropic();",
  "import { vertexAnthropic as provider } from '@ai-sdk/google-vertex/anthropic';",
  "import { bedrock as provider } from '@ai-sdk/amazon-bedrock';",
  "import { openai as provider } from '@ai-sdk/openai';",
];

/** Settings of an AI SDK call, under the AI SDK's names. */
const AI_SETTINGS = [
  'maxOutputTokens',
  'temperature',
  'topP',
  'topK',
  'stopSequences',
  'prompt',
  'messages',
  'system',
  'tools',
  'reasoning',
];

function aiModel(random: Random): string {
  const id = chance(random, 0.8) ? `'${pick(random, MODELS)}'` : value(random, 1);
  const made = pick(random, [
    `provider(${id})`,
    `provider.chat(${id})`,
    `provider.languageModel(${id})`,
    `provider.messages(${id})`,
    `provider(...ids)`,
  ]);
  return chance(random, 0.15)
    ? `wrapLanguageModel({ model: ${made}, middleware: ${pick(random, ['m', 'extractReasoningMiddleware({ tagName: "t" })'])} })`
    : made;
}

function aiOptions(random: Random): string {
  const settings = Array.from({ length: times(random, 4) }, () => `${pick(random, AI_SETTINGS)}: ${value(random, 1)}`);
  if (chance(random, 0.4)) {
    const thinking = pick(random, ["{ type: 'enabled', budgetTokens: 512 }", "{ type: 'adaptive' }", "{ type: 'disabled' }", 'x']);
    settings.push(`providerOptions: { anthropic: { thinking: ${thinking}, effort: ${pick(random, ["'max'", "'low'", 'e'])} } }`);
  }
  if (chance(random, 0.15)) settings.push(pick(random, ['...overrides', '...base']));
  return `{ ${list(random, [`model: ${aiModel(random)}`, ...settings])} }`;
}

/** A program on the Vercel AI SDK: models made and sent, kept in a registry, exported, assigned in a branch. */
function aiSdkCase(random: Random): string {
  const lines = [
    "import { generateText, streamText, generateObject, customProvider, wrapLanguageModel, extractReasoningMiddleware, ToolLoopAgent } from 'ai';",
    pick(random, AI_PROVIDERS),
  ];
  const count = 1 + times(random, 3);
  for (let index = 0; index < count; index++) {
    const shape = random();
    if (shape < 0.45) lines.push(`await ${pick(random, ['generateText', 'streamText', 'generateObject'])}(${aiOptions(random)});`);
    else if (shape < 0.55) lines.push(`export const agent${index} = new ToolLoopAgent(${aiOptions(random)});`);
    else if (shape < 0.7)
      lines.push(`export const registry${index} = customProvider({ languageModels: { a: ${aiModel(random)}, b: ${aiModel(random)} } });`);
    else if (shape < 0.8) lines.push(`export const model${index} = ${aiModel(random)};`);
    else if (shape < 0.9)
      lines.push(`let m${index};\nif (x) m${index} = ${aiModel(random)};\nawait generateText({ model: m${index}, prompt: 'Hi' });`);
    else
      lines.push(
        `const shared${index} = ${aiModel(random)};\nawait generateText({ model: shared${index}, prompt: 'Hi' });\nexport const again${index} = shared${index};`,
      );
  }
  return lines.join('\n');
}

/** One random program: a client, some requests in various places, maybe error handling; a quarter are AI SDK programs. */
export function generateCase(seed: number): string {
  const random = prng(seed);
  if (chance(random, 0.25)) return aiSdkCase(random);
  const lines = [pick(random, CLIENTS), 'const base = { max_tokens: 1024 } as const;', `const params = ${object(random, 0)};`];
  const count = 1 + times(random, 3);
  for (let index = 0; index < count; index++) {
    const shape = random();
    if (shape < 0.45) lines.push(call(random));
    else if (shape < 0.6)
      lines.push(`async function f${index}(c: Anthropic) { const { messages } = c; return ${call(random).replace(/client/gu, 'c')} }`);
    else if (shape < 0.75)
      lines.push(
        `class S${index} { private client = client; constructor(private other: Anthropic) { this.client = other; } async go() { ${call(random).replace(/client/gu, 'this.client')} } }`,
      );
    else if (shape < 0.9) lines.push(errorHandling(random));
    else
      lines.push(
        `const deep${index} = ${'['.repeat(20)}${call(random)
          .replace(/;$/u, '')
          .replace(/^await /u, '')}${']'.repeat(20)};`,
      );
  }
  return lines.join('\n');
}

/**
 * One request made to trigger the edits that rewrite the most text (remove `thinking`, move
 * `timeout` to the request options, move a system message to `system`, remove sampling
 * parameters), its properties shuffled, some shorthand, with comments and line breaks injected
 * around every one of them.
 */
export function generateEditCase(seed: number): string {
  const random = prng(seed);
  const model = pick(random, ['claude-fable-5', 'claude-opus-4-7', 'claude-sonnet-4-6', 'claude-haiku-4-5']);
  const shorthand = (key: string, text: string): string => (chance(random, 0.3) ? key : `${key}: ${text}`);
  const system = `{ role: 'system', content: ${pick(random, ["'Be brief.'", '`Be ${tone}.`', "[{ type: 'text', text: 'Be brief.' }]"])} }`;
  const user = "{ role: 'user', content: 'Hi' }";
  const messages = `[${list(random, chance(random, 0.6) ? [system, user] : [user])}]`;
  const pool = [
    `model: '${model}'`,
    shorthand('max_tokens', '1024'),
    shorthand('messages', messages),
    shorthand('thinking', pick(random, ["{ type: 'disabled' }", "{ type: 'enabled', budget_tokens: 2048 }", "{ type: 'adaptive' }"])),
    shorthand('timeout', '60_000'),
    shorthand('temperature', pick(random, ['0.5', '1', '0'])),
    shorthand('top_p', '0.9'),
    shorthand('top_k', '40'),
  ].filter((item, index) => index < 3 || chance(random, 0.6));
  for (let index = pool.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [pool[index], pool[other]] = [pool[other] as string, pool[index] as string];
  }
  const options = chance(random, 0.3) ? `, ${pick(random, ['{ maxRetries: 2 }', '{}', '{ headers: { a: "b" } /* h */ }'])}` : '';
  return [
    "import Anthropic from '@anthropic-ai/sdk';",
    'const client = new Anthropic();',
    "const max_tokens = 1024, thinking = { type: 'disabled' } as const, timeout = 60_000, temperature = 0.5, top_p = 0.9, top_k = 40, tone = 'brief';",
    `const messages = [${system}, ${user}];`,
    `await client.messages.${pick(random, ['create', 'stream', 'countTokens'])}({\n  ${list(random, pool)}\n}${options});`,
  ].join('\n');
}
