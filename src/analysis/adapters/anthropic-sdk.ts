/**
 * The Anthropic SDKs (`@anthropic-ai/sdk` and the Bedrock, Vertex, Foundry, AWS and Google Cloud
 * clients): `<client>.messages.create|stream|parse|countTokens`, `messages.batches.create`
 * (each `requests[].params`), the same under `beta.` (and the older
 * `beta.promptCaching.messages`), and the tool runner `beta.messages.toolRunner`.
 *
 * A call is a Claude request when its receiver is provably a Claude client (clients.ts), or
 * when its payload names a Claude model ID (a client made in another module). Twilio's
 * `client.messages.create({ body, from, to })` is neither.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { looksLikeClaudeModelId } from '../../facts/lookup.js';
import {
  GUARDED_METHODS,
  SDK_ENDPOINT_METHODS,
  SDK_METHODS,
  SDK_PACKAGES,
  TOOL_RUNNER,
  isSdkPackage,
  type SdkMethod,
} from '../../facts/sdk-surface.js';
import { ClientResolver, clientClassOf, clientHasCustomBaseUrl, isOwnBaseUrl, type ClientInfo } from '../clients.js';
import { builtOnStubbedFetch, replacesFetch } from '../transport.js';
import { batchEntries, enclosingClassBody, payloadBranches } from '../flow.js';
import { isMockedModule, memberName, resolveImported } from '../imports.js';
import { API_SPELLING, NONE, UNKNOWN, modelCandidates, type ClaudeRequest, type Fix, type Setting, type Transport } from '../request.js';
import {
  asObject,
  constantInitializer,
  neverSent,
  possibleValues,
  prop,
  unwrapExpression,
  type Resolved,
  type ResolvedObject,
} from '../values.js';
import type { AdapterContext, ClientAdapter, FileScan } from './adapter.js';

const { DefinitionType } = TSESLint.Scope;

/**
 * Cheap pre-check: a request needs an SDK import in the file, or a client from elsewhere called
 * as `messages.<method>` / `messages.batches` (possibly `messages?.` or across a line break).
 */
const CALLS_RESOURCE = /\bmessages\s*\??\.\s*(?:create|stream|parse|countTokens|toolRunner|batches)\b/u;

interface Owner {
  /** The expression the resource hangs off: the client. */
  readonly receiver: TSESTree.Node;
  readonly beta: boolean;
  /** The resource path from the client, for messages (`beta.promptCaching.messages`). */
  readonly path: string;
}

interface Resource extends Owner {
  readonly batch: boolean;
}

type Alias =
  { readonly kind: 'expr'; readonly expr: TSESTree.Expression } | { readonly kind: 'member'; readonly owner: TSESTree.Expression };

const MAX_ALIAS_DEPTH = 6;

/**
 * What a `const` identifier stands for: `const m = <expr>` gives the expression;
 * `const { <key>: m } = <owner>` gives the owner of that member.
 */
function constAlias(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier, key: string): Alias | null {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== DefinitionType.Variable || !def.node.init || def.parent.kind !== 'const') return null;
  const { id, init } = def.node;
  if (id.type === AST_NODE_TYPES.Identifier) return { kind: 'expr', expr: init };
  if (id.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const matches = id.properties.some(
    (p) =>
      p.type === AST_NODE_TYPES.Property &&
      !p.computed &&
      p.key.type === AST_NODE_TYPES.Identifier &&
      p.key.name === key &&
      p.value.type === AST_NODE_TYPES.Identifier &&
      p.value.name === identifier.name,
  );
  return matches ? { kind: 'member', owner: init } : null;
}

/**
 * The client behind an expression that evaluates to the client, to its `beta` namespace, or to
 * the older `beta.promptCaching` namespace.
 */
function clientSide(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node, depth: number): Owner {
  const node = unwrapExpression(expression);
  if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'beta') {
    return { receiver: node.object, beta: true, path: 'beta.messages' };
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'promptCaching') {
    const beta = unwrapExpression(node.object);
    if (beta.type === AST_NODE_TYPES.MemberExpression && memberName(beta) === 'beta') {
      return { receiver: beta.object, beta: true, path: 'beta.promptCaching.messages' };
    }
  }
  if (node.type === AST_NODE_TYPES.Identifier && depth < MAX_ALIAS_DEPTH) {
    const alias = constAlias(sourceCode, node, 'beta');
    if (alias?.kind === 'member') return { receiver: alias.owner, beta: true, path: 'beta.messages' };
    const aliased = alias && unwrapExpression(alias.expr);
    if (aliased?.type === AST_NODE_TYPES.MemberExpression && memberName(aliased) === 'beta') {
      return clientSide(sourceCode, aliased, depth + 1);
    }
  }
  return { receiver: node, beta: false, path: 'messages' };
}

type Side = (sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node, depth: number) => Owner | null;

/**
 * The client behind an expression that evaluates to `<owner>.<name>`, written as a member
 * access, a `const` holding it, or a destructuring `const { <name> } = <owner>`; `ownerSide`
 * finds the client behind the owner.
 */
function resourceSide(name: string, ownerSide: Side): Side {
  const side: Side = (sourceCode, expression, depth) => {
    const node = unwrapExpression(expression);
    if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === name) {
      return ownerSide(sourceCode, node.object, depth + 1);
    }
    if (node.type === AST_NODE_TYPES.Identifier && depth < MAX_ALIAS_DEPTH) {
      const alias = constAlias(sourceCode, node, name);
      if (alias?.kind === 'member') return ownerSide(sourceCode, alias.owner, depth + 1);
      if (alias?.kind === 'expr') return side(sourceCode, alias.expr, depth + 1);
    }
    return null;
  };
  return side;
}

/** The client behind `client.messages` (or `client.beta.messages`). */
const messagesSide = resourceSide('messages', clientSide);
/** The client behind `client.messages.batches`. */
const batchesSide = resourceSide('batches', (sourceCode, expression, depth) => {
  const owner = messagesSide(sourceCode, expression, depth);
  return owner && { ...owner, path: `${owner.path}.batches` };
});

/**
 * From the callee's object, find the client: `<client>.messages`, `<client>.beta.messages`,
 * `<client>.messages.batches`, and `const`s or destructurings holding any of them.
 */
function resourceOf(sourceCode: Readonly<TSESLint.SourceCode>, object: TSESTree.Node, method: SdkMethod): Resource | null {
  const batches = method === 'create' ? batchesSide(sourceCode, object, 0) : null;
  if (batches) return { ...batches, batch: true };
  const messages = messagesSide(sourceCode, object, 0);
  return messages && { ...messages, batch: false };
}

// ------------------------------------------------------------------ transport

/** Every value it can have is known, and is `null` or `undefined`. */
function isNullish(resolved: Resolved): boolean {
  const { values, complete } = possibleValues(resolved);
  return complete && values.every(({ value }) => value === null || value === undefined);
}

/** An options object that provably sets no `timeout` (absent from a complete object, or nullish). */
function objectWithoutTimeout(object: ResolvedObject): boolean {
  const timeout = object.properties.get('timeout');
  return timeout ? isNullish(timeout.value) : object.complete;
}

/** The second argument of the call provably sets no `timeout`. */
function requestOptionsWithoutTimeout(call: TSESTree.CallExpression, options: Resolved | null): boolean {
  const second = call.arguments[1];
  if (!second) return true;
  if (!options || second.type === AST_NODE_TYPES.SpreadElement) return false;
  return options.kind === 'object' ? objectWithoutTimeout(options) : isNullish(options);
}

/** The construction's own options provably set no `timeout`. */
function constructedWithoutTimeout(client: ClientInfo): boolean {
  if (!client.construction) return false;
  if (client.construction.arguments.length === 0) return true;
  return client.options !== null && objectWithoutTimeout(client.options);
}

/**
 * True when the client the call goes through may come from a parameter (`client = defaultClient`
 * can be replaced by the caller), following `.messages`/`.beta` and `const` aliases.
 */
function receiverMayBeParameter(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node, depth = 0): boolean {
  let node = unwrapExpression(expression);
  while (node.type === AST_NODE_TYPES.MemberExpression) node = unwrapExpression(node.object);
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  if (!variable) return false;
  if (variable.defs.some((def) => def.type === DefinitionType.Parameter)) return true;
  const init = constantInitializer(variable);
  return init !== null && depth < 6 && receiverMayBeParameter(sourceCode, init, depth + 1);
}

/**
 * The request's client is provably the one construction the finder resolved, and that
 * construction sets no `timeout`. A `const` (or a variable never written again) and a direct
 * `new Anthropic().messages` hold that one client. A class member (`private client = new
 * Anthropic()`, `this.client = new Anthropic()`) may be assigned elsewhere in the class: every
 * Claude client built in that class must be without `timeout`. A parameter default (`client =
 * new Anthropic()`) can be replaced by the caller: not proof.
 */
function clientWithoutTimeout(
  sourceCode: Readonly<TSESLint.SourceCode>,
  call: TSESTree.CallExpression,
  client: ClientInfo | null,
  clients: readonly ClientInfo[],
): boolean {
  if (!client?.construction || !constructedWithoutTimeout(client)) return false;
  if (receiverMayBeParameter(sourceCode, (call.callee as TSESTree.MemberExpression).object)) return false;
  const construction = client.construction;
  const parent = construction.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === construction;
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === construction;
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AssignmentExpression: {
      const body = enclosingClassBody(construction);
      if (!body) return false;
      return clients.every(
        (other) =>
          !other.construction ||
          other.construction.range[0] < body.range[0] ||
          other.construction.range[1] > body.range[1] ||
          constructedWithoutTimeout(other),
      );
    }
    default:
      return false;
  }
}

/** True unless headers are statically known not to set `anthropic-beta`. */
function headersMaySetBeta(headers: Resolved | undefined): boolean {
  if (headers === undefined) return false;
  if (headers.kind !== 'object' || !headers.complete) return !neverSent(headers);
  return [...headers.properties.keys()].some((name) => name.toLowerCase() === 'anthropic-beta');
}

/**
 * Whether the request may carry an `anthropic-beta` header (request options, the client's
 * `defaultHeaders`, Bedrock's `anthropic_beta` body field): beta parameters may then be accepted.
 */
function betaHeaders(payload: ResolvedObject, options: Resolved | null, client: ClientInfo | null): Setting<readonly string[]> {
  if (payload.properties.has('anthropic_beta')) return UNKNOWN;
  if (options) {
    if (options.kind !== 'object') return neverSent(options) ? NONE : UNKNOWN;
    if (!options.complete || headersMaySetBeta(options.properties.get('headers')?.value)) return UNKNOWN;
  }
  if (!client?.construction) return UNKNOWN;
  if (client.construction.arguments.length === 0) return NONE;
  if (!client.options?.complete) return UNKNOWN;
  return headersMaySetBeta(client.options.properties.get('defaultHeaders')?.value) ? UNKNOWN : NONE;
}

function baseUrlOf(sourceCode: Readonly<TSESLint.SourceCode>, client: ClientInfo | null): Setting<string> {
  if (!client?.construction) return UNKNOWN;
  if (client.construction.arguments.length === 0) return NONE;
  const options = client.options;
  if (options && replacesFetch(sourceCode, options)) return UNKNOWN;
  const property = options?.properties.get('baseURL');
  if (property && !isOwnBaseUrl(client, property)) {
    const value = property.value;
    return {
      state: 'set',
      value: value.kind === 'literal' && typeof value.value === 'string' ? value.value : undefined,
      node: property.node,
    };
  }
  return options?.complete ? NONE : UNKNOWN;
}

// ------------------------------------------------------------------ edits the adapter knows

/** `client.messages.create(...)` → `client.beta.messages.create(...)` (and `messages.batches.create`). */
function betaClientFix(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression, batch: boolean): Fix | null {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  let resource: TSESTree.Node = callee.object;
  if (batch) {
    if (resource.type !== AST_NODE_TYPES.MemberExpression) return null;
    resource = resource.object;
  }
  if (
    resource.type !== AST_NODE_TYPES.MemberExpression ||
    resource.computed ||
    resource.optional ||
    resource.property.type !== AST_NODE_TYPES.Identifier ||
    resource.property.name !== 'messages'
  ) {
    return null;
  }
  // Before the `.` of `.messages`, so a parenthesized client stays whole: `(await get()).beta.messages`.
  const dot = sourceCode.getTokenBefore(resource.property);
  return dot ? (fixer) => fixer.insertTextBefore(dot, '.beta') : null;
}

/** `await client.messages.create(...)` → `await client.messages.stream(...).finalMessage()`. */
function useStreamFix(call: TSESTree.CallExpression): Fix | null {
  const callee = call.callee;
  if (
    call.parent.type !== AST_NODE_TYPES.AwaitExpression ||
    call.parent.argument !== call ||
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.property.type !== AST_NODE_TYPES.Identifier ||
    callee.property.name !== 'create'
  ) {
    return null;
  }
  const property = callee.property;
  return (fixer) => [fixer.replaceText(property, 'stream'), fixer.insertTextAfter(call, '.finalMessage()')];
}

// ------------------------------------------------------------------ the adapter

/** A receiver whose text may name a Messages resource: `messages`, `this.chatMessages`, `batches`. */
const MAY_BE_RESOURCE = /(?:messages|batches)\W*$/iu;

/**
 * A resource the types prove but the untyped reading missed (`const m = pick(); m.create()`):
 * the client is not in view.
 */
function typedResource(object: TSESTree.Node, proven: { resource: 'messages' | 'batches'; beta: boolean }): Resource {
  const base = proven.beta ? 'beta.messages' : 'messages';
  const batch = proven.resource === 'batches';
  return { receiver: object, beta: proven.beta, path: batch ? `${base}.batches` : base, batch };
}

function find(scan: FileScan, context: AdapterContext): { requests: ClaudeRequest[]; clients: ClientInfo[] } {
  const { sourceCode, values, settings, resolveModel, typed } = context;
  // A test that mocks the SDK (`vi.mock('@anthropic-ai/sdk')`): every client it makes is the mock's.
  if (SDK_PACKAGE_NAMES.some((module) => isMockedModule(sourceCode, module))) return { requests: [], clients: [] };
  const resolver = new ClientResolver(sourceCode, values, scan.thisWrites);
  const clients = scan.constructions
    .map((construction) => resolver.resolveClient(construction))
    .filter((client): client is ClientInfo => client !== null);
  const requests: ClaudeRequest[] = [];
  for (const call of scan.calls) {
    const callee = call.callee;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
      continue;
    }
    const method = callee.property.name as SdkMethod;
    if (!SDK_METHODS.has(method)) continue;
    const first = call.arguments[0];
    if (!first || first.type === AST_NODE_TYPES.SpreadElement) continue;
    const written = resourceOf(sourceCode, callee.object, method);
    const inFile = written && resolver.resolveClient(written.receiver);
    // Type-aware mode: when the file does not prove the client, the receiver's type settles it.
    // The checker is asked only about receivers that may be a resource (`messages`, `batches`).
    const typedReceiver =
      typed && !inFile && (written || MAY_BE_RESOURCE.test(sourceCode.getText(callee.object))) ? typed.receiver(callee.object) : null;
    if (typedReceiver?.kind === 'other') continue;
    const provenSdk = typedReceiver?.kind === 'sdk' ? typedReceiver : null;
    const resource = written ?? (provenSdk && typedResource(callee.object, provenSdk));
    // Each resource has its own methods: the older `beta.promptCaching.messages` only `create`
    // and `stream`, the tool runner only `beta.messages`.
    if (!resource || !SDK_ENDPOINT_METHODS.get(resource.path)?.has(method)) continue;
    const typedKind = provenSdk && !inFile ? typed?.client(resource.receiver) : null;
    const client = inFile ?? (typedKind ? { kind: typedKind, construction: null, options: null } : null);
    // A client built on a stubbed global `fetch` sends to the stub.
    if (client?.construction && builtOnStubbedFetch(sourceCode, client.construction)) continue;
    const argument = values.resolve(first);
    const second = call.arguments[1];
    const requestOptions = second && second.type !== AST_NODE_TYPES.SpreadElement ? values.resolve(second) : null;
    const payloads: ResolvedObject[] = [];
    if (resource.batch) {
      const entries = batchEntries(prop(asObject(argument), 'requests'), (node) => values.resolve(node), sourceCode.visitorKeys);
      for (const entry of entries) {
        const params = prop(asObject(entry), 'params');
        if (params) payloads.push(...payloadBranches(params));
      }
    } else {
      payloads.push(...payloadBranches(argument));
    }
    if (payloads.length === 0) continue;
    const toolRunner = method === TOOL_RUNNER.method;
    const timeout: Setting<number> =
      requestOptionsWithoutTimeout(call, requestOptions) && clientWithoutTimeout(sourceCode, call, client, clients) ? NONE : UNKNOWN;
    const label = `${resource.path}.${method}`;
    const guarded = !resource.batch && GUARDED_METHODS.has(method);
    for (const payload of payloads) {
      const { models, complete } = modelCandidates(prop(payload, 'model'), resolveModel);
      // Without a Claude model ID, only a client that provably talks to Anthropic makes a Claude
      // request: one pointed at another `baseURL` may be any Messages-compatible service.
      const namesClaude = models.some((model) => looksLikeClaudeModelId(model.id));
      if (!namesClaude && (!(client || provenSdk) || (client && clientHasCustomBaseUrl(sourceCode, client)))) continue;
      const transport: Transport = {
        service: client?.kind.service ?? null,
        platform: client?.kind.platform ?? null,
        library: '@anthropic-ai/sdk',
        apiVersion: { version: settings.apiVersion, reason: settings.apiVersionReason },
        baseURL: baseUrlOf(sourceCode, client),
        timeout,
        betaHeaders: betaHeaders(payload, requestOptions, client),
        clientInView: client?.construction != null,
        takesRequestOptions: true,
        streamingGuard: guarded ? { streamLabel: `${resource.path}.stream`, toStream: useStreamFix(call) } : null,
        rejectedSampling: 'sent',
        clientRefusals: [],
        throwsSdkErrors: true,
      };
      requests.push({
        call,
        endpoint: {
          kind: method === 'countTokens' ? 'countTokens' : 'messages',
          batch: resource.batch,
          beta: resource.beta,
          label,
          method,
          node: callee.property,
          toBeta: resource.beta ? null : betaClientFix(sourceCode, call, resource.batch),
        },
        transport,
        params: toolRunner ? toolRunnerBody(payload) : payload,
        // The runner's parameters are the body plus its own options, which the facts do not list
        // in full: key-level checks would take an option for an unknown parameter.
        literalBody: !toolRunner,
        requestOptions,
        clientDefaults: NO_DEFAULTS,
        spell: API_SPELLING,
        models,
        modelsComplete: complete,
      });
    }
  }
  return { requests, clients };
}

const NO_DEFAULTS: ReadonlySet<string> = new Set();

/**
 * What the tool runner sends of its parameters: the body without the runner's own options, and
 * `tools` as an unknown value (the runner sends each tool without its `run` function, and tools
 * made with `betaTool` or `betaZodTool` are calls).
 */
function toolRunnerBody(params: ResolvedObject): ResolvedObject {
  const properties = new Map(params.properties);
  for (const option of TOOL_RUNNER.ownOptions) properties.delete(option);
  const tools = properties.get('tools');
  if (tools) properties.set('tools', { ...tools, value: { kind: 'unknown', node: tools.value.node } });
  return { ...params, properties };
}
const SDK_PACKAGE_NAMES: readonly string[] = Object.keys(SDK_PACKAGES);

export const anthropicSdk: ClientAdapter = {
  name: 'anthropic-sdk',
  mayApply: (text) => text.includes('@anthropic-ai/') || CALLS_RESOURCE.test(text),
  callNames: SDK_METHODS,
  readsConstructions: true,
  find,
};

/** True for `new <client class>(...)`: the SDK's client constructors only read their options. */
export function isSdkClientConstructor(sourceCode: Readonly<TSESLint.SourceCode>, callee: TSESTree.Expression): boolean {
  return clientClassOf(resolveImported(sourceCode, callee, isSdkPackage)) !== null;
}
