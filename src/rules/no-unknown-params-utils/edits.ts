/**
 * The edits `no-unknown-params` offers: rename a key, rewrite an OpenAI parameter into its
 * Claude form, move a request option to the second argument, call the beta client.
 * Each builder returns null when the edit is not mechanical for the code as written.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ClaudeRequest } from '../../analysis/requests.js';
import {
  asObject,
  knownString,
  possibleValues,
  prop,
  unwrapExpression,
  type Resolved,
  type ResolvedProperty,
} from '../../analysis/values.js';
import { EFFORT_LEVELS } from '../../facts/types.js';
import { isStringLiteralNode, removeProperty } from '../../util/fix.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[];

/** The property is written in the payload object itself (not in a constant spread into it). */
export function ownProperty(request: ClaudeRequest, property: ResolvedProperty): boolean {
  const node = property.node;
  return node.parent === request.params.node && node.kind === 'init' && !node.method;
}

/** The property is in a payload written inside the call: removing it changes no other code. */
export function removable(request: ClaudeRequest, property: ResolvedProperty): boolean {
  const [start, end] = request.call.range;
  const [objectStart, objectEnd] = request.params.node.range;
  return ownProperty(request, property) && objectStart >= start && objectEnd <= end;
}

export function removeFix(sourceCode: SourceCode, property: ResolvedProperty): Fix {
  return (fixer) => removeProperty(sourceCode, fixer, property.node);
}

/** Rename the key of a property, keeping its value (`maxTokens` → `max_tokens`), optionally as `[value]`. */
function renameText(sourceCode: SourceCode, node: TSESTree.Property, to: string, wrap: boolean): Fix | null {
  if (node.computed || (node.key.type !== AST_NODE_TYPES.Identifier && node.key.type !== AST_NODE_TYPES.Literal)) return null;
  const value = sourceCode.getText(node.value);
  if (node.shorthand) return (fixer) => fixer.replaceText(node, `${to}: ${wrap ? `[${value}]` : value}`);
  return (fixer) => {
    const fixes = [fixer.replaceText(node.key, to)];
    if (wrap) fixes.push(fixer.replaceText(node.value, `[${value}]`));
    return fixes;
  };
}

/**
 * True when a stop value holds a string Claude rejects as a stop sequence: empty or whitespace only
 * (400 `stop_sequences: each stop sequence must contain non-whitespace`), which OpenAI takes (`stop: '\n'`).
 */
function hasBlankStop(value: Resolved): boolean {
  const options = value.kind === 'array' ? value.elements : [value];
  return options.some((option) =>
    possibleValues(option).values.some((known) => typeof known.value === 'string' && !/\S/u.test(known.value)),
  );
}

/**
 * The rename of `key` to `to`; `stop` → `stop_sequences` only when the value is an array or a
 * string (wrapped in an array), since `stop_sequences` takes only arrays, and none of its strings
 * is blank.
 */
export function renameFix(sourceCode: SourceCode, request: ClaudeRequest, property: ResolvedProperty, to: string): Fix | null {
  if (!ownProperty(request, property)) return null;
  let wrap = false;
  if (to === 'stop_sequences') {
    if (hasBlankStop(property.value)) return null;
    if (property.value.kind !== 'array') {
      const { values, complete } = possibleValues(property.value);
      if (property.value.kind !== 'literal' || !complete || typeof values[0]?.value !== 'string') return null;
      wrap = true;
    }
  }
  return renameText(sourceCode, property.node, to, wrap);
}

/** Replace the property with a new one, when the payload provably does not set `key` already. */
function replaceWith(request: ClaudeRequest, property: ResolvedProperty, key: string, text: string): Fix | null {
  if (!ownProperty(request, property) || !request.params.complete || request.params.properties.has(key)) return null;
  return (fixer) => fixer.replaceText(property.node, text);
}

/**
 * The Claude form of an OpenAI parameter, when the rewrite is mechanical:
 * `user: x` → `metadata: { user_id: x }`; `reasoning_effort: 'low'` → `output_config: { effort: 'low' }`;
 * `response_format: { type: 'json_schema', json_schema: { schema } }` →
 * `output_config: { format: { type: 'json_schema', schema } }`.
 */
export function openAiRewrite(
  sourceCode: SourceCode,
  request: ClaudeRequest,
  property: ResolvedProperty,
): { messageId: 'useMetadata' | 'useEffort' | 'useOutputFormat'; fix: Fix } | null {
  const value = property.node.value;
  const text = sourceCode.getText(value);
  if (property.key === 'user') {
    // `user_id` takes a string: an object or array was not a user ID.
    if (property.value.kind === 'object' || property.value.kind === 'array') return null;
    const fix = replaceWith(request, property, 'metadata', `metadata: { user_id: ${text} }`);
    return fix && { messageId: 'useMetadata', fix };
  }
  if (property.key === 'reasoning_effort') {
    const effort = knownString(property.value);
    if (!isStringLiteralNode(value) || !(EFFORT_LEVELS as readonly (string | undefined)[]).includes(effort)) return null;
    const fix = replaceWith(request, property, 'output_config', `output_config: { effort: ${text} }`);
    return fix && { messageId: 'useEffort', fix };
  }
  if (property.key === 'response_format') {
    const schema = jsonSchemaOf(property);
    if (!schema) return null;
    const format = `{ type: 'json_schema', schema: ${sourceCode.getText(schema)} }`;
    const fix = replaceWith(request, property, 'output_config', `output_config: { format: ${format} }`);
    return fix && { messageId: 'useOutputFormat', fix };
  }
  return null;
}

/** The `schema` expression of `{ type: 'json_schema', json_schema: { schema } }` written in place. */
function jsonSchemaOf(property: ResolvedProperty): TSESTree.Node | null {
  const object = asObject(property.value);
  if (knownString(prop(object, 'type')) !== 'json_schema') return null;
  const outer = unwrapExpression(property.node.value);
  const jsonSchema = object?.properties.get('json_schema');
  if (outer.type !== AST_NODE_TYPES.ObjectExpression || jsonSchema?.node.parent !== outer) return null;
  const inner = unwrapExpression(jsonSchema.node.value);
  const schema = asObject(jsonSchema.value)?.properties.get('schema');
  if (inner.type !== AST_NODE_TYPES.ObjectExpression || schema?.node.parent !== inner || schema.node.kind !== 'init') return null;
  return schema.node.value;
}

/** Move a request option from the payload to the call's second argument. */
export function moveToOptionsFix(sourceCode: SourceCode, request: ClaudeRequest, property: ResolvedProperty): Fix | null {
  if (!removable(request, property)) return null;
  const [first, second] = request.call.arguments;
  if (!first || request.call.arguments.length > 2) return null;
  const text = sourceCode.getText(property.node);
  const remove = removeProperty.bind(null, sourceCode);
  if (!second) {
    return (fixer) => [remove(fixer, property.node), fixer.insertTextAfter(first, `, { ${text} }`)];
  }
  if (second.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const clash = second.properties.some(
    (option) =>
      option.type === AST_NODE_TYPES.SpreadElement ||
      option.computed ||
      (option.key.type === AST_NODE_TYPES.Identifier ? option.key.name : String((option.key as TSESTree.Literal).value)) === property.key,
  );
  if (clash) return null;
  const firstOption = second.properties[0];
  return (fixer) => [
    remove(fixer, property.node),
    firstOption ? fixer.insertTextBefore(firstOption, `${text}, `) : fixer.replaceText(second, `{ ${text} }`),
  ];
}
