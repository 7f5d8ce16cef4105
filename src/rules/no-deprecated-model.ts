import { knownModels, mayUseGateway } from '../analysis/requests.js';
import { isRetired, replacementSpelling } from '../facts/lookup.js';
import type { ModelRow } from '../facts/types.js';
import { defineRequestRule } from '../util/define-request-rule.js';
import { isStringLiteralNode, replaceString } from '../util/fix.js';

export interface DeprecationFinding {
  readonly retiresOn: string | null;
  readonly replacement: string;
}

/** A model that is deprecated and still served at `now`. Retired models are `valid-model-id`'s. */
export function checkDeprecation(row: ModelRow, now: Date): DeprecationFinding | null {
  const { lifecycle } = row;
  if (lifecycle.status !== 'deprecated' || isRetired(row, now)) return null;
  return { retiresOn: lifecycle.retiresOn, replacement: lifecycle.replacement };
}

export default defineRequestRule<'deprecated' | 'deprecatedNoDate' | 'replaceWith'>({
  name: 'no-deprecated-model',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow deprecated Claude models, which stop working on their retirement date',
      recommended: 'warn',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      deprecated:
        "'{{id}}' ({{name}}) is deprecated and retires on {{date}}; from then on the API answers 404. Migrate to '{{replacement}}'.",
      deprecatedNoDate:
        "'{{id}}' ({{name}}) is deprecated and may be retired at any time (no date announced). Migrate to '{{replacement}}'.",
      replaceWith: "Replace with '{{id}}'.",
    },
  },
  defaultOptions: [],
  create({ sourceCode, settings }) {
    const { models } = settings;
    const now = new Date();
    return function* check(request) {
      if (mayUseGateway(request)) return;
      for (const { id, node, match } of knownModels(request)) {
        const finding = checkDeprecation(match.row, now);
        if (!finding) continue;
        const { replacement, retiresOn } = finding;
        const data = { id, name: match.row.name, replacement, date: retiresOn ?? '' };
        const suggested = replacementSpelling(id, models.byId(replacement), request.transport.platform);
        yield {
          node,
          messageId: retiresOn === null ? 'deprecatedNoDate' : 'deprecated',
          data,
          suggest:
            suggested !== null && isStringLiteralNode(node)
              ? [{ messageId: 'replaceWith', data: { id: suggested }, fix: (fixer) => replaceString(fixer, sourceCode, node, suggested) }]
              : [],
        };
      }
    };
  },
});
