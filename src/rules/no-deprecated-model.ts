import { getClaudeRequests, mayUseGateway, knownModels } from '../analysis/requests.js';
import { isRetired, replacementSpelling } from '../facts/lookup.js';
import type { ModelRow } from '../facts/types.js';
import { createRule } from '../util/create-rule.js';
import { isStringLiteralNode, replaceString } from '../util/fix.js';
import { reportOnce } from '../util/report.js';
import { getSettings } from '../settings/settings.js';

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

export default createRule<[], 'deprecated' | 'deprecatedNoDate' | 'replaceWith'>({
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
  create(context) {
    const report = reportOnce(context);
    const { models } = getSettings(context);
    const now = new Date();
    return {
      Program() {
        for (const request of getClaudeRequests(context)) {
          if (mayUseGateway(request)) continue;
          for (const { id, node, match } of knownModels(request)) {
            const finding = checkDeprecation(match.row, now);
            if (!finding) continue;
            const { replacement, retiresOn } = finding;
            const data = { id, name: match.row.name, replacement, date: retiresOn ?? '' };
            const suggested = replacementSpelling(id, models.byId(replacement), request.transport.platform);
            report({
              node,
              messageId: retiresOn === null ? 'deprecatedNoDate' : 'deprecated',
              data,
              suggest:
                suggested !== null && isStringLiteralNode(node)
                  ? [
                      {
                        messageId: 'replaceWith',
                        data: { id: suggested },
                        fix: (fixer) => replaceString(fixer, context.sourceCode, node, suggested),
                      },
                    ]
                  : [],
            });
          }
        }
      },
    };
  },
});
