import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { modelRows } from '../analysis/requests.js';
import { asObject, type ResolvedProperty } from '../analysis/values.js';
import { TOOL_NAME_PATTERN_TEXT } from '../facts/tools.js';
import { defineRequestRule, type RequestFinding } from '../util/define-request-rule.js';
import { isStringLiteralNode, quoteOf, replaceString } from '../util/fix.js';
import { checkTools, type ToolFinding } from './valid-tools-utils/check.js';
import {
  addObjectType,
  autoToolChoice,
  claudeToolText,
  closestName,
  sanitizeToolName,
  toolChoiceFromFunction,
  toolChoiceFromString,
} from './valid-tools-utils/rewrite.js';

export { checkTools, declaredTools, type ToolFinding } from './valid-tools-utils/check.js';

type FindingId = Exclude<ToolFinding['kind'], 'forcedNotSupported'> | 'forcedToolChoiceNotSupported';
type SuggestionId = 'renameSchemaKey' | 'renameTool' | 'useClaudeShape' | 'useToolChoice' | 'useAuto';
type MessageIds = FindingId | SuggestionId;

const inside = (node: TSESTree.Node, container: TSESTree.Node): boolean =>
  node.range[0] >= container.range[0] && node.range[1] <= container.range[1];

/** The string literal a property's value is written as, in the property itself (never a shared const). */
function stringInPlace(property: ResolvedProperty): TSESTree.Node | null {
  const node = property.value.node;
  return property.value.kind === 'literal' && isStringLiteralNode(node) && inside(node, property.node) ? node : null;
}

/** `it declares 'a', 'b'`, at most six names. */
function declaredList(names: readonly string[]): string {
  if (names.length === 0) return 'it declares none';
  const shown = names.slice(0, 6).join("', '");
  return `it declares '${shown}'${names.length > 6 ? ` and ${names.length - 6} more` : ''}`;
}

export default defineRequestRule<MessageIds>({
  name: 'valid-tools',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow tool definitions and `tool_choice` values that the Claude API rejects',
      recommended: 'error',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      missingName: `This custom tool has no \`name\`: the API answers 400. Add a \`name\` matching \`${TOOL_NAME_PATTERN_TEXT}\`.`,
      missingInputSchema:
        "This custom tool has no `input_schema`: the API answers 400 (`input_schema: Field required`). Add `input_schema: { type: 'object', properties: { ... } }`, the JSON Schema of its input.",
      invalidName: `Tool name '{{name}}' does not match \`${TOOL_NAME_PATTERN_TEXT}\`: the API answers 400 (\`tools.N.custom.name: String should match pattern\`). Use only letters, digits, \`_\` and \`-\`, at most 128 characters.`,
      duplicateName:
        "Tool name '{{name}}' is used by an earlier tool in `tools`: the API answers 400 `tools: Tool names must be unique.` Rename or remove one of them.",
      inputSchemaType:
        "`input_schema.type` is '{{value}}', but a tool's input is always an object: the API answers 400. Use `type: 'object'` and describe the input under `properties`.",
      inputSchemaMissingType:
        "`input_schema` has no `type`: the API answers 400 (`input_schema.type: Field required`). Add `type: 'object'`.",
      openAiTool:
        "`{ type: 'function', function: { ... } }` is OpenAI's tool shape: the Claude API answers 400. A Claude tool is `{ name, description, input_schema }`.",
      serverToolName: "`{{type}}` must be named '{{expected}}', not '{{name}}': the API answers 400.",
      toolChoiceString:
        "`tool_choice: '{{value}}'` is a string, which the Claude API answers with 400. Use an object: `{ type: 'auto' }`, `{ type: 'any' }` (OpenAI's 'required'), `{ type: 'tool', name }` or `{ type: 'none' }`.",
      toolChoiceType:
        "`tool_choice.type: '{{value}}'` is not a tool choice: the API answers 400. Use 'auto', 'any', 'tool' (with `name`) or 'none'.",
      undeclaredTool:
        "`tool_choice` forces the tool '{{name}}', but `tools` declares no tool of that name ({{declared}}): the API answers 400.",
      forcedToolChoiceNotSupported:
        "{{model}} does not allow forced tool use (`tool_choice: { type: '{{choice}}' }`): the API answers 400. Use `{ type: 'auto' }` and ask for the tool in the prompt.",
      renameSchemaKey: 'Rename `{{key}}` to `input_schema`.',
      renameTool: "Rename the tool to '{{name}}' (and update the code that handles its calls).",
      useClaudeShape: 'Rewrite it as a Claude tool: `{ name, description, input_schema }`.',
      useToolChoice: 'Use `{{replacement}}`.',
      useAuto: "Use `{ type: 'auto' }`.",
    },
  },
  defaultOptions: [],
  create({ sourceCode }) {
    let report: (finding: RequestFinding<MessageIds>) => void = () => undefined;
    type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

    /** Rewrite a string literal written in place; nothing when there is no such literal or no better value. */
    const rewriteString = (
      node: TSESTree.Node | null,
      value: string | null | undefined,
      messageId: SuggestionId,
      data: Record<string, string>,
    ): Suggestion[] => (node && value ? [{ messageId, data, fix: (fixer) => replaceString(fixer, sourceCode, node, value) }] : []);
    const renameTool = (property: ResolvedProperty, name: string | null | undefined): Suggestion[] =>
      rewriteString(stringInPlace(property), name, 'renameTool', { name: name ?? '' });
    const replaceSuggestion = (node: TSESTree.Node, text: string | null, messageId: SuggestionId = 'useToolChoice'): Suggestion[] =>
      text === null ? [] : [{ messageId, data: { replacement: text }, fix: (fixer) => fixer.replaceText(node, text) }];

    function reportFinding(finding: ToolFinding): void {
      switch (finding.kind) {
        case 'missingName':
          report({ node: finding.tool.node, messageId: 'missingName' });
          return;
        case 'missingInputSchema': {
          const key = finding.schemaKey;
          const suggest: Suggestion[] = key
            ? [
                {
                  messageId: 'renameSchemaKey',
                  data: { key: key.key },
                  fix: (fixer) =>
                    key.node.shorthand
                      ? fixer.replaceText(key.node, `input_schema: ${key.key}`)
                      : fixer.replaceText(key.node.key, 'input_schema'),
                },
              ]
            : [];
          report({ node: finding.tool.node, messageId: 'missingInputSchema', suggest });
          return;
        }
        case 'invalidName':
          report({
            node: finding.property.node,
            messageId: 'invalidName',
            data: { name: finding.name },
            suggest: renameTool(finding.property, sanitizeToolName(finding.name)),
          });
          return;
        case 'duplicateName':
          report({ node: finding.property.node, messageId: 'duplicateName', data: { name: finding.name } });
          return;
        case 'inputSchemaType':
          report({ node: finding.property.node, messageId: 'inputSchemaType', data: { value: finding.value } });
          return;
        case 'inputSchemaMissingType': {
          const schema = finding.schema.node;
          report({
            node: finding.property.node,
            messageId: 'inputSchemaMissingType',
            // Only a schema written in the tool itself: a shared schema may serve other purposes.
            fix: inside(schema, finding.property.node) ? (fixer) => addObjectType(sourceCode, fixer, schema) : null,
          });
          return;
        }
        case 'openAiTool': {
          const text = claudeToolText(sourceCode, finding.tool.node);
          report({
            node: finding.property.node,
            messageId: 'openAiTool',
            suggest: text === null ? [] : [{ messageId: 'useClaudeShape', fix: (fixer) => fixer.replaceText(finding.tool.node, text) }],
          });
          return;
        }
        case 'serverToolName':
          report({
            node: finding.property.node,
            messageId: 'serverToolName',
            data: { type: finding.type, name: finding.name, expected: finding.expected },
            suggest: renameTool(finding.property, finding.expected),
          });
          return;
        case 'toolChoiceString': {
          const node = stringInPlace(finding.property);
          const text = node && toolChoiceFromString(finding.value, finding.declared.names, quoteOf(sourceCode, node));
          report({
            node: finding.property.node,
            messageId: 'toolChoiceString',
            data: { value: finding.value },
            suggest: node ? replaceSuggestion(node, text ?? null) : [],
          });
          return;
        }
        case 'toolChoiceType': {
          const choice = finding.choice.node;
          const suggest =
            finding.value === 'function'
              ? replaceSuggestion(choice, toolChoiceFromFunction(sourceCode, choice))
              : finding.value === 'required'
                ? rewriteString(stringInPlace(finding.property), 'any', 'useToolChoice', { replacement: "type: 'any'" })
                : [];
          report({ node: finding.property.node, messageId: 'toolChoiceType', data: { value: finding.value }, suggest });
          return;
        }
        case 'undeclaredTool': {
          const { names } = finding.declared;
          const meant = closestName(finding.name, names);
          report({
            node: finding.property.node,
            messageId: 'undeclaredTool',
            data: { name: finding.name, declared: declaredList(names) },
            suggest: rewriteString(stringInPlace(finding.property), meant, 'useToolChoice', { replacement: `name: '${meant ?? ''}'` }),
          });
          return;
        }
        case 'forcedNotSupported': {
          const choice = asObject(finding.property.value)?.node;
          const text = choice && inside(choice, finding.property.node) ? autoToolChoice(sourceCode, choice) : null;
          report({
            node: finding.property.node,
            messageId: 'forcedToolChoiceNotSupported',
            data: { model: finding.row.id, choice: finding.choice },
            suggest: choice && text !== null ? replaceSuggestion(choice, text, 'useAuto') : [],
          });
          return;
        }
      }
    }

    return (request) => {
      const findings: RequestFinding<MessageIds>[] = [];
      report = (finding) => {
        findings.push(finding);
      };
      for (const finding of checkTools(request, modelRows(request))) reportFinding(finding);
      return findings;
    };
  },
});
