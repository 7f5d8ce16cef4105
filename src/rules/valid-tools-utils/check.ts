/**
 * Decide what the API rejects in a request's `tools` and `tool_choice`. Pure: a function of the
 * request record and the model rows; the rule turns each finding into one report.
 */
import type { ClaudeRequest } from '../../analysis/requests.js';
import {
  asArray,
  asObject,
  knownString,
  possibleValues,
  type Resolved,
  type ResolvedObject,
  type ResolvedProperty,
} from '../../analysis/values.js';
import { FORCED_TOOL_CHOICE_TYPES, TOOL_CHOICE_TYPES, TOOL_NAME_PATTERN, anthropicTool, type ToolChoiceType } from '../../facts/tools.js';
import type { ModelRow } from '../../facts/types.js';

/** Keys people write for a custom tool's schema instead of `input_schema` (OpenAI, MCP). */
export const SCHEMA_KEY_MISTAKES = ['parameters', 'inputSchema'] as const;

export type ToolFinding =
  | { readonly kind: 'missingName' | 'missingInputSchema'; readonly tool: ResolvedObject; readonly schemaKey?: ResolvedProperty }
  | { readonly kind: 'invalidName'; readonly property: ResolvedProperty; readonly name: string }
  | { readonly kind: 'duplicateName'; readonly property: ResolvedProperty; readonly name: string }
  | { readonly kind: 'inputSchemaType'; readonly property: ResolvedProperty; readonly value: string }
  | { readonly kind: 'inputSchemaMissingType'; readonly property: ResolvedProperty; readonly schema: ResolvedObject }
  | { readonly kind: 'openAiTool'; readonly tool: ResolvedObject; readonly property: ResolvedProperty }
  | {
      readonly kind: 'serverToolName';
      readonly property: ResolvedProperty;
      readonly type: string;
      readonly name: string;
      readonly expected: string;
    }
  | { readonly kind: 'toolChoiceString'; readonly property: ResolvedProperty; readonly value: string; readonly declared: DeclaredTools }
  | { readonly kind: 'toolChoiceType'; readonly property: ResolvedProperty; readonly value: string; readonly choice: ResolvedObject }
  | { readonly kind: 'undeclaredTool'; readonly property: ResolvedProperty; readonly name: string; readonly declared: DeclaredTools }
  | { readonly kind: 'forcedNotSupported'; readonly property: ResolvedProperty; readonly choice: string; readonly row: ModelRow };

type Tool =
  | { readonly kind: 'custom'; readonly object: ResolvedObject }
  | { readonly kind: 'openai'; readonly object: ResolvedObject; readonly typeProperty: ResolvedProperty }
  | { readonly kind: 'anthropic'; readonly object: ResolvedObject; readonly type: string }
  | { readonly kind: 'unknown' };

/** What an element of `tools` is; `unknown` unless the code shows it. */
function classify(element: Resolved): Tool {
  const object = asObject(element);
  if (!object) return { kind: 'unknown' };
  const typeProperty = object.properties.get('type');
  // `type?: 'custom' | null`: absent, null and undefined all mean a custom tool.
  if (!typeProperty) return { kind: 'custom', object };
  const { values, complete } = possibleValues(typeProperty.value);
  if (!complete || values.length !== 1) return { kind: 'unknown' };
  const type = values[0]?.value;
  if (type === null || type === undefined || type === 'custom') return { kind: 'custom', object };
  if (type === 'function') return { kind: 'openai', object, typeProperty };
  return typeof type === 'string' ? { kind: 'anthropic', object, type } : { kind: 'unknown' };
}

export interface DeclaredTools {
  /** Every name a declared tool can have. */
  readonly names: readonly string[];
  /** False when a tool's name is not statically known, or tools come from elsewhere (MCP servers). */
  readonly complete: boolean;
}

/** The tool names a request declares. */
export function declaredTools(request: ClaudeRequest): DeclaredTools {
  const { params: payload } = request;
  const names: string[] = [];
  // The MCP connector (beta `mcp_servers`) adds the servers' tools; an unknown spread may add it.
  let complete = payload.complete && !payload.properties.has('mcp_servers');
  const toolsProperty = payload.properties.get('tools');
  if (!toolsProperty) return { names, complete };
  const list = asArray(toolsProperty.value);
  if (!list) {
    const { values, complete: known } = possibleValues(toolsProperty.value);
    // `tools: undefined` declares nothing; anything else not written as an array is not known.
    return { names, complete: complete && known && values.every((v) => v.value === undefined || v.value === null) };
  }
  for (const element of list.elements) {
    const tool = classify(element);
    if (tool.kind === 'unknown' || tool.kind === 'openai') {
      complete = false;
      continue;
    }
    const nameProperty = tool.object.properties.get('name');
    const fixed = tool.kind === 'anthropic' ? anthropicTool(tool.type) : undefined;
    if (!nameProperty) {
      if (fixed?.name) names.push(fixed.name);
      // A toolset, an MCP toolset or a type we do not know declares names we cannot see.
      else if (tool.kind === 'anthropic' || !tool.object.complete) complete = false;
      continue;
    }
    const { values, complete: known } = possibleValues(nameProperty.value);
    if (!known) complete = false;
    for (const { value } of values) if (typeof value === 'string') names.push(value);
  }
  return { names: [...new Set(names)], complete };
}

function checkCustomTool(object: ResolvedObject, findings: ToolFinding[]): void {
  const nameProperty = object.properties.get('name');
  if (nameProperty) {
    for (const { value } of possibleValues(nameProperty.value).values) {
      if (typeof value === 'string' && !TOOL_NAME_PATTERN.test(value)) {
        findings.push({ kind: 'invalidName', property: nameProperty, name: value });
      }
    }
  } else if (object.complete) {
    findings.push({ kind: 'missingName', tool: object });
  }
  const schemaProperty = object.properties.get('input_schema');
  if (!schemaProperty) {
    if (object.complete) {
      const schemaKey = SCHEMA_KEY_MISTAKES.map((key) => object.properties.get(key)).find((p) => p !== undefined);
      findings.push({ kind: 'missingInputSchema', tool: object, schemaKey });
    }
    return;
  }
  const schema = asObject(schemaProperty.value);
  if (!schema) return;
  const typeProperty = schema.properties.get('type');
  if (!typeProperty) {
    if (schema.complete) findings.push({ kind: 'inputSchemaMissingType', property: schemaProperty, schema });
    return;
  }
  const type = knownString(typeProperty.value);
  if (type !== undefined && type !== 'object') findings.push({ kind: 'inputSchemaType', property: typeProperty, value: type });
}

/** Findings about each tool of `tools`, and names used twice. */
export function checkToolList(request: ClaudeRequest): ToolFinding[] {
  const findings: ToolFinding[] = [];
  const list = asArray(request.params.properties.get('tools')?.value);
  if (!list) return findings;
  const seen = new Set<string>();
  for (const element of list.elements) {
    const tool = classify(element);
    if (tool.kind === 'unknown') continue;
    if (tool.kind === 'custom') checkCustomTool(tool.object, findings);
    else if (tool.kind === 'openai') findings.push({ kind: 'openAiTool', tool: tool.object, property: tool.typeProperty });
    const nameProperty = tool.object.properties.get('name');
    const name = knownString(nameProperty?.value);
    if (nameProperty === undefined || name === undefined) continue;
    if (tool.kind === 'anthropic') {
      const expected = anthropicTool(tool.type)?.name;
      if (expected && name !== expected) {
        findings.push({ kind: 'serverToolName', property: nameProperty, type: tool.type, name, expected });
      }
    }
    if (seen.has(name)) findings.push({ kind: 'duplicateName', property: nameProperty, name });
    seen.add(name);
  }
  return findings;
}

/** Findings about `tool_choice`: its shape, the tool it names, and forced use on models that reject it. */
export function checkToolChoice(request: ClaudeRequest, rows: readonly ModelRow[]): ToolFinding[] {
  const property = request.params.properties.get('tool_choice');
  if (!property) return [];
  const text = possibleValues(property.value).values.find(({ value }) => typeof value === 'string');
  if (text) return [{ kind: 'toolChoiceString', property, value: String(text.value), declared: declaredTools(request) }];
  const choice = asObject(property.value);
  const typeProperty = choice?.properties.get('type');
  const type = knownString(typeProperty?.value);
  if (!choice || !typeProperty || type === undefined) return [];
  if (!(TOOL_CHOICE_TYPES as readonly string[]).includes(type)) {
    return [{ kind: 'toolChoiceType', property: typeProperty, value: type, choice }];
  }
  const findings: ToolFinding[] = [];
  const nameProperty = choice.properties.get('name');
  const name = knownString(nameProperty?.value);
  if (type === 'tool' && nameProperty && name !== undefined) {
    const declared = declaredTools(request);
    if (declared.complete && !declared.names.includes(name)) {
      findings.push({ kind: 'undeclaredTool', property: nameProperty, name, declared });
    }
  }
  if (FORCED_TOOL_CHOICE_TYPES.includes(type as ToolChoiceType)) {
    for (const row of rows) {
      if (row.forcedToolChoice === false) findings.push({ kind: 'forcedNotSupported', property, choice: type, row });
    }
  }
  return findings;
}

/** Every finding of a request, in source order of the checks: tools first, then `tool_choice`. */
export function checkTools(request: ClaudeRequest, rows: readonly ModelRow[]): ToolFinding[] {
  return [...checkToolList(request), ...checkToolChoice(request, rows)];
}
