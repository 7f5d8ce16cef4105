/**
 * Where a caught error comes from (src/analysis/sdk-errors.ts), through no-error-message-matching:
 * the error's text reached through a destructuring or a stringified `const`, and the `try` blocks
 * whose own code may throw, where the caught error is not proven to be the SDK's.
 */
import rule from '../../src/rules/no-error-message-matching.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const hint = (name: string) => `\`${name}.type === 'rate_limit_error'\` or \`${name}.status === 429\``;

ruleTester.run('no-error-message-matching', rule, {
  valid: [
    // A `throw` of the app's own in the `try`: the caught error may be that one.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  const reply = await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
  if (reply.stop_reason === 'max_tokens') throw new Error('rate limit of our own');
} catch (err: any) {
  if (err.message.includes('rate limit')) retry();
}`,
    // A timeout raced against the request rejects with the app's own error.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  await Promise.race([
    client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] }),
    new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000)),
  ]);
} catch (err: any) {
  if (String(err).includes('rate limit')) retry();
}`,
    // A Promise executor's reject, without Promise.race.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  await new Promise((resolve, reject) => {
    client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] }).then(resolve, () => reject(new Error('rate limit')));
  });
} catch (err: any) {
  const { message } = err;
  if (message.includes('rate limit')) retry();
}`,
    // A destructured key other than the message.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
} catch (err: any) {
  const { name } = err;
  if (name.includes('rate limit')) retry();
}`,
  ],
  invalid: [
    {
      // \`const { message } = err\` is still the caught error's text.
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
} catch (err: any) {
  const { message } = err;
  if (message.includes('rate limit')) retry();
}`,
      output: null,
      errors: [{ messageId: 'messageMatching', data: { text: 'rate limit', hint: hint('err') }, line: 7, column: 7, suggestions: [] }],
    },
    {
      // So is \`const text = String(err).toLowerCase()\`.
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
try {
  await client.messages.create({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [] });
} catch (error) {
  const text = String(error).toLowerCase();
  if (text.includes('rate limit')) retry();
}`,
      output: null,
      errors: [{ messageId: 'messageMatching', data: { text: 'rate limit', hint: hint('error') }, line: 7, column: 7, suggestions: [] }],
    },
  ],
});
