/**
 * Resolve what an expression statically says, property by property.
 *
 * `getStaticValue` gives up on a whole object when one property is dynamic; payload rules
 * need each property on its own, with the node where it is written. So objects and arrays
 * are resolved structurally here, and only leaves go through `getStaticValue`.
 * Anything not provably known is `unknown`: rules stay silent on it.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

const { DefinitionType } = TSESLint.Scope;

export type Resolved = ResolvedObject | ResolvedArray | ResolvedLiteral | ResolvedChoice | ResolvedUnknown;

export interface ResolvedProperty {
  readonly key: string;
  /** The `Property` node that writes this key (report on it; remove it in a suggestion). */
  readonly node: TSESTree.Property;
  readonly value: Resolved;
}

export interface ResolvedObject {
  readonly kind: 'object';
  readonly node: TSESTree.ObjectExpression;
  readonly properties: ReadonlyMap<string, ResolvedProperty>;
  /** False when a spread or computed key of unknown content may add keys. */
  readonly complete: boolean;
}

export interface ResolvedArray {
  readonly kind: 'array';
  readonly node: TSESTree.ArrayExpression;
  /** Elements in order; an unknown spread stays as an `unknown` entry with `spread: true`. */
  readonly elements: readonly Resolved[];
}

export interface ResolvedLiteral {
  readonly kind: 'literal';
  readonly node: TSESTree.Node;
  readonly value: string | number | boolean | bigint | null | undefined;
}

/** A value that is one of several (`cond ? a : b`). */
export interface ResolvedChoice {
  readonly kind: 'choice';
  readonly node: TSESTree.Node;
  readonly options: readonly Resolved[];
}

export interface ResolvedUnknown {
  readonly kind: 'unknown';
  readonly node: TSESTree.Node;
  /** Set on an array entry that stands for a spread of unknown length. */
  readonly spread?: boolean;
}

const MAX_DEPTH = 12;

/** Strip `as`, `satisfies`, `!`, `<T>x`: they do not change the runtime value. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/**
 * The initializer of a variable that always holds it: a `const` (or a `let`/`var` never written
 * again) declared once with a plain identifier. Null otherwise.
 */
export function constantInitializer(variable: TSESLint.Scope.Variable | null): TSESTree.Expression | null {
  if (!variable || variable.defs.length !== 1) return null;
  const def = variable.defs[0];
  if (def?.type !== DefinitionType.Variable) return null;
  const declarator = def.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return null;
  if (def.parent.kind !== 'const' && variable.references.some((ref) => ref.isWrite() && !ref.init)) return null;
  return declarator.init;
}

/** Array methods that change the array they are called on. */
const MUTATING_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);
/** Calls that read their arguments without changing them; any other call may change them. */
const READ_ONLY_OBJECTS = new Set(['console', 'JSON', 'Math', 'Number', 'String', 'Array']);
const READ_ONLY_OBJECT_METHODS = new Set(['keys', 'values', 'entries', 'freeze', 'isFrozen', 'getOwnPropertyNames', 'hasOwn']);
const READ_ONLY_FUNCTIONS = new Set(['String', 'Number', 'Boolean', 'structuredClone', 'isArray']);
/** The SDK's request methods read the payload they are given. */
const REQUEST_METHODS = new Set(['create', 'stream', 'parse', 'countTokens']);

function readsArguments(call: TSESTree.CallExpression, context: ChangeContext): boolean {
  if (context.readOnlyCall(call)) return true;
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return READ_ONLY_FUNCTIONS.has(callee.name);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const method = callee.property.name;
  if (REQUEST_METHODS.has(method)) return true;
  if (callee.object.type !== AST_NODE_TYPES.Identifier) return false;
  if (callee.object.name === 'Object') return READ_ONLY_OBJECT_METHODS.has(method);
  return READ_ONLY_OBJECTS.has(callee.object.name);
}

/**
 * True when code may change the object or array held by this variable after it was built:
 * writes or `delete` through it (`params.x = 1`, `params.messages.push(m)`), handing it (or a
 * part of it) to a function that may change it (`applyDefaults(params)`), or the same through an
 * alias (`const p = params`).
 */
interface ChangeContext {
  readonly declared: (node: TSESTree.VariableDeclarator) => readonly TSESLint.Scope.Variable[];
  /** True for constructors known to only read their arguments (the SDK's clients). */
  readonly readOnlyConstructor: (callee: TSESTree.Expression) => boolean;
  /** True for calls known to only read their arguments (an HTTP client sending a body). */
  readonly readOnlyCall: (call: TSESTree.CallExpression) => boolean;
}

function mayChange(variable: TSESLint.Scope.Variable, context: ChangeContext, depth = 0): boolean {
  if (depth > 4) return true;
  return variable.references.some((reference) => {
    if (reference.init) return false;
    const identifier = reference.identifier as TSESTree.Node;
    let node: TSESTree.Node = identifier;
    let parent = node.parent;
    // Climb `params.messages[0]` and type-only wrappers to the outermost access.
    while (
      parent &&
      ((parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node) ||
        parent.type === AST_NODE_TYPES.TSAsExpression ||
        parent.type === AST_NODE_TYPES.TSNonNullExpression ||
        parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
        parent.type === AST_NODE_TYPES.ChainExpression)
    ) {
      node = parent;
      parent = node.parent;
    }
    if (!parent) return false;
    const accessed = node !== identifier;
    switch (parent.type) {
      case AST_NODE_TYPES.AssignmentExpression:
        // `params.x = ...` changes it; `other = params` lets it escape.
        return parent.left === node ? accessed : true;
      case AST_NODE_TYPES.UpdateExpression:
        return accessed;
      case AST_NODE_TYPES.UnaryExpression:
        return parent.operator === 'delete' && accessed;
      case AST_NODE_TYPES.CallExpression: {
        if (parent.callee === node) {
          // `params.messages.push(m)`
          return (
            node.type === AST_NODE_TYPES.MemberExpression &&
            node.property.type === AST_NODE_TYPES.Identifier &&
            MUTATING_METHODS.has(node.property.name)
          );
        }
        return !readsArguments(parent, context);
      }
      case AST_NODE_TYPES.NewExpression:
        return parent.callee === node || !context.readOnlyConstructor(parent.callee);
      case AST_NODE_TYPES.VariableDeclarator:
        // An alias of it or of a part: `const p = params`, `const { messages } = params`.
        return parent.init === node && context.declared(parent).some((alias) => mayChange(alias, context, depth + 1));
      default:
        return false;
    }
  });
}

export class ValueResolver {
  private readonly cache = new WeakMap<TSESTree.Node, Resolved>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    /** Constructors that only read their arguments, such as `new Anthropic(options)`. */
    private readonly readOnlyConstructor: (callee: TSESTree.Expression) => boolean = () => false,
    /** Calls that only read their arguments, such as `axios.post(url, payload)`. */
    private readonly readOnlyCall: (call: TSESTree.CallExpression) => boolean = () => false,
  ) {}

  resolve(node: TSESTree.Node, depth = 0): Resolved {
    const cached = this.cache.get(node);
    if (cached) return cached;
    const result = depth > MAX_DEPTH ? unknown(node) : this.compute(node, depth);
    this.cache.set(node, result);
    return result;
  }

  private compute(original: TSESTree.Node, depth: number): Resolved {
    const node = unwrapExpression(original);
    switch (node.type) {
      case AST_NODE_TYPES.ObjectExpression:
        return this.resolveObject(node, depth);
      case AST_NODE_TYPES.ArrayExpression:
        return this.resolveArray(node, depth);
      case AST_NODE_TYPES.ConditionalExpression: {
        const test = this.staticValue(node.test);
        if (test) return this.resolve(test.value ? node.consequent : node.alternate, depth + 1);
        return {
          kind: 'choice',
          node,
          options: [this.resolve(node.consequent, depth + 1), this.resolve(node.alternate, depth + 1)],
        };
      }
      case AST_NODE_TYPES.LogicalExpression: {
        // `env.MODEL ?? 'claude-…'`: the fallback is sent whenever the left side is missing.
        if (node.operator === '&&') return this.leaf(node);
        const left = this.staticValue(node.left);
        if (left) {
          const useLeft = node.operator === '??' ? left.value !== null && left.value !== undefined : Boolean(left.value);
          return this.resolve(useLeft ? node.left : node.right, depth + 1);
        }
        return { kind: 'choice', node, options: [unknown(node.left), this.resolve(node.right, depth + 1)] };
      }
      case AST_NODE_TYPES.Identifier: {
        if (node.name === 'undefined') return this.leaf(node);
        const variable = ASTUtils.findVariable(this.sourceCode.getScope(node), node);
        const init = constantInitializer(variable);
        if (!variable || !init) return this.leaf(node);
        const target = unwrapExpression(init);
        if (
          (target.type === AST_NODE_TYPES.ObjectExpression || target.type === AST_NODE_TYPES.ArrayExpression) &&
          mayChange(variable, {
            declared: (declarator) => this.sourceCode.getDeclaredVariables(declarator),
            readOnlyConstructor: this.readOnlyConstructor,
            readOnlyCall: this.readOnlyCall,
          })
        ) {
          return unknown(node);
        }
        return this.resolve(init, depth + 1);
      }
      case AST_NODE_TYPES.MemberExpression: {
        if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
          const object = this.resolve(node.object, depth + 1);
          if (object.kind === 'object') {
            const property = object.properties.get(node.property.name);
            if (property) return property.value;
            return object.complete ? { kind: 'literal', node, value: undefined } : unknown(node);
          }
        }
        return this.leaf(node);
      }
      default:
        return this.leaf(node);
    }
  }

  private leaf(node: TSESTree.Node): Resolved {
    const value = this.staticValue(node);
    if (!value) return unknown(node);
    const v = value.value;
    if (v === null || v === undefined || ['string', 'number', 'boolean', 'bigint'].includes(typeof v)) {
      return { kind: 'literal', node, value: v as ResolvedLiteral['value'] };
    }
    return unknown(node);
  }

  private staticValue(node: TSESTree.Node): { value: unknown } | null {
    try {
      return ASTUtils.getStaticValue(node, this.sourceCode.getScope(node));
    } catch {
      return null;
    }
  }

  private resolveObject(node: TSESTree.ObjectExpression, depth: number): ResolvedObject {
    const properties = new Map<string, ResolvedProperty>();
    let complete = true;
    const forgetEarlierValues = (): void => {
      // An unknown spread or key may override anything written before it.
      for (const [key, property] of properties) {
        properties.set(key, { ...property, value: unknown(property.value.node) });
      }
    };
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const spread = this.resolve(property.argument, depth + 1);
        if (spread.kind === 'object') {
          if (!spread.complete) {
            complete = false;
            forgetEarlierValues();
          }
          for (const [key, inner] of spread.properties) properties.set(key, inner);
        } else if (spread.kind === 'literal' && (spread.value === null || spread.value === undefined)) {
          // `...undefined` adds nothing
        } else {
          complete = false;
          forgetEarlierValues();
        }
        continue;
      }
      const key = this.propertyKey(property);
      if (key === null) {
        complete = false;
        forgetEarlierValues();
        continue;
      }
      const value =
        property.kind !== 'init' || property.method
          ? unknown(property.value)
          : this.resolve(property.value, depth + 1);
      properties.set(key, { key, node: property, value });
    }
    return { kind: 'object', node, properties, complete };
  }

  private propertyKey(property: TSESTree.Property): string | null {
    if (!property.computed) {
      if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
      if (property.key.type === AST_NODE_TYPES.Literal) return String(property.key.value);
      return null;
    }
    const value = this.staticValue(property.key);
    return value && (typeof value.value === 'string' || typeof value.value === 'number') ? String(value.value) : null;
  }

  private resolveArray(node: TSESTree.ArrayExpression, depth: number): ResolvedArray {
    const elements: Resolved[] = [];
    for (const element of node.elements) {
      if (element === null) {
        elements.push({ kind: 'literal', node, value: undefined });
      } else if (element.type === AST_NODE_TYPES.SpreadElement) {
        const spread = this.resolve(element.argument, depth + 1);
        if (spread.kind === 'array') elements.push(...spread.elements);
        else elements.push({ kind: 'unknown', node: element, spread: true });
      } else {
        elements.push(this.resolve(element, depth + 1));
      }
    }
    return { kind: 'array', node, elements };
  }
}

function unknown(node: TSESTree.Node): ResolvedUnknown {
  return { kind: 'unknown', node };
}

// ------------------------------------------------------------------ reading resolved values

export interface PossibleValue<T> {
  readonly value: T;
  readonly node: TSESTree.Node;
}

/**
 * Every primitive value a resolved value can take (a choice contributes each branch).
 * Unknown branches are left out; `complete` tells whether any was.
 */
export function possibleValues(resolved: Resolved | undefined): {
  values: PossibleValue<ResolvedLiteral['value']>[];
  complete: boolean;
} {
  const values: PossibleValue<ResolvedLiteral['value']>[] = [];
  let complete = true;
  const visit = (value: Resolved): void => {
    if (value.kind === 'literal') values.push({ value: value.value, node: value.node });
    else if (value.kind === 'choice') value.options.forEach(visit);
    else complete = false;
  };
  if (resolved) visit(resolved);
  else complete = false;
  return { values, complete };
}

export function knownString(resolved: Resolved | undefined): string | undefined {
  return resolved?.kind === 'literal' && typeof resolved.value === 'string' ? resolved.value : undefined;
}

export function knownNumber(resolved: Resolved | undefined): number | undefined {
  return resolved?.kind === 'literal' && typeof resolved.value === 'number' ? resolved.value : undefined;
}

/** The object a value certainly is, or undefined. */
export function asObject(resolved: Resolved | undefined): ResolvedObject | undefined {
  return resolved?.kind === 'object' ? resolved : undefined;
}

export function asArray(resolved: Resolved | undefined): ResolvedArray | undefined {
  return resolved?.kind === 'array' ? resolved : undefined;
}

/** A property's value when the key is certainly present; undefined when absent or not known. */
export function prop(object: ResolvedObject | undefined, key: string): Resolved | undefined {
  return object?.properties.get(key)?.value;
}

/**
 * True when a property is present and, in some statically known case, sends a value (JSON drops
 * `undefined`): `0.5`, `cond ? 0.5 : undefined`, an object. A value that is not statically known
 * does not count: it may be `undefined` at run time.
 */
export function sendsValue(property: ResolvedProperty | undefined): boolean {
  if (!property) return false;
  const { value } = property;
  if (value.kind === 'object' || value.kind === 'array') return true;
  return possibleValues(value).values.some((option) => option.value !== undefined);
}

/** True when the value is `undefined` in every case: JSON leaves the key out. */
export function neverSent(value: Resolved): boolean {
  const { values, complete } = possibleValues(value);
  return complete && values.length > 0 && values.every((option) => option.value === undefined);
}
