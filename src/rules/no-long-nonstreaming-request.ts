import type { ClaudeRequest } from '../analysis/requests.js';
import { possibleValues } from '../analysis/values.js';
import { NONSTREAMING_TOKEN_LIMIT, modelNonstreamingTokens, sdkRequiresStreaming } from '../facts/sdk-limits.js';
import { NO_FINDINGS, defineRequestRule } from '../util/define-request-rule.js';

type MessageIds = 'requiresStreaming' | 'requiresStreamingForModel' | 'useStream';

export interface LongRequestFinding {
  /** The `max_tokens` value that makes the SDK throw. */
  readonly maxTokens: number;
  /** The model whose `MODEL_NONSTREAMING_TOKENS` entry is exceeded; null for the general limit. */
  readonly model: string | null;
  readonly limit: number;
}

/** `stream` is provably not true: absent from a complete payload, or `false`/`null`/`undefined`. */
function notStreaming(request: ClaudeRequest): boolean {
  const stream = request.params.properties.get('stream');
  if (!stream) return request.params.complete;
  const { values, complete } = possibleValues(stream.value);
  return complete && values.every(({ value }) => value === false || value === null || value === undefined);
}

/**
 * Decide whether the SDK throws "Streaming is required ..." for this request: a guarded call,
 * provably not streaming, with no timeout on the call or the client, and a known `max_tokens`
 * above the limit. Returns the largest offending value.
 */
export function checkNonstreamingRequest(request: ClaudeRequest): LongRequestFinding | null {
  if (!request.transport.streamingGuard || request.transport.timeout.state !== 'none') return null;
  const maxTokens = request.params.properties.get('max_tokens');
  if (!maxTokens || !notStreaming(request)) return null;
  // With several possible models and several possible values, a model may go with a value
  // (`big ? [opus-4, 8000] : [other, 16000]`): pair them only when one side is single.
  const singleValue = maxTokens.value.kind === 'literal';
  const models = singleValue || (request.models.length === 1 && request.modelsComplete) ? request.models : [];
  let best: LongRequestFinding | null = null;
  for (const { value } of possibleValues(maxTokens.value).values) {
    if (typeof value !== 'number' || (best && best.maxTokens >= value)) continue;
    if (sdkRequiresStreaming(value, undefined)) {
      best = { maxTokens: value, model: null, limit: NONSTREAMING_TOKEN_LIMIT };
      continue;
    }
    for (const model of models) {
      const limit = modelNonstreamingTokens(model.id);
      if (limit !== undefined && sdkRequiresStreaming(value, model.id)) {
        best = { maxTokens: value, model: model.id, limit };
        break;
      }
    }
  }
  return best;
}

export default defineRequestRule<MessageIds>({
  name: 'no-long-nonstreaming-request',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow non-streaming requests whose `max_tokens` makes the SDK require streaming',
      recommended: 'error',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      requiresStreaming:
        '`{{endpoint}}` with `max_tokens: {{value}}` (above {{limit}}), no `stream: true` and no `timeout` throws in the SDK before anything is sent: "Streaming is required for operations that may take longer than 10 minutes". Use `{{streamEndpoint}}(...)` and await its `.finalMessage()`, or pass a `timeout` to the call or the client.',
      requiresStreamingForModel:
        '`{{endpoint}}` with `max_tokens: {{value}}` (above {{limit}} for {{model}}), no `stream: true` and no `timeout` throws in the SDK before anything is sent: "Streaming is required for operations that may take longer than 10 minutes". Use `{{streamEndpoint}}(...)` and await its `.finalMessage()`, or pass a `timeout` to the call or the client.',
      useStream: 'Call `{{streamEndpoint}}(...)` and await `.finalMessage()`.',
    },
  },
  defaultOptions: [],
  create() {
    return (request) => {
      const guard = request.transport.streamingGuard;
      const finding = guard && checkNonstreamingRequest(request);
      if (!guard || !finding) return NO_FINDINGS;
      const streamEndpoint = guard.streamLabel;
      const fix = guard.toStream;
      return [
        {
          node: request.endpoint.node,
          messageId: finding.model === null ? 'requiresStreaming' : 'requiresStreamingForModel',
          data: {
            endpoint: request.endpoint.label,
            value: String(finding.maxTokens),
            limit: String(finding.limit),
            model: finding.model ?? '',
            streamEndpoint,
          },
          suggest: fix ? [{ messageId: 'useStream', data: { streamEndpoint }, fix }] : [],
        },
      ];
    };
  },
});
