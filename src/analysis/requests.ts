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
import { looksLikeClaudeModelId, type ModelMatch } from '../facts/lookup.js';
import type { ModelRow, Provider } from '../facts/types.js';
import { getSettings } from '../settings/settings.js';
import { ClientResolver, PROVIDER_OF, clientKindOf, isClientPackage, type ClientInfo, type ClientKind } from './clients.js';
import { memberName, resolveImported } from './imports.js';
import {
  ValueResolver,
  asArray,
  asObject,
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
/**
 * Cheap pre-check, so most files cost one regular expression: a request needs an SDK import in
 * the file, or a client from elsewhere called as `messages.<method>` / `messages.batches`
 * (possibly `messages?.` or across a line break). Only a `messages` resource aliased under
 * another name, from a client made in another module, is missed.
 */
const CALLS_RESOURCE = /\bmessages\s*\??\.\s*(?:create|stream|parse|countTokens|batches)\b/u;

interface FileAnalysis {
  readonly requests: readonly ClaudeRequest[];
  readonly clients: readonly ClientInfo[];
}

const cache = new WeakMap<TSESTree.Program, FileAnalysis>();
const NOTHING: FileAnalysis = { requests: [], clients: [] };

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

function analyse(context: Context): FileAnalysis {
  const { sourceCode } = context;
  const program = sourceCode.ast;
  const cached = cache.get(program);
  if (cached) return cached;
  const settings = getSettings(context);
  const text = sourceCode.text;
  const analysis =
    text.includes('@anthropic-ai/') || CALLS_RESOURCE.test(text)
      ? findRequestsAndClients(sourceCode, (id) => settings.models.resolve(id))
      : NOTHING;
  cache.set(program, analysis);
  return analysis;
}

/** The Claude requests of the file being linted, computed once per file for all rules. */
export function getClaudeRequests(context: Context): readonly ClaudeRequest[] {
  return analyse(context).requests;
}

/** Every Claude client constructed in the file (`new Anthropic(...)`, ...), in source order. */
export function getClaudeClients(context: Context): readonly ClientInfo[] {
  return analyse(context).clients;
}

/**
 * One walk over the program: the candidate calls `<something>.<create|stream|parse|countTokens>(...)`
 * and every `this.x = ...` (class fields that hold clients may be assigned anywhere in the class).
 */
function scanProgram(sourceCode: Readonly<TSESLint.SourceCode>): {
  calls: TSESTree.CallExpression[];
  thisWrites: TSESTree.AssignmentExpression[];
  constructions: TSESTree.NewExpression[];
} {
  const calls: TSESTree.CallExpression[] = [];
  const thisWrites: TSESTree.AssignmentExpression[] = [];
  const constructions: TSESTree.NewExpression[] = [];
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
    } else if (
      node.type === AST_NODE_TYPES.AssignmentExpression &&
      node.left.type === AST_NODE_TYPES.MemberExpression &&
      node.left.object.type === AST_NODE_TYPES.ThisExpression
    ) {
      thisWrites.push(node);
    } else if (node.type === AST_NODE_TYPES.NewExpression) {
      constructions.push(node);
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
  const bySource = (a: TSESTree.Node, b: TSESTree.Node): number => a.range[0] - b.range[0];
  return { calls: calls.sort(bySource), thisWrites, constructions: constructions.sort(bySource) };
}

interface Owner {
  /** The expression the resource hangs off: the client. */
  readonly receiver: TSESTree.Node;
  readonly beta: boolean;
}

interface Resource extends Owner {
  readonly batch: boolean;
}

type Alias = { readonly kind: 'expr'; readonly expr: TSESTree.Expression } | { readonly kind: 'member'; readonly owner: TSESTree.Expression };

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

/** The client behind an expression that evaluates to the client or to its `beta` namespace. */
function clientSide(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node, depth: number): Owner {
  const node = unwrapExpression(expression);
  if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'beta') {
    return { receiver: node.object, beta: true };
  }
  if (node.type === AST_NODE_TYPES.Identifier && depth < MAX_ALIAS_DEPTH) {
    const alias = constAlias(sourceCode, node, 'beta');
    if (alias?.kind === 'member') return { receiver: alias.owner, beta: true };
    const aliased = alias && unwrapExpression(alias.expr);
    if (aliased?.type === AST_NODE_TYPES.MemberExpression && memberName(aliased) === 'beta') {
      return clientSide(sourceCode, aliased, depth + 1);
    }
  }
  return { receiver: node, beta: false };
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
const batchesSide = resourceSide('batches', messagesSide);

/**
 * From the callee's object, find the client: `<client>.messages`, `<client>.beta.messages`,
 * `<client>.messages.batches`, and `const`s or destructurings holding any of them.
 */
function resourceOf(sourceCode: Readonly<TSESLint.SourceCode>, object: TSESTree.Node, method: Method): Resource | null {
  const batches = method === 'create' ? batchesSide(sourceCode, object, 0) : null;
  if (batches) return { ...batches, batch: true };
  const messages = messagesSide(sourceCode, object, 0);
  return messages ? { ...messages, batch: false } : null;
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

function findRequestsAndClients(
  sourceCode: Readonly<TSESLint.SourceCode>,
  resolveModel: (id: string) => ModelMatch | null,
): FileAnalysis {
  // The SDK's client constructors only read their options.
  const values = new ValueResolver(sourceCode, (callee) => clientKindOf(resolveImported(sourceCode, callee, isClientPackage)) !== null);
  const { calls, thisWrites, constructions } = scanProgram(sourceCode);
  const clients = new ClientResolver(sourceCode, values, thisWrites);
  const requests: ClaudeRequest[] = [];
  for (const call of calls) {
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
      // Without a Claude model ID, only a client that provably talks to Anthropic makes a Claude
      // request: one pointed at another `baseURL` may be any Messages-compatible service.
      const namesClaude = models.some((model) => looksLikeClaudeModelId(model.id));
      if (!namesClaude && (!client || clientHasCustomBaseUrl(client))) continue;
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
  const clientList = constructions
    .map((construction) => clients.resolveClient(construction))
    .filter((client): client is ClientInfo => client !== null);
  return { requests, clients: clientList };
}

/** The request's possible models that the table knows, with their rows. */
export function knownModels(request: ClaudeRequest): (ModelCandidate & { readonly match: ModelMatch })[] {
  return request.models.filter((model): model is ModelCandidate & { match: ModelMatch } => model.match !== null);
}

/** The table rows of the request's possible models (the models the table knows). */
export function modelRows(request: ClaudeRequest): ModelRow[] {
  return knownModels(request).map((model) => model.match.row);
}

/** True when the client was built with a `baseURL` (a gateway or proxy may take other model names). */
export function hasCustomBaseUrl(request: ClaudeRequest): boolean {
  return request.client !== null && clientHasCustomBaseUrl(request.client);
}

function clientHasCustomBaseUrl(client: ClientInfo): boolean {
  const { construction, options } = client;
  if (!construction || construction.arguments.length === 0) return false;
  // Options that are not statically known may hold a baseURL too.
  return !options || !options.complete || options.properties.has('baseURL');
}
