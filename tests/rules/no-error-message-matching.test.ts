import rule from '../../src/rules/no-error-message-matching.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const RATE_LIMIT_HINT = "`err.type === 'rate_limit_error'` or `err.status === 429`";
const OVERLOADED_HINT = "`err.type === 'overloaded_error'` or `err.status === 529`";

/** The report on `err.message.includes('Overloaded')` at the end of `condition`, in `caught`. */
const uncovered = (condition: string) => {
  const column = 7 + condition.indexOf('err.message');
  return {
    code: caught(condition),
    output: null,
    errors: [
      {
        messageId: 'messageMatching' as const,
        data: { text: 'Overloaded', hint: OVERLOADED_HINT },
        line: 6,
        column,
        endColumn: column + "err.message.includes('Overloaded')".length,
        suggestions: [],
      },
    ],
  };
};

/** A request in a `try` whose `catch` tests the error with `condition`. */
const caught = (condition: string): string => `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
} catch (err: any) {
  if (${condition}) retry();
}`;

ruleTester.run('no-error-message-matching', rule, {
  valid: [
    // A raw `fetch` to the Claude API throws no SDK error: what the `catch` sees is the app's own.
    `async function enhance(text) {
  try {
    const response = await fetch('https://api.anthropic.com/v1/messages', {
      method: 'POST',
      headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'claude-haiku-4-5', max_tokens: 100, messages: [{ role: 'user', content: text }] }),
    });
    if (response.status === 429) throw new Error('API rate limit exceeded');
    return await response.json();
  } catch (error) {
    if (error.message.includes('rate limit')) return null;
    throw error;
  }
}`,
    // The structured checks.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
} catch (err: any) {
  if (err instanceof Anthropic.RateLimitError || err.status === 429 || err.type === 'overloaded_error') retry();
  console.error(err.message);
}`,
    // The try block sends no Claude request: the error may come from anywhere.
    `import Anthropic from '@anthropic-ai/sdk';
declare const url: string;
try {
  await fetch(url);
} catch (err: any) {
  if (err.message.includes('rate limit')) retry();
}`,
    `import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
const openai = new OpenAI();
try {
  await openai.chat.completions.create({ model: 'gpt-4o', messages: [] });
} catch (err: any) {
  if (err.message.includes('rate limit')) retry();
}`,
    // Texts with no structured equivalent: a 400 is many errors, and a low credit balance is a 400 too.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
} catch (err: any) {
  if (err.message.includes('prompt is too long')) truncate();
  if (err.message.includes('credit balance is too low')) alertBilling();
  if (/Plans & Billing/.test(err.message)) alertBilling();
}`,
    // A pattern that is not statically known.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const retryable: string[];
try {
  await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
} catch (err: any) {
  if (retryable.some((text) => err.message.includes(text))) retry();
}`,
    // A parameter typed as a plain Error, or not typed: not known to be an SDK error.
    `import Anthropic from '@anthropic-ai/sdk';
export function isRateLimit(err: Error): boolean {
  return err.message.includes('rate limit');
}
export function isOverloaded(err: any): boolean {
  return /overloaded/i.test(String(err));
}`,
    // Narrowed by a class that is not the SDK's.
    `import Anthropic from '@anthropic-ai/sdk';
class QuotaError extends Error {}
export function isRateLimit(err: unknown): boolean {
  return err instanceof QuotaError && err.message.includes('rate limit');
}`,
    // The else branch of an instanceof test is not narrowed.
    `import { APIError } from '@anthropic-ai/sdk';
export function describe(err: any): string {
  if (err instanceof APIError) return 'api';
  else return err.message.includes('timeout') ? 'timeout' : 'other';
}`,
    // Another binding with the catch parameter's name.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
declare const failures: Error[];
try {
  await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
} catch (err) {
  const limited = failures.filter((err) => err.message.includes('rate limit'));
}`,
    // Matching the response text, not an error.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
const message = await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
const block = message.content[0];
if (block?.type === 'text' && block.text.includes('rate limit')) warn();`,
    // \`.catch\` on something that is not a Claude request.
    `import Anthropic from '@anthropic-ai/sdk';
declare const url: string;
fetch(url).catch((err) => {
  if (err.message.includes('overloaded')) retry();
});`,
    // In a type position, Anthropic.RateLimitError is the error body's type, not the class;
    // resources/shared exports such body types too.
    `import Anthropic from '@anthropic-ai/sdk';
import type { OverloadedError } from '@anthropic-ai/sdk/resources/shared';
export function describe(body: Anthropic.RateLimitError, other: OverloadedError): boolean {
  return body.message.includes('rate limit') || other.message.includes('overloaded');
}`,
    // No SDK import and no Claude model: not a Claude request.
    `declare const client: { messages: { create(p: object): Promise<unknown> } };
try {
  await client.messages.create({ model: 'gpt-4o', max_tokens: 1024, messages: [] });
} catch (err: any) {
  if (err.message.includes('rate limit')) retry();
}`,
    // The text test beside a structured test of the same category, in an `||`: a fallback that classifies nothing.
    caught("err.status === 529 || (err.message && err.message.includes('Overloaded'))"),
    caught("err.type === 'rate_limit_error' || other || err.message.includes('rate limit')"),
    caught("err.message.includes('Overloaded') || 529 == err.status"),
  ],
  invalid: [
    // A structured test of another category, a conjunction, or another error's status does not cover it.
    ...[
      "err.status === 500 || err.message.includes('Overloaded')",
      "err.status === 529 && err.message.includes('Overloaded')",
      "other.status === 529 || err.message.includes('Overloaded')",
    ].map(uncovered),
    {
      // The client comes from another module; the Claude model ID makes it a Claude request.
      code: `import { anthropic } from './clients';
try {
  await anthropic.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
} catch (err: any) {
  if (err.message.includes('rate limit')) retry();
}`,
      output: null,
      errors: [{ messageId: 'messageMatching', data: { text: 'rate limit', hint: RATE_LIMIT_HINT }, line: 5, column: 7, suggestions: [] }],
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
} catch (err: any) {
  if (err.message.includes('rate limit')) retry();
}`,
      output: null,
      errors: [
        {
          messageId: 'messageMatching',
          data: { text: 'rate limit', hint: RATE_LIMIT_HINT },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      // A regex test, lowercased text, and the overloaded (529) case.
      code: `import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
async function ask() {
  try {
    return await anthropic.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 1024, messages: [] });
  } catch (error: any) {
    if (/overloaded/i.test(error.message.toLowerCase())) return null;
    throw error;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'messageMatching',
          data: { text: 'overloaded', hint: "`error.type === 'overloaded_error'` or `error.status === 529`" },
          line: 7,
          column: 9,
          suggestions: [],
        },
      ],
    },
    {
      // String(err), a template literal and a strict comparison.
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  await client.messages.stream({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] }).finalMessage();
} catch (err: any) {
  if (String(err).includes('529')) retry();
  if (\`\${err}\`.toLowerCase().includes('not_found_error')) pickAnotherModel();
  if (err.message === 'Request timed out.') retry();
}`,
      output: null,
      errors: [
        {
          messageId: 'messageMatching',
          data: { text: '529', hint: "`err.type === 'overloaded_error'` or `err.status === 529`" },
          line: 6,
          column: 7,
          suggestions: [],
        },
        {
          messageId: 'messageMatching',
          data: { text: 'not_found_error', hint: "`err.type === 'not_found_error'` or `err.status === 404`" },
          line: 7,
          column: 7,
          suggestions: [],
        },
        {
          messageId: 'messageMatching',
          data: {
            text: 'Request timed out.',
            hint: "`instanceof APIConnectionTimeoutError` (the client's `timeout`) or `err.type === 'timeout_error'` (a 504 from the API)",
          },
          line: 8,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // Narrowed to an APIError: a suggestion can switch to `err.type`.
      code: `import Anthropic from '@anthropic-ai/sdk';
export function shouldRetry(err: unknown): boolean {
  return err instanceof Anthropic.APIError && err.message.includes('overloaded');
}`,
      output: null,
      errors: [
        {
          messageId: 'messageMatching',
          data: { text: 'overloaded', hint: "`err.type === 'overloaded_error'` or `err.status === 529`" },
          line: 3,
          column: 47,
          suggestions: [
            {
              messageId: 'useType',
              data: { replacement: "err.type === 'overloaded_error'" },
              output: `import Anthropic from '@anthropic-ai/sdk';
export function shouldRetry(err: unknown): boolean {
  return err instanceof Anthropic.APIError && err.type === 'overloaded_error';
}`,
            },
          ],
        },
      ],
    },
    {
      // Typed parameter, negated: the replacement keeps its parentheses.
      code: `import { AuthenticationError, APIError } from '@anthropic-ai/sdk';
export function isOtherError(err: APIError): boolean {
  return !err.message.includes('invalid x-api-key');
}`,
      output: null,
      errors: [
        {
          messageId: 'messageMatching',
          data: { text: 'invalid x-api-key', hint: "`err.type === 'authentication_error'` or `err.status === 401`" },
          line: 3,
          column: 11,
          suggestions: [
            {
              messageId: 'useType',
              data: { replacement: "err.type === 'authentication_error'" },
              output: `import { AuthenticationError, APIError } from '@anthropic-ai/sdk';
export function isOtherError(err: APIError): boolean {
  return !(err.type === 'authentication_error');
}`,
            },
          ],
        },
      ],
    },
    {
      // A negative comparison becomes \`!==\`; the body's message is message text too.
      code: `import { APIError } from '@anthropic-ai/sdk';
declare const err: unknown;
if (err instanceof APIError) {
  if (err.message !== 'Not Found') log(err);
  if (err.error?.error?.message?.startsWith('request_too_large')) shrink();
}`,
      output: null,
      errors: [
        {
          messageId: 'messageMatching',
          data: { text: 'Not Found', hint: "`err.type === 'not_found_error'` or `err.status === 404`" },
          line: 4,
          column: 7,
          suggestions: [
            {
              messageId: 'useType',
              data: { replacement: "err.type !== 'not_found_error'" },
              output: `import { APIError } from '@anthropic-ai/sdk';
declare const err: unknown;
if (err instanceof APIError) {
  if (err.type !== 'not_found_error') log(err);
  if (err.error?.error?.message?.startsWith('request_too_large')) shrink();
}`,
            },
          ],
        },
        {
          messageId: 'messageMatching',
          data: { text: 'request_too_large', hint: "`err.type === 'request_too_large'` or `err.status === 413`" },
          line: 5,
          column: 7,
          suggestions: [
            {
              messageId: 'useType',
              data: { replacement: "err.type === 'request_too_large'" },
              output: `import { APIError } from '@anthropic-ai/sdk';
declare const err: unknown;
if (err instanceof APIError) {
  if (err.message !== 'Not Found') log(err);
  if (err.type === 'request_too_large') shrink();
}`,
            },
          ],
        },
      ],
    },
    {
      // A promise .catch on a request; indexOf has no boolean to swap.
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
client.messages
  .create({ model: 'claude-haiku-4-5', max_tokens: 1024, messages: [] })
  .catch((e) => {
    if (e.message.indexOf('permission') !== -1) deny();
  });`,
      output: null,
      errors: [
        {
          messageId: 'messageMatching',
          data: { text: 'permission', hint: "`e.type === 'permission_error'` or `e.status === 403`" },
          line: 6,
          column: 9,
          suggestions: [],
        },
      ],
    },
    {
      // A cast to an SDK class, and a regex naming two categories.
      code: `import * as sdk from '@anthropic-ai/sdk';
export function classify(raw: unknown) {
  if ((raw as sdk.APIError).message.includes('Internal server error')) return 'server';
  if (/rate.?limit|overloaded/i.test((<sdk.InternalServerError>raw).message)) return 'busy';
  return 'other';
}`,
      output: null,
      errors: [
        {
          messageId: 'messageMatching',
          data: { text: 'Internal server error', hint: "`raw.type === 'api_error'` or `raw.status >= 500`" },
          line: 3,
          column: 7,
          suggestions: [],
        },
        {
          messageId: 'messageMatching',
          data: {
            text: 'rate.?limit|overloaded',
            hint: "`raw.type === 'rate_limit_error'` or `raw.status === 429`, or `raw.type === 'overloaded_error'` or `raw.status === 529`",
          },
          line: 4,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // An alias of the catch parameter, and new RegExp.
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  await client.messages.countTokens({ model: 'claude-opus-4-8', messages: [] });
} catch (caught) {
  const err = caught as any;
  if (new RegExp('connection error', 'i').test(String(err))) reconnect();
}`,
      output: null,
      errors: [
        {
          messageId: 'messageMatching',
          data: { text: 'connection error', hint: '`instanceof APIConnectionError`' },
          line: 7,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // CommonJS, a bare `catch` variable and JSON.stringify.
      code: `const Anthropic = require('@anthropic-ai/sdk');
const client = new Anthropic();
async function main() {
  try {
    await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
  } catch (err) {
    if (JSON.stringify(err).includes('billing_error')) notify();
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'messageMatching',
          data: { text: 'billing_error', hint: "`err.type === 'billing_error'` or `err.status === 402`" },
          line: 7,
          column: 9,
          suggestions: [],
        },
      ],
    },
    {
      // A variable annotated with a subclass; a constant pattern.
      code: `import { RateLimitError } from '@anthropic-ai/sdk';
const LIMIT_TEXT = 'Rate limit exceeded';
declare function lastFailure(): RateLimitError;
const failure: RateLimitError = lastFailure();
export const limited = failure.message.endsWith(LIMIT_TEXT);`,
      output: null,
      errors: [
        {
          messageId: 'messageMatching',
          data: { text: 'Rate limit exceeded', hint: "`failure.type === 'rate_limit_error'` or `failure.status === 429`" },
          line: 5,
          column: 24,
          suggestions: [
            {
              messageId: 'useType',
              data: { replacement: "failure.type === 'rate_limit_error'" },
              output: `import { RateLimitError } from '@anthropic-ai/sdk';
const LIMIT_TEXT = 'Rate limit exceeded';
declare function lastFailure(): RateLimitError;
const failure: RateLimitError = lastFailure();
export const limited = failure.type === 'rate_limit_error';`,
            },
          ],
        },
      ],
    },
    {
      // Narrowed only to AnthropicError, which has no \`type\`: no suggestion.
      code: `import { AnthropicError } from '@anthropic-ai/sdk';
declare const err: unknown;
if (err instanceof AnthropicError) {
  if (err.message.includes('Bad Request')) fix();
}`,
      output: null,
      errors: [
        {
          messageId: 'messageMatching',
          data: { text: 'Bad Request', hint: "`err.type === 'invalid_request_error'` or `err.status === 400`" },
          line: 4,
          column: 7,
          suggestions: [],
        },
      ],
    },
  ],
});
