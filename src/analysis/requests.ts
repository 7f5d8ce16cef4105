/**
 * Find the Claude requests in a file, once, shared by every rule.
 *
 * A call is a Claude request when it calls `messages.create|stream|parse|countTokens`,
 * `messages.batches.create` (or their `beta.` forms) and either
 * - its receiver is provably a Claude client (see clients.ts), or
 * - its payload names a Claude model ID (a client made in another module).
 * Twilio's `client.messages.create({ body, from, to })` is neither, and is never reported.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

const { DefinitionType } = TSESLint.Scope;
import { looksLikeClaudeModelId, type ModelMatch } from '../models/lookup.js';
import type { Provider } from '../models/types.js';
import { getSettings } from '../util/settings.js';
import { ClientResolver, PROVIDER_OF, memberName, type ClientInfo, type ClientKind } from './clients.js';
import {
  ValueResolver,
  asArray,
  asObject,
  constantInitializer,
  possibleValues,
  prop,
  unwrapExpression,
  type Resolved,
  type ResolvedObject,
} from './values.js';

export type Method = 'create' | 'stream' | 'parse' | 'countTokens';

export interface ModelCandidate {
  /** The model ID string. */
  readonly id: string;
  /** The node that writes it (a string literal, a template literal, a const reference). */
  readonly node: TSESTree.Node;
  /** The table row it names, or null for an unknown ID. */
  readonly match: ModelMatch | null;
}

export interface ClaudeRequest {
  /** The call expression (for a batch, the `batches.create` call). */
  readonly call: TSESTree.CallExpression;
  /** `messages.create`, `beta.messages.stream`, `messages.batches.create`, ... */
  readonly endpoint: string;
  readonly method: Method;
  readonly beta: boolean;
  /** True for one `requests[].params` of `messages.batches.create`. */
  readonly batch: boolean;
  /** The client kind, or `unknown` when the call is known to be a Claude request only by its model ID. */
  readonly clientKind: ClientKind | 'unknown';
  /** Which model ID forms the client takes; null when the client is unknown. */
  readonly provider: Provider | null;
  readonly client: ClientInfo | null;
  /** The request parameters. */
  readonly payload: ResolvedObject;
  /** The request options (second argument: `{ timeout, headers, ... }`), when given. */
  readonly requestOptions: Resolved | null;
  /** Every statically known model ID the request can send. */
  readonly models: readonly ModelCandidate[];
  /** False when some branch of `model` is not statically known. */
  readonly modelsComplete: boolean;
}

const METHODS: ReadonlySet<string> = new Set<Method>(['create', 'stream', 'parse', 'countTokens']);
/** Cheap pre-check: files that never mention the resources cannot hold a request. */
const MENTIONS_RESOURCE = /\b(?:messages|batches)\b/u;

const cache = new WeakMap<TSESTree.Program, readonly ClaudeRequest[]>();

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The Claude requests of the file being linted, computed once per file for all rules. */
export function getClaudeRequests(context: Context): readonly ClaudeRequest[] {
  const { sourceCode } = context;
  const program = sourceCode.ast;
  const cached = cache.get(program);
  if (cached) return cached;
  const settings = getSettings(context);
  const requests = MENTIONS_RESOURCE.test(sourceCode.text)
    ? findRequests(sourceCode, (id) => settings.models.resolve(id))
    : [];
  cache.set(program, requests);
  return requests;
}

/** All candidate calls of a program: `<something>.<create|stream|parse|countTokens>(...)`. */
function collectCandidateCalls(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  const keys = sourceCode.visitorKeys;
  const stack: TSESTree.Node[] = [sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      !node.callee.computed &&
      node.callee.property.type === AST_NODE_TYPES.Identifier &&
      METHODS.has(node.callee.property.name)
    ) {
      calls.push(node);
    }
    const childKeys = keys[node.type] ?? [];
    for (let k = childKeys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[childKeys[k] as string];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item = child[i] as TSESTree.Node | null;
          if (item && typeof item.type === 'string') stack.push(item);
        }
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
  // Source order, so reports come out in reading order.
  return calls.reverse().sort((a, b) => a.range[0] - b.range[0]);
}

interface Resource {
  /** The expression the `messages` resource hangs off: the client. */
  readonly receiver: TSESTree.Node;
  readonly beta: boolean;
  readonly batch: boolean;
}

/**
 * From the callee's object, find the client: `<client>.messages`, `<client>.beta.messages`,
 * `<client>.messages.batches`, or an identifier holding `client.messages` (`const { messages } = client`).
 */
function resourceOf(sourceCode: Readonly<TSESLint.SourceCode>, object: TSESTree.Node, method: string): Resource | null {
  let node = unwrapExpression(object);
  let batch = false;
  if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'batches') {
    if (method !== 'create') return null;
    batch = true;
    node = unwrapExpression(node.object);
  } else if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'messages') {
    // plain `.messages.<method>`
  } else if (node.type === AST_NODE_TYPES.Identifier) {
    return messagesBinding(sourceCode, node, method);
  } else {
    return null;
  }
  if (node.type === AST_NODE_TYPES.Identifier && batch) {
    const bound = messagesBinding(sourceCode, node, 'create');
    return bound ? { ...bound, batch: true } : null;
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression || memberName(node) !== 'messages') return null;
  const owner = unwrapExpression(node.object);
  if (owner.type === AST_NODE_TYPES.MemberExpression && memberName(owner) === 'beta') {
    return { receiver: owner.object, beta: true, batch };
  }
  return { receiver: owner, beta: false, batch };
}

/** `const messages = client.messages` or `const { messages } = client` (also `client.beta`). */
function messagesBinding(
  sourceCode: Readonly<TSESLint.SourceCode>,
  identifier: TSESTree.Identifier,
  method: string,
): Resource | null {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== DefinitionType.Variable || !def.node.init || def.parent.kind !== 'const') return null;
  const { id, init } = def.node;
  if (id.type === AST_NODE_TYPES.Identifier) {
    return constantInitializer(variable ?? null) ? resourceOf(sourceCode, init, method) : null;
  }
  if (id.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const property = id.properties.find(
    (p): p is TSESTree.Property =>
      p.type === AST_NODE_TYPES.Property &&
      !p.computed &&
      p.key.type === AST_NODE_TYPES.Identifier &&
      p.key.name === 'messages' &&
      p.value.type === AST_NODE_TYPES.Identifier &&
      p.value.name === identifier.name,
  );
  if (!property) return null;
  const owner = unwrapExpression(init);
  if (owner.type === AST_NODE_TYPES.MemberExpression && memberName(owner) === 'beta') {
    return { receiver: owner.object, beta: true, batch: false };
  }
  return { receiver: owner, beta: false, batch: false };
}

function modelCandidates(
  payload: ResolvedObject,
  resolveModel: (id: string) => ModelMatch | null,
): { models: ModelCandidate[]; complete: boolean } {
  const { values, complete } = possibleValues(prop(payload, 'model'));
  const models: ModelCandidate[] = [];
  for (const { value, node } of values) {
    if (typeof value === 'string') models.push({ id: value, node, match: resolveModel(value) });
  }
  return { models, complete: complete && models.length === values.length };
}

export function findRequests(
  sourceCode: Readonly<TSESLint.SourceCode>,
  resolveModel: (id: string) => ModelMatch | null,
): ClaudeRequest[] {
  const values = new ValueResolver(sourceCode);
  const clients = new ClientResolver(sourceCode, values);
  const requests: ClaudeRequest[] = [];
  for (const call of collectCandidateCalls(sourceCode)) {
    const callee = call.callee as TSESTree.MemberExpression;
    const method = (callee.property as TSESTree.Identifier).name as Method;
    const resource = resourceOf(sourceCode, callee.object, method);
    const first = call.arguments[0];
    if (!resource || !first || first.type === AST_NODE_TYPES.SpreadElement) continue;
    const client = clients.resolveClient(resource.receiver);
    const argument = values.resolve(first);
    const second = call.arguments[1];
    const requestOptions = second && second.type !== AST_NODE_TYPES.SpreadElement ? values.resolve(second) : null;
    const endpointBase = `${resource.beta ? 'beta.' : ''}messages.${resource.batch ? 'batches.' : ''}`;
    const payloads: ResolvedObject[] = [];
    if (resource.batch) {
      for (const entry of asArray(prop(asObject(argument), 'requests'))?.elements ?? []) {
        const params = asObject(prop(asObject(entry), 'params'));
        if (params) payloads.push(params);
      }
    } else if (argument.kind === 'object') {
      payloads.push(argument);
    }
    for (const payload of payloads) {
      const { models, complete } = modelCandidates(payload, resolveModel);
      if (!client && !models.some((model) => looksLikeClaudeModelId(model.id))) continue;
      requests.push({
        call,
        endpoint: `${endpointBase}${method}`,
        method,
        beta: resource.beta,
        batch: resource.batch,
        clientKind: client?.kind ?? 'unknown',
        provider: client ? PROVIDER_OF[client.kind] : null,
        client,
        payload,
        requestOptions,
        models,
        modelsComplete: complete,
      });
    }
  }
  return requests;
}

/** The request's possible models that the table knows, with their rows. */
export function knownModels(request: ClaudeRequest): (ModelCandidate & { readonly match: ModelMatch })[] {
  return request.models.filter((model): model is ModelCandidate & { match: ModelMatch } => model.match !== null);
}

/** True when the client was built with a `baseURL` (a gateway or proxy may take other model names). */
export function hasCustomBaseUrl(request: ClaudeRequest): boolean {
  const options = request.client?.options;
  if (!request.client?.construction || request.client.construction.arguments.length === 0) return false;
  // Options that are not statically known may hold a baseURL too.
  return !options || !options.complete || options.properties.has('baseURL');
}
