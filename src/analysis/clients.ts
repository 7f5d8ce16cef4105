/**
 * Which expressions are Claude clients: `new Anthropic()` and the other client classes of
 * `SDK_PACKAGES` (Bedrock, Vertex, Foundry, AWS, Google Cloud), followed through imports, `require`, variables, class fields, `this.x`
 * assignments in constructors and parameters annotated with the client's type.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

const { DefinitionType } = TSESLint.Scope;
import { PLATFORM_CLIENTS, SDK_DEFAULT_BASE_URL, SDK_PACKAGES, isSdkPackage, type ClientClass } from '../facts/sdk-surface.js';
import { calledFunction, enclosingClassBody, returnedExpressions, type FunctionNode } from './flow.js';
import { keyName, memberName, resolveImported, type ImportedValue } from './imports.js';
import { isDefaultBaseUrl, replacesFetch } from './transport.js';
import {
  constantInitializer,
  knownString,
  unwrapExpression,
  type ResolvedObject,
  type ResolvedProperty,
  type ValueResolver,
} from './values.js';
import { codeKeys } from './walk.js';

/**
 * The client class an imported value is: `Anthropic` (default or named), `AnthropicBedrock`, ...
 * A CommonJS module object (`require('@anthropic-ai/sdk')`) is also the package's default export.
 */
export function clientClassOf(value: ImportedValue | null): ClientClass | null {
  if (!value) return null;
  const pkg = Object.hasOwn(SDK_PACKAGES, value.module) ? SDK_PACKAGES[value.module] : undefined;
  const [first, ...rest] = value.path;
  if (!pkg || rest.length > 0) return null;
  const name = first ?? 'default';
  return Object.hasOwn(pkg.clients, name) ? (pkg.clients[name] ?? null) : null;
}

export interface ClientInfo {
  /** The service the client talks to, and the model ID forms it takes. */
  readonly kind: ClientClass;
  /** The `new X(...)` that built the client, when it is in this file. */
  readonly construction: TSESTree.NewExpression | null;
  /** The constructor options, when statically known. */
  readonly options: ResolvedObject | null;
}

/**
 * True when the client was built with options that may point it at another service (a gateway
 * or proxy may take other model names and parameters): a `baseURL` other than the API's own
 * written out, a `fetch` of the code's own that may never reach the API, or options not
 * statically known.
 */
export function clientHasCustomBaseUrl(sourceCode: Readonly<TSESLint.SourceCode>, client: ClientInfo): boolean {
  const { construction, options } = client;
  if (!construction || construction.arguments.length === 0) return false;
  if (!options?.complete || replacesFetch(sourceCode, options)) return true;
  const baseURL = options.properties.get('baseURL');
  return baseURL !== undefined && !isOwnBaseUrl(client, baseURL);
}

/** True when a client's `baseURL` is the first-party API's own address, as the SDK sends to without one. */
export function isOwnBaseUrl(client: ClientInfo, baseURL: ResolvedProperty): boolean {
  return client.kind.service === 'anthropic' && isDefaultBaseUrl(knownString(baseURL.value), SDK_DEFAULT_BASE_URL);
}

/**
 * One client from the clients an expression may hold (a variable or field written in several
 * places, a function with several returns): all must be of one service, and when there are
 * several constructions, none may point elsewhere, since which one a call sees is not known.
 */
function merged(sourceCode: Readonly<TSESLint.SourceCode>, found: readonly (ClientInfo | null)[]): ClientInfo | null {
  const first = found[0];
  if (!first || !found.every((info) => info?.kind.service === first.kind.service)) return null;
  const constructions = new Set(found.map((info) => info?.construction));
  if (constructions.size === 1) return first;
  if (found.some((info) => info !== null && clientHasCustomBaseUrl(sourceCode, info))) return null;
  return { kind: first.kind, construction: null, options: null };
}

const MAX_DEPTH = 8;

export class ClientResolver {
  private readonly cache = new WeakMap<TSESTree.Node, ClientInfo | null>();
  private writesByClass: Map<TSESTree.ClassBody, Map<string, TSESTree.Expression[]>> | null = null;
  private readonly memberCache = new WeakMap<TSESTree.ClassBody, Map<string, ClientInfo | null>>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly values: ValueResolver,
    /** Every `this.x = ...` of the file. */
    private readonly thisWrites: readonly TSESTree.AssignmentExpression[],
  ) {}

  /** The values assigned to `this.<name>` anywhere in a class (methods, constructor, arrow functions). */
  private writesTo(body: TSESTree.ClassBody, name: string): readonly TSESTree.Expression[] {
    if (!this.writesByClass) {
      this.writesByClass = new Map();
      for (const write of this.thisWrites) {
        const owner = enclosingClassBody(write);
        const key = write.left.type === AST_NODE_TYPES.MemberExpression ? memberName(write.left) : null;
        if (!owner || key === null) continue;
        let byName = this.writesByClass.get(owner);
        if (!byName) {
          byName = new Map<string, TSESTree.Expression[]>();
          this.writesByClass.set(owner, byName);
        }
        const list = byName.get(key);
        if (list) list.push(write.right);
        else byName.set(key, [write.right]);
      }
    }
    return this.writesByClass.get(body)?.get(name) ?? [];
  }

  /** The client an expression evaluates to, or null when it is not provably a Claude client. */
  resolveClient(node: TSESTree.Node, depth = 0): ClientInfo | null {
    if (depth > MAX_DEPTH) return null;
    if (this.cache.has(node)) return this.cache.get(node) ?? null;
    this.cache.set(node, null); // cycle guard
    const result = this.computeClient(node, depth);
    this.cache.set(node, result);
    return result;
  }

  private computeClient(original: TSESTree.Node, depth: number): ClientInfo | null {
    let node = unwrapExpression(original);
    if (node.type === AST_NODE_TYPES.ChainExpression) node = unwrapExpression(node.expression);
    switch (node.type) {
      case AST_NODE_TYPES.NewExpression: {
        const kind = this.clientClass(node.callee);
        if (!kind) return null;
        const first = node.arguments[0];
        const options = first ? this.values.resolve(first) : null;
        return { kind, construction: node, options: options?.kind === 'object' ? options : null };
      }
      case AST_NODE_TYPES.Identifier:
        return this.clientOfIdentifier(node, depth);
      case AST_NODE_TYPES.MemberExpression:
        if (node.object.type === AST_NODE_TYPES.ThisExpression) return this.clientOfThisMember(node, depth);
        return null;
      case AST_NODE_TYPES.AssignmentExpression:
        if (node.operator === '=') return this.resolveClient(node.right, depth + 1);
        // `cached ??= new Anthropic()`: the old value or the new one.
        return node.operator === '??=' || node.operator === '||=' ? this.sameClient([node.left, node.right], depth) : null;
      case AST_NODE_TYPES.LogicalExpression:
        // `cached ?? new Anthropic()`, `cached || (cached = new Anthropic())`
        return node.operator === '&&' ? null : this.sameClient([node.left, node.right], depth);
      case AST_NODE_TYPES.AwaitExpression:
        return this.resolveClient(node.argument, depth + 1);
      case AST_NODE_TYPES.CallExpression:
        return this.clientOfCall(node, depth);
      default:
        return null;
    }
  }

  /** The client every expression evaluates to, when they all are clients of one service. */
  private sameClient(nodes: readonly TSESTree.Node[], depth: number): ClientInfo | null {
    return merged(
      this.sourceCode,
      nodes.map((value) => this.resolveClient(value, depth + 1)),
    );
  }

  /**
   * A same-file function or method whose every `return` is a client: `getClient()`,
   * `this.ensureClient()`, `await createClient()`.
   */
  private clientOfCall(node: TSESTree.CallExpression, depth: number): ClientInfo | null {
    const fn = this.calledFunction(node.callee);
    if (!fn) return null;
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return this.resolveClient(fn.body, depth + 1);
    const returned = returnedExpressions(fn.body, codeKeys(this.sourceCode.visitorKeys));
    return returned && returned.length > 0 ? this.sameClient(returned, depth) : null;
  }

  /** The function a callee names in this file: a declaration, a `const` holding one, or a method of the enclosing class. */
  private calledFunction(callee: TSESTree.Node): FunctionNode | null {
    return calledFunction(this.sourceCode, callee);
  }

  private clientOfIdentifier(node: TSESTree.Identifier, depth: number): ClientInfo | null {
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(node), node);
    if (!variable || variable.defs.length !== 1) return null;
    const def = variable.defs[0];
    if (!def) return null;
    if (def.type === DefinitionType.Variable) {
      const init = constantInitializer(variable);
      if (init) return this.resolveClient(init, depth + 1);
      // `let client: Anthropic;` assigned later
      const annotation = def.node.id.type === AST_NODE_TYPES.Identifier ? def.node.id.typeAnnotation : undefined;
      if (annotation) return this.clientOfType(annotation.typeAnnotation, depth);
      return def.node.id.type === AST_NODE_TYPES.Identifier ? this.clientOfWrites(variable, depth) : null;
    }
    if (def.type === DefinitionType.Parameter) {
      return this.clientOfParameter(def.name, depth);
    }
    return null;
  }

  /**
   * A `let` holding a lazily built client (`let cached; ... cached ??= new Anthropic()`): every
   * value written to it is a client of one service, apart from an initial `null` / `undefined`.
   */
  private clientOfWrites(variable: TSESLint.Scope.Variable, depth: number): ClientInfo | null {
    const written: TSESTree.Node[] = [];
    for (const reference of variable.references) {
      if (!reference.isWrite()) continue;
      const value = reference.writeExpr;
      if (!value) return null;
      if (reference.init && isNullish(value)) continue;
      const parent = reference.identifier.parent;
      // `x ??= value` writes `value` only when x is nullish; `x += 1` is not a client.
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && !['=', '??=', '||='].includes(parent.operator)) return null;
      written.push(value);
    }
    return written.length > 0 ? this.sameClient(written, depth) : null;
  }

  /** A parameter annotated with a client type, or defaulting to a client. */
  private clientOfParameter(name: TSESTree.Node, depth: number): ClientInfo | null {
    const parent = name.parent;
    if (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === name) {
      const fromDefault = this.resolveClient(parent.right, depth + 1);
      if (fromDefault) return fromDefault;
    }
    if (name.type === AST_NODE_TYPES.Identifier && name.typeAnnotation) {
      return this.clientOfType(name.typeAnnotation.typeAnnotation, depth);
    }
    return null;
  }

  /** `Anthropic`, `AnthropicBedrock`, `sdk.Anthropic`, `Anthropic | undefined` as a type. */
  clientOfType(type: TSESTree.TypeNode, depth: number): ClientInfo | null {
    if (type.type === AST_NODE_TYPES.TSUnionType) {
      const kinds = type.types
        .filter((member) => member.type !== AST_NODE_TYPES.TSUndefinedKeyword && member.type !== AST_NODE_TYPES.TSNullKeyword)
        .map((member) => this.clientOfType(member, depth + 1));
      const first = kinds[0];
      return kinds.length > 0 && first && kinds.every((kind) => kind?.kind.service === first.kind.service) ? first : null;
    }
    if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeArguments) return null;
    const kind = this.clientClass(type.typeName);
    return kind ? { kind, construction: null, options: null } : null;
  }

  /**
   * `this.client` inside a class. A declared client type (`private client: Anthropic`) settles it,
   * as TypeScript checks every assignment; otherwise the field initializer and every
   * `this.client = ...` in the class must all be the same kind of client.
   */
  private clientOfThisMember(node: TSESTree.MemberExpression, depth: number): ClientInfo | null {
    const name = memberName(node);
    const body = enclosingClassBody(node);
    if (name === null || !body) return null;
    // Every `this.<name>` of a class at one depth is the same question: answer it once, so N
    // calls on a field with N writes stay linear (the depth is part of the key, so a result cut
    // short by the depth limit never stands in for one that was not).
    const key = `${name}@${depth}`;
    let byMember = this.memberCache.get(body);
    if (!byMember) {
      byMember = new Map();
      this.memberCache.set(body, byMember);
    }
    if (byMember.has(key)) return byMember.get(key) ?? null;
    byMember.set(key, null); // cycle guard
    const result = this.computeThisMember(body, name, depth);
    byMember.set(key, result);
    return result;
  }

  private computeThisMember(body: TSESTree.ClassBody, name: string, depth: number): ClientInfo | null {
    const values: TSESTree.Node[] = [...this.writesTo(body, name)];
    for (const element of body.body) {
      if (
        (element.type === AST_NODE_TYPES.PropertyDefinition || element.type === AST_NODE_TYPES.AccessorProperty) &&
        !element.static &&
        !element.computed &&
        keyName(element.key) === name
      ) {
        const typed = element.typeAnnotation ? this.clientOfType(element.typeAnnotation.typeAnnotation, depth + 1) : null;
        if (typed) return typed;
        if (element.value) values.push(element.value);
      }
      if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
        for (const param of element.value.params) {
          if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
          const inner = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
          if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name) {
            const typed = this.clientOfParameter(inner, depth + 1);
            if (typed) return typed;
            values.push(inner);
          }
        }
      }
    }
    return merged(
      this.sourceCode,
      values.map((value) => this.resolveClient(value, depth + 1)),
    );
  }

  /** The client class an expression or type name refers to: from the SDK's packages, or a platform client re-exported by the app's own module. */
  clientClass(node: TSESTree.Node): ClientClass | null {
    // One scope lookup for both kinds of module: most `new X()` in a file (`Error`, `Map`) are neither.
    const imported = resolveImported(this.sourceCode, node, isClientModule);
    if (!imported) return null;
    if (isSdkPackage(imported.module)) return clientClassOf(imported);
    const name = imported.path.length === 1 ? imported.path[0] : undefined;
    return name === undefined ? null : (PLATFORM_CLIENTS.get(name) ?? null);
  }
}

/** A module of the app itself: a relative path or a path alias (`@/lib/clients`, `~/clients`, `#clients`). */
const isAppModule = (module: string): boolean => /^(?:\.{1,2}\/|\/|@\/|~\/|#)/u.test(module);
const isClientModule = (module: string): boolean => isSdkPackage(module) || isAppModule(module);

function isNullish(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return (
    (value.type === AST_NODE_TYPES.Literal && value.value === null) ||
    (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined')
  );
}
