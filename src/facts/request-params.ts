/**
 * The top-level parameters each Messages endpoint takes, as data.
 *
 * Sources (read 2026-11-22):
 * - SDK1  = `@anthropic-ai/sdk` 1.12.0 (the latest), `src/resources/messages/messages.ts`
 *           (`MessageCreateParamsBase` L7642, `MessageCountTokensParams` L7983),
 *           `src/resources/beta/messages/messages.ts` (L9491, L9931), `.../batches.ts`.
 * - SDK0  = `@anthropic-ai/sdk` 0.137.0 (the last 0.x): the same files; it still has
 *           `temperature`, `top_p` and `top_k`, which 1.0.0 removed with API version 2026-10-21.
 * - API   = ../shared/research/api-facts.md §2a–2e (SDK source v0.120.0) and §7 (OpenAI habits);
 *           sdk-facts.md §2 and §7 (OpenAI's `ChatCompletionCreateParamsBase`).
 * The known set is the union over these versions: a parameter any of them sends is not reported
 * here (the sampling parameters under 2026-10-21 are `no-unsupported-sampling-params`' business).
 *
 * What the SDK does with the first argument (SDK1 `messages.create`):
 * `const { user_profile_id, workspace_id, ...body } = params` and `body` is the JSON body, so
 * every other key, request options included (`timeout`, `headers`, ...), is sent as a body field.
 * The server rejects unknown top-level fields: 400 `<field>: Extra inputs are not permitted`
 * (API §3 row 28: `response_format`, `extra_body`; on `count_tokens` for `max_tokens`:
 * github.com/Wei-Shaw/sub2api/pull/4913). Bedrock answers `extraneous key [<field>] is not
 * permitted` (github.com/JetBrains/koog/issues/500).
 */

/** Where a parameter is taken: on both `client.messages` and `client.beta.messages`, or on beta only. */
export type Availability = 'all' | 'beta' | null;

export interface RequestParamRow {
  readonly name: string;
  /** `messages.create`, `.stream`, `.parse` and each `requests[].params` of `messages.batches.create`. */
  readonly create: Availability;
  /** `messages.countTokens`. */
  readonly countTokens: Availability;
  readonly source: string;
}

/** The body parameters, in the SDK's order. */
export const REQUEST_PARAMS = [
  { name: 'max_tokens', create: 'all', countTokens: null, source: 'SDK1; API §2a, §2d' },
  { name: 'messages', create: 'all', countTokens: 'all', source: 'SDK1; API §2a, §2d' },
  { name: 'model', create: 'all', countTokens: 'all', source: 'SDK1; API §2a, §2d' },
  { name: 'billing_policy', create: 'beta', countTokens: 'beta', source: 'SDK1 beta (after 0.137.0)' },
  { name: 'cache_control', create: 'all', countTokens: 'all', source: 'SDK1; API §2a, §2d' },
  { name: 'compaction', create: 'beta', countTokens: 'beta', source: 'SDK0 and SDK1 beta' },
  { name: 'container', create: 'all', countTokens: null, source: 'SDK1; API §2a, §2d ("no container")' },
  { name: 'context_management', create: 'beta', countTokens: 'beta', source: 'SDK1 beta; API §2b, §2d' },
  { name: 'diagnostics', create: 'all', countTokens: null, source: 'SDK0 and SDK1 (beta only in v0.120.0, API §2b)' },
  { name: 'fallback_credit_token', create: 'beta', countTokens: null, source: 'SDK1 beta; API §2b' },
  { name: 'fallbacks', create: 'beta', countTokens: null, source: 'SDK1 beta; API §2b' },
  { name: 'inference_geo', create: 'all', countTokens: null, source: 'SDK1; API §2a, §2d' },
  { name: 'mcp_servers', create: 'beta', countTokens: 'beta', source: 'SDK1 beta; API §2b, §2d' },
  { name: 'metadata', create: 'all', countTokens: null, source: 'SDK1; API §2a, §2d' },
  { name: 'output_config', create: 'all', countTokens: 'all', source: 'SDK1; API §2a, §2d' },
  { name: 'output_format', create: 'beta', countTokens: 'beta', source: 'SDK1 beta (deprecated for output_config.format); API §2b' },
  { name: 'service_tier', create: 'all', countTokens: null, source: 'SDK1; API §2a, §2d' },
  { name: 'speed', create: 'all', countTokens: 'all', source: 'SDK0 and SDK1 (beta only in v0.120.0, API §2b)' },
  { name: 'stop_sequences', create: 'all', countTokens: null, source: 'SDK1; API §2a, §2d' },
  { name: 'stream', create: 'all', countTokens: null, source: 'SDK1; API §2a, §2c, §2d' },
  { name: 'system', create: 'all', countTokens: 'all', source: 'SDK1; API §2a, §2d' },
  { name: 'temperature', create: 'all', countTokens: null, source: 'SDK0 (removed in 1.0.0 with API 2026-10-21); API §2a, §2d' },
  { name: 'thinking', create: 'all', countTokens: 'all', source: 'SDK1; API §2a, §2d' },
  { name: 'thread', create: 'beta', countTokens: null, source: 'SDK1 beta (after 0.137.0)' },
  { name: 'tool_choice', create: 'all', countTokens: 'all', source: 'SDK1; API §2a, §2d' },
  { name: 'tools', create: 'all', countTokens: 'all', source: 'SDK1; API §2a, §2d' },
  { name: 'top_k', create: 'all', countTokens: null, source: 'SDK0 (removed in 1.0.0); API §2a, §2d' },
  { name: 'top_p', create: 'all', countTokens: null, source: 'SDK0 (removed in 1.0.0); API §2a, §2d' },
  { name: 'betas', create: 'beta', countTokens: 'beta', source: 'SDK1 beta: read by the SDK into the `anthropic-beta` header' },
  { name: 'user_profile_id', create: 'all', countTokens: 'all', source: 'SDK1: read by the SDK into a header; API §2a' },
  { name: 'workspace_id', create: 'all', countTokens: 'all', source: 'SDK0 and SDK1: read by the SDK into a header' },
] as const satisfies readonly RequestParamRow[];

/**
 * Body fields the Bedrock and Vertex wrappers use (`anthropic_version`, Bedrock's `anthropic_beta`):
 * taken on those clients, never reported there (API §1f; sdk-facts.md §4).
 */
export const PLATFORM_PARAMS: readonly string[] = ['anthropic_version', 'anthropic_beta'];

/**
 * The SDK's request options (the second argument, `RequestOptions` in SDK1
 * `src/internal/request-options.ts`) that people put in the payload by mistake. In the payload
 * they are sent as body fields, and the option never applies.
 */
export const REQUEST_OPTIONS: readonly string[] = ['timeout', 'headers', 'signal', 'maxRetries', 'idempotencyKey', 'fetchOptions'];

/**
 * What an OpenAI (Chat Completions / Responses) parameter is in the Claude API
 * (API §7; sdk-facts.md §7). `rename`: the same setting under another name, meaning kept.
 * `rewrite`: another place or shape. `none`: no equivalent.
 */
export type OpenAiParam =
  | { readonly kind: 'rename'; readonly to: string; readonly note?: string }
  | { readonly kind: 'rewrite'; readonly to: string }
  | { readonly kind: 'none' };

export const OPENAI_PARAMS: ReadonlyMap<string, OpenAiParam> = new Map<string, OpenAiParam>([
  ['max_completion_tokens', { kind: 'rename', to: 'max_tokens' }],
  ['max_output_tokens', { kind: 'rename', to: 'max_tokens' }],
  ['stop', { kind: 'rename', to: 'stop_sequences', note: 'an array of strings' }],
  ['user', { kind: 'rewrite', to: '`metadata: { user_id }`' }],
  ['response_format', { kind: 'rewrite', to: "`output_config: { format: { type: 'json_schema', schema } }`" }],
  ['reasoning_effort', { kind: 'rewrite', to: '`output_config: { effort }` (with `thinking`)' }],
  ['reasoning', { kind: 'rewrite', to: '`output_config: { effort }` (with `thinking`)' }],
  ['parallel_tool_calls', { kind: 'rewrite', to: '`tool_choice: { type, disable_parallel_tool_use: true }`' }],
  ['functions', { kind: 'rewrite', to: '`tools: [{ name, description, input_schema }]`' }],
  ['function_call', { kind: 'rewrite', to: "`tool_choice: { type: 'tool', name }`" }],
  ['n', { kind: 'none' }],
  ['presence_penalty', { kind: 'none' }],
  ['frequency_penalty', { kind: 'none' }],
  ['logit_bias', { kind: 'none' }],
  ['seed', { kind: 'none' }],
  ['logprobs', { kind: 'none' }],
  ['top_logprobs', { kind: 'none' }],
  ['stream_options', { kind: 'none' }],
  ['modalities', { kind: 'none' }],
  ['audio', { kind: 'none' }],
  ['prediction', { kind: 'none' }],
  ['store', { kind: 'none' }],
]);

/** Which endpoint a payload goes to, as far as its parameters go. */
export interface ParamEndpoint {
  readonly countTokens: boolean;
  readonly beta: boolean;
}

const paramSets = new Map<string, ReadonlySet<string>>();

/** The parameters an endpoint takes (on the beta client: with the right betas). */
export function paramsOf(endpoint: ParamEndpoint): ReadonlySet<string> {
  const cacheKey = `${endpoint.countTokens}/${endpoint.beta}`;
  const cached = paramSets.get(cacheKey);
  if (cached) return cached;
  const available = (availability: Availability): boolean => availability === 'all' || (availability === 'beta' && endpoint.beta);
  const names = new Set<string>(
    REQUEST_PARAMS.filter((row) => available(endpoint.countTokens ? row.countTokens : row.create)).map((row) => row.name),
  );
  paramSets.set(cacheKey, names);
  return names;
}

/** True for a parameter only `client.beta.messages` takes on this kind of endpoint. */
export function isBetaOnly(name: string, countTokens: boolean): boolean {
  const row = REQUEST_PARAMS.find((candidate) => candidate.name === name);
  return row !== undefined && (countTokens ? row.countTokens : row.create) === 'beta';
}

/** True for a parameter `messages.create` takes (on some client). */
export function isCreateParam(name: string): boolean {
  return REQUEST_PARAMS.some((row) => row.name === name && row.create !== null);
}
