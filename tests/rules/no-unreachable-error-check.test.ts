import rule from '../../src/rules/no-unreachable-error-check.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-unreachable-error-check', rule, {
  valid: [
    // Subclasses first: the order the SDK docs show.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
} catch (err) {
  if (err instanceof Anthropic.RateLimitError) {
    await sleep(1000);
  } else if (err instanceof Anthropic.APIConnectionTimeoutError) {
    retry();
  } else if (err instanceof Anthropic.APIConnectionError) {
    retry();
  } else if (err instanceof Anthropic.OverloadedError) {
    retry();
  } else if (err instanceof Anthropic.InternalServerError) {
    retry();
  } else if (err instanceof Anthropic.APIError) {
    console.error(err.status);
  } else if (err instanceof Anthropic.AnthropicError) {
    throw err;
  }
}`,
    // A base-class test joined with `&&` does not catch every instance.
    `import { APIError, RateLimitError } from '@anthropic-ai/sdk';
declare const err: unknown;
if (err instanceof APIError && err.status === 500) {
  retry();
} else if (err instanceof RateLimitError) {
  wait();
}`,
    // A negated test: the else branch is the one that sees every APIError.
    `import { APIError, RateLimitError } from '@anthropic-ai/sdk';
declare const err: unknown;
if (!(err instanceof APIError)) {
  throw err;
} else if (err instanceof RateLimitError) {
  wait();
}`,
    // Different variables.
    `import { APIError, RateLimitError } from '@anthropic-ai/sdk';
declare const first: unknown, second: unknown;
if (first instanceof APIError) {
  log(first);
} else if (second instanceof RateLimitError) {
  wait();
}`,
    // Separate statements, not an else-if chain: both may run.
    `import { APIError, RateLimitError } from '@anthropic-ai/sdk';
declare const err: unknown;
if (err instanceof APIError) log(err);
if (err instanceof RateLimitError) wait();`,
    // The first branch does not always exit.
    `import { APIError, RateLimitError } from '@anthropic-ai/sdk';
declare const err: unknown;
declare const verbose: boolean;
function handle() {
  if (err instanceof APIError) {
    if (verbose) return log(err);
  }
  if (err instanceof RateLimitError) wait();
}`,
    // An if that exits, but with an else: later statements see both outcomes.
    `import { APIError, RateLimitError } from '@anthropic-ai/sdk';
declare const err: unknown;
function handle() {
  if (err instanceof APIError) return 'api';
  else log(err);
  if (err instanceof RateLimitError) wait();
}`,
    // Reassigned between an exiting if and the later test.
    `import { APIError, RateLimitError } from '@anthropic-ai/sdk';
declare function unwrap(value: unknown): unknown;
function handle(input: unknown) {
  let err = input;
  if (err instanceof APIError && !err.status) throw err;
  if (err instanceof APIError) return 'api';
  err = unwrap(err);
  if (err instanceof RateLimitError) wait();
}`,
    // Siblings, and classes outside the APIError branch.
    `import Anthropic from '@anthropic-ai/sdk';
declare const err: unknown;
if (err instanceof Anthropic.RateLimitError) {
  wait();
} else if (err instanceof Anthropic.NotFoundError) {
  fail();
} else if (err instanceof Anthropic.InternalServerError) {
  retry();
} else if (err instanceof Anthropic.APIConnectionError) {
  retry();
}`,
    `import Anthropic from '@anthropic-ai/sdk';
declare const err: unknown;
if (err instanceof Anthropic.APIError) {
  log(err);
} else if (err instanceof Anthropic.RetryableError) {
  retry();
}`,
    // The variable is reassigned between the tests.
    `import { APIError, RateLimitError } from '@anthropic-ai/sdk';
declare function unwrap(value: unknown): unknown;
let err: unknown = new Error();
if (err instanceof APIError) {
  log(err);
} else if ((err = unwrap(err)) && err instanceof RateLimitError) {
  wait();
}`,
    // Member expressions are not followed (a getter may return another error each time).
    `import { APIError, RateLimitError } from '@anthropic-ai/sdk';
declare const failure: { cause: unknown };
if (failure.cause instanceof APIError) {
  log(failure);
} else if (failure.cause instanceof RateLimitError) {
  wait();
}`,
    // Other SDKs' error classes of the same names.
    `import { APIError, RateLimitError } from 'openai';
declare const err: unknown;
if (err instanceof APIError) {
  log(err);
} else if (err instanceof RateLimitError) {
  wait();
}`,
    `import Anthropic from '@anthropic-ai/sdk';
class APIError extends Error {}
class RateLimitError extends APIError {}
declare const err: unknown;
if (err instanceof APIError) {
  log(err);
} else if (err instanceof RateLimitError) {
  wait();
}`,
    // No mention of the SDK at all.
    `import { APIError, RateLimitError } from './errors';
declare const err: unknown;
if (err instanceof APIError) log(err);
else if (err instanceof RateLimitError) wait();`,
    // switch on something other than `true`.
    `import { APIError, RateLimitError } from '@anthropic-ai/sdk';
declare const err: unknown;
declare const flag: boolean;
switch (flag) {
  case err instanceof APIError:
    break;
  case err instanceof RateLimitError:
    break;
}`,
    // Ternaries in the right order.
    `import { APIError, RateLimitError } from '@anthropic-ai/sdk';
declare const err: unknown;
const delay = err instanceof RateLimitError ? 60 : err instanceof APIError ? 5 : 0;`,
  ],
  invalid: [
    {
      // The SDK's default export, inside a catch block.
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
} catch (err) {
  if (err instanceof Anthropic.APIError) {
    console.error(err.status);
  } else if (err instanceof Anthropic.RateLimitError) {
    await sleep(1000);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'subclassAfterBase',
          data: { later: 'RateLimitError', earlier: 'APIError', line: '6' },
          line: 8,
          column: 14,
          endLine: 8,
          endColumn: 53,
        },
      ],
    },
    {
      // Named imports: APIConnectionError extends APIError in the TypeScript SDK.
      code: `import { APIConnectionError, APIError } from '@anthropic-ai/sdk';
function describe(err: unknown): string {
  if (err instanceof APIError) return 'api';
  else if (err instanceof APIConnectionError) return 'network';
  return 'other';
}`,
      output: null,
      errors: [
        { messageId: 'subclassAfterBase', data: { later: 'APIConnectionError', earlier: 'APIError', line: '3' }, line: 4, column: 12 },
      ],
    },
    {
      // The error module path, with renamed imports.
      code: `import { APIConnectionError as ConnErr, APIConnectionTimeoutError as Timeout } from '@anthropic-ai/sdk/error';
declare const e: unknown;
if (e instanceof ConnErr) {
  reconnect();
} else if (e instanceof Timeout) {
  raiseTimeout();
}`,
      output: null,
      errors: [
        {
          messageId: 'subclassAfterBase',
          data: { later: 'APIConnectionTimeoutError', earlier: 'APIConnectionError', line: '3' },
          line: 5,
          column: 12,
        },
      ],
    },
    {
      // A namespace import, directly and through its default export.
      code: `import * as sdk from '@anthropic-ai/sdk';
declare const err: unknown;
if (err instanceof sdk.InternalServerError) {
  retry();
} else if (err instanceof sdk.default.OverloadedError) {
  backOff();
}`,
      output: null,
      errors: [
        {
          messageId: 'subclassAfterBase',
          data: { later: 'OverloadedError', earlier: 'InternalServerError', line: '3' },
          line: 5,
          column: 12,
        },
      ],
    },
    {
      // AnthropicError first makes every later SDK check unreachable.
      code: `import { AnthropicError, NotFoundError, RetryableError } from '@anthropic-ai/sdk';
declare const err: unknown;
if (err instanceof AnthropicError) {
  log(err);
} else if (err instanceof NotFoundError) {
  fail();
} else if (err instanceof RetryableError) {
  retry();
}`,
      output: null,
      errors: [
        { messageId: 'subclassAfterBase', data: { later: 'NotFoundError', earlier: 'AnthropicError', line: '3' }, line: 5, column: 12 },
        { messageId: 'subclassAfterBase', data: { later: 'RetryableError', earlier: 'AnthropicError', line: '3' }, line: 7, column: 12 },
      ],
    },
    {
      // A base class as an operand of `||` catches every instance; the later test is dead even inside `&&`.
      code: `import { APIError, NotFoundError, RateLimitError } from '@anthropic-ai/sdk';
declare const err: unknown;
declare const retryable: boolean;
if (err instanceof RateLimitError || err instanceof APIError) {
  retry();
} else if (retryable && err instanceof NotFoundError) {
  fail();
}`,
      output: null,
      errors: [{ messageId: 'subclassAfterBase', data: { later: 'NotFoundError', earlier: 'APIError', line: '4' }, line: 6, column: 25 }],
    },
    {
      // The same class twice, written two ways.
      code: `import Anthropic, { RateLimitError } from '@anthropic-ai/sdk';
declare const err: unknown;
if (err instanceof Anthropic.RateLimitError) {
  wait();
} else if (err instanceof RateLimitError) {
  waitLonger();
}`,
      output: null,
      errors: [
        { messageId: 'alreadyTested', data: { later: 'RateLimitError', earlier: 'RateLimitError', line: '3' }, line: 5, column: 12 },
      ],
    },
    {
      // switch (true) evaluates the cases in order.
      code: `import { APIError, AuthenticationError } from '@anthropic-ai/sdk';
declare const err: unknown;
switch (true) {
  case err instanceof APIError:
    log(err);
    break;
  case err instanceof AuthenticationError:
    relogin();
    break;
  default:
    throw err;
}`,
      output: null,
      errors: [
        { messageId: 'subclassAfterBase', data: { later: 'AuthenticationError', earlier: 'APIError', line: '4' }, line: 7, column: 8 },
      ],
    },
    {
      // A chain of ternaries.
      code: `import { APIError, RateLimitError } from '@anthropic-ai/sdk';
declare const err: unknown;
const delay = err instanceof APIError ? 5 : err instanceof RateLimitError ? 60 : 0;`,
      output: null,
      errors: [{ messageId: 'subclassAfterBase', data: { later: 'RateLimitError', earlier: 'APIError', line: '3' }, line: 3, column: 45 }],
    },
    {
      // CommonJS: the module object and destructured members.
      code: `const Anthropic = require('@anthropic-ai/sdk');
const { APIError, PermissionDeniedError } = require('@anthropic-ai/sdk');
function handle(err) {
  if (err instanceof APIError) {
    return 'api';
  } else if (err instanceof PermissionDeniedError) {
    return 'forbidden';
  } else if (err instanceof Anthropic.ConflictError) {
    return 'conflict';
  }
}`,
      output: null,
      errors: [
        { messageId: 'subclassAfterBase', data: { later: 'PermissionDeniedError', earlier: 'APIError', line: '4' }, line: 6, column: 14 },
        { messageId: 'subclassAfterBase', data: { later: 'ConflictError', earlier: 'APIError', line: '4' }, line: 8, column: 14 },
      ],
    },
    {
      // The platform clients carry the same static error classes.
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
import { BadRequestError } from '@anthropic-ai/vertex-sdk/error';
declare const err: unknown;
if (err instanceof BadRequestError) {
  fix();
} else if (err instanceof AnthropicBedrock.ImageDimensionsTooLargeError) {
  resize();
} else if (err instanceof AnthropicBedrock.APIError) {
  log(err);
}`,
      output: null,
      errors: [
        {
          messageId: 'subclassAfterBase',
          data: { later: 'ImageDimensionsTooLargeError', earlier: 'BadRequestError', line: '4' },
          line: 6,
          column: 12,
        },
      ],
    },
    {
      // An if that always exits, then a later if in the same block.
      code: `import { APIError, RateLimitError } from '@anthropic-ai/sdk';
export async function send(call: () => Promise<unknown>) {
  try {
    return await call();
  } catch (err) {
    if (err instanceof APIError) {
      console.error(err.status);
      throw err;
    }
    log('not an API error');
    if (err instanceof RateLimitError) return retry();
    throw err;
  }
}`,
      output: null,
      errors: [{ messageId: 'subclassAfterBase', data: { later: 'RateLimitError', earlier: 'APIError', line: '6' }, line: 11, column: 9 }],
    },
    {
      // Early exits in a loop body and a switch case.
      code: `import Anthropic from '@anthropic-ai/sdk';
declare const errors: unknown[];
declare const mode: number;
for (const err of errors) {
  if (err instanceof Anthropic.APIConnectionError || err instanceof Anthropic.BadRequestError) continue;
  if (err instanceof Anthropic.APIConnectionTimeoutError) retry();
  switch (mode) {
    case 1:
      if (err instanceof Anthropic.InternalServerError) break;
      if (err instanceof Anthropic.ServiceUnavailableError) retry();
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'subclassAfterBase',
          data: { later: 'APIConnectionTimeoutError', earlier: 'APIConnectionError', line: '5' },
          line: 6,
          column: 7,
        },
        {
          messageId: 'subclassAfterBase',
          data: { later: 'ServiceUnavailableError', earlier: 'InternalServerError', line: '9' },
          line: 10,
          column: 11,
        },
      ],
    },
    {
      // Inside an arrow function, with the older `core/error` path.
      code: `import { InternalServerError } from '@anthropic-ai/sdk/core/error';
import { GatewayTimeoutError } from '@anthropic-ai/sdk';
export const isRetryable = (err: unknown) => {
  if (err instanceof InternalServerError) return true;
  else if (err instanceof GatewayTimeoutError) return false;
  return false;
};`,
      output: null,
      errors: [
        {
          messageId: 'subclassAfterBase',
          data: { later: 'GatewayTimeoutError', earlier: 'InternalServerError', line: '4' },
          line: 5,
          column: 12,
        },
      ],
    },
  ],
});
