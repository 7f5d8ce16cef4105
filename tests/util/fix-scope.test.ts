/**
 * Fixes and suggestions change only what every user of the changed text needs changed
 * (defineRequestRule scopes them): a shared `const` read by a request that was not reported, or
 * by other code, is never edited. Each case has its twin where every user needs the change.
 */
import maxTokens from '../../src/rules/valid-max-tokens.js';
import modelId from '../../src/rules/valid-model-id.js';
import unknownParams from '../../src/rules/no-unknown-params.js';
import sampling from '../../src/rules/no-unsupported-sampling-params.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const IMPORT = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
`;

ruleTester.run('valid-model-id: a model const also read by a gateway client', modelId, {
  valid: [],
  invalid: [
    {
      // The gateway (custom baseURL) is skipped, but reads MODEL too: no autofix of the const.
      code: `${IMPORT}const gateway = new Anthropic({ baseURL: 'https://gateway.example.com' });
const MODEL = 'claude-sonnet-4.6';
await client.messages.create({ model: MODEL, max_tokens: 1024, messages: [] });
await gateway.messages.create({ model: MODEL, max_tokens: 1024, messages: [] });`,
      output: null,
      errors: [{ messageId: 'dotted', line: 4, column: 15, suggestions: [] }],
    },
    {
      // The twin: two requests that both need the fix.
      code: `${IMPORT}const MODEL = 'claude-sonnet-4.6';
await client.messages.create({ model: MODEL, max_tokens: 1024, messages: [] });
await client.messages.countTokens({ model: MODEL, messages: [] });`,
      output: `${IMPORT}const MODEL = 'claude-sonnet-4-6';
await client.messages.create({ model: MODEL, max_tokens: 1024, messages: [] });
await client.messages.countTokens({ model: MODEL, messages: [] });`,
      errors: [{ messageId: 'dotted', line: 3, column: 15, suggestions: [] }],
    },
    {
      // An exported const may be used by other modules.
      code: `${IMPORT}export const MODEL = 'claude-sonnet-4.6';
await client.messages.create({ model: MODEL, max_tokens: 1024, messages: [] });`,
      output: null,
      errors: [{ messageId: 'dotted', line: 3, column: 22, suggestions: [] }],
    },
  ],
});

ruleTester.run('no-unknown-params: a payload const read elsewhere', unknownParams, {
  valid: [],
  invalid: [
    {
      code: `${IMPORT}const params = { model: 'claude-opus-4-8', maxTokens: 1024, messages: [] };
await client.messages.create(params);
console.log(params.maxTokens);`,
      output: null,
      errors: [{ messageId: 'misnamed', line: 3, column: 44, suggestions: [] }],
    },
    {
      code: `${IMPORT}const params = { model: 'claude-opus-4-8', maxTokens: 1024, messages: [] };
await client.messages.create(params);`,
      output: `${IMPORT}const params = { model: 'claude-opus-4-8', max_tokens: 1024, messages: [] };
await client.messages.create(params);`,
      errors: [{ messageId: 'misnamed', line: 3, column: 44, suggestions: [] }],
    },
  ],
});

ruleTester.run('no-unsupported-sampling-params: a shared const spread into a call that accepts it', sampling, {
  valid: [],
  invalid: [
    {
      code: `${IMPORT}const base = { max_tokens: 1024, temperature: 0.4 };
await client.messages.create({ ...base, model: 'claude-opus-4-7', messages: [] });
await client.messages.create({ ...base, model: 'claude-haiku-4-5', messages: [] });`,
      errors: [{ messageId: 'notAcceptedByModel', line: 3, column: 34, suggestions: [] }],
    },
  ],
});

ruleTester.run('valid-max-tokens: a const also passed to countTokens', maxTokens, {
  valid: [],
  invalid: [
    {
      code: `${IMPORT}const params = { model: 'claude-opus-4-8', messages: [] };
await client.messages.create(params);
await client.messages.countTokens(params);`,
      errors: [{ messageId: 'missing', line: 3, column: 16, suggestions: [] }],
    },
  ],
});

ruleTester.run('no-unsupported-sampling-params: a key written twice in one object', sampling, {
  valid: [],
  invalid: [
    {
      // Removing the temperature that counts would send the other: no removal offered.
      code: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-7', temperature: 0.5, temperature: 0.4, max_tokens: 1024, messages: [] });`,
      errors: [{ messageId: 'notAcceptedByModel', line: 3, column: 76, suggestions: [] }],
    },
    {
      // The twin: one temperature, removed.
      code: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-7', temperature: 0.4, max_tokens: 1024, messages: [] });`,
      errors: [
        {
          messageId: 'notAcceptedByModel',
          line: 3,
          column: 58,
          suggestions: [
            {
              messageId: 'removeParam',
              output: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [] });`,
            },
          ],
        },
      ],
    },
  ],
});
