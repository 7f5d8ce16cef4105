import { knownModels, mayUseGateway } from '../analysis/requests.js';
import { lifecycleOf, replacementPhrase, replacementSpelling, type LifecycleFact, type ModelMatch } from '../facts/lookup.js';
import type { SdkLifecycle } from '../facts/sdk-lifecycle.js';
import { getSdkLifecycle } from '../settings/settings.js';
import { NO_FINDINGS, defineRequestRule, type RequestFinding } from '../util/define-request-rule.js';
import { isStringLiteralNode, replaceString } from '../util/fix.js';

/**
 * A model that is deprecated and still served at `now` on the request's platform. Retired
 * models are `valid-model-id`'s; a platform without a known schedule gives nothing.
 */
export function checkDeprecation(match: ModelMatch, platform: string | null, now: Date, sdk?: SdkLifecycle | null): LifecycleFact | null {
  const fact = lifecycleOf(match, platform, now, sdk);
  return fact.status === 'deprecated' ? fact : null;
}

type MessageIds = 'deprecated' | 'deprecatedNoDate' | 'deprecatedOverdue' | 'deprecatedDefault' | 'replaceWith';

export default defineRequestRule<MessageIds>({
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
      deprecatedDefault:
        "Without a model, {{library}} sends its default '{{id}}' ({{name}}), which is deprecated and retires on {{date}} (per {{source}}); from then on the API answers 404. Set `model` to {{replacement}}.",
      replaceWith: "Replace with '{{id}}'.",
    },
  },
  defaultOptions: [],
  create({ sourceCode, settings, context }) {
    const { models } = settings;
    const sdk = getSdkLifecycle(context);
    const now = new Date();
    return function check(request) {
      if (mayUseGateway(request)) return NO_FINDINGS;
      const findings: RequestFinding<MessageIds>[] = [];
      for (const { id, node, match, clientDefault } of knownModels(request)) {
        const finding = checkDeprecation(match, request.transport.platform, now, sdk);
        if (!finding) continue;
        const { replacement, retiresOn, source } = finding;
        const data = { id, name: match.row.name, replacement: replacementPhrase(replacement), date: retiresOn ?? '', source };
        if (clientDefault === true) {
          // The code writes no model: nothing to rewrite, and the message says where the ID comes from.
          if (retiresOn !== undefined && finding.overdue !== true) {
            findings.push({ node, messageId: 'deprecatedDefault', data: { ...data, library: request.transport.library } });
          }
          continue;
        }
        const suggested = replacement === undefined ? null : replacementSpelling(id, models.byId(replacement), request.transport.platform);
        findings.push({
          node,
          messageId: retiresOn === undefined ? 'deprecatedNoDate' : finding.overdue === true ? 'deprecatedOverdue' : 'deprecated',
          data,
          suggest:
            suggested !== null && isStringLiteralNode(node)
              ? [{ messageId: 'replaceWith', data: { id: suggested }, fix: (fixer) => replaceString(fixer, sourceCode, node, suggested) }]
              : [],
        });
      }
      return findings;
    };
  },
});
