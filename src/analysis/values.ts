/**
 * Resolve what an expression statically says, property by property.
 *
 * `getStaticValue` gives up on a whole object when one property is dynamic; payload rules
 * need each property on its own, with the node where it is written. So objects and arrays
 * are resolved structurally here, and only leaves go through `getStaticValue`.
 * Anything not provably known is `unknown`: rules stay silent on it.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { DataFlow, calledFunction, isFunction } from './flow.js';
import { keyName, memberName } from './imports.js';

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
  /** Keys that plain writes (`params.system = ...`) may set after the literal: not known, and maybe present. */
  readonly written?: ReadonlySet<string>;
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
  /** Set when the value is known from a type, not written at `node`: where it is declared (type-aware mode). */
  readonly origin?: string;
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
/** Array methods whose first argument is a callback given the elements. */
const CALLBACK_METHODS = new Set([
  'every',
  'filter',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'flatMap',
  'forEach',
  'map',
  'reduce',
  'reduceRight',
  'some',
  'toSorted',
]);
/** Built-in methods whose result may hold the receiver's parts (or what a callback returned). */
const RETURNS_PARTS = new Set([
  'at',
  'concat',
  'entries',
  'filter',
  'find',
  'findLast',
  'flat',
  'flatMap',
  'map',
  'reduce',
  'reduceRight',
  'slice',
  'toReversed',
  'toSorted',
  'toSpliced',
  'values',
  'valueOf',
  'with',
]);
/**
 * Built-in methods of arrays, strings and `Object.prototype` that do not change their receiver.
 * Any other method called on the object may be one of its own, changing it through `this`.
 */
const READ_ONLY_METHODS: ReadonlySet<string> = new Set([
  // Those that hand out their receiver's parts only read it too.
  ...CALLBACK_METHODS,
  ...RETURNS_PARTS,
  'includes',
  'indexOf',
  'join',
  'keys',
  'lastIndexOf',
  'toString',
  'toLocaleString',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'charAt',
  'endsWith',
  'localeCompare',
  'match',
  'matchAll',
  'normalize',
  'padEnd',
  'padStart',
  'repeat',
  'replace',
  'replaceAll',
  'search',
  'split',
  'startsWith',
  'substring',
  'toLowerCase',
  'toUpperCase',
  'trim',
  'trimEnd',
  'trimStart',
]);
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

interface ChangeContext {
  readonly declared: (node: TSESTree.Node) => readonly TSESLint.Scope.Variable[];
  /** The same-file function an identifier names (a declaration or a `const` function), if any. */
  readonly functionNamed: (identifier: TSESTree.Identifier) => TSESTree.Node | undefined;
  /** True for constructors known to only read their arguments (the SDK's clients). */
  readonly readOnlyConstructor: (callee: TSESTree.Expression) => boolean;
  /** True for calls known to only read their arguments (an HTTP client sending a body). */
  readonly readOnlyCall: (call: TSESTree.CallExpression) => boolean;
}

/**
 * The outermost expression that holds the value at `start` (or a part of it): climbs member
 * accesses (`params.messages[0]`), type-only wrappers, and the literals and operators that carry
 * the value along without copying it (`{ params }`, `[params]`, `{ ...params }` shares its
 * nested objects, `c ? params : other`, `await params`).
 */
function outermostHolder(start: TSESTree.Node): TSESTree.Node {
  let node = start;
  for (let parent = node.parent; parent; node = parent, parent = node.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.MemberExpression:
        if (parent.object !== node) return node;
        break;
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.AwaitExpression:
        if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === node) return node;
        break;
      case AST_NODE_TYPES.SequenceExpression:
        if (parent.expressions.at(-1) !== node) return node;
        break;
      case AST_NODE_TYPES.SpreadElement:
        if (parent.parent.type !== AST_NODE_TYPES.ObjectExpression && parent.parent.type !== AST_NODE_TYPES.ArrayExpression) return node;
        break;
      case AST_NODE_TYPES.Property:
        // A value in an object literal; a key or a destructuring target is not a holder.
        if (parent.value !== node || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return node;
        break;
      default:
        return node;
    }
  }
  return node;
}

/**
 * True when code may change the object or array held by this variable after it was built:
 * writes or `delete` through it (`params.x = 1`, `params.messages.push(m)`), handing it (or a
 * part of it, or an object or array holding it) to a function that may change it
 * (`applyDefaults({ params })`), writes through such a holder (`[t][0].model = ...`), the same
 * through an alias (`const p = params`) or a part a built-in hands out (`forEach((m) => ...)`,
 * `find(...).content = ...`), and any use this cannot follow (`with (params)`, `return params`):
 * only uses known to read are safe.
 */
/** A primitive written out: a string, number, boolean or null literal, a template without expressions, `-1`. */
function isPrimitiveLiteral(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return !('regex' in node && node.regex);
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.length === 0;
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '-' && node.argument.type === AST_NODE_TYPES.Literal;
}

/**
 * True when `node` is an object literal of primitives only (`{ model: 'claude-…', max_tokens: 1024 }`):
 * a copy made by spreading it (`{ ...config, messages }`) shares nothing with it, so no use of
 * the copy can change it.
 */
function isFlatObject(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.ObjectExpression &&
    node.properties.every(
      (property) =>
        property.type === AST_NODE_TYPES.Property &&
        property.kind === 'init' &&
        !property.method &&
        !property.computed &&
        isPrimitiveLiteral(property.value),
    )
  );
}

/**
 * A use of an object of primitives that hands out no part of it that could change it: spread
 * into an object literal (`{ ...config }` copies its own properties) or one property read
 * (`config.max_tokens`, a primitive) that nothing writes to.
 */
function readsFlatObject(identifier: TSESTree.Node): boolean {
  const parent = identifier.parent;
  if (parent?.type === AST_NODE_TYPES.SpreadElement) return parent.parent.type === AST_NODE_TYPES.ObjectExpression;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== identifier) return false;
  const use = parent.parent;
  // `config.reset()`: a method called on it, with `this` the object, may change it.
  if (use.type === AST_NODE_TYPES.CallExpression) return use.callee !== parent;
  if (use.type === AST_NODE_TYPES.AssignmentExpression) return use.left !== parent;
  if (use.type === AST_NODE_TYPES.UpdateExpression) return false;
  return !(use.type === AST_NODE_TYPES.UnaryExpression && use.operator === 'delete');
}

/**
 * `flat`: the variable holds an object of primitives only (isFlatObject): a copy made by
 * spreading it, or a property read from it, shares nothing with it, so whatever happens to those
 * leaves the variable's object as it is.
 */
function mayChange(
  variable: TSESLint.Scope.Variable,
  context: ChangeContext,
  depth = 0,
  followed: TSESTree.Node | null = null,
  flat = false,
): boolean {
  if (depth > 4) return true;
  return variable.references.some((reference) => {
    if (reference.init) return false;
    if (flat && readsFlatObject(reference.identifier)) return false;
    // `typeof params` in a type changes nothing. (eslint-scope, used for plain JavaScript, has no
    // `isValueReference`: every reference there is a value reference.)
    if ((reference as { readonly isValueReference?: boolean }).isValueReference === false) return false;
    return usedToChange(reference.identifier, context, depth, followed);
  });
}

/** An object literal whose writes may run code: a setter (or getter pair), or a `__proto__` that may bring one. */
function hasAccessors(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      (property.kind !== 'init' || (!property.computed && keyName(property.key) === '__proto__')),
  );
}

/**
 * A source the file gives no value to (a request body, `await req.json()`, a parameter), as
 * opposed to one that the resolver could not read but the file fills: an object of `this`
 * (`this.cfg`), or a variable holding an object literal.
 */
function unreadableSource(sourceCode: Readonly<TSESLint.SourceCode>, init: TSESTree.Node): boolean {
  let root = unwrapExpression(init);
  while (
    root.type === AST_NODE_TYPES.AwaitExpression ||
    root.type === AST_NODE_TYPES.MemberExpression ||
    root.type === AST_NODE_TYPES.ChainExpression
  ) {
    root = unwrapExpression(
      root.type === AST_NODE_TYPES.MemberExpression
        ? root.object
        : root.type === AST_NODE_TYPES.AwaitExpression
          ? root.argument
          : root.expression,
    );
  }
  if (root.type === AST_NODE_TYPES.ThisExpression) return false;
  if (root.type !== AST_NODE_TYPES.Identifier) return true;
  const held = constantInitializer(ASTUtils.findVariable(sourceCode.getScope(root), root) ?? null);
  return !held || unwrapExpression(held).type !== AST_NODE_TYPES.ObjectExpression;
}

/**
 * The top-level keys that plain writes `params.key = value` set on the variable's object, when
 * those writes are the only way it may change (`const params = { model, messages }; if (system)
 * params.system = system;`): those keys are not known, the others keep what the literal says.
 * Null when there are none, or when anything else may change the object (another kind of write,
 * a write under a key the code does not name, an alias, a call that may change it).
 */
function keysWrittenOnly(variable: TSESLint.Scope.Variable, context: ChangeContext, flat: boolean): ReadonlySet<string> | null {
  const keys = new Set<string>();
  for (const reference of variable.references) {
    if (reference.init) continue;
    const identifier = reference.identifier;
    if ((reference as { readonly isValueReference?: boolean }).isValueReference === false) continue;
    const member = identifier.parent;
    if (
      member?.type === AST_NODE_TYPES.MemberExpression &&
      member.object === identifier &&
      member.parent.type === AST_NODE_TYPES.AssignmentExpression &&
      member.parent.left === member &&
      member.parent.operator === '='
    ) {
      const key = memberName(member);
      if (key === null) return null;
      keys.add(key);
      continue;
    }
    if (flat && readsFlatObject(identifier)) continue;
    if (usedToChange(identifier, context, 0)) return null;
  }
  return keys.size > 0 ? keys : null;
}

/**
 * True when this use of the value at `start` (or of a part of it) may change it. `followed`: a
 * callback whose return values the caller follows (or discards), so returning a part is safe.
 */
function usedToChange(start: TSESTree.Node, context: ChangeContext, depth: number, followed: TSESTree.Node | null = null): boolean {
  if (depth > 4) return true;
  const node = outermostHolder(start);
  const parent = node.parent;
  if (!parent) return false;
  const accessed = node !== start;
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      // `params.x = ...` changes it; `other = params` lets it escape; `x[params] = 1` reads it.
      if (parent.left === node) return accessed;
      return parent.right === node;
    case AST_NODE_TYPES.UpdateExpression:
      return accessed;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete' && accessed;
    case AST_NODE_TYPES.CallExpression: {
      if (parent.callee === node) {
        // `params.messages.push(m)`, or a method of its own that may change it through `this`.
        if (node.type !== AST_NODE_TYPES.MemberExpression) return false;
        if (node.computed || node.property.type !== AST_NODE_TYPES.Identifier) return true;
        const method = node.property.name;
        if (MUTATING_METHODS.has(method) || !READ_ONLY_METHODS.has(method)) return true;
        // A built-in that only reads its receiver may still hand out its parts: to a callback
        // (`forEach((m) => { m.content = '' })`) or as its result (`find(...)`, `at(0)`, `slice()`).
        if (CALLBACK_METHODS.has(method) && callbackMayChange(parent.arguments[0], context, depth, true)) return true;
        return RETURNS_PARTS.has(method) && usedToChange(parent, context, depth + 1);
      }
      if (!readsArguments(parent, context)) return true;
      // `Array.from(params.messages, (m) => ...)`, `Object.values(params)[0].x = 1`.
      const follows = returnsArgumentParts(parent);
      if (parent.arguments.some((argument) => isFunction(argument) && callbackMayChange(argument, context, depth, follows))) return true;
      return follows && usedToChange(parent, context, depth + 1);
    }
    case AST_NODE_TYPES.NewExpression:
      return parent.callee === node || !context.readOnlyConstructor(parent.callee);
    case AST_NODE_TYPES.VariableDeclarator:
      // An alias of it or of a part: `const p = params`, `const { messages } = params`.
      return parent.init === node && context.declared(parent).some((alias) => mayChange(alias, context, depth + 1, followed));
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body !== node || parent !== followed;
    case AST_NODE_TYPES.ReturnStatement:
      return followed === null || enclosingFunction(parent) !== followed;
    case AST_NODE_TYPES.MemberExpression:
      // `x[params]`: a key, read.
      return parent.object === node;
    case AST_NODE_TYPES.TSTypeQuery:
      return false;
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.SwitchStatement:
    case AST_NODE_TYPES.SwitchCase:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.SequenceExpression:
    // Other modules are not followed, as for `export const params = ...`.
    case AST_NODE_TYPES.ExportSpecifier:
    case AST_NODE_TYPES.ExportDefaultDeclaration:
      return false;
    default:
      // `with (params)`, `return params`, `for (const m of params.messages)`, a default value...
      return true;
  }
}

/**
 * True when a callback handed the value's parts may change them: an inline function or a
 * same-file function whose parameters may change; any other callback is not followed.
 * `returnsFollowed`: what the callback returns is discarded or followed by the caller.
 */
function callbackMayChange(callback: TSESTree.Node | undefined, context: ChangeContext, depth: number, returnsFollowed: boolean): boolean {
  if (!callback) return false;
  let fn: TSESTree.Node | undefined = callback;
  if (callback.type === AST_NODE_TYPES.Identifier) {
    if (READ_ONLY_FUNCTIONS.has(callback.name)) return false;
    fn = context.functionNamed(callback);
  }
  if (!fn || !isFunction(fn)) return true;
  return context
    .declared(fn)
    .some(
      (variable) =>
        variable.defs.some((def) => def.type === DefinitionType.Parameter) &&
        mayChange(variable, context, depth + 1, returnsFollowed ? fn : null),
    );
}

function enclosingFunction(node: TSESTree.Node): TSESTree.Node | null {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) return current;
  }
  return null;
}

/** `Object.values(params)`, `Object.entries`, `Object.freeze`, `Array.from`, `Array.of`: results that hold the argument's parts. */
function returnsArgumentParts(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.object.type !== AST_NODE_TYPES.Identifier) return false;
  if (callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  const [object, method] = [callee.object.name, callee.property.name];
  return (
    (object === 'Object' && ['values', 'entries', 'freeze'].includes(method)) || (object === 'Array' && ['from', 'of'].includes(method))
  );
}

/** A resolved value with the number of levels below its node that resolving it took. */
interface Exact {
  readonly value: Resolved;
  readonly height: number;
}

export class ValueResolver {
  /**
   * Values whose resolution did not reach the depth limit, with how deep it went: valid at any
   * depth that leaves room for that height, so a value first met at the end of a long `const`
   * chain does not hide what a direct use sees (results never depend on the order of calls).
   */
  private readonly exact = new WeakMap<TSESTree.Node, Exact>();
  /** Values cut short by the depth limit, by the depth they were resolved at. */
  private readonly truncated = new WeakMap<TSESTree.Node, Map<number, Resolved>>();
  /** `mayChange` per variable: one scan of its references, however many calls use it. */
  private readonly changes = new WeakMap<TSESLint.Scope.Variable, boolean>();
  private readonly changeContext: ChangeContext;
  /** The deepest level the current resolution reached, and whether it hit the limit. */
  private deepest = 0;
  private limited = false;

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    /** Constructors that only read their arguments, such as `new Anthropic(options)`. */
    readOnlyConstructor: (callee: TSESTree.Expression) => boolean = () => false,
    /** Calls that only read their arguments, such as `axios.post(url, payload)`. */
    readOnlyCall: (call: TSESTree.CallExpression) => boolean = () => false,
    /** What the type checker proves about an expression otherwise unknown (type-aware mode), or null. */
    private readonly fromTypes: ((node: TSESTree.Node) => Resolved | null) | null = null,
  ) {
    this.changeContext = {
      declared: (declarator) => this.sourceCode.getDeclaredVariables(declarator),
      functionNamed: (identifier) => calledFunction(this.sourceCode, identifier) ?? undefined,
      readOnlyConstructor,
      readOnlyCall,
    };
    this.flow = new DataFlow(sourceCode, (node, depth) => this.resolve(node, depth));
  }

  /** Same-file data flow (flow.ts): parameters, same-file returns, keyed lookups. */
  private readonly flow: DataFlow;

  /** What `node` statically is. `depth` counts the levels of resolution above it (a cycle and stack guard). */
  resolve(node: TSESTree.Node, depth = 0): Resolved {
    const exact = this.exact.get(node);
    if (exact && depth + exact.height <= MAX_DEPTH) {
      this.deepest = Math.max(this.deepest, depth + exact.height);
      return exact.value;
    }
    const cut = this.truncated.get(node)?.get(depth);
    if (cut || depth > MAX_DEPTH) {
      this.limited = true;
      return cut ?? unknown(node);
    }
    const outerDeepest = this.deepest;
    const outerLimited = this.limited;
    this.deepest = depth;
    this.limited = false;
    const value = this.compute(node, depth);
    if (this.limited) {
      const byDepth = this.truncated.get(node) ?? new Map<number, Resolved>();
      byDepth.set(depth, value);
      this.truncated.set(node, byDepth);
    } else {
      this.exact.set(node, { value, height: this.deepest - depth });
    }
    this.deepest = Math.max(outerDeepest, this.deepest);
    this.limited ||= outerLimited;
    return value;
  }

  /**
   * `const { model = 'claude-…' } = await req.json()`: when the source is not known, the default
   * is sent whenever it lacks the key, so the value is the default or something not known (as
   * `body.model ?? 'claude-…'` is). A source the file knows may set the key: not guessed.
   */
  private destructuredDefault(node: TSESTree.Identifier, variable: TSESLint.Scope.Variable, depth: number): Resolved | null {
    const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type !== DefinitionType.Variable || !def.node.init || def.node.id.type !== AST_NODE_TYPES.ObjectPattern) return null;
    if (def.parent.kind !== 'const' && variable.references.some((ref) => ref.isWrite() && !ref.init)) return null;
    const assignment = def.name.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentPattern || assignment.left !== def.name) return null;
    // A key of the declared pattern itself, not of a nested one: `{ model = '…' }`, `{ model: m = '…' }`.
    const property = assignment.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== assignment || property.parent !== def.node.id) return null;
    if (!unreadableSource(this.sourceCode, def.node.init) || this.resolve(def.node.init, depth + 1).kind !== 'unknown') return null;
    return { kind: 'choice', node, options: [unknown(node), this.resolve(assignment.right, depth + 1)] };
  }

  private writtenKeys(variable: TSESLint.Scope.Variable): ReadonlySet<string> | null {
    let keys = this.written.get(variable);
    if (keys === undefined) {
      const initializer = constantInitializer(variable);
      keys = keysWrittenOnly(variable, this.changeContext, initializer !== null && isFlatObject(unwrapExpression(initializer)));
      this.written.set(variable, keys);
    }
    return keys;
  }

  private readonly written = new WeakMap<TSESLint.Scope.Variable, ReadonlySet<string> | null>();

  private mayChange(variable: TSESLint.Scope.Variable): boolean {
    let result = this.changes.get(variable);
    if (result === undefined) {
      const initializer = constantInitializer(variable);
      result = mayChange(variable, this.changeContext, 0, null, initializer !== null && isFlatObject(unwrapExpression(initializer)));
      this.changes.set(variable, result);
    }
    return result;
  }

  private compute(original: TSESTree.Node, depth: number): Resolved {
    const node = unwrapExpression(original);
    switch (node.type) {
      case AST_NODE_TYPES.ObjectExpression:
        return this.resolveObject(node, depth);
      case AST_NODE_TYPES.ArrayExpression:
        return this.resolveArray(node, depth);
      case AST_NODE_TYPES.TemplateLiteral:
        return node.expressions.length === 0 ? this.leaf(node) : this.template(node, depth);
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
        const sendsLeft = (value: unknown): boolean => (node.operator === '??' ? value !== null && value !== undefined : Boolean(value));
        const left = this.staticValue(node.left);
        if (left) return this.resolve(sendsLeft(left.value) ? node.left : node.right, depth + 1);
        // The left side as the data flow reads it (a parameter every call in the file gives a value, a private field).
        const read = this.resolve(node.left, depth + 1);
        const { values, complete } = possibleValues(read);
        if (complete && values.length > 0) {
          if (values.every(({ value }) => sendsLeft(value))) return read;
          if (values.every(({ value }) => !sendsLeft(value))) return this.resolve(node.right, depth + 1);
        }
        return { kind: 'choice', node, options: [unknown(node.left), this.resolve(node.right, depth + 1)] };
      }
      case AST_NODE_TYPES.Identifier: {
        if (node.name === 'undefined') return this.leaf(node);
        const variable = ASTUtils.findVariable(this.sourceCode.getScope(node), node);
        const init = constantInitializer(variable);
        if (!variable || !init) {
          return (
            (variable && (this.destructuredDefault(node, variable, depth) ?? this.flow.parameter(node, variable, depth))) ?? this.leaf(node)
          );
        }
        const target = unwrapExpression(init);
        if (
          (target.type === AST_NODE_TYPES.ObjectExpression || target.type === AST_NODE_TYPES.ArrayExpression) &&
          this.mayChange(variable)
        ) {
          // `if (system) params.system = system;`: the keys written are not known, the others are as written.
          const written = target.type === AST_NODE_TYPES.ObjectExpression && !hasAccessors(target) ? this.writtenKeys(variable) : null;
          const object = written && this.resolve(init, depth + 1);
          if (!written || object?.kind !== 'object') return unknown(node);
          const properties = new Map(object.properties);
          for (const key of written) properties.delete(key);
          return { ...object, properties, complete: false, written };
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
        return this.flow.member(node, depth) ?? this.leaf(node);
      }
      case AST_NODE_TYPES.CallExpression:
        return this.flow.call(node, depth) ?? this.leaf(node);
      default:
        return this.leaf(node);
    }
  }

  /**
   * A template whose every part is a known primitive: the string it makes. The parts are read
   * like any value (`${this.baseURL}/messages` over a `private readonly` field, which the
   * constant folding of `leaf` does not see); otherwise that folding decides.
   */
  private template(node: TSESTree.TemplateLiteral, depth: number): Resolved {
    let text = node.quasis[0]?.value.cooked ?? null;
    for (let index = 0; text !== null && index < node.expressions.length; index++) {
      const part = this.resolve(node.expressions[index] as TSESTree.Node, depth + 1);
      const cooked = node.quasis[index + 1]?.value.cooked ?? null;
      text = part.kind === 'literal' && cooked !== null ? text + String(part.value) + cooked : null;
    }
    return text === null ? this.leaf(node) : { kind: 'literal', node, value: text };
  }

  private leaf(node: TSESTree.Node): Resolved {
    const value = this.staticValue(node);
    if (!value) return this.fromTypes?.(node) ?? unknown(node);
    const v = value.value;
    if (v === null || v === undefined || PRIMITIVE_TYPES.has(typeof v)) {
      return { kind: 'literal', node, value: v as ResolvedLiteral['value'] };
    }
    return unknown(node);
  }

  private staticValue(node: TSESTree.Node): { value: unknown } | null {
    // A literal is its own value: getStaticValue answers it from the node alone, so skip the scope lookup.
    if (node.type === AST_NODE_TYPES.Literal) {
      const literal = node as { readonly value: unknown; readonly regex?: unknown; readonly bigint?: unknown };
      return (literal.regex != null || literal.bigint != null) && literal.value == null ? null : { value: literal.value };
    }
    try {
      return ASTUtils.getStaticValue(node, this.sourceCode.getScope(node));
    } catch {
      return null;
    }
  }

  private resolveObject(node: TSESTree.ObjectExpression, depth: number): ResolvedObject {
    const properties = new Map<string, ResolvedProperty>();
    let complete = true;
    // An unknown spread or key may override anything written before it. Rather than rewrite every
    // earlier key at each one (quadratic), note when each key was last written and when the last
    // unknown came, and forget once at the end.
    const writtenAt = new Map<string, number>();
    let forgetBefore = -1;
    let step = 0;
    const forgetEarlierValues = (): void => {
      forgetBefore = step++;
    };
    const set = (key: string, property: ResolvedProperty): void => {
      properties.set(key, property);
      writtenAt.set(key, step++);
    };
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const spread = this.resolve(property.argument, depth + 1);
        if (spread.kind === 'object') {
          if (!spread.complete) {
            complete = false;
            forgetEarlierValues();
          }
          for (const [key, inner] of spread.properties) set(key, inner);
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
      const value = property.kind !== 'init' || property.method ? unknown(property.value) : this.resolve(property.value, depth + 1);
      set(key, { key, node: property, value });
    }
    for (const [key, at] of writtenAt) {
      const property = properties.get(key);
      if (at < forgetBefore && property) properties.set(key, { ...property, value: unknown(property.value.node) });
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

const PRIMITIVE_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'boolean', 'bigint']);

function unknown(node: TSESTree.Node): ResolvedUnknown {
  return { kind: 'unknown', node };
}

// ------------------------------------------------------------------ reading resolved values

export interface PossibleValue<T> {
  readonly value: T;
  readonly node: TSESTree.Node;
  /** Where a value known from a type is declared (ResolvedLiteral.origin). */
  readonly origin?: string;
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
    if (value.kind === 'literal') values.push({ value: value.value, node: value.node, ...(value.origin ? { origin: value.origin } : {}) });
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

/** True when the object may hold `key`: written in the literal, or by a plain write after it (`params.betas = ...`). */
export function mayHold(object: ResolvedObject, key: string): boolean {
  return object.properties.has(key) || object.written?.has(key) === true;
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
