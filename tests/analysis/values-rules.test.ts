/**
 * The value resolver's guarantees seen through a rule: a payload that escapes where it cannot be
 * followed is neither reported nor fixed, and what a request reports does not depend on which
 * request came first.
 */
import noUnsupportedPrefill from '../../src/rules/no-unsupported-prefill.js';
import validMessages from '../../src/rules/valid-messages.js';
import validThinking from '../../src/rules/valid-thinking.js';
import rule from '../../src/rules/valid-model-id.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const HEAD = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n";
const chain = Array.from({ length: 11 }, (_, i) => `const m${i + 1} = m${i};`).join('\n');

ruleTester.run('valid-model-id (payloads that may change)', rule, {
  valid: [
    `${HEAD}const params = { model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] };
applyDefaults({ params });
await client.messages.create(params);`,
    `${HEAD}const t = { model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] };
[t][0].model = 'claude-sonnet-4-6';
await client.messages.create(t);`,
    `${HEAD}const z = { model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] };
({ z }).z.model = 'claude-sonnet-4-6';
await client.messages.create(z);`,
    // A plain write of the key the rule reads: what is sent is the written value.
    `${HEAD}const params: Record<string, unknown> = { model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] };
params.model = 'claude-sonnet-4-6';
await client.messages.create(params);`,
    {
      code: `const Anthropic = require('@anthropic-ai/sdk');
var client = new Anthropic();
var params = { model: 'claude-sonnet-4.6', max_tokens: 1024, messages: [] };
with (params) { model = 'claude-sonnet-4-6'; }
client.messages.create(params);`,
      filename: 'sloppy.js',
      languageOptions: { parserOptions: { sourceType: 'script' } },
    },
  ],
  invalid: [
    {
      // The chain reaches the ID at the depth limit first; the direct use below still sees it.
      code: `${HEAD}const m0 = 'claude-nonexistent-model';
${chain}
await client.messages.create({ model: m11, max_tokens: 1024, messages: [] });
await client.messages.create({ model: m0, max_tokens: 1024, messages: [] });`,
      errors: [{ messageId: 'unknown', line: 3, column: 12, data: { id: 'claude-nonexistent-model' } }],
    },
    {
      // Plain writes of other keys leave the model as written; the \`const\` is written elsewhere, so no edit is offered.
      code: `${HEAD}export async function ask(system?: string) {
  const params: Record<string, unknown> = { model: 'claude-nonexistent-model', max_tokens: 1024, messages: [] };
  if (system) params.system = system;
  params['metadata'] = { user_id: 'u' };
  return client.messages.create(params);
}`,
      errors: [{ messageId: 'unknown', line: 4, column: 52, data: { id: 'claude-nonexistent-model' }, suggestions: [] }],
    },
  ],
});

const EMPTY = 'all messages must have non-empty content except for the optional final assistant message';

ruleTester.run('valid-messages (messages changed by a callback)', validMessages, {
  valid: [
    // Filled in by a callback before it is sent: what is sent is not the empty literal.
    `${HEAD}const messages = [{ role: 'user', content: '' }];
messages.forEach((m) => { m.content = prompt; });
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages });`,
    `${HEAD}const messages = [{ role: 'user', content: '' }];
function fill(m) { m.content = prompt; }
messages.forEach(fill);
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages });`,
    `${HEAD}const messages = [{ role: 'user', content: '' }];
messages.find((m) => m.role === 'user').content = prompt;
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages });`,
  ],
  invalid: [
    {
      // The twin: a callback that only reads leaves the empty content as it is.
      code: `${HEAD}const messages = [{ role: 'user', content: '' }];
messages.forEach((m) => console.log(m.content));
await client.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages });`,
      errors: [{ messageId: 'emptyContent', data: { message: '`messages.0`', error: `messages.0: ${EMPTY}` }, line: 3, column: 35 }],
    },
  ],
});

// Review: a key written after the literal may be present; the rules that read a key's absence must not take it as absent.
ruleTester.run('no-unsupported-prefill (keys written after the literal)', noUnsupportedPrefill, {
  valid: [
    `${HEAD}export async function ask(token: string) {
  const params: Record<string, unknown> = { model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Sure' }] };
  params.fallback_credit_token = token;
  return client.messages.create(params);
}`,
  ],
  invalid: [],
});

ruleTester.run('valid-thinking (keys written after the literal)', validThinking, {
  valid: [
    `${HEAD}export async function ask() {
  const params: Record<string, unknown> = { model: 'claude-sonnet-4-6', max_tokens: 2000, thinking: { type: 'enabled', budget_tokens: 4000 }, messages: [] };
  params.betas = ['interleaved-thinking-2025-05-14'];
  return client.beta.messages.create(params);
}`,
  ],
  invalid: [],
});

// Review: a setter in the literal runs on a plain write, and may change any key.
ruleTester.run('valid-messages (a literal with a setter)', validMessages, {
  valid: [
    `${HEAD}export async function ask() {
  const params: any = { model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] as unknown[], set system(value: string) { this.messages.push({ role: 'user', content: value }); } };
  params.system = 'Hi';
  return client.messages.create(params);
}`,
  ],
  invalid: [],
});
