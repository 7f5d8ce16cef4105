/**
 * Test files that replace a client's module with a test double (`vi.mock`, `jest.mock`): what
 * they import from it is the double, so no request made with it reaches the API, and the rules
 * stay silent. Mocking any other module changes nothing.
 */
import validModelId from '../../src/rules/valid-model-id.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const SDK_REQUEST = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-unicorn-1', max_tokens: 10, messages: [] });`;

ruleTester.run('valid-model-id: mocked client modules', validModelId, {
  valid: [
    `vi.mock('@anthropic-ai/sdk');\n${SDK_REQUEST}`,
    `jest.mock('@anthropic-ai/sdk', () => ({ default: jest.fn() }));\n${SDK_REQUEST}`,
    `vi.mock('@ai-sdk/anthropic', () => ({ anthropic: vi.fn() }));
import { generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
await generateText({ model: anthropic('claude-unicorn-1'), prompt: 'Hi' });
export const registry = { chat: anthropic('claude-unicorn-1') };`,
    `vi.mock('@langchain/anthropic');
import { ChatAnthropic } from '@langchain/anthropic';
export const llm = new ChatAnthropic({ model: 'claude-unicorn-1' });`,
  ],
  invalid: [
    {
      // A partial mock starts from the real module: its classes may still send.
      code: `vi.mock('@anthropic-ai/sdk', async (importOriginal) => ({ ...(await importOriginal()) }));\n${SDK_REQUEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 4, column: 39 }],
    },
    {
      code: `jest.mock('@anthropic-ai/sdk', () => ({ ...jest.requireActual('@anthropic-ai/sdk'), helper: jest.fn() }));\n${SDK_REQUEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 4, column: 39 }],
    },
    {
      // Another module mocked: the client is the SDK's.
      code: `vi.mock('./db');\n${SDK_REQUEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 4, column: 39 }],
    },
    {
      code: `jest.mock('@ai-sdk/openai');
import { anthropic } from '@ai-sdk/anthropic';
export const registry = { chat: anthropic('claude-unicorn-1') };`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 3, column: 43 }],
    },
  ],
});
