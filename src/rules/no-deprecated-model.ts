import { knownModels, mayUseGateway } from '../analysis/requests.js';
import { lifecycleOf, replacementPhrase, replacementSpelling, type LifecycleFact, type ModelMatch } from '../facts/lookup.js';
import type { SdkLifecycle } from '../facts/sdk-lifecycle.js';
import { getSdkLifecycle } from '../settings/settings.js';
import { defineRequestRule } from '../util/define-request-rule.js';
import { isStringLiteralNode, replaceString } from '../util/fix.js';

/**
 * A model that is deprecated and still served at `now` on the request's platform. Retired
 * models are `valid-model-id`'s; a platform without a known schedule gives nothing.
 */
export function checkDeprecation(match: ModelMatch, platform: string | null, now: Date, sdk?: SdkLifecycle | null): LifecycleFact | null {
  const fact = lifecycleOf(match, platform, now, sdk);
  return fact.status === 'deprecated' ? fact : null;
}

export default defineRequestRule<'deprecated' | 'deprecatedNoDate' | 'deprecatedOverdue' | 'replaceWith'>({
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
        "'{{id}}' ({{name}}) is deprecated and retires on {{date}} (per {{source}}); from then on the API answers 404. Migrate to {{replacement}}.",
      deprecatedNoDate:
        "'{{id}}' ({{name}}) is deprecated and may be retired at any time (no date announced, per {{source}}). Migrate to {{replacement}}.",
      deprecatedOverdue:
        "'{{id}}' ({{name}}) is deprecated and its end of life was {{date}} (per {{source}}): the API may answer 404 at any time. Migrate to {{replacement}}.",
      replaceWith: "Replace with '{{id}}'.",
    },
  },
  defaultOptions: [],
  create({ sourceCode, settings, context }) {
    const { models } = settings;
    const sdk = getSdkLifecycle(context);
    const now = new Date();
    return function* check(request) {
      if (mayUseGateway(request)) return;
      for (const { id, node, match } of knownModels(request)) {
        const finding = checkDeprecation(match, request.transport.platform, now, sdk);
        if (!finding) continue;
        const { replacement, retiresOn, source } = finding;
        const data = { id, name: match.row.name, replacement: replacementPhrase(replacement), date: retiresOn ?? '', source };
        const suggested = replacement === undefined ? null : replacementSpelling(id, models.byId(replacement), request.transport.platform);
        yield {
          node,
          messageId: retiresOn === undefined ? 'deprecatedNoDate' : finding.overdue === true ? 'deprecatedOverdue' : 'deprecated',
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
