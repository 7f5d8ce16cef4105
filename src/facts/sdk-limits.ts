/**
 * Limits that `@anthropic-ai/sdk` enforces on the client, before a request is sent.
 *
 * Non-streaming long-request guard. Source: anthropic-sdk-typescript v0.120.0,
 * `src/resources/messages/messages.ts` (`create`, also reached by `parse` and the beta forms),
 * `src/client.ts` (`calculateNonstreamingTimeout`) and `src/internal/constants.ts`
 * (`MODEL_NONSTREAMING_TOKENS`); ../shared/research/api-facts.md §6.1, read 2026-11-22.
 *
 *   let timeout = options?.timeout ?? client._options.timeout;
 *   if (!body.stream && timeout == null) {
 *     timeout = client.calculateNonstreamingTimeout(body.max_tokens, MODEL_NONSTREAMING_TOKENS[body.model]);
 *   }
 *   // calculateNonstreamingTimeout throws AnthropicError('Streaming is required for operations that
 *   // may take longer than 10 minutes. ...') when 60 min × max_tokens / 128000 > 10 min, or when
 *   // max_tokens is above the model's entry.
 *
 * The per-request `{ timeout }` bypasses the guard since v0.117.0; before that only the client's did.
 * `messages.stream()`, `countTokens` and `batches.create` are not guarded.
 */

/** The time the SDK expects a 128,000-token answer to take: 60 minutes. */
export const NONSTREAMING_EXPECTED_MS_FOR_REFERENCE = 60 * 60 * 1000;
/** The `max_tokens` that takes the expected time above. */
export const NONSTREAMING_REFERENCE_TOKENS = 128_000;
/** Above this expected time, a non-streaming request needs an explicit timeout: 10 minutes. */
export const NONSTREAMING_DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * `MODEL_NONSTREAMING_TOKENS`: model IDs (matched exactly, as the SDK does) with a lower limit.
 * Earlier SDKs also listed `claude-opus-4-20250514`, `claude-opus-4-0`, `claude-4-opus-20250514`
 * and `anthropic.claude-opus-4-20250514-v1:0` (commit 769f9da9); current ones do not, so they are
 * left out: the plugin reports only what the current SDK refuses.
 */
export const MODEL_NONSTREAMING_TOKENS: Readonly<Record<string, number>> = {
  'claude-opus-4@20250514': 8192,
  'anthropic.claude-opus-4-1-20250805-v1:0': 8192,
  'claude-opus-4-1@20250805': 8192,
};

/** The largest `max_tokens` the SDK sends without streaming and without a timeout, for any model: 21,333. */
export const NONSTREAMING_TOKEN_LIMIT = Math.floor(
  (NONSTREAMING_DEFAULT_TIMEOUT_MS * NONSTREAMING_REFERENCE_TOKENS) / NONSTREAMING_EXPECTED_MS_FOR_REFERENCE,
);

/** The model's own entry in `MODEL_NONSTREAMING_TOKENS`, if any. */
export function modelNonstreamingTokens(model: string | undefined): number | undefined {
  return model !== undefined && Object.hasOwn(MODEL_NONSTREAMING_TOKENS, model) ? MODEL_NONSTREAMING_TOKENS[model] : undefined;
}

/**
 * Whether the SDK throws "Streaming is required ..." for a non-streaming request with this
 * `max_tokens` and model and no timeout: the SDK's own test, `calculateNonstreamingTimeout`.
 */
export function sdkRequiresStreaming(maxTokens: number, model: string | undefined): boolean {
  const expectedTime = (NONSTREAMING_EXPECTED_MS_FOR_REFERENCE * maxTokens) / NONSTREAMING_REFERENCE_TOKENS;
  const modelLimit = modelNonstreamingTokens(model);
  return expectedTime > NONSTREAMING_DEFAULT_TIMEOUT_MS || (modelLimit !== undefined && maxTokens > modelLimit);
}
