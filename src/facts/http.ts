/**
 * The Claude API's HTTP surface as data: the host, its paths, the headers a request needs and
 * the values they take. The raw-HTTP adapter (analysis/adapters/http.ts) and the transport rules
 * (valid-http-request, valid-client-options) read these facts; each one names its sources.
 *
 * Each fact was confirmed with the search tool (docs and issues corpora) on 2026-12-01.
 */
import type { ApiVersion } from '../settings/api-version.js';
import { API_VERSIONS } from '../settings/api-version.js';

/**
 * The host that serves the Claude API over HTTP. Platform hosts (Bedrock's
 * `bedrock-runtime.<region>.amazonaws.com`, Vertex's `aiplatform.googleapis.com`, Foundry,
 * `claude.googleapis.com`) take other paths, bodies and credentials, and proxies take whatever
 * they like: a request to any other host is not one this plugin reads.
 *
 * Source: platform.claude.com/docs/en/api/overview ("All requests to the Claude API ..."),
 * every curl example of the API reference (`https://api.anthropic.com/v1/messages`).
 */
export const CLAUDE_API_HOST = 'api.anthropic.com';

/** Modules whose `fetch` is the WHATWG `fetch` and really sends: used directly, or put on the global as a polyfill. */
export const FETCH_MODULES: ReadonlySet<string> = new Set(['node-fetch', 'undici', 'cross-fetch', 'isomorphic-fetch']);

export type HttpEndpointKind = 'messages' | 'countTokens' | 'batches';

/**
 * The Messages paths: each takes a JSON body the Messages rules check (a batch as
 * `requests[].params`).
 *
 * Sources: platform.claude.com/docs/en/api/messages (`POST /v1/messages`),
 * docs.haystack.deepset.ai AnthropicTokenCounter and the token-counting guide
 * (`POST /v1/messages/count_tokens`), platform.claude.com/docs/en/api/go/messages/batches/create
 * (`POST /v1/messages/batches`, `requests: [{ custom_id, params }]`).
 */
export const MESSAGES_PATHS: Readonly<Record<string, HttpEndpointKind>> = {
  '/v1/messages': 'messages',
  '/v1/messages/count_tokens': 'countTokens',
  '/v1/messages/batches': 'batches',
};

/**
 * Other real paths of the host, and the prefixes under which real paths sit (`/v1/files/{id}`).
 * A path here is never reported as missing.
 *
 * Sources: platform.claude.com/docs/en/cli-sdks-libraries/libraries/openai-sdk (the
 * OpenAI-compatible layer at base URL `https://api.anthropic.com/v1/`, so
 * `POST /v1/chat/completions`); platform.claude.com/docs/en/api/python/models/list
 * (`GET /v1/models`); platform.claude.com/docs/en/build-with-claude/files and
 * docs.anthropic.com/{lang}/api/files-create (`/v1/files`); github.com/anthropics/anthropic-sdk-python
 * issue 81 (`POST /v1/complete`, the legacy Text Completions API); the API reference index
 * (s.apifox.cn mirror of it): batches by ID, Admin API under `/v1/organizations/`.
 */
export const OTHER_PATHS: readonly string[] = ['/v1/chat/completions', '/v1/models', '/v1/files', '/v1/complete'];
export const PATH_PREFIXES: readonly string[] = [
  '/v1/messages/batches/',
  '/v1/models/',
  '/v1/files/',
  '/v1/organizations/',
  '/v1/skills',
  '/v1/agents',
  '/v1/sessions',
  '/v1/environments',
  '/v1/experimental/',
];

/**
 * A path on the host that does not exist is answered with 404 `not_found_error`.
 *
 * Sources: platform.claude.com/docs/zh-CN/api/errors ("404 not_found_error: the requested
 * resource was not found; check the endpoint path"), anthropics/skills
 * `skills/claude-api/shared/error-codes.md` (404 causes: "Invalid API endpoint"),
 * github.com/barryceelen/Claudette/issues/7 (`https://api.anthropic.com/v1/` answers 404).
 */
export const UNKNOWN_PATH_ERROR = '404 not_found_error';

/** Header names, lower case (HTTP header names are case-insensitive). */
export const HEADERS = {
  version: 'anthropic-version',
  apiKey: 'x-api-key',
  authorization: 'authorization',
  beta: 'anthropic-beta',
} as const;

/**
 * The values `anthropic-version` takes. A request without the header is answered 400
 * `anthropic-version: header is required`; any other value (a typo, an invented date, the header
 * sent twice and so joined as `2023-06-01, 2023-06-01`) 400 `anthropic-version: "<value>" is
 * not a valid version`.
 *
 * Sources: platform.claude.com/docs/en/api/versioning (version history: 2026-10-21,
 * 2023-06-01, 2023-01-01 "initial release"; "you must send an anthropic-version request
 * header"); the missing header: github.com/envoyproxy/ai-gateway/pull/1909 and
 * github.com/PipedreamHQ/pipedream/issues/9697 (the 400 body); an invalid value:
 * github.com/directus-labs/extensions/issues/285 (`"2023-10-01" is not a valid version`),
 * github.com/sseshachala/conductai/pull/2179 (`2024-10-22`); the header twice:
 * github.com/decolua/9router/issues/1227 and /2357.
 */
export const ANTHROPIC_VERSIONS: readonly string[] = ['2023-01-01', ...API_VERSIONS];
export const MISSING_VERSION_ERROR = 'anthropic-version: header is required';

/** The `anthropic-version` value as one of the versions the rules know; null for any other. */
export function apiVersionOf(value: string): ApiVersion | null {
  return (API_VERSIONS as readonly string[]).includes(value) ? (value as ApiVersion) : null;
}

/**
 * A request needs a credential: `x-api-key` (an API key) or `Authorization: Bearer` (an OAuth
 * token). Without either the API answers 401 `x-api-key header is required`.
 *
 * Sources: platform.claude.com/docs/{lang}/api/overview ("must include an x-api-key header");
 * anthropics/skills `shared/error-codes.md` (401: "Missing `x-api-key` header or `Authorization`
 * header"); the 401 body: github.com/n8n-io/n8n/issues/37930, github.com/karthink/gptel/issues/354.
 */
export const MISSING_CREDENTIALS_ERROR = '401 authentication_error: x-api-key header is required';

/*
 * Caveat for both missing-header checks: Claude.ai artifacts call
 * `https://api.anthropic.com/v1/messages` with only `content-type`, and the requests are
 * authenticated by the user's session (openclawradar.com, "Claude Artifacts API Usage Counts
 * Against Chat Quota", citing r/ClaudeAI; a public artifact doing so: the search index's
 * "Irrationality of √2" prover). A call with neither header is therefore not proof.
 */

/**
 * Left out (not confirmed, so not checked; see the report of the `http` branch):
 * - both `x-api-key` and `Authorization` on one request (or a client given `apiKey` and
 *   `authToken`): 401 per anthropics/skills `shared/error-codes.md` only; no second source, and
 *   github.com/Empreiteiro/data-talks/pull/242 says the API checks `x-api-key` first. The SDK
 *   major matters too: 0.x sends `X-Api-Key` and `Authorization`, but 1.15.0 sends the API key
 *   as `Authorization: Bearer` after the token's, so one header is left (`apiKeyAuth` and
 *   `authHeaders` in the published `client.js`);
 * - an OAuth token (`sk-ant-oat…`, `ANTHROPIC_AUTH_TOKEN`) sent as `x-api-key`: 401 per
 *   error-codes.md and github.com/BerriAI/litellm/pull/21039, but
 *   github.com/earendil-works/pi/issues/2751 (2026-04) and BerriAI/litellm/pull/39004 (2026-08)
 *   report such tokens accepted as `x-api-key`;
 * - `apiKey` plus an `x-api-key` in `defaultHeaders`: the 401 reports
 *   (github.com/Podden/openwebui_anthropic_api_manifold_pipe/issues/39) are from the Python SDK,
 *   whose header merge joins the two values; the TypeScript SDK's `buildHeaders` replaces the
 *   earlier value ("Objects keys always overwrite older headers, they never append",
 *   `src/internal/headers.ts`), so one header is sent.
 */
