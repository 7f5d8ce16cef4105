/**
 * The Vercel AI SDK: `generateText`, `streamText`, `generateObject`, `streamObject` and
 * `new ToolLoopAgent(...)` from `ai`, with a model made by a Claude provider:
 * `anthropic(id)`, `createAnthropic(options)(id)`, `<provider>.languageModel|chat|messages(id)`,
 * directly or through a `const` (and the Bedrock and Vertex Anthropic providers).
 *
 * The record holds what the provider sends, under the API's names, on the user's own nodes:
 * `maxOutputTokens` is `max_tokens`, `providerOptions.anthropic.thinking.budgetTokens` is
 * `thinking.budget_tokens`, `providerOptions.anthropic.effort` is `output_config.effort`. Where
 * the provider rewrites a value before sending (its model catalog, facts/frameworks.ts), the
 * value is "not known" so rules stay silent: budget thinking it sends as adaptive, `max_tokens`
 * it caps, `topP` it drops beside `temperature`, a `temperature` it clamps.
 *
 * A plain string model (`'anthropic/claude-sonnet-4.6'`, the AI Gateway), OpenRouter, `openai(...)`
 * and any model not made by a Claude provider in this file are not Claude requests.
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  AI_SDK_AGENTS,
  AI_SDK_ANTHROPIC_BASE_URL,
  AI_SDK_CALLS,
  AI_SDK_MODEL_METHODS,
  AI_SDK_PACKAGE,
  AI_SDK_PROVIDERS,
  AI_SDK_SETTINGS,
  AI_SDK_THINKING_KEYS,
  AI_SDK_WRAP,
  aiSdkModelProfile,
  type AiSdkModelProfile,
  type AiSdkProvider,
} from '../../facts/frameworks.js';
import { looksLikeClaudeModelId } from '../../facts/lookup.js';
import { isDefaultBaseUrl, replacesFetch } from '../transport.js';
import { isMockedModule, keyName, memberName, requiredModule, resolveImported } from '../imports.js';
import { NONE, UNKNOWN, modelCandidates, type ClaudeRequest, type ModelCandidate, type Setting, type Transport } from '../request.js';
import {
  asArray,
  asObject,
  constantInitializer,
  knownNumber,
  knownString,
  possibleValues,
  prop,
  sendsValue,
  unwrapExpression,
  type Resolved,
  type ResolvedObject,
  type ResolvedProperty,
} from '../values.js';
import type { AdapterContext, ClientAdapter, FileScan } from './adapter.js';

const MAX_DEPTH = 6;
const THINKING_ON = new Set(['enabled', 'adaptive', 'between_tools']);

const PROVIDER_MODULES = new Map(AI_SDK_PROVIDERS.map((provider) => [provider.module, provider]));
const isProviderModule = (module: string): boolean => PROVIDER_MODULES.has(module);
const isAiModule = (module: string): boolean => module === AI_SDK_PACKAGE;
const AI_IMPORT = new RegExp(String.raw`['"]${AI_SDK_PACKAGE}['"]`, 'u');

/** A Claude provider the code uses: the ready-made export, or a factory call with its options. */
interface ProviderUse {
  readonly provider: AiSdkProvider;
  /** `createAnthropic(options)`; null for the ready-made `anthropic`. */
  readonly factoryCall: TSESTree.CallExpression | null;
  /** Type-aware mode: a model built in another module (its node here, its provider's `baseURL` there). */
  readonly typed?: { readonly node: TSESTree.Node; readonly baseURL: Setting<string> };
}

/** One branch of `model`: a model made by a Claude provider from an ID. */
interface ModelBranch {
  readonly use: ProviderUse;
  readonly id: Resolved;
}

/** The Claude provider an expression evaluates to, or null. */
function providerOf(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node, depth: number): ProviderUse | null {
  const node = unwrapExpression(expression);
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const imported = resolveImported(sourceCode, node.callee, isProviderModule);
    const provider = imported && PROVIDER_MODULES.get(imported.module);
    return provider && imported.path.length === 1 && imported.path[0] === provider.factory ? { provider, factoryCall: node } : null;
  }
  if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) return null;
  const imported = resolveImported(sourceCode, node, isProviderModule);
  if (imported) {
    const provider = PROVIDER_MODULES.get(imported.module);
    return provider && imported.path.length === 1 && imported.path[0] === provider.instance ? { provider, factoryCall: null } : null;
  }
  if (node.type === AST_NODE_TYPES.Identifier && depth < MAX_DEPTH) {
    const init = constantInitializer(ASTUtils.findVariable(sourceCode.getScope(node), node));
    if (init) return providerOf(sourceCode, init, depth + 1);
  }
  return null;
}

/** What `modelBranches` found, and every provider call it passed through (`reached`, shared by the file's requests). */
interface ModelSearch {
  readonly branches: ModelBranch[];
  other: boolean;
  wrapped: boolean;
  readonly reached: Set<TSESTree.Node>;
}

/**
 * The branches of a `model` expression made by a Claude provider; `other` is set when some
 * branch is anything else (a gateway string, another provider, a value not known here).
 */
function modelBranches(context: AdapterContext, expression: TSESTree.Node, depth: number, out: ModelSearch): void {
  const { sourceCode, values } = context;
  const node = unwrapExpression(expression);
  if (depth > MAX_DEPTH) {
    out.other = true;
    return;
  }
  if (node.type === AST_NODE_TYPES.ConditionalExpression) {
    modelBranches(context, node.consequent, depth + 1, out);
    modelBranches(context, node.alternate, depth + 1, out);
    return;
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    const init = constantInitializer(ASTUtils.findVariable(sourceCode.getScope(node), node));
    if (init) modelBranches(context, init, depth + 1, out);
    else if (!typedBranch(context, node, out)) out.other = true;
    return;
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && typedBranch(context, node, out)) return;
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const wrapped = wrappedModel(context, node);
    if (wrapped !== undefined) {
      if (wrapped === null) out.other = true;
      else {
        out.wrapped = true;
        modelBranches(context, wrapped, depth + 1, out);
      }
      return;
    }
    const callee = unwrapExpression(node.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : null;
    const use =
      callee.type === AST_NODE_TYPES.MemberExpression && method !== null && AI_SDK_MODEL_METHODS.has(method)
        ? providerOf(sourceCode, callee.object, 0)
        : providerOf(sourceCode, callee, 0);
    const first = node.arguments[0];
    if (use && first && first.type !== AST_NODE_TYPES.SpreadElement) {
      out.branches.push({ use, id: values.resolve(first) });
      out.reached.add(node);
      return;
    }
  }
  out.other = true;
}

/** Type-aware mode: a model the file cannot read that the checker proves is a Claude provider's (typed/ai-sdk-model.ts). */
function typedBranch(context: AdapterContext, node: TSESTree.Node, out: { branches: ModelBranch[] }): boolean {
  const model = context.typed?.aiSdk.model(node);
  if (!model) return false;
  out.branches.push({ use: { provider: model.provider, factoryCall: null, typed: { node, baseURL: model.baseURL } }, id: model.id });
  return true;
}

/**
 * `wrapLanguageModel({ model, middleware })`: the wrapped model's expression, when every
 * middleware is a built-in that calls no other model; null when one may; undefined for any other call.
 */
function wrappedModel(context: AdapterContext, call: TSESTree.CallExpression): TSESTree.Node | null | undefined {
  const { sourceCode, values } = context;
  if (aiExport(sourceCode, call.callee, WRAP_NAMES) === null) return undefined;
  const first = call.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  const options = asObject(values.resolve(first));
  if (!options?.complete) return null;
  const middleware = options.properties.get('middleware')?.value;
  const list = middleware === undefined ? [] : middleware.kind === 'array' ? asArray(middleware)?.elements : [middleware];
  const builtIn = (item: Resolved): boolean => {
    const node = unwrapExpression(item.node);
    return node.type === AST_NODE_TYPES.CallExpression && aiExport(sourceCode, node.callee, AI_SDK_WRAP.builtInMiddleware) !== null;
  };
  if (!list?.every(builtIn)) return null;
  return options.properties.get('model')?.node.value ?? null;
}

const WRAP_NAMES: ReadonlySet<string> = new Set([AI_SDK_WRAP.name]);

/** The `model` property's expression, when nothing later in the options may replace it. */
function modelExpression(options: ResolvedObject, argument: TSESTree.Node): TSESTree.Expression | null {
  const property = options.properties.get('model');
  if (!property || property.node.kind !== 'init' || property.node.method) return null;
  if (!options.complete) {
    // A later spread of unknown content may set another model: only a property written in the
    // call's own object after every spread counts.
    const object = unwrapExpression(argument);
    if (object !== property.node.parent) return null;
    const index = object.properties.indexOf(property.node);
    if (object.properties.slice(index).some((p) => p.type === AST_NODE_TYPES.SpreadElement)) return null;
  }
  return property.node.value as TSESTree.Expression;
}

// ------------------------------------------------------------------ the parameters

const unknownValue = (property: ResolvedProperty): ResolvedProperty => ({
  ...property,
  value: { kind: 'unknown', node: property.value.node },
});

/** A virtual object under API names, built from the user's properties (their nodes kept). */
function renamed(object: ResolvedObject, names: Readonly<Record<string, string>>): ResolvedObject {
  const properties = new Map<string, ResolvedProperty>();
  for (const [userKey, property] of object.properties) {
    const apiKey = names[userKey];
    if (apiKey !== undefined) properties.set(apiKey, property);
  }
  return { kind: 'object', node: object.node, properties, complete: object.complete };
}

/**
 * `providerOptions.anthropic` merged with the provider's own key (`bedrock`, `vertex`); null
 * when absent, `undefined` when present but not statically known.
 */
function anthropicOptions(options: ResolvedObject, provider: AiSdkProvider): ResolvedObject | null | undefined {
  const providerOptions = options.properties.get('providerOptions');
  if (!providerOptions) return options.complete ? null : undefined;
  const object = asObject(providerOptions.value);
  if (!object) return undefined;
  const parts: ResolvedObject[] = [];
  for (const key of ['anthropic', ...provider.optionKeys]) {
    const part = object.properties.get(key);
    if (!part) continue;
    const value = asObject(part.value);
    if (!value) return undefined;
    parts.push(value);
  }
  const [first] = parts;
  if (!first) return object.complete ? null : undefined;
  const properties = new Map<string, ResolvedProperty>();
  for (const part of parts) for (const [key, property] of part.properties) properties.set(key, property);
  return { kind: 'object', node: first.node, properties, complete: object.complete && parts.every((part) => part.complete) };
}

interface Params {
  readonly params: ResolvedObject;
  /** The thinking type the code asks for, before the provider rewrites it. */
  readonly thinkingType: string | undefined;
}

/**
 * The request's parameters under the API's names, as the provider sends them for these models
 * (`profiles` null: the model is not known, so neither is what the catalog does).
 */
function paramsOf(
  options: ResolvedObject,
  provider: AiSdkProvider,
  models: readonly ModelCandidate[],
  profiles: readonly AiSdkModelProfile[] | null,
): Params {
  const properties = new Map<string, ResolvedProperty>();
  for (const [userKey, apiKey] of Object.entries(AI_SDK_SETTINGS)) {
    const property = options.properties.get(userKey);
    if (property) properties.set(apiKey, property);
  }
  const providerSide = anthropicOptions(options, provider);
  let complete = options.complete && providerSide !== undefined && (providerSide === null || providerSide.complete);
  const thinking = providerSide?.properties.get('thinking');
  const thinkingObject = asObject(thinking?.value);
  const thinkingType = knownString(prop(thinkingObject, 'type'));
  if (thinking) {
    properties.set('thinking', thinkingObject ? { ...thinking, value: renamed(thinkingObject, AI_SDK_THINKING_KEYS) } : thinking);
  }
  const effort = providerSide?.properties.get('effort');
  if (effort && providerSide) {
    const outputConfig: ResolvedObject = {
      kind: 'object',
      node: providerSide.node,
      properties: new Map([['effort', effort]]),
      complete: true,
    };
    properties.set('output_config', { ...effort, value: outputConfig });
  }
  // The top-level `reasoning` setting maps to thinking and effort, per model.
  const reasoning = options.properties.get('reasoning');
  if (reasoning && possibleValues(reasoning.value).values.some(({ value }) => value !== undefined && value !== 'provider-default')) {
    if (!properties.has('thinking')) properties.set('thinking', unknownValue(reasoning));
    if (!properties.has('output_config')) properties.set('output_config', unknownValue(reasoning));
  } else if (reasoning && !possibleValues(reasoning.value).complete) {
    complete = false;
  }

  const some = (test: (profile: AiSdkModelProfile) => boolean): boolean => profiles === null || profiles.some(test);
  // Budget thinking sent as adaptive, disabled thinking dropped or sent as `between_tools`.
  const thinkingRewritten =
    (thinkingType === 'enabled' && some((p) => !p.budgetThinking)) || (thinkingType === 'disabled' && some((p) => !p.canDisable));
  const finalThinking = properties.get('thinking');
  if (thinkingRewritten && finalThinking) properties.set('thinking', unknownValue(finalThinking));
  // `xhigh` / `max` lowered to `high` with disabled or between-tools thinking.
  const effortLevel = knownString(effort?.value);
  const effortLowered =
    (effortLevel === 'xhigh' || effortLevel === 'max') &&
    ((thinkingType === 'disabled' && some((p) => !p.canDisableAboveHighEffort)) || thinkingType === 'between_tools');
  const outputConfig = properties.get('output_config');
  if (effortLowered && effort && outputConfig?.value.kind === 'object') {
    properties.set('output_config', {
      ...outputConfig,
      value: { ...outputConfig.value, properties: new Map([['effort', unknownValue(effort)]]) },
    });
  }

  // `max_tokens` is `maxOutputTokens` plus the thinking budget, capped for the models the catalog knows.
  const maxTokens = properties.get('max_tokens');
  const thinkingMayBeEnabled = properties.has('thinking') && (thinkingType === undefined || thinkingType === 'enabled');
  if (maxTokens) {
    const value = knownNumber(maxTokens.value);
    const sentAsWritten =
      value !== undefined &&
      !thinkingMayBeEnabled &&
      profiles !== null &&
      profiles.every((profile) => !profile.knownModel || value <= profile.maxOutputTokens);
    if (!sentAsWritten) properties.set('max_tokens', unknownValue(maxTokens));
  }
  // A temperature outside 0..1 is clamped.
  const temperature = properties.get('temperature');
  if (temperature && possibleValues(temperature.value).values.some(({ value }) => typeof value === 'number' && (value < 0 || value > 1))) {
    properties.set('temperature', unknownValue(temperature));
  }
  // Without thinking, `topP` beside `temperature` is dropped for Claude models.
  const thinkingOn = thinkingType !== undefined && THINKING_ON.has(thinkingType);
  if (
    !thinkingOn &&
    sendsValue(properties.get('temperature')) &&
    sendsValue(properties.get('top_p')) &&
    models.length > 0 &&
    models.every((model) => model.id.includes('claude-'))
  ) {
    properties.delete('top_p');
  }
  return { params: { kind: 'object', node: options.node, properties, complete }, thinkingType };
}

// ------------------------------------------------------------------ spelling

const SETTING_SPELLING = new Map(Object.entries(AI_SDK_SETTINGS).map(([user, api]) => [api, user]));
const THINKING_SPELLING = new Map(Object.entries(AI_SDK_THINKING_KEYS).map(([user, api]) => [api, user]));

/** How the AI SDK spells an API parameter path: `max_tokens` → `maxOutputTokens`. */
export function aiSdkSpelling(apiPath: string): string | null {
  const setting = SETTING_SPELLING.get(apiPath);
  if (setting !== undefined) return setting;
  if (apiPath === 'thinking') return 'providerOptions.anthropic.thinking';
  if (apiPath.startsWith('thinking.')) {
    const key = THINKING_SPELLING.get(apiPath.slice('thinking.'.length));
    return key === undefined ? null : `providerOptions.anthropic.thinking.${key}`;
  }
  if (apiPath === 'output_config.effort' || apiPath === 'output_config') return 'providerOptions.anthropic.effort';
  return null;
}

// ------------------------------------------------------------------ the adapter

function baseUrlOf(context: AdapterContext, use: ProviderUse): Setting<string> {
  if (use.typed) return use.typed.baseURL;
  const call = use.factoryCall;
  if (!call) return NONE;
  const first = call.arguments[0];
  if (!first) return NONE;
  if (first.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
  const options = asObject(context.values.resolve(first));
  if (!options || replacesFetch(context.sourceCode, options)) return UNKNOWN;
  const property = options.properties.get('baseURL');
  if (property) {
    const value = knownString(property.value);
    // The first-party provider's own address, written out, points nowhere else.
    const own = use.provider.service === 'anthropic' && isDefaultBaseUrl(value, AI_SDK_ANTHROPIC_BASE_URL);
    if (!own) return { state: 'set', value, node: property.node };
  }
  return options.complete ? NONE : UNKNOWN;
}

const CLIENT_DEFAULTS: ReadonlySet<string> = new Set(['max_tokens']);

/** How a request with a model from `use` travels. `dropsSampling`: the provider leaves sampling parameters out. */
function transportOf(context: AdapterContext, use: ProviderUse, dropsSampling: boolean): Transport {
  const { provider } = use;
  return {
    service: provider.service,
    platform: provider.platform,
    library: provider.module,
    apiVersion: { version: '2023-06-01', reason: provider.apiVersionReason },
    baseURL: baseUrlOf(context, use),
    timeout: UNKNOWN,
    // The provider adds beta headers of its own (tools, MCP, context management).
    betaHeaders: UNKNOWN,
    clientInView: !use.typed,
    takesRequestOptions: false,
    streamingGuard: null,
    rejectedSampling: dropsSampling ? 'dropped' : 'sent',
    clientRefusals: [],
    // Failures throw the AI SDK's own `APICallError`.
    throwsSdkErrors: false,
  };
}

/** The name a call to `ai` makes (`generateText`, `ToolLoopAgent`), or null. */
function aiExport(sourceCode: Readonly<TSESLint.SourceCode>, callee: TSESTree.Node, names: ReadonlySet<string>): string | null {
  const imported = resolveImported(sourceCode, callee, isAiModule);
  const name = imported?.path.length === 1 ? imported.path[0] : undefined;
  return name !== undefined && names.has(name) ? name : null;
}

function requestsOf(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  name: string,
  context: AdapterContext,
  reached: Set<TSESTree.Node>,
): ClaudeRequest[] {
  const first = call.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return [];
  const options = asObject(context.values.resolve(first));
  const expression = options && modelExpression(options, first);
  if (!options || !expression) {
    // A model a later spread may replace (`{ model: anthropic(id), ...overrides }`) may never be sent.
    const written = options?.properties.get('model')?.node.value;
    if (written) reached.add(unwrapExpression(written));
    return [];
  }
  const found: ModelSearch = { branches: [], other: false, wrapped: false, reached };
  modelBranches(context, expression, 0, found);
  // One request per provider the model may come from (its platform decides the ID forms).
  const byUse = new Map<string, ModelBranch[]>();
  for (const branch of found.branches) {
    const key = `${branch.use.provider.module}:${branch.use.factoryCall?.range[0] ?? ''}:${branch.use.typed?.node.range[0] ?? ''}`;
    byUse.set(key, [...(byUse.get(key) ?? []), branch]);
  }
  const requests: ClaudeRequest[] = [];
  for (const branches of byUse.values()) {
    const { use } = branches[0] as ModelBranch;
    const { provider } = use;
    let complete = !found.other;
    const models: ModelCandidate[] = [];
    for (const branch of branches) {
      const candidates = modelCandidates(branch.id, context.resolveModel);
      complete &&= candidates.complete;
      models.push(...candidates.models);
    }
    // Bedrock's Converse provider serves every vendor: only Claude IDs make Claude requests.
    const claudeModels = provider.messagesApi ? models : models.filter((model) => looksLikeClaudeModelId(model.id));
    if (!provider.messagesApi && claudeModels.length === 0) continue;
    if (claudeModels.length < models.length) complete = false;
    const profiles = complete && claudeModels.length > 0 ? claudeModels.map((model) => aiSdkModelProfile(model.id)) : null;
    // Middleware may rewrite the settings (and Bedrock's Converse provider has other ones): only the model is known.
    const { params, thinkingType } =
      provider.messagesApi && !found.wrapped
        ? paramsOf(options, provider, claudeModels, profiles)
        : { params: { kind: 'object' as const, node: options.node, properties: new Map(), complete: false }, thinkingType: undefined };
    const dropsSampling =
      provider.messagesApi &&
      ((thinkingType !== undefined && THINKING_ON.has(thinkingType)) || (profiles !== null && profiles.every((p) => !p.sampling)));
    const agent = call.type === AST_NODE_TYPES.NewExpression;
    requests.push({
      call,
      endpoint: {
        kind: 'messages',
        batch: false,
        beta: false,
        label: agent ? `new ${name}` : name,
        method: name,
        node: call.callee,
        toBeta: null,
      },
      transport: transportOf(context, use, dropsSampling),
      params,
      literalBody: false,
      requestOptions: null,
      clientDefaults: CLIENT_DEFAULTS,
      spell: aiSdkSpelling,
      models: claudeModels,
      modelsComplete: complete,
    });
  }
  return requests;
}

// ------------------------------------------------------------------ models no request here sends

/** `provider(id)` or `provider.languageModel|chat|messages(id)` on `expression`, a Claude provider: the call that makes the model. */
function modelCallOn(expression: TSESTree.Node): TSESTree.CallExpression | null {
  const parent = expression.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === expression) return parent;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== expression) return null;
  const method = memberName(parent);
  const call = parent.parent;
  return method !== null && AI_SDK_MODEL_METHODS.has(method) && call.type === AST_NODE_TYPES.CallExpression && call.callee === parent
    ? call
    : null;
}

/** The provider module a top-level `require('…')` call loads, if it is one. */
function requiredProvider(init: TSESTree.Expression | null): AiSdkProvider | null {
  const module = init?.type === AST_NODE_TYPES.CallExpression ? requiredModule(init, isProviderModule) : null;
  return module === null ? null : (PROVIDER_MODULES.get(module) ?? null);
}

/**
 * Every call in the file that makes a model with a Claude provider loaded from its package
 * (`import { anthropic }`, `import * as providers`, `const { anthropic } = require(...)`): the
 * ready-made instance (`anthropic('claude-…')`), a factory called in place
 * (`createAnthropic(options).chat(id)`) or held in a `const` (`const claude = createAnthropic(...)`).
 */
function providerModelCalls(sourceCode: Readonly<TSESLint.SourceCode>): { call: TSESTree.CallExpression; use: ProviderUse }[] {
  const found: { call: TSESTree.CallExpression; use: ProviderUse }[] = [];
  const callsOn = (expression: TSESTree.Node, use: ProviderUse): void => {
    const call = modelCallOn(expression);
    if (call) found.push({ call, use });
  };
  const references = (node: TSESTree.Node, name?: string): TSESTree.Node[] =>
    sourceCode
      .getDeclaredVariables(node)
      .filter((variable) => name === undefined || variable.name === name)
      .flatMap((variable) => variable.references.filter((reference) => !reference.init).map((reference) => reference.identifier));
  // A provider and the `const`s that hold it (`const claude = createAnthropic(...)`, `const provider = anthropic`).
  const providerAt = (expression: TSESTree.Node, use: ProviderUse): void => {
    callsOn(expression, use);
    const declarator = expression.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== expression) return;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.kind !== 'const') return;
    for (const identifier of references(declarator)) callsOn(identifier, use);
  };
  // An expression that is the provider's export `name`.
  const exported = (expression: TSESTree.Node, name: string, provider: AiSdkProvider): void => {
    if (name === provider.instance) {
      providerAt(expression, { provider, factoryCall: null });
      return;
    }
    const factoryCall = expression.parent;
    if (name !== provider.factory || factoryCall?.type !== AST_NODE_TYPES.CallExpression || factoryCall.callee !== expression) return;
    providerAt(factoryCall, { provider, factoryCall });
  };
  // A namespace (`providers.anthropic(...)`).
  const members = (identifier: TSESTree.Node, provider: AiSdkProvider): void => {
    const member = identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return;
    const name = memberName(member);
    if (name !== null) exported(member, name, provider);
  };
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      // A `let` may be given another provider (a mock) later.
      if (statement.kind !== 'const') continue;
      for (const declarator of statement.declarations) {
        const provider = requiredProvider(declarator.init);
        if (!provider || isMockedModule(sourceCode, provider.module)) continue;
        if (declarator.id.type === AST_NODE_TYPES.Identifier) {
          for (const identifier of references(declarator)) members(identifier, provider);
        } else if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
          for (const property of declarator.id.properties) {
            if (property.type !== AST_NODE_TYPES.Property || property.computed || property.value.type !== AST_NODE_TYPES.Identifier)
              continue;
            const name = keyName(property.key);
            if (name === null) continue;
            for (const identifier of references(declarator, property.value.name)) exported(identifier, name, provider);
          }
        }
      }
      continue;
    }
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.importKind === 'type') continue;
    const provider = PROVIDER_MODULES.get(statement.source.value);
    if (!provider || isMockedModule(sourceCode, provider.module)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
        for (const identifier of references(specifier)) members(identifier, provider);
      } else if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind !== 'type') {
        const name = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        for (const identifier of references(specifier)) exported(identifier, name, provider);
      }
    }
  }
  return found;
}

/**
 * The options of a request no code in view writes, as an empty object literal at the call that
 * makes the model: a node of its own, in no tree, that no edit may target.
 */
function unwrittenOptions(call: TSESTree.CallExpression): TSESTree.ObjectExpression {
  return { type: AST_NODE_TYPES.ObjectExpression, properties: [], range: call.range, loc: call.loc, parent: call.parent };
}

/**
 * Model-only records: a model made with a Claude provider that no request found in this file
 * sends (it sits in `customProvider({ languageModels })`, in a `let` assigned in a branch, or is
 * exported for another module to use). Its ID goes to the provider's API whatever request it
 * ends up in, so the ID rules check it; nothing else about the request is known, and the record
 * says so (no parameters, incomplete).
 */
function modelOnlyRecords(context: AdapterContext, reached: ReadonlySet<TSESTree.Node>): ClaudeRequest[] {
  const records: ClaudeRequest[] = [];
  for (const { call, use } of providerModelCalls(context.sourceCode)) {
    const first = call.arguments[0];
    if (reached.has(call) || !first || first.type === AST_NODE_TYPES.SpreadElement) continue;
    const candidates = modelCandidates(context.values.resolve(first), context.resolveModel);
    // Bedrock's Converse provider serves every vendor: only Claude IDs are Claude models.
    const models = use.provider.messagesApi ? candidates.models : candidates.models.filter((model) => looksLikeClaudeModelId(model.id));
    if (models.length === 0) continue;
    const callee = unwrapExpression(call.callee);
    const method = (callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : null) ?? use.provider.instance;
    records.push({
      call,
      endpoint: { kind: 'messages', batch: false, beta: false, label: method, method, node: call.callee, toBeta: null },
      transport: transportOf(context, use, false),
      params: { kind: 'object', node: unwrittenOptions(call), properties: new Map(), complete: false },
      literalBody: false,
      requestOptions: null,
      clientDefaults: CLIENT_DEFAULTS,
      spell: aiSdkSpelling,
      models,
      modelsComplete: candidates.complete && models.length === candidates.models.length,
      modelOnly: true,
    });
  }
  return records;
}

function find(scan: FileScan, context: AdapterContext): { requests: ClaudeRequest[] } {
  const { sourceCode } = context;
  const requests: ClaudeRequest[] = [];
  const reached = new Set<TSESTree.Node>();
  for (const call of scan.calls) {
    const name = aiExport(sourceCode, call.callee, AI_SDK_CALLS);
    if (name) requests.push(...requestsOf(call, name, context, reached));
  }
  for (const construction of scan.constructions) {
    const name = aiExport(sourceCode, construction.callee, AI_SDK_AGENTS);
    if (name) requests.push(...requestsOf(construction, name, context, reached));
  }
  requests.push(...modelOnlyRecords(context, reached));
  return { requests: requests.sort((a, b) => a.call.range[0] - b.call.range[0]) };
}

export const aiSdk: ClientAdapter = {
  name: 'ai-sdk',
  // With types, a file that imports only `ai` may use a model built in another module.
  mayApply: (text, typed) => text.includes('@ai-sdk/') || (typed && AI_IMPORT.test(text)),
  callNames: AI_SDK_CALLS,
  readsConstructions: true,
  find,
};
