/**
 * The text the valid-tools suggestions write: a Claude tool from an OpenAI one, a `tool_choice`
 * object from a string, a tool name the API accepts.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { keyName } from '../../analysis/imports.js';
import { unwrapExpression } from '../../analysis/values.js';
import { quoteOf, quoted } from '../../util/fix.js';
import { nearest } from '../../util/nearest.js';

/** `get.weather` → `get_weather`: the name with every character the API refuses replaced. Null when nothing sensible is left. */
export function sanitizeToolName(name: string): string | null {
  const fixed = name.replace(/[^a-zA-Z0-9_-]/gu, '_').slice(0, 128);
  return fixed !== name && /[a-zA-Z0-9]/u.test(fixed) ? fixed : null;
}

/** The declared name the author most likely meant (another case, or a typo of at most two characters). */
export function closestName(name: string, declared: readonly string[]): string | undefined {
  return nearest(name, declared, { limit: 2, normalize: (candidate) => candidate.toLowerCase() }) ?? undefined;
}

/** The plain `key: value` properties of an object literal, or null when it has spreads, computed keys or methods. */
function plainProperties(object: TSESTree.ObjectExpression): Map<string, TSESTree.Property> | null {
  const properties = new Map<string, TSESTree.Property>();
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || property.kind !== 'init' || property.method) return null;
    const key = keyName(property.key);
    if (key === null) return null;
    properties.set(key, property);
  }
  return properties;
}

function objectValue(property: TSESTree.Property | undefined): TSESTree.ObjectExpression | null {
  if (!property) return null;
  const value = unwrapExpression(property.value);
  return value.type === AST_NODE_TYPES.ObjectExpression ? value : null;
}

function indentOf(sourceCode: Readonly<TSESLint.SourceCode>, line: number): number {
  return /^\s*/u.exec(sourceCode.lines[line - 1] ?? '')?.[0].length ?? 0;
}

/**
 * `{ type: 'function', function: { name, description, parameters } }` written in place →
 * `{ name, description, input_schema: parameters }`, keeping the layout of the inner object.
 * Null when the tool has other parts or is not written in place.
 */
export function claudeToolText(sourceCode: Readonly<TSESLint.SourceCode>, tool: TSESTree.ObjectExpression): string | null {
  const outer = plainProperties(tool);
  if (!outer || outer.size !== 2 || !outer.has('type')) return null;
  const functionProperty = outer.get('function');
  const definition = objectValue(functionProperty);
  const inner = definition && plainProperties(definition);
  if (!functionProperty || !definition || !inner || !inner.has('name')) return null;
  if ([...inner.keys()].some((key) => !['name', 'description', 'parameters', 'strict'].includes(key))) return null;
  const start = definition.range[0];
  const edits: { range: readonly [number, number]; text: string }[] = [];
  const parameters = inner.get('parameters');
  if (parameters) {
    edits.push(
      parameters.shorthand
        ? { range: parameters.range, text: `input_schema: ${sourceCode.getText(parameters)}` }
        : { range: parameters.key.range, text: 'input_schema' },
    );
  } else {
    // A function without parameters takes no input: an empty object schema.
    const last = definition.properties[definition.properties.length - 1] as TSESTree.Property;
    edits.push({ range: [last.range[1], last.range[1]], text: ", input_schema: { type: 'object', properties: {} }" });
  }
  let text = sourceCode.getText(definition);
  for (const edit of edits.sort((a, b) => b.range[0] - a.range[0])) {
    text = text.slice(0, edit.range[0] - start) + edit.text + text.slice(edit.range[1] - start);
  }
  // The inner object sat one level deeper than the tool: move its lines back.
  const depth = indentOf(sourceCode, functionProperty.loc.start.line) - indentOf(sourceCode, tool.loc.start.line);
  if (depth <= 0 || functionProperty.loc.start.line === tool.loc.start.line) return text;
  const lines = text.split('\n');
  return lines.map((line, index) => (index === 0 ? line : line.replace(new RegExp(`^ {0,${depth}}`, 'u'), ''))).join('\n');
}

/** The `tool_choice` object a string means: `'auto'` → `{ type: 'auto' }`, ... Null when it means none. */
export function toolChoiceFromString(value: string, declared: readonly string[], quote: string): string | null {
  if (value === 'auto' || value === 'none' || value === 'any') return `{ type: ${quoted(value, quote)} }`;
  if (value === 'required') return `{ type: ${quoted('any', quote)} }`;
  if (declared.includes(value)) return `{ type: ${quoted('tool', quote)}, name: ${quoted(value, quote)} }`;
  return null;
}

/** `{ type: 'function', function: { name: X } }` (OpenAI) → `{ type: 'tool', name: X }`. */
export function toolChoiceFromFunction(sourceCode: Readonly<TSESLint.SourceCode>, choice: TSESTree.ObjectExpression): string | null {
  const outer = plainProperties(choice);
  const definition = objectValue(outer?.get('function'));
  const name = definition && plainProperties(definition)?.get('name');
  if (!outer || outer.size !== 2 || !outer.has('type') || !name) return null;
  const quote = quoteOf(sourceCode, outer.get('type')?.value);
  return `{ type: ${quoted('tool', quote)}, name: ${sourceCode.getText(name.value)} }`;
}

/** `{ type: 'auto' }`, keeping `disable_parallel_tool_use` when the forced choice had it. */
export function autoToolChoice(sourceCode: Readonly<TSESLint.SourceCode>, choice: TSESTree.ObjectExpression): string | null {
  const properties = plainProperties(choice);
  if (!properties) return null;
  const quote = quoteOf(sourceCode, properties.get('type')?.value);
  const parallel = properties.get('disable_parallel_tool_use');
  return `{ type: ${quoted('auto', quote)}${parallel ? `, ${sourceCode.getText(parallel)}` : ''} }`;
}

/** Add `type: 'object'` to a JSON Schema object literal, matching its layout. */
export function addObjectType(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fixer: TSESLint.RuleFixer,
  schema: TSESTree.ObjectExpression,
): TSESLint.RuleFix {
  const first = schema.properties[0];
  const open = sourceCode.getFirstToken(schema);
  if (!first) {
    // Keep comments written inside an empty schema.
    return open && sourceCode.getCommentsInside(schema).length > 0
      ? fixer.insertTextAfter(open, " type: 'object',")
      : fixer.replaceText(schema, "{ type: 'object' }");
  }
  if (open && open.loc.end.line < first.loc.start.line) {
    return fixer.insertTextBefore(first, `type: 'object',\n${' '.repeat(first.loc.start.column)}`);
  }
  return fixer.insertTextBefore(first, "type: 'object', ");
}
