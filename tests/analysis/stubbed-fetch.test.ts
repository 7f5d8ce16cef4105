/**
 * Test files that replace the platform `fetch` with a test double (`vi.stubGlobal('fetch', ...)`,
 * `global.fetch = vi.fn()`, `vi.spyOn(globalThis, 'fetch').mockResolvedValue(...)`): their raw
 * `fetch` calls never reach the API, so neither the request rules nor the transport rule report
 * them. A spy that calls through, a global the file declares itself, a stub of another global and
 * the other HTTP clients still send.
 */
import validHttpRequest from '../../src/rules/valid-http-request.js';
import validModelId from '../../src/rules/valid-model-id.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const INIT = `{
    method: 'POST',
    headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({ model: 'claude-unicorn-1', max_tokens: 10, messages: [] }),
  }`;
const FETCH_TEST = `it('asks Claude', async () => {
  await fetch('https://api.anthropic.com/v1/messages', ${INIT});
});`;

ruleTester.run('valid-model-id: a stubbed global fetch', validModelId, {
  valid: [
    `import { beforeEach, it, vi } from 'vitest';
beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('{}')));
});
${FETCH_TEST}`,
    `global.fetch = jest.fn(() => Promise.resolve({ json: () => Promise.resolve({}) })) as jest.Mock;
${FETCH_TEST}`,
    `beforeEach(() => {
  globalThis.fetch = vi.fn();
});
it('asks Claude', async () => {
  await globalThis.fetch('https://api.anthropic.com/v1/messages', ${INIT});
});`,
    `window.fetch = vi.fn();\n${FETCH_TEST}`,
    `vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}'));\n${FETCH_TEST}`,
    `beforeEach(() => {
  jest.spyOn(global, 'fetch').mockName('fetch').mockImplementation(async () => new Response('{}'));
});
${FETCH_TEST}`,
    // The spy held in a variable, its implementation replaced later.
    `const fetchSpy = vi.spyOn(globalThis, 'fetch');
fetchSpy.mockResolvedValueOnce(new Response('{}'));
${FETCH_TEST}`,
    `import { type MockInstance } from 'vitest';
let fetchMock: MockInstance;
beforeEach(() => {
  fetchMock = vi.spyOn(window, 'fetch');
  fetchMock.mockReturnValue(Promise.resolve(new Response('{}')));
});
${FETCH_TEST}`,
    `globalThis['fetch'] = vi.fn();\n${FETCH_TEST}`,
    // A polyfill module the test file mocks is a double.
    `import nodeFetch from 'node-fetch';
vi.mock('node-fetch');
global.fetch = nodeFetch;
${FETCH_TEST}`,
    // A spy whose replacement is made through `vi.mocked`.
    `vi.spyOn(globalThis, 'fetch');
beforeEach(() => {
  vi.mocked(fetch).mockResolvedValue(new Response('{}'));
});
${FETCH_TEST}`,
    // A mocked axios and a stubbed fetch: neither sends.
    `import axios from 'axios';
vi.mock('axios');
vi.stubGlobal('fetch', vi.fn());
await axios.post('https://api.anthropic.com/v1/messages', { model: 'claude-unicorn-1', max_tokens: 10, messages: [] });
${FETCH_TEST}`,
  ],
  invalid: [
    {
      // The file's own `global`: writing its `fetch` leaves the platform's alone.
      code: `const global = { fetch: undefined as unknown };
global.fetch = vi.fn();
${FETCH_TEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 7, column: 35 }],
    },
    {
      // A spy without a replacement implementation calls the real fetch.
      code: `const fetchSpy = vi.spyOn(globalThis, 'fetch');
${FETCH_TEST}
it('sent it', () => expect(fetchSpy).toHaveBeenCalledOnce());`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 6, column: 35 }],
    },
    {
      // Another mock's replacement does not make the fetch spy a stub.
      code: `vi.spyOn(globalThis, 'fetch');
vi.mocked(loadUser).mockResolvedValue({ id: 1 });
${FETCH_TEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 7, column: 35 }],
    },
    {
      code: `vi.stubGlobal('crypto', { randomUUID: () => 'id' });\n${FETCH_TEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 6, column: 35 }],
    },
    {
      // A spy on an object of the code's own, not the global.
      code: `vi.spyOn(api, 'fetch').mockResolvedValue({});\n${FETCH_TEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 6, column: 35 }],
    },
    {
      // Putting the platform's own fetch back is no stub.
      code: `const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});
${FETCH_TEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 9, column: 35 }],
    },
    {
      // A polyfill puts a fetch that really sends on the global: no stub.
      code: `import nodeFetch from 'node-fetch';
globalThis.fetch = nodeFetch as unknown as typeof fetch;
${FETCH_TEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 7, column: 35 }],
    },
    {
      code: `const { fetch: undiciFetch } = require('undici');
if (!global.fetch) global.fetch = undiciFetch;
${FETCH_TEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 7, column: 35 }],
    },
    {
      code: `global.fetch = require('cross-fetch');
${FETCH_TEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 6, column: 35 }],
    },
    {
      code: `import * as undici from 'undici';
vi.stubGlobal('fetch', undici.fetch);
${FETCH_TEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 7, column: 35 }],
    },
    {
      // Stubbing fetch does not stub axios.
      code: `import axios from 'axios';
vi.stubGlobal('fetch', vi.fn());
await axios.post('https://api.anthropic.com/v1/messages', { model: 'claude-unicorn-1', max_tokens: 10, messages: [] });`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 3, column: 68 }],
    },
  ],
});

const NO_VERSION = `await fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: { 'x-api-key': key },
  body: JSON.stringify({ model: 'claude-opus-4-8', max_tokens: 10, messages: [] }),
});`;

ruleTester.run('valid-http-request: a stubbed global fetch', validHttpRequest, {
  valid: [`vi.stubGlobal('fetch', vi.fn());\n${NO_VERSION}`, `global.fetch = jest.fn();\n${NO_VERSION}`],
  invalid: [
    {
      code: `vi.spyOn(globalThis, 'fetch');\n${NO_VERSION}`,
      errors: [
        {
          messageId: 'missingVersion',
          line: 4,
          column: 12,
          suggestions: ['2026-10-21', '2023-06-01'].map((version) => ({
            messageId: 'useVersion' as const,
            data: { version },
            output: `vi.spyOn(globalThis, 'fetch');\n${NO_VERSION.replace("'x-api-key': key", `'x-api-key': key, 'anthropic-version': '${version}'`)}`,
          })),
        },
      ],
    },
  ],
});

const SDK_REQUEST = `await client.messages.create({ model: 'claude-unicorn-1', max_tokens: 10, messages: [] });`;
const STUB = `global.fetch = (() => Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve({}) })) as any;`;

ruleTester.run('valid-model-id: an SDK client built on a stubbed global fetch', validModelId, {
  valid: [
    // The SDK takes the global fetch when the client is built: after a top-level stub, it calls the stub.
    `import Anthropic from '@anthropic-ai/sdk';
const originalFetch = global.fetch;
${STUB}
const client = new Anthropic({ apiKey: 'test-key' });
${SDK_REQUEST}`,
    `import Anthropic from '@anthropic-ai/sdk';
import { vi } from 'vitest';
vi.stubGlobal('fetch', vi.fn());
export const client = new Anthropic();
${SDK_REQUEST}`,
  ],
  invalid: [
    {
      // Built before the stub: the client keeps the real fetch.
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
${STUB}
${SDK_REQUEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 4, column: 39 }],
    },
    {
      // Built in a function, which may run after the fetch is put back.
      code: `import Anthropic from '@anthropic-ai/sdk';
${STUB}
const make = () => new Anthropic();
const client = make();
${SDK_REQUEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 5, column: 39 }],
    },
    {
      // The real fetch is back before the client is built.
      code: `import Anthropic from '@anthropic-ai/sdk';
const originalFetch = global.fetch;
${STUB}
global.fetch = originalFetch;
const client = new Anthropic();
${SDK_REQUEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 6, column: 39 }],
    },
    {
      // \`vi.unstubAllGlobals()\` puts the real fetch back.
      code: `import Anthropic from '@anthropic-ai/sdk';
vi.stubGlobal('fetch', vi.fn());
vi.unstubAllGlobals();
const client = new Anthropic();
${SDK_REQUEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 5, column: 39 }],
    },
    {
      // A stub in a test's set-up runs after the module's top level, where the client is built.
      code: `import Anthropic from '@anthropic-ai/sdk';
beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn());
});
const client = new Anthropic();
${SDK_REQUEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 6, column: 39 }],
    },
    {
      // A stub in a branch may not run.
      code: `import Anthropic from '@anthropic-ai/sdk';
if (process.env.OFFLINE) {
  ${STUB}
}
const client = new Anthropic();
${SDK_REQUEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 6, column: 39 }],
    },
    {
      // A polyfill is a real fetch.
      code: `import Anthropic from '@anthropic-ai/sdk';
import nodeFetch from 'node-fetch';
global.fetch = nodeFetch as any;
const client = new Anthropic();
${SDK_REQUEST}`,
      errors: [{ messageId: 'unknown', data: { id: 'claude-unicorn-1' }, line: 5, column: 39 }],
    },
  ],
});
