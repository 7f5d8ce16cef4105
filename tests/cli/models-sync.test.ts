/**
 * `models sync` against a local server on 127.0.0.1 that answers GET /v1/models in the recorded
 * shape (two pages), and fails in the ways the real API and networks do. No test leaves 127.0.0.1.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/models.js';
import type { CommandIo } from '../../src/cli/io.js';
import { MODELS_FILE_FORMAT } from '../../src/facts/models-file.js';
import { parseSettings } from '../../src/settings/settings.js';
import { modelInfo } from '../facts/sdk-fixture.js';

const KEY = 'sk-ant-api03-test-KEY-0123456789';
const PAGE_1 = [
  modelInfo('claude-opus-6', { display_name: 'Claude Opus 6', line: 'opus', max_tokens: 256000 }),
  modelInfo('claude-opus-4-5-20251101', {
    display_name: 'Claude Opus 4.5',
    lifecycle: 'deprecated',
    retires_at: '2027-01-22T00:00:00Z',
    max_tokens: 64000,
  }),
];
const PAGE_2 = [modelInfo('claude-haiku-4-5-20251001', { display_name: 'Claude Haiku 4.5', max_tokens: 64000 })];

type Mode = 'ok' | 'malformed' | 'not-json' | 'echo-key' | 'endless';
let mode: Mode = 'ok';
const requests: { url: string; headers: IncomingMessage['headers'] }[] = [];
let server: Server;
let baseUrl: string;

function answer(url: URL): { status: number; body: unknown } {
  if (mode === 'malformed') return { status: 200, body: { models: PAGE_1 } };
  if (mode === 'echo-key')
    return { status: 400, body: { type: 'error', error: { type: 'invalid_request_error', message: `bad key ${KEY}` } } };
  if (mode === 'endless')
    return { status: 200, body: { data: PAGE_1, has_more: true, first_id: 'claude-opus-6', last_id: 'claude-opus-6' } };
  if (url.searchParams.get('after_id') === null) {
    return { status: 200, body: { data: PAGE_1, has_more: true, first_id: 'claude-opus-6', last_id: 'claude-opus-4-5-20251101' } };
  }
  if (url.searchParams.get('after_id') === 'claude-opus-4-5-20251101') {
    return {
      status: 200,
      body: { data: PAGE_2, has_more: false, first_id: 'claude-haiku-4-5-20251001', last_id: 'claude-haiku-4-5-20251001' },
    };
  }
  return { status: 404, body: { type: 'error', error: { type: 'not_found_error', message: 'no such page' } } };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ url: request.url ?? '', headers: request.headers });
    if (request.headers['x-api-key'] !== KEY) {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }));
      return;
    }
    if (mode === 'not-json') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html>proxy login</html>');
      return;
    }
    const { status, body } = url.pathname === '/v1/models' ? answer(url) : { status: 404, body: {} };
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let cwd: string;
let out: { stdout: string; stderr: string };

beforeEach(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'claude-models-sync-'));
  out = { stdout: '', stderr: '' };
  mode = 'ok';
  requests.length = 0;
});

afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

function io(env: Record<string, string | undefined>): CommandIo {
  return {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    env,
    cwd,
  };
}

const withKey = (): Record<string, string> => ({ ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: `${baseUrl}/` });

describe('models sync', () => {
  it('fetches every page and writes the models file', async () => {
    expect(await run(['sync'], io(withKey()))).toBe(0);
    const written = JSON.parse(readFileSync(path.join(cwd, 'claude-models.json'), 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ format: MODELS_FILE_FORMAT, baseUrl, models: [...PAGE_1, ...PAGE_2] });
    expect(Number.isNaN(Date.parse(written.fetchedAt as string))).toBe(false);
    expect(requests.map((request) => request.url)).toEqual([
      '/v1/models?limit=1000',
      '/v1/models?limit=1000&after_id=claude-opus-4-5-20251101',
    ]);
    expect(requests[0]?.headers['anthropic-version']).toBe('2023-06-01');
    expect(out.stdout).toBe(
      `Wrote 3 models from ${baseUrl} (2 pages) to claude-models.json.\n` +
        "  Not in the plugin's table: claude-opus-6\n" +
        '  Deprecated: claude-opus-4-5-20251101\n' +
        "Load it with settings['claude-api'].modelsFile: 'claude-models.json' (a relative path is resolved against ESLint's working directory).\n",
    );
    expect(out.stderr).toBe('');
    expect(readdirSync(cwd)).toEqual(['claude-models.json']);
  });

  it('writes where --out says, and the file loads through settings', async () => {
    expect(await run(['sync', '--out', 'config/../models.json'], io(withKey()))).toBe(0);
    const settings = parseSettings({ apiVersion: '2023-06-01', modelsFile: 'models.json' }, cwd);
    expect(settings.models.byId('claude-opus-6')).toMatchObject({ name: 'Claude Opus 6', maxOutputTokens: 256000 });
    expect(settings.models.byId('claude-opus-4-5')?.lifecycleSource).toMatch(/^models\.json \(GET \/v1\/models, \d{4}-\d{2}-\d{2}\)$/u);
    expect(await run(['sync', '--out=other.json'], io(withKey()))).toBe(0);
    expect(existsSync(path.join(cwd, 'other.json'))).toBe(true);
  });

  describe('fails clearly, leaves the old file as it was, never prints the key', () => {
    const OLD = '{"old": true}\n';
    beforeEach(() => {
      writeFileSync(path.join(cwd, 'claude-models.json'), OLD);
    });
    afterEach(() => {
      expect(readFileSync(path.join(cwd, 'claude-models.json'), 'utf8')).toBe(OLD);
      expect(readdirSync(cwd)).toEqual(['claude-models.json']);
      expect(out.stdout + out.stderr).not.toContain(KEY);
      expect(out.stdout).toBe('');
    });

    it('without a key', async () => {
      expect(await run(['sync'], io({ ANTHROPIC_BASE_URL: baseUrl }))).toBe(1);
      expect(out.stderr).toBe('models sync: ANTHROPIC_API_KEY is not set. Set it to an API key of the workspace whose models you use.\n');
      expect(requests).toEqual([]);
    });

    it('on 401', async () => {
      expect(await run(['sync'], io({ ANTHROPIC_API_KEY: 'sk-ant-wrong', ANTHROPIC_BASE_URL: baseUrl }))).toBe(1);
      expect(out.stderr).toBe(
        'models sync: the API rejected the key (401 authentication_error): check ANTHROPIC_API_KEY\nclaude-models.json was not changed.\n',
      );
    });

    it('when the network fails', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      expect(await run(['sync'], io({ ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: `http://127.0.0.1:${port}` }))).toBe(1);
      expect(out.stderr).toBe(
        `models sync: could not reach http://127.0.0.1:${port} (ECONNREFUSED): check your network and ANTHROPIC_BASE_URL\nclaude-models.json was not changed.\n`,
      );
    });

    it.each([
      [
        'malformed',
        'malformed answer from GET /v1/models: expected { data: [...], has_more: boolean, ... } (is ANTHROPIC_BASE_URL the Claude API?)',
      ],
      ['not-json', 'malformed answer from GET /v1/models: not JSON'],
      ['endless', 'malformed answer from GET /v1/models: has_more is true but last_id gives no next page'],
      ['echo-key', 'GET /v1/models answered 400 invalid_request_error: bad key [redacted]'],
    ] as const)('on an answer that is %s', async (answerMode, message) => {
      mode = answerMode;
      expect(await run(['sync'], io(withKey()))).toBe(1);
      expect(out.stderr).toBe(`models sync: ${message}\nclaude-models.json was not changed.\n`);
    });

    it('on another error status (a base URL with a wrong path)', async () => {
      expect(await run(['sync'], io({ ...withKey(), ANTHROPIC_BASE_URL: `${baseUrl}/proxy` }))).toBe(1);
      expect(out.stderr).toBe('models sync: GET /proxy/v1/models answered 404\nclaude-models.json was not changed.\n');
    });
  });

  it('reports a file it cannot write, and leaves no temporary file', async () => {
    expect(await run(['sync', '--out', 'missing-dir/models.json'], io(withKey()))).toBe(1);
    expect(out.stderr).toBe(
      `models sync: could not write ${path.join(cwd, 'missing-dir', 'models.json')} (ENOENT)\nmissing-dir/models.json was not changed.\n`,
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.each([
    [['sync', '--out'], "Option '--out' needs a value."],
    [['sync', '--force'], "Unknown option '--force'."],
    [['frobnicate'], "Unknown subcommand 'frobnicate'."],
    [[], 'Missing subcommand.'],
  ])('%j is a usage error', async (argv, message) => {
    expect(await run(argv, io(withKey()))).toBe(2);
    expect(out.stderr.startsWith(`${message}\n\nUsage:`)).toBe(true);
    expect(requests).toEqual([]);
  });
});
