/**
 * Same-file data flow (src/analysis/flow.ts), through valid-model-id and valid-thinking: each
 * shape the finder follows, and its silent twin where one value is not known.
 */
import { afterAll, beforeAll, describe, vi } from 'vitest';
import validModelId from '../../src/rules/valid-model-id.js';
import validThinking from '../../src/rules/valid-thinking.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
/** A class whose private `ask(model)` sends a request, with one more member. */
const chatClass = (member: string): string => `import Anthropic from '@anthropic-ai/sdk';
export class Chat {
  private client = new Anthropic();
  private async ask(model: string) {
    return this.client.messages.create({ model, max_tokens: 1024, messages: [] });
  }
  ${member}
}`;
/** A class that sends \`this.MODEL\` as the model, with its field declaration and one more member. */
const botClass = (field: string, member = ''): string => `import Anthropic from '@anthropic-ai/sdk';
export class Bot {
  private anthropic = new Anthropic();
  ${field}
  ${member}
  run() {
    return this.anthropic.messages.create({ model: this.MODEL, max_tokens: 10, messages: [] });
  }
}`;
const unknownId = (line: number, column: number) => ({
  messageId: 'unknown' as const,
  data: { id: 'claude-unicorn-9' },
  line,
  column,
  suggestions: [],
});

describe('same-file data flow', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T12:00:00Z'));
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  ruleTester.run('valid-model-id', validModelId, {
    valid: [
      // A destructuring default over a source the file knows, which sets the key; in a nested pattern; in a \`let\` written again.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const settings = { model: 'claude-opus-4-8' };
const { model = 'claude-unicorn-9' } = settings;
await client.messages.create({ model, max_tokens: 1024, messages: [] });`,
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function POST(req: Request) {
  const { options: { model = 'claude-unicorn-9' } } = await req.json();
  return client.messages.create({ model, max_tokens: 1024, messages: [] });
}`,
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function POST(req: Request) {
  let { model = 'claude-unicorn-9' } = await req.json();
  model = 'claude-opus-4-8';
  return client.messages.create({ model, max_tokens: 1024, messages: [] });
}`,
      // A helper's fallback that an argument may rule out: what is unknown may be the argument.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
function pick(model?: string) {
  return model ?? 'claude-unicorn-9';
}
await client.messages.create({ model: pick('claude-opus-4-8'), max_tokens: 1024, messages: [] });`,
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
function pick() {
  return arguments[0] ?? 'claude-unicorn-9';
}
await client.messages.create({ model: pick('claude-opus-4-8'), max_tokens: 1024, messages: [] });`,
      // A helper that returns an object or something unknown: its parts are not guessed.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
function settings() {
  return process.env.SETTINGS ? JSON.parse(process.env.SETTINGS) : { model: 'claude-unicorn-9' };
}
await client.messages.create({ model: settings().model, max_tokens: 1024, messages: [] });`,
      // A parameter also called with a value that is not known.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
async function chat(model: string) {
  return client.messages.create({ model, max_tokens: 1024, messages: [] });
}
await chat('claude-opus-4-8');
await chat(process.env.MODEL!);`,
      // Every call passes a known, valid value: the parameter is each of them.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
async function chat(model: string) {
  return client.messages.create({ model, max_tokens: 1024, messages: [] });
}
await chat('claude-opus-4-8');
await chat('claude-haiku-4-5');`,
      // An exported function may be called from anywhere: its callers prove nothing.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function chat(model: string) {
  return client.messages.create({ model, max_tokens: 1024, messages: [] });
}
await chat('claude-unicorn-9');`,
      // A function passed on as a callback may be called with anything.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
async function chat(model: string) {
  return client.messages.create({ model, max_tokens: 1024, messages: [] });
}
await chat('claude-unicorn-9');
export const handler = chat;`,
      // A parameter reassigned in the body.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
async function chat(model: string) {
  model = model.trim();
  return client.messages.create({ model, max_tokens: 1024, messages: [] });
}
await chat('claude-unicorn-9');`,
      // An object handed in and changed inside before it is sent.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
async function send(params: Anthropic.MessageCreateParams) {
  params.model = 'claude-opus-4-8';
  return client.messages.create(params);
}
await send({ model: 'claude-unicorn-9', max_tokens: 1024, messages: [] });`,
      // A helper with one return that is not known.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
function pickModel(fast: boolean) {
  if (fast) return 'claude-unicorn-9';
  return process.env.MODEL!;
}
await client.messages.create({ model: pickModel(true), max_tokens: 1024, messages: [] });`,
      // A map with one value that is not known.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const MODELS = { fast: 'claude-unicorn-9', smart: process.env.SMART_MODEL! };
export async function ask(tier: 'fast' | 'smart') {
  return client.messages.create({ model: MODELS[tier], max_tokens: 1024, messages: [] });
}`,
      // A map that is changed after it is built.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const MODELS: Record<string, string> = { fast: 'claude-unicorn-9' };
MODELS.fast = 'claude-haiku-4-5';
export async function ask(tier: string) {
  return client.messages.create({ model: MODELS[tier]!, max_tokens: 1024, messages: [] });
}`,
      // A public method may be called from other modules: its calls here prove nothing.
      `import Anthropic from '@anthropic-ai/sdk';
export class Chat {
  private client = new Anthropic();
  async ask(model: string) {
    return this.client.messages.create({ model, max_tokens: 1024, messages: [] });
  }
  go() { return this.ask('claude-unicorn-9'); }
}`,
      // A private method also called with a value that is not known.
      chatClass(`go() { return this.ask('claude-unicorn-9'); }\n  other(model: string) { return this.ask(model); }`),
      // Handed on as a callback: whoever holds it may call it with anything.
      chatClass(`go() { this.ask('claude-unicorn-9'); return ['x'].map(this.ask); }`),
      // Called through another object: some other class may have a method of that name.
      chatClass(`go(other: Chat) { this.ask('claude-opus-4-8'); return other.ask('claude-unicorn-9'); }`),
      // Destructured, or reached through a key not known.
      chatClass(`go() { this.ask('claude-unicorn-9'); const { ask } = this; return ask; }`),
      chatClass(`go(name: 'ask') { this.ask('claude-unicorn-9'); return this[name]; }`),
      // Called from a nested function, where \`this\` is some other object.
      chatClass(`go() { this.ask('claude-opus-4-8'); return function (this: any) { return this.ask('claude-unicorn-9'); }; }`),
      // A batch whose entries are built from values not known.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function run(items: { id: string; model: string }[]) {
  return client.messages.batches.create({
    requests: items.map((item) => ({ custom_id: item.id, params: { model: item.model, max_tokens: 1024, messages: [] } })),
  });
}`,
      // A field that is not private (a subclass may redeclare it, other code may write it), or is set from a parameter, or may be written unseen.
      botClass(`protected readonly MODEL = 'claude-unicorn-9';`),
      botClass(`MODEL = 'claude-unicorn-9';`, `constructor() { this.MODEL = 'claude-unicorn-9'; }`),
      botClass(`private MODEL: string;`, `constructor(options: { model?: string }) { this.MODEL = options.model ?? 'claude-unicorn-9'; }`),
      botClass(`private MODEL = 'claude-unicorn-9';`, `copy(other: Bot) { other.MODEL = 'claude-opus-4-8'; }`),
      botClass(`private MODEL = 'claude-unicorn-9';`, `reset() { this.MODEL += '-fast'; }`),
      botClass(`private MODEL = 'claude-unicorn-9';`, `load(saved: { model: string }) { ({ model: this.MODEL } = saved); }`),
      botClass(`private MODEL = 'claude-unicorn-9';`, `register() { const self = this; setup(self); }`),
      botClass(`readonly MODEL = 'claude-unicorn-9';`),
      botClass(`private readonly MODEL: string = 'claude-unicorn-9';`, `constructor(model?: string) { if (model) this.MODEL = model; }`),
      botClass(`private readonly MODEL: string = 'claude-unicorn-9';`, `constructor(options: object) { Object.assign(this, options); }`),
      // A fallback the left side rules out: every call in the file passes a model.
      `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
async function ask(model?: string) {
  return client.messages.create({ model: model ?? 'claude-unicorn-9', max_tokens: 1024, messages: [] });
}
await ask('claude-opus-4-8');
await ask('claude-haiku-4-5');`,
      // Review: an initializer the constructor always replaces is never sent.
      botClass(
        `private MODEL = 'claude-unicorn-9';`,
        `constructor(config: { get(key: string): string }) { this.MODEL = config.get('MODEL'); }`,
      ),
      botClass(`private readonly MODEL: string = 'claude-unicorn-9';`, `constructor() { this.MODEL = loadSettings().model; }`),
      // Review: a value that reads a parameter through a local or a nested function.
      botClass(
        `private MODEL: string;`,
        `constructor(options: { model?: string }) { const m = options.model; this.MODEL = m ?? 'claude-unicorn-9'; }`,
      ),
      botClass(
        `private MODEL: string;`,
        `constructor(options: { model?: string }) { const set = () => { this.MODEL = options.model ?? 'claude-unicorn-9'; }; set(); }`,
      ),
      // Review: an instance field shadows a getter of its name (JavaScript), and a computed member may be any getter.
      botClass(`MODEL = 'claude-opus-4-8';\n  get MODEL() { return 'claude-unicorn-9'; }`),
      botClass(`get MODEL() { return 'claude-unicorn-9'; }\n  get ['MO' + 'DEL']() { return 'claude-opus-4-8'; }`),
      // Review: a getter that reads a variable of an enclosing function.
      `import Anthropic from '@anthropic-ai/sdk';
export function make(options: { model?: string }) {
  return class Bot {
    private anthropic = new Anthropic();
    get MODEL() { return options.model ?? 'claude-unicorn-9'; }
    run() { return this.anthropic.messages.create({ model: this.MODEL, max_tokens: 10, messages: [] }); }
  };
}`,
      // Review: a destructuring default over an object of \`this\` the file fills.
      botClass(
        `private cfg = { model: 'claude-opus-4-8' };`,
        `get MODEL() { const { model = 'claude-unicorn-9' } = this.cfg; return model; }`,
      ),
      // A static accessor is not the instance's.
      botClass(`static get MODEL() { return 'claude-unicorn-9'; }`),
      // A getter whose value is not known at all.
      botClass(`get MODEL() { return process.env.CLAUDE_MODEL!; }`),
      // A static field is not the instance's.
      botClass(`private static readonly MODEL = 'claude-unicorn-9';`),
      // A property of an object of primitives written elsewhere: it may hold anything.
      `import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
const config = { model: 'claude-unicorn-9', max_tokens: 100 };
export function pick(model: string) { config.model = model; }
export const r = anthropic.messages.create({ ...config, messages: [] });`,
      // Spread into a returned object, an object with a nested one: the copy shares it, and whoever gets it may change it.
      `import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
const config = { model: 'claude-unicorn-9', max_tokens: 100, metadata: { user_id: 'u' } };
function params(prompt: string) {
  return { messages: [{ role: 'user' as const, content: prompt }], ...config };
}
export const first = anthropic.messages.create(params('hi'));
export const second = anthropic.messages.create({ messages: [], ...config });`,
    ],
    invalid: [
      {
        // An object of primitives spread into another copies it whole: no use of the copy changes it.
        code: `import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
const config = { model: 'claude-unicorn-9', max_tokens: 100 };
function params(prompt: string) {
  return { messages: [{ role: 'user' as const, content: prompt }], ...config };
}
export const first = anthropic.messages.create(params('hi'));
export const second = anthropic.messages.create({ messages: [], ...config });`,
        // Both requests send the one literal: one report.
        errors: [unknownId(3, 25)],
      },
      {
        // A property read from an object of primitives is a primitive: an object holding it that escapes changes nothing.
        code: `import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
const config = { model: 'claude-unicorn-9', max_tokens: 100 };
register({ limit: config.max_tokens });
export const r = anthropic.messages.create({ ...config, messages: [] });`,
        errors: [unknownId(3, 25)],
      },
      {
        // Through the same-file function alone: its one `return` is known.
        code: `import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
const config = { model: 'claude-unicorn-9', max_tokens: 100 };
function params(prompt: string) {
  return { messages: [{ role: 'user' as const, content: prompt }], ...config };
}
export const first = anthropic.messages.create(params('hi'));`,
        errors: [unknownId(3, 25)],
      },
      {
        // A private readonly field holds its initializer: a subclass cannot redeclare it, and no constructor sets it.
        code: botClass(`private readonly MODEL = 'claude-unicorn-9';`),
        errors: [unknownId(4, 28)],
      },
      {
        // A private field only the class writes holds what it is given: its initializer, and each \`this.MODEL = ...\`.
        code: botClass(`private MODEL = 'claude-opus-4-8';`, `useDefault() { this.MODEL = 'claude-unicorn-9'; }`),
        errors: [unknownId(5, 31)],
      },
      {
        // The left side of a fallback, read through the data flow: a private field the class never writes again is sent.
        code: botClass(`private model = 'claude-unicorn-9';`, `get MODEL() { return this.model || 'claude-opus-4-8'; }`),
        errors: [unknownId(4, 19)],
      },
      {
        // Every call passes nothing: only the fallback is sent.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
async function ask(model?: string) {
  return client.messages.create({ model: model ?? 'claude-unicorn-9', max_tokens: 1024, messages: [] });
}
await ask();`,
        output: null,
        errors: [unknownId(4, 51)],
      },
      {
        // The class's own accessor (trial 8), read like a method called through \`this\`.
        code: botClass(`get MODEL() {\n    return process.env.CLAUDE_MODEL ?? 'claude-unicorn-9';\n  }`),
        errors: [unknownId(5, 40)],
      },
      {
        // Set in the constructor with a fallback (trial 7): the fallback is sent whenever the setting is missing.
        code: botClass(`private MODEL: string;`, `constructor() { this.MODEL = process.env.CLAUDE_MODEL || 'claude-unicorn-9'; }`),
        errors: [unknownId(5, 60)],
      },
      {
        // A private method: every call is \`this.ask(...)\` in the class, so the parameter is each argument.
        code: `import Anthropic from '@anthropic-ai/sdk';
export class Chat {
  private client = new Anthropic();
  private async ask(prompt: string, model: string) {
    return this.client.messages.create({ model, max_tokens: 1024, messages: [{ role: 'user', content: prompt }] });
  }
  fast(prompt: string) { return this.ask(prompt, 'claude-unicorn-9'); }
  smart(prompt: string) { return this.ask(prompt, 'claude-opus-4-8'); }
}`,
        output: null,
        errors: [unknownId(7, 50)],
      },
      {
        // The same for \`#ask\`, a field holding an arrow function, and calls from arrow callbacks.
        code: `import Anthropic from '@anthropic-ai/sdk';
export class Chat {
  #client = new Anthropic();
  #ask = async (model: string) => this.#client.messages.create({ model, max_tokens: 1024, messages: [] });
  go(items: string[]) { return items.map(() => this.#ask('claude-unicorn-9')); }
}`,
        output: null,
        errors: [unknownId(5, 58)],
      },
      {
        // A parameter default is sent whenever the caller leaves it out.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function chat(messages: Anthropic.MessageParam[], model = 'claude-unicorn-9') {
  return client.messages.create({ model, max_tokens: 1024, messages });
}`,
        output: null,
        errors: [unknownId(3, 72)],
      },
      {
        // Every call in the file passes a known value: each is checked where it is written.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
async function chat(model: string) {
  return client.messages.create({ model, max_tokens: 1024, messages: [] });
}
await chat('claude-opus-4-8');
await chat('claude-unicorn-9');`,
        output: null,
        errors: [unknownId(7, 12)],
      },
      {
        // A payload handed to a same-file helper that sends it: checked where it is written.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
async function send(params: Anthropic.MessageCreateParams) {
  console.log(params.model);
  return client.messages.create({ ...params, stream: false });
}
await send({ model: 'claude-unicorn-9', max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [unknownId(7, 21)],
      },
      {
        // The same through an arrow function held by a const.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const chat = (model: string) => client.messages.create({ model, max_tokens: 1024, messages: [] });
await chat('claude-unicorn-9');`,
        output: null,
        errors: [unknownId(4, 12)],
      },
      {
        // A helper whose every return is known.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
function pickModel(fast: boolean) {
  if (fast) return 'claude-unicorn-9';
  return 'claude-opus-4-8';
}
export async function ask(fast: boolean) {
  return client.messages.create({ model: pickModel(fast), max_tokens: 1024, messages: [] });
}`,
        output: null,
        errors: [unknownId(4, 20)],
      },
      {
        // A method of the class, through \`this\`.
        code: `import Anthropic from '@anthropic-ai/sdk';
export class Assistant {
  private client = new Anthropic();
  private model() {
    return 'claude-unicorn-9';
  }
  ask() {
    return this.client.messages.create({ model: this.model(), max_tokens: 1024, messages: [] });
  }
}`,
        output: null,
        errors: [unknownId(5, 12)],
      },
      {
        // A getter without parameters whose return falls back to a literal (trial 6): the fallback is sent when the setting is missing.
        code: `import Anthropic from '@anthropic-ai/sdk';
export class Assistant {
  private client = new Anthropic();
  getModel() {
    return process.env.CLAUDE_MODEL || 'claude-unicorn-9';
  }
  ask() {
    return this.client.messages.create({ model: this.getModel(), max_tokens: 1024, messages: [] });
  }
}`,
        output: null,
        errors: [unknownId(5, 40)],
      },
      {
        // The same with a function declaration, and a return that is not known at all beside it.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
function model() {
  if (process.env.CLAUDE_MODEL) return process.env.CLAUDE_MODEL;
  return 'claude-unicorn-9';
}
await client.messages.create({ model: model(), max_tokens: 1024, messages: [] });`,
        output: null,
        errors: [unknownId(5, 10)],
      },
      {
        // A destructuring default (trial 7): sent whenever the request body lacks the key.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function POST(req: Request) {
  const { messages, model = 'claude-unicorn-9' } = await req.json();
  return client.messages.create({ model, max_tokens: 1024, messages });
}`,
        output: null,
        errors: [unknownId(4, 29)],
      },
      {
        // A keyed lookup with an unknown key: each value of the map.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const MODELS = { fast: 'claude-haiku-4-5', smart: 'claude-unicorn-9' } as const;
export async function ask(tier: keyof typeof MODELS) {
  return client.messages.create({ model: MODELS[tier], max_tokens: 1024, messages: [] });
}`,
        output: null,
        errors: [unknownId(3, 51)],
      },
      {
        // \`MODELS[key].id\`: the field of each entry.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const MODELS = { fast: { id: 'claude-haiku-4-5', maxTokens: 1024 }, smart: { id: 'claude-unicorn-9', maxTokens: 2048 } };
export async function ask(tier: 'fast' | 'smart') {
  return client.messages.create({ model: MODELS[tier].id, max_tokens: MODELS[tier].maxTokens, messages: [] });
}`,
        output: null,
        errors: [unknownId(3, 82)],
      },
      {
        // A batch built with \`items.map\`: each \`params\` is a request.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function run(items: { id: string; text: string }[]) {
  return client.messages.batches.create({
    requests: items.map((item) => ({ custom_id: item.id, params: { model: 'claude-unicorn-9', max_tokens: 1024, messages: [] } })),
  });
}`,
        output: null,
        errors: [unknownId(5, 75)],
      },
      {
        // \`flatMap\` and \`Array.from\`, through a const.
        code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function run(items: string[]) {
  const requests = items.flatMap((text, i) => [{ custom_id: String(i), params: { model: 'claude-unicorn-9', max_tokens: 1024, messages: [{ role: 'user' as const, content: text }] } }]);
  await client.messages.batches.create({ requests });
  await client.messages.batches.create({
    requests: Array.from({ length: 3 }, (_, i) => {
      return { custom_id: String(i), params: { model: 'claude-unicorn-9', max_tokens: 1024, messages: [] } };
    }),
  });
}`,
        output: null,
        errors: [unknownId(4, 89), unknownId(8, 55)],
      },
    ],
  });
});

ruleTester.run('valid-thinking', validThinking, {
  valid: [
    // A ternary whose branch is not an object stays unknown.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function ask(deep: boolean, custom: Anthropic.ThinkingConfigParam) {
  return client.messages.create({ model: 'claude-opus-4-7', max_tokens: 16000, thinking: deep ? custom : { type: 'adaptive' }, messages: [] });
}`,
  ],
  invalid: [
    {
      // A ternary nested in the payload: each branch is checked as a payload of its own.
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function ask(deep: boolean) {
  return client.messages.create({
    model: 'claude-opus-4-7',
    max_tokens: 16000,
    thinking: deep ? { type: 'enabled', budget_tokens: 8000 } : { type: 'adaptive' },
    messages: [],
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'enabledNotSupported',
          data: { budgetKey: 'budget_tokens', effortParam: 'output_config.effort', model: 'claude-opus-4-7' },
          line: 7,
          column: 24,
          suggestions: [
            {
              messageId: 'useAdaptive',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function ask(deep: boolean) {
  return client.messages.create({
    model: 'claude-opus-4-7',
    max_tokens: 16000,
    thinking: { type: 'adaptive' },
    messages: [],
  });
}`,
            },
          ],
        },
      ],
    },
    {
      // A top-level ternary between payloads: each is a request.
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function ask(deep: boolean) {
  return client.messages.create(
    deep
      ? { model: 'claude-opus-4-7', max_tokens: 16000, thinking: { type: 'enabled', budget_tokens: 8000 }, messages: [] }
      : { model: 'claude-opus-4-7', max_tokens: 1024, messages: [] },
  );
}`,
      output: null,
      errors: [
        {
          messageId: 'enabledNotSupported',
          data: { budgetKey: 'budget_tokens', effortParam: 'output_config.effort', model: 'claude-opus-4-7' },
          line: 6,
          column: 68,
          suggestions: [
            {
              messageId: 'useAdaptive',
              output: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function ask(deep: boolean) {
  return client.messages.create(
    deep
      ? { model: 'claude-opus-4-7', max_tokens: 16000, thinking: { type: 'adaptive' }, messages: [] }
      : { model: 'claude-opus-4-7', max_tokens: 1024, messages: [] },
  );
}`,
            },
          ],
        },
      ],
    },
  ],
});
