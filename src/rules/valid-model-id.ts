import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { mayUseGateway, type ClaudeRequest } from '../analysis/requests.js';
import {
  bedrockCore,
  idFor,
  idShape,
  lifecycleOf,
  replacementPhrase,
  replacementSpelling,
  splitVertexId,
  type ModelIndex,
} from '../facts/lookup.js';
import type { SdkLifecycle } from '../facts/sdk-lifecycle.js';
import { SERVICE_NAMES } from '../facts/sdk-surface.js';
import type { ModelRow, Provider } from '../facts/types.js';
import { getSdkLifecycle } from '../settings/settings.js';
import { defineRequestRule, type RequestFinding } from '../util/define-request-rule.js';
import { nearest } from '../util/nearest.js';
import { isStringLiteralNode, replaceString } from '../util/fix.js';

export type ModelIdFinding =
  | {
      readonly kind: 'retired';
      readonly row: ModelRow;
      readonly date: string;
      readonly replacement: string | null;
      /** Where the retirement comes from, for the message. */
      readonly source: string;
    }
  | { readonly kind: 'dotted'; readonly fixed: string | null }
  | { readonly kind: 'dateSuffix'; readonly base: string }
  | { readonly kind: 'unknown'; readonly nearest: string | null }
  | { readonly kind: 'wrongProvider'; readonly shape: Provider; readonly expected: string | null };

const DATE_SUFFIX = /^(claude-[a-z0-9-]+?)-(\d{8})$/u;
const DOTTED_VERSION = /(\d)\.(?=\d)/gu;

/**
 * Decide what is wrong with a model ID sent through a client of `provider` (null: client not
 * known, so any platform's spelling is fine). Pure: the table and the date come in.
 */
export function checkModelId(
  id: string,
  provider: Provider | null,
  index: ModelIndex,
  now: Date,
  sdk?: SdkLifecycle | null,
): ModelIdFinding | null {
  const shape = idShape(id);
  if (shape === 'other') return null;
  const match = index.resolve(id);
  const lifecycle = match ? lifecycleOf(match, provider, now, sdk) : null;
  if (match && lifecycle?.status === 'retired') {
    return {
      kind: 'retired',
      row: match.row,
      date: lifecycle.retiresOn ?? 'an earlier date',
      replacement: lifecycle.replacement ?? null,
      source: lifecycle.source,
    };
  }
  if (provider !== null && shape !== provider && !vertexTakesFirstPartyId(id, provider, shape, match?.row)) {
    return { kind: 'wrongProvider', shape, expected: match ? idFor(match.row, provider) : null };
  }
  if (match) return null;

  const core = shape === 'bedrock' ? bedrockCore(id) : shape === 'vertex' ? (splitVertexId(id)?.name ?? id) : id;
  if (/\d\.\d/u.test(core)) {
    const fixed = id.replace(DOTTED_VERSION, '$1-');
    const fixedMatch = index.resolve(fixed);
    const served = fixedMatch !== null && lifecycleOf(fixedMatch, provider, now, sdk).status !== 'retired';
    return { kind: 'dotted', fixed: served ? fixed : null };
  }
  // On Bedrock and Vertex an unknown ID may be an ARN, an inference profile or a newer model.
  if (shape !== 'anthropic') return null;
  // A model newer than the table that the installed SDK lists exists.
  if (sdk?.models?.includes(id) === true) return null;
  const dated = DATE_SUFFIX.exec(id);
  const base = dated ? index.resolve(dated[1] ?? '') : null;
  if (base && base.form === 'id' && !base.row.aliases.some((alias) => DATE_SUFFIX.test(alias))) {
    return { kind: 'dateSuffix', base: base.row.id };
  }
  return { kind: 'unknown', nearest: nearest(id, index.servedFirstPartyIds(now)) };
}

/**
 * Vertex takes bare first-party IDs for 4.6+ models; the 4.5 generation and older spell their
 * snapshots `name@date`, so a Claude API snapshot (`name-YYYYMMDD`) is the wrong spelling there.
 * A dateless name is not proven wrong: Google lists it as the model's latest version. IDs the
 * table does not know go on to the unknown-ID checks.
 */
function vertexTakesFirstPartyId(id: string, provider: Provider, shape: Provider, row: ModelRow | undefined): boolean {
  if (provider !== 'vertex' || shape !== 'anthropic') return false;
  return !row || row.vertex.length === 0 || row.vertex.includes(id) || !DATE_SUFFIX.test(id);
}

type MessageIds =
  | 'retired'
  | 'retiredDefault'
  | 'dotted'
  | 'dottedNoFix'
  | 'dateSuffix'
  | 'unknown'
  | 'unknownNear'
  | 'wrongProvider'
  | 'wrongProviderWithId'
  | 'replaceWith';

type Options = [{ allow?: string[] }];

export default defineRequestRule<MessageIds, Options>({
  name: 'valid-model-id',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow model IDs that the Claude API answers with 404: dotted, unknown, retired or spelled for another platform',
      recommended: 'error',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Model IDs to accept without checks (for example names that a gateway maps).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
    messages: {
      retired:
        "Model '{{id}}' ({{name}}) was retired on {{date}} (per {{source}}): the API answers 404 not_found_error. Move to {{replacement}}.",
      retiredDefault:
        "Without a model, {{library}} sends its default '{{id}}', which was retired on {{date}} (per {{source}}): the API answers 404 not_found_error. Set `model` to {{replacement}}.",
      dotted: "'{{id}}' is not a Claude model ID: IDs use hyphens, not dots, and the API answers 404. Use '{{fixed}}'.",
      dottedNoFix: "'{{id}}' is not a Claude model ID: IDs use hyphens, not dots, and the API answers 404.",
      dateSuffix:
        "'{{id}}' does not exist: from the 4.6 generation on, model IDs have no date suffix and the API answers 404. Use '{{base}}'.",
      unknown:
        "'{{id}}' is not a known Claude model ID: the API answers 404 not_found_error. If it is a new model, add it to settings['claude-api'].models.",
      unknownNear: "'{{id}}' is not a known Claude model ID: the API answers 404 not_found_error. Did you mean '{{nearest}}'?",
      wrongProvider: "'{{id}}' is spelled for {{shape}}, but this client sends to {{platform}}, which rejects it.",
      wrongProviderWithId:
        "'{{id}}' is spelled for {{shape}}, but this client sends to {{platform}}, which rejects it. On {{platform}} this model is '{{expected}}'.",
      replaceWith: "Replace with '{{id}}'.",
    },
  },
  defaultOptions: [{ allow: [] }],
  create({ sourceCode, settings, options: [options], context }) {
    const allow = new Set(options.allow ?? []);
    const { models } = settings;
    const sdk = getSdkLifecycle(context);
    const now = new Date();

    const suggestReplace = (node: TSESTree.Node, id: string | null): TSESLint.SuggestionReportDescriptor<MessageIds>[] =>
      id !== null && isStringLiteralNode(node)
        ? [{ messageId: 'replaceWith', data: { id }, fix: (fixer) => replaceString(fixer, sourceCode, node, id) }]
        : [];

    return (request: ClaudeRequest): RequestFinding<MessageIds>[] => {
      const findings: RequestFinding<MessageIds>[] = [];
      const report = (finding: RequestFinding<MessageIds>): void => {
        findings.push(finding);
      };
      if (mayUseGateway(request)) return findings;
      for (const { id, node, clientDefault } of request.models) {
        if (allow.has(id)) continue;
        const finding = checkModelId(id, request.transport.platform, models, now, sdk);
        if (!finding) continue;
        if (clientDefault === true) {
          // The code writes no model: only a retired default is worth a report, on the client class.
          if (finding.kind === 'retired') {
            const data = {
              id,
              library: request.transport.library,
              date: finding.date,
              replacement: replacementPhrase(finding.replacement),
              source: finding.source,
            };
            report({ node, messageId: 'retiredDefault', data });
          }
          continue;
        }
        switch (finding.kind) {
          case 'retired':
            report({
              node,
              messageId: 'retired',
              data: {
                id,
                name: finding.row.name,
                date: finding.date,
                replacement: replacementPhrase(finding.replacement),
                source: finding.source,
              },
              suggest: suggestReplace(
                node,
                finding.replacement === null ? null : replacementSpelling(id, models.byId(finding.replacement), request.transport.platform),
              ),
            });
            break;
          case 'dotted':
            if (finding.fixed === null) {
              report({ node, messageId: 'dottedNoFix', data: { id } });
            } else {
              const fixed = finding.fixed;
              report({ node, messageId: 'dotted', data: { id, fixed }, fix: (fixer) => replaceString(fixer, sourceCode, node, fixed) });
            }
            break;
          case 'dateSuffix': {
            const base = finding.base;
            report({ node, messageId: 'dateSuffix', data: { id, base }, fix: (fixer) => replaceString(fixer, sourceCode, node, base) });
            break;
          }
          case 'unknown':
            if (finding.nearest === null) {
              report({ node, messageId: 'unknown', data: { id } });
            } else {
              report({
                node,
                messageId: 'unknownNear',
                data: { id, nearest: finding.nearest },
                suggest: suggestReplace(node, finding.nearest),
              });
            }
            break;
          case 'wrongProvider': {
            // The service that answers; a client of unknown service sends to its platform.
            const { service, platform: provider } = request.transport;
            const platform = SERVICE_NAMES[service ?? provider ?? 'anthropic'];
            const shape = SERVICE_NAMES[finding.shape];
            if (finding.expected === null) {
              report({ node, messageId: 'wrongProvider', data: { id, shape, platform } });
            } else {
              report({
                node,
                messageId: 'wrongProviderWithId',
                data: { id, shape, platform, expected: finding.expected },
                suggest: suggestReplace(node, finding.expected),
              });
            }
            break;
          }
        }
      }
      return findings;
    };
  },
});
