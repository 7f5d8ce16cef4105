import type { TSESTree } from '@typescript-eslint/utils';
import { modelRows, type ClaudeRequest } from '../analysis/requests.js';
import { asArray, asObject, knownString, mayHold, prop } from '../analysis/values.js';
import type { ModelRow } from '../facts/types.js';
import { NO_FINDINGS, defineRequestRule } from '../util/define-request-rule.js';

/** The last message of a request when it provably is an assistant message (a prefill). */
export function trailingAssistantMessage(request: ClaudeRequest): TSESTree.Node | null {
  const messages = asArray(prop(request.params, 'messages'));
  const last = messages?.elements.at(-1);
  if (!last || last.kind !== 'object') return null;
  return knownString(prop(asObject(last), 'role')) === 'assistant' ? last.node : null;
}

/** The rows, among a request's possible models, that reject its prefill. */
export function checkPrefill(request: ClaudeRequest, rows: readonly ModelRow[]): { node: TSESTree.Node; rows: ModelRow[] } | null {
  // count_tokens generates nothing; `fallback_credit_token` authorises one appended assistant turn.
  if (request.endpoint.kind === 'countTokens' || mayHold(request.params, 'fallback_credit_token')) return null;
  const node = trailingAssistantMessage(request);
  const rejecting = rows.filter((row) => row.prefill === false);
  return node && rejecting.length > 0 ? { node, rows: rejecting } : null;
}

/** `a`, `a and b`, `a, b and c`. */
function formatList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export default defineRequestRule<'prefillNotSupported'>({
  name: 'no-unsupported-prefill',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow a trailing assistant message (prefill) on models that do not support it',
      recommended: 'error',
    },
    schema: [],
    messages: {
      prefillNotSupported:
        'Assistant prefill is not supported by {{model}}: a request that ends with an assistant message is rejected with 400. End with a user message, and shape the answer with structured outputs (`output_config.format`) or instructions in the system prompt.',
    },
  },
  defaultOptions: [],
  create() {
    return (request) => {
      const finding = checkPrefill(request, modelRows(request));
      if (!finding) return NO_FINDINGS;
      return [{ node: finding.node, messageId: 'prefillNotSupported', data: { model: formatList(finding.rows.map((row) => row.id)) } }];
    };
  },
});
