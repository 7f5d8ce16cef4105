/**
 * The raw-HTTP adapter: every call shape it reads (fetch, axios, axios instances, got, ky), the
 * URL forms that prove a Claude API call, the records it fills, and the look-alikes it must never
 * read (the app's own routes, proxies, other vendors, Bedrock and Vertex hosts). Then the
 * request rules reporting on raw-HTTP bodies, under the call's own `anthropic-version`.
 */
import * as parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getClaudeHttpCalls, type HttpCall } from '../../src/analysis/http-calls.js';
import { getClaudeRequests, type ClaudeRequest } from '../../src/analysis/requests.js';
import plugin from '../../src/index.js';

const API_2026 = { 'claude-api': { apiVersion: '2026-10-21' } };

interface Found {
  readonly requests: readonly ClaudeRequest[];
  readonly calls: readonly HttpCall[];
}

/** Lint `code` with a rule that records the finder's requests and HTTP calls. */
function analyse(code: string, settings: Record<string, unknown> = API_2026): Found {
  let found: Found = { requests: [], calls: [] };
  const recorder: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      return {
        Program() {
          const typed = context as unknown as TSESLint.RuleContext<string, readonly unknown[]>;
          found = { requests: getClaudeRequests(typed), calls: getClaudeHttpCalls(typed) };
        },
      };
    },
  };
  const messages = new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: parser as unknown as Linter.Parser },
        plugins: { test: { rules: { record: recorder } } },
        rules: { 'test/record': 'error' },
        settings,
      },
    ],
    { filename: 'file.ts' },
  );
  expect(messages.filter((message) => message.fatal === true)).toEqual([]);
  return found;
}

function summary(request: ClaudeRequest) {
  return {
    label: request.endpoint.label,
    kind: request.endpoint.kind,
    batch: request.endpoint.batch,
    beta: request.endpoint.beta,
    method: request.endpoint.method,
    library: request.transport.library,
    service: request.transport.service,
    platform: request.transport.platform,
    apiVersion: request.transport.apiVersion?.version ?? null,
    betaHeaders: request.transport.betaHeaders.state,
    streamingGuard: request.transport.streamingGuard,
    literalBody: request.literalBody,
    models: request.models.map((model) => model.id),
    keys: [...request.params.properties.keys()],
  };
}

const PAYLOAD = `{ model: 'claude-opus-4-8', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] }`;
const HEADERS = `{ 'x-api-key': key, 'anthropic-version': '2023-06-01' }`;
const MESSAGES = {
  label: 'POST /v1/messages',
  kind: 'messages',
  batch: false,
  beta: false,
  method: 'fetch',
  library: 'fetch',
  service: 'anthropic',
  platform: 'anthropic',
  apiVersion: '2023-06-01',
  betaHeaders: 'none',
  streamingGuard: null,
  literalBody: true,
  models: ['claude-opus-4-8'],
  keys: ['model', 'max_tokens', 'messages'],
} as const;

describe('raw HTTP: call shapes', () => {
  it('reads fetch with a JSON.stringify body', () => {
    const { requests, calls } = analyse(
      `await fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: ${HEADERS}, body: JSON.stringify(${PAYLOAD}) });`,
    );
    expect(requests.map(summary)).toEqual([MESSAGES]);
    expect(calls.map((call) => [call.library, call.url.href, call.method, call.endpoint])).toEqual([
      ['fetch', 'https://api.anthropic.com/v1/messages', 'POST', 'messages'],
    ]);
    // Findings about the endpoint land on the URL.
    expect(requests[0]?.endpoint.node.loc.start).toEqual({ line: 1, column: 12 });
  });

  it.each([
    [
      'globalThis.fetch',
      `await globalThis.fetch(URL_, { method: 'POST', headers: ${HEADERS}, body: JSON.stringify(payload) });`,
      'globalThis.fetch',
    ],
    [
      'node-fetch',
      `import fetch from 'node-fetch';\nawait fetch(URL_, { method: 'POST', headers: ${HEADERS}, body: JSON.stringify(payload) });`,
      'fetch',
    ],
    [
      'undici',
      `import { fetch } from 'undici';\nawait fetch(URL_, { method: 'POST', headers: ${HEADERS}, body: JSON.stringify(payload) });`,
      'fetch',
    ],
    ['a const body', `const body = JSON.stringify(payload);\nawait fetch(URL_, { method: 'POST', headers: ${HEADERS}, body });`, 'fetch'],
    [
      'a const init',
      `const init = { method: 'POST', headers: ${HEADERS}, body: JSON.stringify(payload) };\nawait fetch(URL_, init);`,
      'fetch',
    ],
  ])('reads fetch through %s', (_, call, method) => {
    const code = `const URL_ = 'https://api.anthropic.com/v1/messages';\nconst payload = ${PAYLOAD};\n${call}`;
    expect(analyse(code).requests.map(summary)).toEqual([{ ...MESSAGES, method, library: 'fetch' }]);
  });

  it.each([
    [
      'axios.post(url, data, config)',
      `import axios from 'axios';\nawait axios.post(URL_, payload, { headers: ${HEADERS} });`,
      'axios.post',
      'axios',
    ],
    [
      'axios({ url, method, data, headers })',
      `import axios from 'axios';\nawait axios({ url: URL_, method: 'post', data: payload, headers: ${HEADERS} });`,
      'axios',
      'axios',
    ],
    [
      'axios(url, config)',
      `import axios from 'axios';\nawait axios(URL_, { method: 'POST', data: payload, headers: ${HEADERS} });`,
      'axios',
      'axios',
    ],
    [
      'axios.request(config)',
      `import axios from 'axios';\nawait axios.request({ url: URL_, method: 'POST', data: payload, headers: ${HEADERS} });`,
      'axios.request',
      'axios',
    ],
    [
      'require("axios")',
      `const axios = require('axios');\nawait axios.post(URL_, payload, { headers: ${HEADERS} });`,
      'axios.post',
      'axios',
    ],
    [
      'got.post(url, { json })',
      `import got from 'got';\nawait got.post(URL_, { json: payload, headers: ${HEADERS} }).json();`,
      'got.post',
      'got',
    ],
    [
      'got(url, { method, json })',
      `import got from 'got';\nawait got(URL_, { method: 'POST', json: payload, headers: ${HEADERS} });`,
      'got',
      'got',
    ],
    [
      'ky.post(url, { json })',
      `import ky from 'ky';\nawait ky.post(URL_, { json: payload, headers: ${HEADERS} }).json();`,
      'ky.post',
      'ky',
    ],
    [
      'ky(url, { body: JSON.stringify })',
      `import ky from 'ky';\nawait ky(URL_, { method: 'post', body: JSON.stringify(payload), headers: ${HEADERS} });`,
      'ky',
      'ky',
    ],
  ])('reads %s', (_, call, method, library) => {
    const code = `const URL_ = 'https://api.anthropic.com/v1/messages';\nconst payload = ${PAYLOAD};\n${call}`;
    expect(analyse(code).requests.map(summary)).toEqual([{ ...MESSAGES, method, library }]);
  });

  it('reads an axios instance: its baseURL and headers, then the call', () => {
    const { requests, calls } = analyse(`import axios from 'axios';
const claude = axios.create({ baseURL: 'https://api.anthropic.com/v1', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' } });
await claude.post('/messages/count_tokens', { model: 'claude-opus-4-8', messages: [] }, { headers: { 'anthropic-beta': 'token-efficient-tools-2025-02-19' } });`);
    expect(requests.map(summary)).toEqual([
      {
        ...MESSAGES,
        label: 'POST /v1/messages/count_tokens',
        kind: 'countTokens',
        method: 'claude.post',
        library: 'axios',
        betaHeaders: 'set',
        keys: ['model', 'messages'],
      },
    ]);
    expect(calls[0]?.headers?.entries.map((entry) => entry.name)).toEqual(['x-api-key', 'anthropic-version', 'anthropic-beta']);
    expect(requests[0]?.transport.betaHeaders).toMatchObject({ state: 'set', value: ['token-efficient-tools-2025-02-19'] });
  });

  it('reads each batch request as a batch item', () => {
    const { requests } = analyse(`await fetch('https://api.anthropic.com/v1/messages/batches', {
  method: 'POST',
  headers: ${HEADERS},
  body: JSON.stringify({ requests: [{ custom_id: 'a', params: ${PAYLOAD} }, { custom_id: 'b', params: { model: 'claude-haiku-4-5', max_tokens: 5, messages: [] } }] }),
});`);
    expect(requests.map(summary)).toEqual([
      { ...MESSAGES, label: 'POST /v1/messages/batches', batch: true },
      { ...MESSAGES, label: 'POST /v1/messages/batches', batch: true, models: ['claude-haiku-4-5'] },
    ]);
  });

  it.each([
    ['a template literal over a const base', `const BASE = 'https://api.anthropic.com';\nawait fetch(\`\${BASE}/v1/messages\`, INIT);`],
    ['new URL(path, base)', `await fetch(new URL('/v1/messages', 'https://api.anthropic.com'), INIT);`],
    ['a const URL object', `const endpoint = new URL('v1/messages', 'https://api.anthropic.com/');\nawait fetch(endpoint, INIT);`],
    ['a query string', `await fetch('https://api.anthropic.com/v1/messages?beta=true', INIT);`],
    // Trial 7: a VS Code extension's client class.
    [
      'a template literal over a private readonly field',
      `class Claude {\n  private readonly baseURL = 'https://api.anthropic.com/v1';\n  send() { return fetch(\`\${this.baseURL}/messages\`, INIT); }\n}`,
    ],
  ])('proves the URL through %s', (_, code) => {
    const init = `{ method: 'POST', headers: ${HEADERS}, body: JSON.stringify(${PAYLOAD}) }`;
    expect(analyse(code.replace('INIT', init)).requests.map(summary)).toEqual([MESSAGES]);
  });

  it('takes the API version from the call, not from the settings', () => {
    const code = (version: string) =>
      `await fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: { 'x-api-key': key, ${version} }, body: JSON.stringify(${PAYLOAD}) });`;
    const versionOf = (source: string) => analyse(source).requests[0]?.transport.apiVersion;
    expect(versionOf(code(`'anthropic-version': '2023-06-01'`))).toEqual({
      version: '2023-06-01',
      reason: 'the request sends `anthropic-version: 2023-06-01`',
    });
    expect(versionOf(code(`'Anthropic-Version': '2026-10-21'`))?.version).toBe('2026-10-21');
    // Absent, not a version this plugin models, or not known: no API version.
    expect(versionOf(code(`'content-type': 'application/json'`))).toBeNull();
    expect(versionOf(code(`'anthropic-version': '2023-01-01'`))).toBeNull();
    expect(versionOf(code(`'anthropic-version': process.env.VERSION!`))).toBeNull();
  });

  it('knows the beta headers only as far as the headers are known', () => {
    const betaOf = (headers: string) =>
      analyse(
        `await fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: ${headers}, body: JSON.stringify(${PAYLOAD}) });`,
      ).requests[0]?.transport.betaHeaders.state;
    expect(betaOf(HEADERS)).toBe('none');
    expect(betaOf(`{ 'anthropic-beta': 'a-2025-01-01,b-2025-02-02' }`)).toBe('set');
    expect(betaOf('buildHeaders()')).toBe('unknown');
    expect(betaOf(`{ ...extra, 'x-api-key': key }`)).toBe('unknown');
  });

  it('keeps a payload passed to axios known: the call only reads it', () => {
    const { requests } = analyse(`import axios from 'axios';
const payload = ${PAYLOAD};
await axios.post('https://api.anthropic.com/v1/messages', payload, { headers: ${HEADERS} });`);
    expect(requests[0]?.params.complete).toBe(true);
    expect(requests[0]?.models.map((model) => model.id)).toEqual(['claude-opus-4-8']);
  });

  it('keeps every call to the host, including paths that are not Messages endpoints', () => {
    const { requests, calls } = analyse(`await fetch('https://api.anthropic.com/v1/models', { headers: ${HEADERS} });
await fetch('https://api.anthropic.com/v1/message', { method: 'POST', body: JSON.stringify(${PAYLOAD}) });
await fetch('https://api.anthropic.com/v1/messages/batches', { headers: ${HEADERS} });`);
    expect(requests).toEqual([]);
    expect(calls.map((call) => [call.url.pathname, call.method, call.endpoint])).toEqual([
      ['/v1/models', 'GET', null],
      ['/v1/message', 'POST', null],
      ['/v1/messages/batches', 'GET', 'batches'],
    ]);
  });

  it('leaves headers unknown when an interceptor, a Headers instance or hooks may set them', () => {
    const headersOf = (code: string) => analyse(code).calls[0]?.headers ?? null;
    expect(
      headersOf(
        `import axios from 'axios';\naxios.interceptors.request.use(addAuth);\nawait axios.post('https://api.anthropic.com/v1/messages', {});`,
      ),
    ).toBeNull();
    expect(
      headersOf(
        `import axios from 'axios';\naxios.defaults.headers.common['x-api-key'] = key;\nawait axios.post('https://api.anthropic.com/v1/messages', {});`,
      ),
    ).toBeNull();
    expect(headersOf(`await fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: new Headers(base) });`)).toBeNull();
    expect(
      headersOf(
        `import got from 'got';\nawait got.post('https://api.anthropic.com/v1/messages', { json: {}, hooks: { beforeRequest: [sign] } });`,
      ),
    ).toBeNull();
    expect(headersOf(`declare const init: RequestInit;\nawait fetch('https://api.anthropic.com/v1/messages', init);`)).toBeNull();
  });
});

describe('raw HTTP: look-alikes that are never Claude requests', () => {
  it.each([
    ['the app’s own route', `await fetch('/api/chat', { method: 'POST', body: JSON.stringify(${PAYLOAD}) });`],
    [
      'a relative URL with a base from the environment',
      `await fetch(new URL('/v1/messages', process.env.API_BASE), { method: 'POST', body: JSON.stringify(${PAYLOAD}) });`,
    ],
    ['a proxy', `await fetch('https://llm-proxy.internal.example.com/v1/messages', { method: 'POST', body: JSON.stringify(${PAYLOAD}) });`],
    [
      'a template over a field the class may change',
      `class Claude {\n  private baseURL = 'https://api.anthropic.com/v1';\n  use(url: string) { this.baseURL = url; }\n  send() { return fetch(\`\${this.baseURL}/messages\`, { method: 'POST', body: JSON.stringify(${PAYLOAD}) }); }\n}`,
    ],
    ['a gateway', `await fetch('https://openrouter.ai/api/v1/messages', { method: 'POST', body: JSON.stringify(${PAYLOAD}) });`],
    [
      'another vendor',
      `await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify({ model: 'gpt-5', messages: [] }) });`,
    ],
    [
      'Bedrock',
      `await fetch('https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-opus-4-8/invoke', { method: 'POST', body: JSON.stringify(${PAYLOAD}) });`,
    ],
    [
      'Vertex',
      `await fetch('https://aiplatform.googleapis.com/v1/projects/p/locations/global/publishers/anthropic/models/claude-opus-4-8:rawPredict', { method: 'POST', body: JSON.stringify(${PAYLOAD}) });`,
    ],
    ['plain http', `await fetch('http://api.anthropic.com/v1/messages', { method: 'POST', body: JSON.stringify(${PAYLOAD}) });`],
    [
      'a look-alike host',
      `await fetch('https://api.anthropic.com.evil.example/v1/messages', { method: 'POST', body: JSON.stringify(${PAYLOAD}) });`,
    ],
    [
      'a base URL from the environment',
      `await fetch(\`\${process.env.ANTHROPIC_BASE_URL ?? 'https://api.anthropic.com'}/v1/messages\`, { method: 'POST', body: JSON.stringify(${PAYLOAD}) });`,
    ],
    [
      'a local fetch',
      `const fetch = (url: string, init: object) => [url, init];\nfetch('https://api.anthropic.com/v1/messages', { method: 'POST', body: JSON.stringify(${PAYLOAD}) });`,
    ],
    ['another library’s post', `import { post } from './http.js';\nawait post('https://api.anthropic.com/v1/messages', ${PAYLOAD});`],
    [
      'an axios instance with a base URL from the environment',
      `import axios from 'axios';\nconst api = axios.create({ baseURL: process.env.BASE });\nawait api.post('/v1/messages', ${PAYLOAD});`,
    ],
  ])('%s', (_, code) => {
    const { requests, calls } = analyse(`declare const key: string;\n${code}`);
    expect(requests).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('makes no record of a call whose method is not POST or whose body is not known', () => {
    const { requests, calls } =
      analyse(`await fetch('https://api.anthropic.com/v1/messages/batches', { method: 'GET', headers: ${HEADERS} });
await fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: ${HEADERS}, body: JSON.stringify(await buildPayload()) });
await fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: ${HEADERS}, body: rawText });`);
    expect(requests).toEqual([]);
    expect(calls).toHaveLength(3);
  });
});

/** Lint with the plugin's recommended rules; `[ruleId messageId line:column]` of each report. */
function reports(code: string, settings: Record<string, unknown> = { apiVersion: '2023-06-01' }): string[] {
  const messages = new Linter().verify(
    code,
    [
      { files: ['**/*.ts'], languageOptions: { parser: parser as unknown as Linter.Parser }, settings: { 'claude-api': settings } },
      plugin.configs.recommended,
    ],
    { filename: 'file.ts' },
  );
  return messages.map(
    (message) => `${message.ruleId ?? 'fatal'} ${message.messageId ?? message.message} ${message.line}:${message.column}`,
  );
}

const MESSAGE = `[{ role: 'user', content: 'Hi' }]`;

describe('raw HTTP: the request rules read the body', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T12:00:00Z'));
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  const call = (headers: string, payload: string) => fetchCall(headers, payload.replace('M', MESSAGE));
  const fetchCall = (headers: string, payload: string) => `await fetch('https://api.anthropic.com/v1/messages', {
  method: 'POST',
  headers: ${headers},
  body: JSON.stringify(${payload}),
});`;

  it('valid-model-id: a dotted and a retired model ID', () => {
    expect(reports(call(HEADERS, `{ model: 'claude-sonnet-4.6', max_tokens: 1024, messages: M }`))).toEqual([
      'claude-api/valid-model-id dotted 4:33',
    ]);
    expect(reports(call(HEADERS, `{ model: 'claude-3-5-sonnet-latest', max_tokens: 1024, messages: M }`))).toEqual([
      'claude-api/valid-model-id retired 4:33',
    ]);
  });

  it('valid-max-tokens: a missing and an oversized max_tokens', () => {
    expect(reports(call(HEADERS, `{ model: 'claude-opus-4-8', messages: M }`))).toEqual(['claude-api/valid-max-tokens missing 4:24']);
    expect(reports(call(HEADERS, `{ model: 'claude-haiku-4-5', max_tokens: 100000, messages: M }`))).toEqual([
      'claude-api/valid-max-tokens aboveModelMax 4:53',
    ]);
  });

  it('no-unknown-params: a parameter the endpoint does not take, and an OpenAI name', () => {
    expect(
      reports(call(HEADERS, `{ model: 'claude-opus-4-8', max_tokens: 1024, messages: M, response_format: { type: 'json_object' } }`)),
    ).toEqual(['claude-api/no-unknown-params openAiParam 4:115']);
    expect(reports(call(HEADERS, `{ model: 'claude-opus-4-8', max_tokens: 1024, messages: M, betas: ['x'] }`))).toEqual([
      'claude-api/no-unknown-params betas 4:115',
    ]);
  });

  it('no-unsupported-sampling-params: under the API version the call sends, whatever the settings say', () => {
    const payload = `{ model: 'claude-haiku-4-5', max_tokens: 1024, temperature: 0.5, messages: M }`;
    // 2026-10-21 removed temperature; the settings say 2023-06-01.
    expect(reports(call(`{ 'x-api-key': key, 'anthropic-version': '2026-10-21' }`, payload))).toEqual([
      'claude-api/no-unsupported-sampling-params removedInApiVersion 4:71',
    ]);
    // 2023-06-01 takes temperature on Haiku 4.5, even with settings that say 2026-10-21.
    expect(reports(call(HEADERS, payload), { apiVersion: '2026-10-21' })).toEqual([]);
  });

  it('reports transport and payload mistakes of one call together', () => {
    expect(reports(call(`{ 'x-api-key': key }`, `{ model: 'claude-sonnet-4.6', max_tokens: 1024, messages: M }`))).toEqual([
      'claude-api/valid-http-request missingVersion 3:12',
      'claude-api/valid-model-id dotted 4:33',
    ]);
    // A Claude.ai artifact's call sends neither header (the session authenticates it): the body is still checked.
    expect(
      reports(call(`{ 'content-type': 'application/json' }`, `{ model: 'claude-sonnet-4.6', max_tokens: 1024, messages: M }`)),
    ).toEqual(['claude-api/valid-model-id dotted 4:33']);
  });
});
