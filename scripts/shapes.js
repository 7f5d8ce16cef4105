/**
 * Code shapes that made the analysis quadratic once (issue 8): each `shape(n)` returns a program
 * (and settings) whose size grows linearly with `n`. `npm run bench` times them at n, 2n, 4n;
 * tests/analysis/scaling.test.ts counts the work they cost at bounded sizes.
 */

const HEADER = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n";
const turn = (index) => `{ role: '${index % 2 === 0 ? 'user' : 'assistant'}', content: 'turn ${index}' }`;
const times = (n, write) => Array.from({ length: n }, (_, index) => write(index)).join('\n');

/** name → (n) => { code, settings? }. `base` is the n the bench starts its doubling from. */
export const SHAPES = {
  /** One `messages` array of n entries (valid-messages looked at every earlier entry per entry). */
  'messages array': {
    base: 4000,
    make: (n) => ({
      code: `${HEADER}await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [\n${times(n, (i) => `  ${turn(i)},`)}\n] });\n`,
    }),
  },
  /** n properties interleaved with unknown spreads (each spread rewrote every earlier key). */
  'properties and unknown spreads': {
    base: 1000,
    make: (n) => ({
      code: `${HEADER}await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [${turn(0)}],\n${times(n, (i) => `  ...extra${i}(), key${i}: ${i},`)}\n});\n`,
    }),
  },
  /** One `const` spread into n calls (each call rescanned every reference of the const). */
  'one const spread into n calls': {
    base: 500,
    make: (n) => ({
      code: `${HEADER}const base = { model: 'claude-opus-4-7', max_tokens: 1024 };\n${times(n, (i) => `await client.messages.create({ ...base, messages: [{ role: 'user', content: 'q${i}' }] });`)}\n`,
    }),
  },
  /** n functions calling a client built after them and a top-level fetch stub (each call re-read the statements before it). */
  'calls on a client built after a fetch stub': {
    base: 500,
    make: (n) => ({
      code: `import Anthropic from '@anthropic-ai/sdk';\nglobal.fetch = (() => Promise.resolve(new Response('{}'))) as any;\n${times(n, (i) => `export async function ask${i}() {\n  return client.messages.create({ model: 'claude-opus-4-7', max_tokens: ${i + 1}, messages: [${turn(0)}] });\n}`)}\nconst client = new Anthropic();\n`,
    }),
  },
  /** n methods sending a private field the constructor sets (each read would list every access of that name). */
  'reads of a private field set in the constructor': {
    base: 500,
    make: (n) => ({
      code: `import Anthropic from '@anthropic-ai/sdk';\nexport class Chat {\n  private client = new Anthropic();\n  constructor() { this.model = process.env.MODEL || 'claude-opus-4-7'; }\n${times(n, (i) => `  ask${i}() { return this.client.messages.create({ model: this.model, max_tokens: ${i + 1}, messages: [${turn(0)}] }); }`)}\n  private model: string;\n}\n`,
    }),
  },
  /** n classes with a private field of one name (each class once listed every access of that name in the file). */
  'classes with a private field of one name': {
    base: 500,
    make: (n) => ({
      code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n${times(n, (i) => `export class Chat${i} {\n  private model = 'claude-opus-4-7';\n  ask() { return client.messages.create({ model: this.model, max_tokens: ${i + 1}, messages: [${turn(0)}] }); }\n}`)}\n`,
    }),
  },
  /** n methods writing a private field and n sending it (each read was a choice of every write). */
  'writes and reads of one private field': {
    base: 500,
    make: (n) => ({
      code: `import Anthropic from '@anthropic-ai/sdk';\nexport class Chat {\n  private client = new Anthropic();\n  private model = 'claude-opus-4-7';\n${times(n, (i) => `  use${i}() { this.model = 'claude-opus-4-8'; }\n  ask${i}() { return this.client.messages.create({ model: this.model, max_tokens: ${i + 1}, messages: [${turn(0)}] }); }`)}\n}\n`,
    }),
  },
  /** One `messages` const used by n calls. */
  'shared messages const': {
    base: 500,
    make: (n) => ({
      code: `${HEADER}const messages = [${turn(0)}, ${turn(1)}, ${turn(2)}];\n${times(n, (i) => `await client.messages.create({ model: 'claude-opus-4-7', max_tokens: ${i + 1}, messages });`)}\n`,
    }),
  },
  /** n `this.client = new Anthropic()` writes and n calls in one class (src/analysis/clients.ts). */
  'this.client writes and calls': {
    base: 200,
    make: (n) => ({
      code: `${HEADER}class Service {\n${times(n, (i) => `  reset${i}() { this.client = new Anthropic(); }\n  ask${i}() { return this.client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [${turn(0)}] }); }`)}\n}\n`,
    }),
  },
  /** `settings.models` with n rows (each row was checked against every other row's IDs). */
  'settings.models rows': {
    base: 1000,
    /** Timed as the whole lint of a one-call file: settings are read when the rules are created. */
    wall: true,
    make: (n) => ({
      code: `${HEADER}await client.messages.create({ model: 'claude-custom-0', max_tokens: 1024, messages: [${turn(0)}] });\n`,
      settings: {
        'claude-api': {
          apiVersion: '2023-06-01',
          models: Array.from({ length: n }, (_, i) => ({
            id: `claude-custom-${i}`,
            aliases: [`claude-custom-${i}-latest`],
            maxOutputTokens: 64000,
          })),
        },
      },
    }),
  },
  /** A model ID and a tool name of n characters (the nearest-name search had no length cut-off). */
  'long names': {
    base: 1000,
    make: (n) => ({
      code: `${HEADER}await client.messages.create({ model: 'claude-${'x'.repeat(n)}', max_tokens: 1024, messages: [${turn(0)}],\n  tools: [{ name: 't${'y'.repeat(n)}', input_schema: { type: 'object' } }], tool_choice: { type: 'tool', name: 't${'y'.repeat(n - 1)}z' } });\n`,
    }),
  },
};
