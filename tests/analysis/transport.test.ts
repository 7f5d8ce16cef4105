/**
 * Where a client's requests go (analysis/transport.ts), for every adapter that reads client
 * options: a `baseURL` that writes out the API's own address is no gateway, and a `fetch` of the
 * code's own that never hands the request on (a test's canned response) makes the request one
 * that may not reach the API, so the ID rules stay silent; a wrapper that logs and calls the
 * platform's `fetch` does not.
 */
import validModelId from '../../src/rules/valid-model-id.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const SDK = `import Anthropic from '@anthropic-ai/sdk';\n`;
const SEND = `\nawait client.messages.create({ model: 'claude-unicorn-1', max_tokens: 10, messages: [] });`;
const AI = `import { createAnthropic } from '@ai-sdk/anthropic';\n`;
const LANGCHAIN = `import { ChatAnthropic } from '@langchain/anthropic';\n`;
const CANNED = `async () => new Response('{}')`;
const LOGGING = `async (url, init) => { console.log(url); return fetch(url, init); }`;

const unknownId = (line: number, column: number) => ({ messageId: 'unknown' as const, data: { id: 'claude-unicorn-1' }, line, column });

ruleTester.run('valid-model-id: where the client sends', validModelId, {
  valid: [
    // A fetch of its own that answers without calling the platform's: nothing may reach the API.
    `${SDK}const client = new Anthropic({ apiKey: 'test', fetch: ${CANNED} });${SEND}`,
    `${SDK}const client = new Anthropic({ fetch: mockFetch });${SEND}`,
    `${AI}export const m = createAnthropic({ apiKey: 'test', fetch: ${CANNED} })('claude-unicorn-1');`,
    `${AI}export const m = createAnthropic({ fetch: router.fetch })('claude-unicorn-1');`,
    `${LANGCHAIN}export const llm = new ChatAnthropic({ model: 'claude-unicorn-1', clientOptions: { fetch: ${CANNED} } });`,
    // A `fetch` of the code's own under the platform's name: a parameter, an import, a local.
    `${AI}export function make(fetch: typeof globalThis.fetch) {\n  return createAnthropic({ apiKey: 'k', fetch })('claude-unicorn-1');\n}`,
    `${AI}import { fetch } from './test-utils/mock-fetch';\nexport const m = createAnthropic({ fetch })('claude-unicorn-1');`,
    `${SDK}const fetch = async () => new Response('{}');\nconst client = new Anthropic({ apiKey: 'test', fetch });${SEND}`,
    // A wrapper that rewrites the URL, or calls fetch only in a function it never runs.
    `${SDK}const client = new Anthropic({ baseURL: 'https://api.anthropic.com', fetch: (url, init) => fetch(String(url).replace('https://api.anthropic.com', PROXY), init) });${SEND}`,
    `${AI}export const m = createAnthropic({ fetch: (url) => { const later = () => fetch(url); return Promise.resolve(new Response('{}')); } })('claude-unicorn-1');`,
    // LangChain with a client of the code's own.
    `${LANGCHAIN}export const llm = new ChatAnthropic({ model: 'claude-unicorn-1', anthropicApiUrl: 'https://api.anthropic.com', createClient: makeClient });`,
    // Another address than the API's own, or the API's own with another path, is a gateway's.
    `${SDK}const client = new Anthropic({ baseURL: 'https://api.anthropic.com/v1' });${SEND}`,
    `${AI}export const m = createAnthropic({ baseURL: 'https://api.anthropic.com' })('claude-unicorn-1');`,
    `${SDK}const client = new Anthropic({ baseURL: process.env.BASE_URL || 'https://api.anthropic.com' });${SEND}`,
  ],
  invalid: [
    {
      // The API's own address written out points nowhere else.
      code: `${SDK}const client = new Anthropic({ baseURL: 'https://api.anthropic.com' });${SEND}`,
      errors: [unknownId(3, 39)],
    },
    {
      code: `${SDK}const client = new Anthropic({ baseURL: 'https://api.anthropic.com/' });${SEND}`,
      errors: [unknownId(3, 39)],
    },
    {
      code: `${AI}export const m = createAnthropic({ baseURL: 'https://api.anthropic.com/v1' })('claude-unicorn-1');`,
      errors: [unknownId(2, 79)],
    },
    {
      code: `${LANGCHAIN}export const llm = new ChatAnthropic({ model: 'claude-unicorn-1', anthropicApiUrl: 'https://api.anthropic.com' });`,
      errors: [unknownId(2, 47)],
    },
    {
      // A fetch that logs and hands the request on, or the platform's own, still sends it to the API.
      code: `${SDK}const client = new Anthropic({ fetch: ${LOGGING} });${SEND}`,
      errors: [unknownId(3, 39)],
    },
    {
      code: `${SDK}const client = new Anthropic({ fetch });${SEND}`,
      errors: [unknownId(3, 39)],
    },
    {
      code: `${SDK}const client = new Anthropic({ fetch: window.fetch });${SEND}`,
      errors: [unknownId(3, 39)],
    },
    {
      code: `${AI}export const m = createAnthropic({ fetch: (input, init) => self.fetch(input, init) })('claude-unicorn-1');`,
      errors: [unknownId(2, 87)],
    },
    {
      code: `${AI}export const m = createAnthropic({ fetch: async (input, init) => globalThis.fetch(input, { ...init, keepalive: true }) })('claude-unicorn-1');`,
      errors: [unknownId(2, 123)],
    },
  ],
});
