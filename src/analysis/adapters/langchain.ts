/**
 * LangChain's `@langchain/anthropic`: `new ChatAnthropic({ model, temperature, topP, topK,
 * maxTokens, stopSequences, thinking, outputConfig, invocationKwargs, ... })` and
 * `new ChatAnthropic(model, fields)` (and `ChatAnthropicMessages`, the same class). The
 * construction holds the request's settings; every `invoke` / `stream` sends them.
 *
 * The record holds them under the API's names on the user's nodes (`maxTokens` is
 * `max_tokens`; `thinking` and `outputConfig` already take the API's shape inside), with
 * `invocationKwargs` merged as LangChain merges it. LangChain throws at invoke time on some
 * combinations before sending anything: `transport.clientRefusals` lists them.
 *
 * Without `model`, LangChain sends its default, `claude-sonnet-4-5-20250929` (retired
 * 2026-11-30): when the fields provably set none, the record names that default as a
 * `clientDefault` candidate on the class name (nothing there to rewrite).
 * `initChatModel(model, fields)` from `langchain` is the same construction when the provider is
 * provably Anthropic (`modelProvider: 'anthropic'`, `anthropic:<id>`, or a `claude…` model) and
 * the model is not left configurable at call time.
 * `@langchain/aws` (`ChatBedrockConverse`) and other chat models are not Anthropic clients.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  LANGCHAIN_ADAPTIVE_ONLY_PREFIXES,
  LANGCHAIN_AFTER_KWARGS,
  LANGCHAIN_API_VERSION_REASON,
  LANGCHAIN_CLASS,
  LANGCHAIN_DEFAULT_MODEL,
  LANGCHAIN_FABLE_PREFIX,
  LANGCHAIN_CREATE_AGENT,
  LANGCHAIN_FIELDS,
  LANGCHAIN_INIT,
  LANGCHAIN_PACKAGE,
  LANGCHAIN_REFUSALS,
  LANGCHAIN_THINKING_REFUSAL,
} from '../../facts/frameworks.js';
import { SDK_DEFAULT_BASE_URL } from '../../facts/sdk-surface.js';
import { resolveImported } from '../imports.js';
import { isDefaultBaseUrl, replacesFetch } from '../transport.js';
import { NONE, UNKNOWN, modelCandidates, type ClaudeRequest, type ClientRefusal, type ModelCandidate, type Setting } from '../request.js';
import {
  asArray,
  asObject,
  knownString,
  possibleValues,
  prop,
  type Resolved,
  type ResolvedObject,
  type ResolvedProperty,
  unwrapExpression,
} from '../values.js';
import { type AdapterContext, type ClientAdapter, type FileScan } from './adapter.js';

const CLASSES: ReadonlySet<string> = new Set([LANGCHAIN_CLASS, 'ChatAnthropicMessages']);
const isLangChainModule = (module: string): boolean => module === LANGCHAIN_PACKAGE;

/** Keys `invocationKwargs` can replace: those LangChain writes before spreading it. */
const BEFORE_KWARGS: ReadonlySet<string> = new Set(['model', 'stop_sequences', 'max_tokens', 'thinking', 'context_management']);

const unknownValue = (property: ResolvedProperty): ResolvedProperty => ({
  ...property,
  value: { kind: 'unknown', node: property.value.node },
});

/** Every value it can have is a string (a model ID written as the first argument). */
function isStringValue(resolved: Resolved): boolean {
  const { values, complete } = possibleValues(resolved);
  return complete && values.length > 0 && values.every(({ value }) => typeof value === 'string');
}

const FIELD_SPELLING = new Map(Object.entries(LANGCHAIN_FIELDS).map(([field, api]) => [api, field]));

/** How LangChain spells an API parameter path: `max_tokens` → `maxTokens`, `output_config.effort` → `outputConfig.effort`. */
export function langChainSpelling(apiPath: string): string | null {
  const [head = '', ...rest] = apiPath.split('.');
  const field = FIELD_SPELLING.get(head);
  if (field === undefined) return `invocationKwargs.${apiPath}`;
  return [field, ...rest].join('.');
}

interface Fields {
  /** The fields object, or null when `new ChatAnthropic()` has none. */
  readonly fields: ResolvedObject | null;
  /** The model written as the first argument (`new ChatAnthropic('claude-…', fields)`). */
  readonly modelArgument: Resolved | null;
}

function fieldsOf(construction: TSESTree.NewExpression, context: AdapterContext): Fields | null {
  const [first, second] = construction.arguments;
  if (!first) return { fields: null, modelArgument: null };
  if (first.type === AST_NODE_TYPES.SpreadElement) return null;
  const resolved = context.values.resolve(first);
  if (isStringValue(resolved)) {
    if (!second) return { fields: null, modelArgument: resolved };
    if (second.type === AST_NODE_TYPES.SpreadElement) return null;
    const fields = asObject(context.values.resolve(second));
    return fields ? { fields, modelArgument: resolved } : null;
  }
  const fields = asObject(resolved);
  return fields ? { fields, modelArgument: null } : null;
}

const isInitModule = (module: string): boolean => (LANGCHAIN_INIT.modules as readonly string[]).includes(module);

/** The model `initChatModel` hands the class for this string, or null when another provider's (or none is inferred). */
function anthropicModel(model: string, providerGiven: boolean): string | null {
  if (providerGiven) return model;
  const colon = model.indexOf(':');
  if (colon >= 0) {
    const prefix = model.slice(0, colon);
    if ((LANGCHAIN_INIT.providers as readonly string[]).includes(prefix)) {
      // `model.split(':', 2)`: the part after the provider, up to any further colon.
      return prefix === LANGCHAIN_INIT.provider ? (model.slice(colon + 1).split(':')[0] ?? '') : null;
    }
  }
  return model.startsWith(LANGCHAIN_INIT.inferredPrefix) ? model : null;
}

/**
 * The models `initChatModel` builds for a model string that is each of these known values, on
 * the user's nodes; null when one is not known or is not Anthropic's.
 */
function anthropicModels(resolved: Resolved, providerGiven: boolean): Resolved | null {
  const { values, complete } = possibleValues(resolved);
  if (!complete || values.length === 0) return null;
  const options: Resolved[] = [];
  for (const { value, node, origin } of values) {
    const id = typeof value === 'string' ? anthropicModel(value, providerGiven) : null;
    if (id === null) return null;
    options.push({ kind: 'literal', node, value: id, ...(origin ? { origin } : {}) });
  }
  return options.length === 1 && options[0] ? options[0] : { kind: 'choice', node: resolved.node, options };
}

/** True when `configurableFields` is a known list without `model`: the model cannot change at call time. */
function modelFixed(value: Resolved): boolean {
  const list = asArray(value);
  if (!list) return false;
  return list.elements.every((element) => {
    const name = knownString(element);
    return name !== undefined && name !== 'model';
  });
}

/**
 * `initChatModel('claude-…', fields)`: what `new ChatAnthropic({ model, ...fields })` gets, or
 * null when the provider is not proven Anthropic, the model is not known, or a call may pick
 * another (`configurableFields` with `model`, or fields the code may add to unseen).
 */
function initChatModelFields(call: TSESTree.CallExpression, context: AdapterContext): Fields | null {
  const [first, second] = call.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement || second?.type === AST_NODE_TYPES.SpreadElement) return null;
  if (call.arguments.length > 2) return null;
  const fields = second ? asObject(context.values.resolve(second)) : null;
  if (second && (!fields || !fields.complete)) return null;
  const provider = fields?.properties.get('modelProvider');
  if (provider && knownString(provider.value) !== LANGCHAIN_INIT.provider) return null;
  const configurable = fields?.properties.get('configurableFields');
  if (configurable && !modelFixed(configurable.value)) return null;
  const modelArgument = anthropicModels(context.values.resolve(first), provider !== undefined);
  if (!modelArgument) return null;
  if (!fields) return { fields: null, modelArgument };
  const own: readonly string[] = LANGCHAIN_INIT.ownFields;
  const kept = new Map([...fields.properties].filter(([key]) => !own.includes(key)));
  return { fields: { ...fields, properties: kept }, modelArgument };
}

/** A call of LangChain's own middleware that passes the model on unchanged (`anthropicPromptCachingMiddleware()`). */
function keepsModel(item: Resolved, context: AdapterContext): boolean {
  const node = unwrapExpression(item.node);
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const imported = resolveImported(context.sourceCode, node.callee, (module) => module === LANGCHAIN_CREATE_AGENT.module);
  const name = imported?.path.length === 1 ? imported.path[0] : undefined;
  return name !== undefined && LANGCHAIN_CREATE_AGENT.keepsModel.has(name);
}

/**
 * `createAgent({ model: 'claude-…' })`: the model `initChatModel` builds from the string, with no
 * fields; null when the model is not a known string of Anthropic's, or middleware may swap it.
 */
function createAgentFields(call: TSESTree.CallExpression, context: AdapterContext): Fields | null {
  const [first] = call.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  const options = asObject(context.values.resolve(first));
  if (!options?.complete) return null;
  const middleware = options.properties.get(LANGCHAIN_CREATE_AGENT.swapsModel);
  if (middleware && !asArray(middleware.value)?.elements.every((item) => keepsModel(item, context))) return null;
  const model = options.properties.get('model');
  const modelArgument = model ? anthropicModels(model.value, false) : null;
  return modelArgument ? { fields: null, modelArgument } : null;
}

function baseUrlOf(sourceCode: Readonly<TSESLint.SourceCode>, fields: ResolvedObject | null): Setting<string> {
  if (!fields) return NONE;
  const direct = fields.properties.get('anthropicApiUrl');
  const clientOptions = fields.properties.get('clientOptions');
  const nested = asObject(clientOptions?.value);
  // A client of the code's own (`createClient`), or a `fetch` that may not reach the API.
  if (fields.properties.has('createClient') || (nested && replacesFetch(sourceCode, nested))) return UNKNOWN;
  const property = direct ?? nested?.properties.get('baseURL');
  const value = property && knownString(property.value);
  // The API's own address, written out (LangChain hands it to the SDK's client), points nowhere else.
  if (property && !isDefaultBaseUrl(value, SDK_DEFAULT_BASE_URL)) return { state: 'set', value, node: property.node };
  if (clientOptions && !nested?.complete) return UNKNOWN;
  return fields.complete ? NONE : UNKNOWN;
}

/** The request a construction (or an `initChatModel` call, `label`) sends with its fields. */
function requestOf(
  construction: TSESTree.NewExpression | TSESTree.CallExpression,
  found: Fields,
  label: string,
  context: AdapterContext,
): ClaudeRequest {
  const { fields, modelArgument } = found;
  const properties = new Map<string, ResolvedProperty>();
  let complete = fields?.complete ?? true;

  // `invocationKwargs` is spread into the request after the fields written before it.
  const kwargsProperty = fields?.properties.get('invocationKwargs');
  const kwargs = asObject(kwargsProperty?.value);
  if (kwargsProperty && !kwargs?.complete) complete = false;
  const kwargsMayReplace = (key: string): boolean =>
    kwargsProperty !== undefined && (kwargs === undefined || !kwargs.complete) && BEFORE_KWARGS.has(key);

  for (const [field, apiKey] of Object.entries(LANGCHAIN_FIELDS)) {
    const property = fields?.properties.get(field);
    if (property) properties.set(apiKey, kwargsMayReplace(apiKey) ? unknownValue(property) : property);
  }
  for (const [key, property] of kwargs?.properties ?? []) {
    if (key === 'model' || LANGCHAIN_AFTER_KWARGS.has(key)) continue;
    // LangChain's own sampling fields win when set.
    if ((key === 'temperature' || key === 'top_p' || key === 'top_k') && properties.has(key)) continue;
    properties.set(key, property);
  }

  // The model: `invocationKwargs.model`, else `model`, else `modelName`, else the first argument.
  const modelValue: Resolved | undefined =
    prop(kwargs, 'model') ??
    (kwargsMayReplace('model')
      ? undefined
      : (prop(fields ?? undefined, 'model') ?? prop(fields ?? undefined, 'modelName') ?? modelArgument ?? undefined));
  const written = modelCandidates(modelValue, context.resolveModel);
  // Provably no model set anywhere: LangChain sends its default.
  const sendsDefault = modelValue === undefined && complete && !kwargsProperty;
  const models: readonly ModelCandidate[] = sendsDefault
    ? [
        {
          id: LANGCHAIN_DEFAULT_MODEL,
          node: construction.callee,
          match: context.resolveModel(LANGCHAIN_DEFAULT_MODEL),
          clientDefault: true,
        },
      ]
    : written.models;
  const modelsComplete = sendsDefault || (modelValue !== undefined && written.complete);

  const thinkingType = knownString(prop(asObject(properties.get('thinking')?.value), 'type'));
  const thinkingOn = thinkingType === 'enabled' || thinkingType === 'adaptive';
  const refusals: ClientRefusal[] = [...LANGCHAIN_REFUSALS];
  if (thinkingOn && !models.some((model) => model.id.startsWith(LANGCHAIN_FABLE_PREFIX))) refusals.push(LANGCHAIN_THINKING_REFUSAL);
  // Sampling LangChain never sends: on adaptive-only models and with thinking on (when it does
  // not throw first, the value is the default and is left out).
  const adaptiveOnly =
    modelsComplete &&
    models.length > 0 &&
    models.every((model) => LANGCHAIN_ADAPTIVE_ONLY_PREFIXES.some((prefix) => model.id.startsWith(prefix)));
  if (adaptiveOnly || thinkingOn) {
    for (const key of ['temperature', 'top_p'] as const) {
      const property = properties.get(key);
      const { values, complete: known } = possibleValues(property?.value);
      if (property && known && values.every(({ value }) => value === 1 || value === undefined)) properties.delete(key);
    }
  }

  return {
    call: construction,
    endpoint: {
      kind: 'messages',
      batch: false,
      beta: false,
      label,
      method: LANGCHAIN_CLASS,
      node: construction.callee,
      toBeta: null,
    },
    transport: {
      service: 'anthropic',
      platform: 'anthropic',
      library: LANGCHAIN_PACKAGE,
      apiVersion: { version: '2023-06-01', reason: LANGCHAIN_API_VERSION_REASON },
      baseURL: baseUrlOf(context.sourceCode, fields),
      timeout: UNKNOWN,
      // LangChain adds beta headers of its own (tools, compaction, task budgets) and takes `betas`.
      betaHeaders: UNKNOWN,
      clientInView: true,
      takesRequestOptions: false,
      streamingGuard: null,
      rejectedSampling: 'sent',
      clientRefusals: refusals,
      // LangChain bundles its own @anthropic-ai/sdk 0.122: its errors are not the app's SDK classes.
      throwsSdkErrors: false,
    },
    // Without a fields object nothing is set: the construction stands in for the object (no key is in it).
    params: { kind: 'object', node: fields?.node ?? (construction as unknown as TSESTree.ObjectExpression), properties, complete },
    literalBody: false,
    requestOptions: null,
    clientDefaults: CLIENT_DEFAULTS,
    spell: langChainSpelling,
    models,
    modelsComplete,
  };
}

const CLIENT_DEFAULTS: ReadonlySet<string> = new Set(['max_tokens']);

const CALL_NAMES: ReadonlySet<string> = new Set([LANGCHAIN_INIT.name, LANGCHAIN_CREATE_AGENT.name]);

function find(scan: FileScan, context: AdapterContext): { requests: ClaudeRequest[] } {
  const { sourceCode } = context;
  const requests: ClaudeRequest[] = [];
  for (const construction of scan.constructions) {
    if (!isChatAnthropic(sourceCode, construction.callee) && !typedChatAnthropic(context, construction.callee)) continue;
    const found = fieldsOf(construction, context);
    if (found) requests.push(requestOf(construction, found, `new ${LANGCHAIN_CLASS}`, context));
  }
  // The calls the scan collected by name (an import may rename them): what each one imports decides.
  for (const call of scan.calls) {
    const init = resolveImported(sourceCode, call.callee, isInitModule);
    if (init?.path.length === 1 && init.path[0] === LANGCHAIN_INIT.name) {
      const found = initChatModelFields(call, context);
      if (found) requests.push(requestOf(call, found, LANGCHAIN_INIT.name, context));
      continue;
    }
    const agent = resolveImported(sourceCode, call.callee, (module) => module === LANGCHAIN_CREATE_AGENT.module);
    if (agent?.path.length === 1 && agent.path[0] === LANGCHAIN_CREATE_AGENT.name) {
      const found = createAgentFields(call, context);
      if (found) requests.push(requestOf(call, found, LANGCHAIN_CREATE_AGENT.name, context));
    }
  }
  return { requests };
}

/** `new ChatAnthropic(fields)`: the class only reads its fields (the finder treats them as unchanged). */
export function isChatAnthropic(sourceCode: Readonly<TSESLint.SourceCode>, callee: TSESTree.Node): boolean {
  const imported = resolveImported(sourceCode, callee, isLangChainModule);
  const name = imported?.path.length === 1 ? imported.path[0] : undefined;
  return name !== undefined && CLASSES.has(name);
}

/**
 * Type-aware mode: a class the file imports from elsewhere (an app module re-exporting it, under
 * its name or another) that the checker resolves to `@langchain/anthropic`'s own class.
 */
function typedChatAnthropic(context: AdapterContext, callee: TSESTree.Node): boolean {
  return (
    callee.type === AST_NODE_TYPES.Identifier && context.typed !== null && context.typed.constructsClass(callee, LANGCHAIN_PACKAGE, CLASSES)
  );
}

export const langChain: ClientAdapter = {
  name: 'langchain',
  // With types, a file may construct the class through the app's own re-export.
  mayApply: (text, typed) =>
    text.includes(LANGCHAIN_PACKAGE) ||
    text.includes(LANGCHAIN_INIT.name) ||
    text.includes(LANGCHAIN_CREATE_AGENT.name) ||
    (typed && text.includes(LANGCHAIN_CLASS)),
  callNames: CALL_NAMES,
  readsConstructions: true,
  find,
};
