import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { modelRows, type ClaudeRequest } from '../analysis/requests.js';
import { possibleValues, type ResolvedProperty } from '../analysis/values.js';
import type { ModelRow } from '../facts/types.js';
import { defineRequestRule, type RequestFinding } from '../util/define-request-rule.js';

/** The value the "add max_tokens" suggestion writes: the one the Claude docs use in their examples. */
export const SUGGESTED_MAX_TOKENS = 1024;

type MessageIds = 'missing' | 'notInteger' | 'negative' | 'aboveModelMax' | 'addMaxTokens' | 'useModelMax';

export type MaxTokensFinding =
  | { readonly kind: 'missing' }
  | { readonly kind: 'notInteger' | 'negative'; readonly property: ResolvedProperty; readonly node: TSESTree.Node; readonly value: number }
  | {
      readonly kind: 'aboveModelMax';
      readonly property: ResolvedProperty;
      readonly node: TSESTree.Node;
      readonly value: number;
      readonly row: ModelRow;
      readonly max: number;
    };

/** Decide what is wrong with a request's `max_tokens`. */
export function checkMaxTokens(request: ClaudeRequest, rows: readonly ModelRow[]): MaxTokensFinding[] {
  if (request.endpoint.kind === 'countTokens') return [];
  const property = request.params.properties.get('max_tokens');
  if (!property) return request.params.complete && !request.clientDefaults.has('max_tokens') ? [{ kind: 'missing' }] : [];
  const findings: MaxTokensFinding[] = [];
  for (const { value, node } of possibleValues(property.value).values) {
    if (typeof value !== 'number') continue;
    if (value < 0) findings.push({ kind: 'negative', property, node, value });
    else if (!Number.isInteger(value)) findings.push({ kind: 'notInteger', property, node, value });
    else {
      for (const row of rows) {
        if (row.maxOutputTokens !== null && value > row.maxOutputTokens) {
          findings.push({ kind: 'aboveModelMax', property, node, value, row, max: row.maxOutputTokens });
        }
      }
    }
  }
  return findings;
}

/** Insert `max_tokens: N` as the first property of an object literal, matching its layout. */
function insertMaxTokens(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fixer: TSESLint.RuleFixer,
  object: TSESTree.ObjectExpression,
): TSESLint.RuleFix {
  const text = `max_tokens: ${SUGGESTED_MAX_TOKENS}`;
  const first = object.properties[0];
  if (!first) return fixer.replaceText(object, `{ ${text} }`);
  const open = sourceCode.getFirstToken(object);
  if (open && open.loc.end.line < first.loc.start.line) {
    const line = sourceCode.lines[first.loc.start.line - 1] ?? '';
    const indent = /^\s*/u.exec(line)?.[0] ?? '';
    return fixer.insertTextBefore(first, `${text},\n${indent}`);
  }
  return fixer.insertTextBefore(first, `${text}, `);
}

export default defineRequestRule<MessageIds>({
  name: 'valid-max-tokens',
  meta: {
    type: 'problem',
    docs: {
      description: "Require a valid `max_tokens` within the model's output limit on every request that generates",
      recommended: 'error',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      missing: '`{{param}}` is required on {{endpoint}}: the API answers 400 without it.',
      notInteger: '`{{param}}: {{value}}` is not an integer: the API answers 400.',
      negative: '`{{param}}: {{value}}` is negative: the API answers 400. (0 is allowed: it only warms the prompt cache.)',
      aboveModelMax: '`{{param}}: {{value}}` is above the {{max}} output tokens {{model}} allows: the API answers 400.',
      addMaxTokens: `Add \`max_tokens: ${SUGGESTED_MAX_TOKENS}\`.`,
      useModelMax: 'Use the maximum, {{max}}.',
    },
  },
  defaultOptions: [],
  create({ sourceCode }) {
    return (request) =>
      checkMaxTokens(request, modelRows(request)).map((finding): RequestFinding<MessageIds> => {
        if (finding.kind === 'missing') {
          const object = request.params.node;
          return {
            node: object,
            messageId: 'missing',
            data: { endpoint: request.endpoint.label, param: request.spell('max_tokens') ?? 'max_tokens' },
            suggest: [{ messageId: 'addMaxTokens', fix: (fixer) => insertMaxTokens(sourceCode, fixer, object) }],
          };
        }
        if (finding.kind === 'aboveModelMax') {
          const { node, max } = finding;
          const propertyRange = finding.property.node.range;
          // Only rewrite a number written in this property, never a shared constant it refers to.
          const inPlace = node.type === AST_NODE_TYPES.Literal && node.range[0] >= propertyRange[0] && node.range[1] <= propertyRange[1];
          return {
            node: finding.property.node,
            messageId: 'aboveModelMax',
            data: { value: String(finding.value), max: String(max), model: finding.row.id, param: finding.property.key },
            suggest: inPlace
              ? [{ messageId: 'useModelMax', data: { max: String(max) }, fix: (fixer) => fixer.replaceText(node, String(max)) }]
              : [],
          };
        }
        return {
          node: finding.property.node,
          messageId: finding.kind,
          data: { value: String(finding.value), param: finding.property.key },
        };
      });
  },
});
