import rule from '../../src/rules/valid-http-request.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

const BODY = `JSON.stringify({ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] })`;
const VERSIONS = '2023-01-01, 2023-06-01, 2026-10-21';

ruleTester.run('valid-http-request', rule, {
  valid: [
    // Everything a Messages call needs.
    `fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: { 'x-api-key': process.env.ANTHROPIC_API_KEY!, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
  body: ${BODY},
});`,
    // OAuth: a bearer token instead of x-api-key; header names in any case.
    `fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: { Authorization: \`Bearer \${token}\`, 'Anthropic-Version': '2026-10-21' },
  body: ${BODY},
});`,
    // Neither the version nor a credential: Claude.ai artifacts make this call, authenticated by
    // the user's session; outside code may add both. Not proof.
    `const response = await fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: ${BODY},
});`,
    `fetch('https://api.anthropic.com/v1/messages', { method: 'POST', body: ${BODY} });`,
    // The initial version is still a version.
    `fetch('https://api.anthropic.com/v1/messages/count_tokens', { method: 'POST', headers: { 'x-api-key': key, 'anthropic-version': '2023-01-01' }, body: ${BODY} });`,
    // A version that is not statically known.
    `fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { 'x-api-key': key, 'anthropic-version': process.env.ANTHROPIC_VERSION! }, body: ${BODY} });`,
    // Headers built by a helper, spread from an unknown object, or in a Headers instance: not known.
    `fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: buildHeaders(), body: ${BODY} });`,
    `declare const common: Record<string, string>;
fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { ...common, 'content-type': 'application/json' }, body: ${BODY} });`,
    `const headers = new Headers();
headers.set('x-api-key', key);
fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers, body: ${BODY} });`,
    // A header object changed after it was built.
    `const headers: Record<string, string> = { 'content-type': 'application/json' };
headers['x-api-key'] = key;
headers['anthropic-version'] = '2023-06-01';
fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers, body: ${BODY} });`,
    // Options not statically known.
    `declare const init: RequestInit;
fetch('https://api.anthropic.com/v1/messages', init);`,
    // A proxy's own route, the app's own route, another vendor: not the Claude API.
    `fetch('https://my-proxy.example.com/v1/messages', { method: 'POST', body: ${BODY} });`,
    `fetch('/api/chat', { method: 'POST', body: ${BODY} });`,
    `fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify({ model: 'gpt-5' }) });`,
    // Bedrock and Vertex hosts take other paths and credentials.
    `fetch('https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-opus-4-8/invoke', { method: 'POST', body: ${BODY} });`,
    `fetch('https://us-east5-aiplatform.googleapis.com/v1/projects/p/locations/us-east5/publishers/anthropic/models/claude-opus-4-8:rawPredict', { method: 'POST', body: ${BODY} });`,
    // The OpenAI-compatible endpoint exists and takes OpenAI's headers.
    `fetch('https://api.anthropic.com/v1/chat/completions', { method: 'POST', headers: { Authorization: 'Bearer ' + key }, body: JSON.stringify({ model: 'claude-opus-4-8', messages: [] }) });`,
    // Other real paths, and paths this plugin does not list, are not judged.
    `fetch('https://api.anthropic.com/v1/models', { headers: { 'x-api-key': key } });`,
    `fetch('https://api.anthropic.com/v1/messages/batches/msgbatch_01/results', { headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' } });`,
    `fetch('https://api.anthropic.com/v1/organizations/usage_report/messages', { headers: {} });`,
    `fetch('https://api.anthropic.com/v1/messages/', { method: 'POST', body: ${BODY} });`,
    // The URL is not statically known.
    `fetch(\`\${process.env.ANTHROPIC_BASE_URL}/v1/messages\`, { method: 'POST', body: ${BODY} });`,
    // A local function named fetch.
    `function fetch(url: string, init: object) { return [url, init]; }
fetch('https://api.anthropic.com/v1/messages', { method: 'POST' });`,
    // axios: interceptors may set any header.
    `import axios from 'axios';
axios.interceptors.request.use((config) => { config.headers['x-api-key'] = key; config.headers['anthropic-version'] = '2023-06-01'; return config; });
await axios.post('https://api.anthropic.com/v1/messages', { model: 'claude-opus-4-8', max_tokens: 1, messages: [] });`,
    // axios `auth` sets Authorization; an instance's headers count.
    `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.anthropic.com', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' } });
await api.post('/v1/messages', { model: 'claude-opus-4-8', max_tokens: 1, messages: [] });`,
    // got hooks may set headers.
    `import got from 'got';
await got.post('https://api.anthropic.com/v1/messages', { json: {}, hooks: { beforeRequest: [addAuth] } });`,
    // axios joins duplicate names case-insensitively (the last wins): not a duplicate.
    `import axios from 'axios';
await axios.post('https://api.anthropic.com/v1/messages', {}, { headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'Anthropic-Version': '2023-06-01' } });`,
    // A client's defaultHeaders with a real version, and another client's.
    `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ defaultHeaders: { 'anthropic-version': '2026-10-21' } });`,
    `import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
const client = new AnthropicVertex({ defaultHeaders: { 'anthropic-version': 'vertex-2023-10-16' } });`,
  ],
  invalid: [
    {
      code: `fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: { 'x-api-key': key, 'content-type': 'application/json' },
  body: ${BODY},
});`,
      errors: [
        {
          messageId: 'missingVersion',
          data: { latest: '2026-10-21' },
          line: 3,
          column: 12,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useVersion',
              data: { version: '2026-10-21' },
              output: `fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: { 'x-api-key': key, 'content-type': 'application/json', 'anthropic-version': '2026-10-21' },
  body: ${BODY},
});`,
            },
            {
              messageId: 'useVersion',
              data: { version: '2023-06-01' },
              output: `fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: { 'x-api-key': key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
  body: ${BODY},
});`,
            },
          ],
        },
      ],
    },
    {
      // Headers from a const options object: the report goes on their object, and no suggestion
      // edits code outside the call.
      code: `const init = { method: 'POST', headers: { 'anthropic-version': '2023-06-01' } };
fetch('https://api.anthropic.com/v1/messages', { ...init, body: ${BODY} });`,
      errors: [{ messageId: 'missingCredentials', line: 1, column: 41, endColumn: 78, suggestions: [] }],
    },
    {
      // Through a const URL, a const payload and a template literal over a const base.
      code: `const BASE = 'https://api.anthropic.com';
const payload = { model: 'claude-opus-4-8', max_tokens: 1024, messages: [] };
await fetch(\`\${BASE}/v1/messages\`, { method: 'POST', headers: { 'anthropic-version': '2023-06-01' }, body: JSON.stringify(payload) });`,
      errors: [{ messageId: 'missingCredentials', line: 3, column: 63, endColumn: 100 }],
    },
    {
      code: `fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { 'x-api-key': key, 'anthropic-version': '2023-10-01' }, body: ${BODY} });`,
      errors: [
        {
          messageId: 'invalidVersion',
          data: { value: '2023-10-01', versions: VERSIONS },
          line: 1,
          column: 116,
          endColumn: 128,
          suggestions: [],
        },
      ],
    },
    {
      // A typo near one version: suggest it.
      code: `fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-1' }, body: ${BODY} });`,
      errors: [
        {
          messageId: 'invalidVersion',
          data: { value: '2023-06-1', versions: VERSIONS },
          line: 1,
          column: 116,
          endColumn: 127,
          suggestions: [
            {
              messageId: 'useVersion',
              data: { version: '2023-06-01' },
              output: `fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' }, body: ${BODY} });`,
            },
          ],
        },
      ],
    },
    {
      // fetch sends both spellings joined with a comma.
      code: `fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'Anthropic-Version': '2023-06-01' }, body: ${BODY} });`,
      errors: [
        {
          messageId: 'duplicateVersion',
          data: { first: 'anthropic-version', second: 'Anthropic-Version' },
          line: 1,
          column: 130,
          endColumn: 163,
          suggestions: [
            {
              messageId: 'removeDuplicate',
              data: { key: 'Anthropic-Version' },
              output: `fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' }, body: ${BODY} });`,
            },
          ],
        },
      ],
    },
    {
      // A misspelled path: 404 before anything else is read.
      code: `fetch('https://api.anthropic.com/v1/message', { method: 'POST', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' }, body: ${BODY} });`,
      errors: [
        {
          messageId: 'unknownPath',
          data: { path: '/v1/message', to: '/v1/messages' },
          line: 1,
          column: 7,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'usePath',
              data: { to: '/v1/messages' },
              output: `fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' }, body: ${BODY} });`,
            },
          ],
        },
      ],
    },
    {
      // Without `/v1`, through a const URL: the suggestion edits the const.
      code: `const ENDPOINT = 'https://api.anthropic.com/messages';
fetch(ENDPOINT, { method: 'POST', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' }, body: ${BODY} });`,
      errors: [
        {
          messageId: 'unknownPath',
          data: { path: '/messages', to: '/v1/messages' },
          line: 2,
          column: 7,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'usePath',
              data: { to: '/v1/messages' },
              output: `const ENDPOINT = 'https://api.anthropic.com/v1/messages';
fetch(ENDPOINT, { method: 'POST', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' }, body: ${BODY} });`,
            },
          ],
        },
      ],
    },
    {
      code: `fetch(new URL('/v1/messages/count-tokens', 'https://api.anthropic.com'), { method: 'POST', body: ${BODY} });`,
      errors: [
        {
          messageId: 'unknownPath',
          data: { path: '/v1/messages/count-tokens', to: '/v1/messages/count_tokens' },
          line: 1,
          column: 7,
          suggestions: [],
        },
      ],
    },
    {
      // axios: an instance's baseURL and headers, then the call's.
      code: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.anthropic.com/v1', headers: { 'x-api-key': key } });
await api.post('/messages', { model: 'claude-opus-4-8', max_tokens: 1, messages: [] }, { headers: { 'content-type': 'application/json' } });`,
      errors: [
        {
          messageId: 'missingVersion',
          line: 3,
          column: 99,
          endColumn: 137,
          suggestions: [
            {
              messageId: 'useVersion',
              data: { version: '2026-10-21' },
              output: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.anthropic.com/v1', headers: { 'x-api-key': key } });
await api.post('/messages', { model: 'claude-opus-4-8', max_tokens: 1, messages: [] }, { headers: { 'content-type': 'application/json', 'anthropic-version': '2026-10-21' } });`,
            },
            {
              messageId: 'useVersion',
              data: { version: '2023-06-01' },
              output: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.anthropic.com/v1', headers: { 'x-api-key': key } });
await api.post('/messages', { model: 'claude-opus-4-8', max_tokens: 1, messages: [] }, { headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' } });`,
            },
          ],
        },
      ],
    },
    {
      code: `import axios from 'axios';
await axios({ url: 'https://api.anthropic.com/v1/messages', method: 'post', data: {}, headers: { 'x-api-key': key } });`,
      errors: [
        {
          messageId: 'missingVersion',
          line: 2,
          column: 96,
          endColumn: 116,
          suggestions: [
            {
              messageId: 'useVersion',
              data: { version: '2026-10-21' },
              output: `import axios from 'axios';
await axios({ url: 'https://api.anthropic.com/v1/messages', method: 'post', data: {}, headers: { 'x-api-key': key, 'anthropic-version': '2026-10-21' } });`,
            },
            {
              messageId: 'useVersion',
              data: { version: '2023-06-01' },
              output: `import axios from 'axios';
await axios({ url: 'https://api.anthropic.com/v1/messages', method: 'post', data: {}, headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' } });`,
            },
          ],
        },
      ],
    },
    {
      code: `import ky from 'ky';
await ky.post('https://api.anthropic.com/v1/messages', { json: {}, headers: { 'anthropic-version': '2024-10-22', 'x-api-key': key } }).json();`,
      errors: [
        {
          messageId: 'invalidVersion',
          data: { value: '2024-10-22', versions: VERSIONS },
          line: 2,
          column: 100,
          endColumn: 112,
          suggestions: [],
        },
      ],
    },
    {
      // A template literal over a const base: the suggestion edits the path in place.
      code: `const BASE = 'https://api.anthropic.com';
await fetch(\`\${BASE}/v1/messages/batch\`, { method: 'POST', headers: { 'x-api-key': key } });`,
      errors: [
        {
          messageId: 'unknownPath',
          data: { path: '/v1/messages/batch', to: '/v1/messages/batches' },
          line: 2,
          column: 13,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'usePath',
              data: { to: '/v1/messages/batches' },
              output: `const BASE = 'https://api.anthropic.com';
await fetch(\`\${BASE}/v1/messages/batches\`, { method: 'POST', headers: { 'x-api-key': key } });`,
            },
          ],
        },
      ],
    },
    {
      // Headers on their own lines, with a trailing comma.
      code: `fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: {
    'x-api-key': key,
  },
  body: '{}',
});`,
      errors: [
        {
          messageId: 'missingVersion',
          line: 3,
          column: 12,
          endLine: 5,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'useVersion',
              data: { version: '2026-10-21' },
              output: `fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: {
    'x-api-key': key, 'anthropic-version': '2026-10-21',
  },
  body: '{}',
});`,
            },
            {
              messageId: 'useVersion',
              data: { version: '2023-06-01' },
              output: `fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: {
    'x-api-key': key, 'anthropic-version': '2023-06-01',
  },
  body: '{}',
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import got from 'got';
await got.post('https://api.anthropic.com/v1/messages', { json: {}, headers: { 'anthropic-version': '2023-06-01' } }).json();`,
      errors: [{ messageId: 'missingCredentials', line: 2, column: 78, endColumn: 115, suggestions: [] }],
    },
    {
      // A first-party client that sends an invalid version on every request.
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic({ defaultHeaders: { 'anthropic-version': '2025-01-01' } });`,
      errors: [
        {
          messageId: 'invalidVersion',
          data: { value: '2025-01-01', versions: VERSIONS },
          line: 2,
          column: 71,
          endColumn: 83,
          suggestions: [],
        },
      ],
    },
  ],
});
