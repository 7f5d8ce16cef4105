/**
 * Same-file data flow: what one file proves about a value that is not written where it is used.
 * - a parameter is each value its default and its calls in the file give it, when those calls
 *   are all the calls there can be (a function that is not exported and never escapes, or a
 *   private method called only as `this.method(...)`);
 * - a call of a same-file function or method is each value it returns, when every `return` is
 *   known;
 * - `MAP[key]` over a `const` object with an unknown key is each of the map's values, when all
 *   are known; `MAP[key].field` likewise;
 * - a payload with ternaries nested in it (`thinking: deep ? {...} : {...}`) is one payload per
 *   branch, as the API sees it.
 * Anything short of that stays unknown: the caller falls back to what it knew before.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { keyName, memberName } from './imports.js';
import { constantInitializer, possibleValues, unwrapExpression, type Resolved, type ResolvedObject } from './values.js';
import { codeKeys, eachNode, pushChildren } from './walk.js';

const { DefinitionType, ScopeType } = TSESLint.Scope;

/** A scope whose variables have one value for the whole program run: the module's, the global one. */
const isModuleLevel = (scope: TSESLint.Scope.Scope): boolean => scope.type === ScopeType.module || scope.type === ScopeType.global;

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export function isFunction(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

const MAX_RETURNS = 16;
/** Beyond this many writes of one private field, its value is not followed. */
const MAX_FIELD_WRITES = 16;

/**
 * The expressions a function body returns (not those of nested functions); null when one
 * `return` has no value or there are too many to follow.
 */
export function returnedExpressions(body: TSESTree.BlockStatement, keys: TSESLint.SourceCode.VisitorKeys): TSESTree.Expression[] | null {
  const found: TSESTree.Expression[] = [];
  const stack: TSESTree.Node[] = [body];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (!node.argument || found.length >= MAX_RETURNS) return null;
      found.push(node.argument);
      continue;
    }
    if (node !== body && (isFunction(node) || node.type === AST_NODE_TYPES.ClassBody)) continue;
    pushChildren(stack, node, keys);
  }
  return found;
}

/** The class body whose instance `this` refers to at `node` (arrow functions keep `this`). */
export function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | null {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const owner = current.parent;
      if (owner?.type !== AST_NODE_TYPES.MethodDefinition && owner?.type !== AST_NODE_TYPES.PropertyDefinition) return null;
    }
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
  }
  return null;
}

/** The class body whose instance `this` is at `node`: as enclosingClassBody, but null in static code. */
function instanceClassBody(node: TSESTree.Node): TSESTree.ClassBody | null {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.StaticBlock) return null;
    if ((current.type === AST_NODE_TYPES.MethodDefinition || current.type === AST_NODE_TYPES.PropertyDefinition) && current.static)
      return null;
    if (current.type === AST_NODE_TYPES.ClassBody) return enclosingClassBody(node) === current ? current : null;
  }
  return null;
}

/** `this.name` read in a class's own instance code: that class's body and the member's name. */
function ownMember(node: TSESTree.MemberExpression): { body: TSESTree.ClassBody; name: string } | null {
  const name = memberName(node);
  const body = name === null ? null : instanceClassBody(node);
  return body && name !== null ? { body, name } : null;
}

/** Member accesses by name, destructured keys, and `this[key]` with a key not known. */
interface MemberUses {
  readonly byName: Map<string, TSESTree.MemberExpression[]>;
  readonly destructured: Set<string>;
  readonly dynamic: TSESTree.MemberExpression[];
}

/** The one instance method or function-valued field of a class named `name`. */
function methodOf(body: TSESTree.ClassBody, name: string): TSESTree.MethodDefinition | TSESTree.PropertyDefinition | null {
  const methods = body.body.filter(
    (element): element is TSESTree.MethodDefinition | TSESTree.PropertyDefinition =>
      ((element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'method') ||
        element.type === AST_NODE_TYPES.PropertyDefinition) &&
      !element.static &&
      !element.computed &&
      keyName(element.key) === name,
  );
  return methods.length === 1 ? (methods[0] ?? null) : null;
}

/** The function a callee names in this file: a declaration, a `const` holding one, or a method of the enclosing class. */
export function calledFunction(sourceCode: Readonly<TSESLint.SourceCode>, callee: TSESTree.Node): FunctionNode | null {
  const node = unwrapExpression(callee);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type === DefinitionType.FunctionName) return isFunction(def.node) ? def.node : null;
    const init = constantInitializer(variable ?? null);
    const target = init && unwrapExpression(init);
    return target && isFunction(target) ? target : null;
  }
  if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression) {
    const name = memberName(node);
    const body = enclosingClassBody(node);
    const method = name === null || !body ? null : methodOf(body, name);
    if (method?.type === AST_NODE_TYPES.MethodDefinition) return isFunction(method.value) ? method.value : null;
    const value = method?.value ? unwrapExpression(method.value) : null;
    return value && isFunction(value) ? value : null;
  }
  return null;
}

/** The SDK's request methods, which read the payload they are given. */
const REQUEST_METHODS = new Set(['create', 'stream', 'parse', 'countTokens']);

/**
 * A use of a parameter that cannot change the object it holds: `p.model` read, `{ ...p }`, or
 * `client.messages.create(p)`.
 */
function readsOnly(reference: TSESLint.Scope.Reference): boolean {
  if (reference.init) return true;
  const node = reference.identifier as TSESTree.Node;
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression: {
      const outer = parent.parent;
      const written =
        (outer.type === AST_NODE_TYPES.AssignmentExpression && outer.left === parent) ||
        outer.type === AST_NODE_TYPES.UpdateExpression ||
        (outer.type === AST_NODE_TYPES.UnaryExpression && outer.operator === 'delete') ||
        (outer.type === AST_NODE_TYPES.CallExpression && outer.callee === parent) ||
        outer.type === AST_NODE_TYPES.MemberExpression;
      return parent.object === node && !written;
    }
    case AST_NODE_TYPES.SpreadElement:
      return parent.parent.type === AST_NODE_TYPES.ObjectExpression;
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(parent.callee);
      return parent.callee !== node && callee.type === AST_NODE_TYPES.MemberExpression && REQUEST_METHODS.has(memberName(callee) ?? '');
    }
    default:
      return false;
  }
}

/** True when every value the resolved value can take is statically known. */
function isKnown(resolved: Resolved): boolean {
  if (resolved.kind === 'object' || resolved.kind === 'array') return true;
  if (resolved.kind === 'choice') return resolved.options.every(isKnown);
  return possibleValues(resolved).complete;
}

/** A primitive, something not known, or a choice of those: never an object or array, whose parts a caller may read. */
function isScalar(resolved: Resolved): boolean {
  if (resolved.kind === 'choice') return resolved.options.every(isScalar);
  return resolved.kind === 'literal' || resolved.kind === 'unknown';
}

/**
 * The values a fallback-like source may give (`process.env.MODEL || 'claude-…'`, a field's
 * writes): their choice when all are primitives or not known and some are known; else null.
 */
function scalarChoice(node: TSESTree.Node, options: Resolved[]): Resolved | null {
  return options.every(isScalar) && options.some((option) => possibleValues(option).values.length > 0) ? choice(node, options) : null;
}

const choice = (node: TSESTree.Node, options: Resolved[]): Resolved =>
  options.length === 1 && options[0] ? options[0] : { kind: 'choice', node, options };

type Resolve = (node: TSESTree.Node, depth: number) => Resolved;

/** Every call of a function in the file, or null when it may be called from elsewhere. */
type CallSites = readonly TSESTree.CallExpression[] | null;

export class DataFlow {
  private readonly callSites = new WeakMap<FunctionNode, CallSites>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly resolve: Resolve,
  ) {}

  /**
   * A parameter (`model = 'claude-…'`, or plain `model`) that is never reassigned: its default,
   * and the argument of each call when the file holds every call. Null when nothing is proven.
   */
  parameter(identifier: TSESTree.Identifier, variable: TSESLint.Scope.Variable, depth: number): Resolved | null {
    const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type !== DefinitionType.Parameter || !isFunction(def.node)) return null;
    if (variable.references.some((reference) => reference.isWrite() && reference.identifier !== def.name)) return null;
    const fn = def.node;
    const pattern = def.name.parent;
    const withDefault = pattern.type === AST_NODE_TYPES.AssignmentPattern && pattern.left === def.name ? pattern : null;
    const index = fn.params.findIndex((param) => param === def.name || param === withDefault);
    if (index < 0) return null;
    const fallback = withDefault ? this.resolve(withDefault.right, depth + 1) : null;
    const options: Resolved[] = [];
    const calls = this.callsOf(fn);
    let known = calls !== null && calls.length > 0;
    for (const call of calls ?? []) {
      if (call.arguments.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
        known = false;
        break;
      }
      const argument = call.arguments[index];
      const value = argument ? this.resolve(argument, depth + 1) : null;
      // An object handed in may be changed inside before it is sent: only plain reads keep it.
      if (value && (value.kind === 'object' || value.kind === 'array') && !variable.references.every(readsOnly)) {
        known = false;
        break;
      }
      if (value && !isKnown(value)) {
        known = false;
        break;
      }
      const missing = !value || possibleValues(value).values.every((option) => option.value === undefined);
      if (value && !(missing && fallback)) options.push(value);
      else if (!fallback) options.push({ kind: 'literal', node: call, value: undefined });
    }
    if (!known) {
      // The default is one of the values; the callers' are not known.
      return fallback ? choice(identifier, [fallback, { kind: 'unknown', node: identifier }]) : null;
    }
    if (fallback) options.push(fallback);
    return choice(identifier, options);
  }

  /** The calls of a same-file function, when they are all its calls (it is never exported, stored or passed on). */
  private callsOf(fn: FunctionNode): CallSites {
    if (this.callSites.has(fn)) return this.callSites.get(fn) ?? null;
    const result = this.computeCallsOf(fn);
    this.callSites.set(fn, result);
    return result;
  }

  private computeCallsOf(fn: FunctionNode): CallSites {
    let variable: TSESLint.Scope.Variable | null = null;
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
      if (fn.parent.type === AST_NODE_TYPES.ExportNamedDeclaration || fn.parent.type === AST_NODE_TYPES.ExportDefaultDeclaration)
        return null;
      variable = this.sourceCode.getDeclaredVariables(fn)[0] ?? null;
    } else if (fn.parent.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn) {
      const declaration = fn.parent.parent;
      if (declaration.kind !== 'const' || declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return null;
      variable = this.sourceCode.getDeclaredVariables(fn.parent)[0] ?? null;
    }
    const member = fn.parent;
    if ((member?.type === AST_NODE_TYPES.MethodDefinition || member?.type === AST_NODE_TYPES.PropertyDefinition) && member.value === fn) {
      return this.privateMethodCalls(member);
    }
    if (!variable || variable.defs.length !== 1) return null;
    const calls: TSESTree.CallExpression[] = [];
    for (const reference of variable.references) {
      if (reference.init) continue;
      const parent = reference.identifier.parent;
      // Any other use (exported later, passed as a callback, stored) lets unseen code call it.
      if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.callee !== reference.identifier) return null;
      calls.push(parent);
    }
    return calls;
  }

  /**
   * The calls of a private method (`private ask()`, `#ask()`, or such a field holding a
   * function): every `this.ask(...)` of the class's own instance code, when those are all its
   * uses. A public or static method, an access through anything but `this` (another object may
   * have a method of that name), destructuring it or a dynamic `this[key]` may call it unseen.
   */
  private privateMethodCalls(member: TSESTree.MethodDefinition | TSESTree.PropertyDefinition): CallSites {
    if (member.static || member.computed) return null;
    const name = keyName(member.key);
    if (name === null || (!name.startsWith('#') && member.accessibility !== 'private')) return null;
    const body = member.parent;
    if (methodOf(body, name) !== member) return null;
    const uses = this.memberUses();
    if (uses.destructured.has(name) || uses.dynamic.some((access) => enclosingClassBody(access) === body)) return null;
    const calls: TSESTree.CallExpression[] = [];
    for (const access of uses.byName.get(name) ?? []) {
      const call = access.parent;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== access) return null;
      if (access.object.type !== AST_NODE_TYPES.ThisExpression || instanceClassBody(access) !== body) return null;
      calls.push(call);
    }
    return calls;
  }

  private uses: MemberUses | null = null;

  /** Every member access and destructured key of the file, by name: one pass over ESLint's traversal, on first need. */
  private memberUses(): MemberUses {
    if (this.uses) return this.uses;
    const uses: MemberUses = { byName: new Map(), destructured: new Set(), dynamic: [] };
    eachNode(this.sourceCode, (node) => {
      if (node.type === AST_NODE_TYPES.MemberExpression) {
        const name = memberName(node);
        if (name !== null) {
          const list = uses.byName.get(name) ?? [];
          list.push(node);
          uses.byName.set(name, list);
        } else if (node.object.type === AST_NODE_TYPES.ThisExpression) {
          uses.dynamic.push(node);
        }
      } else if (node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectPattern) {
        const name = node.computed ? null : keyName(node.key);
        if (name !== null) uses.destructured.add(name);
      }
    });
    this.uses = uses;
    return uses;
  }

  /**
   * `this.model` for a private field: each value the class gives it (fieldWritesOf), when
   * they are primitives or not known, and some known.
   */
  private privateField(node: TSESTree.MemberExpression, depth: number): Resolved | null {
    const member = ownMember(node);
    if (!member) return null;
    let byName = this.fieldWrites.get(member.body);
    if (!byName) {
      byName = new Map();
      this.fieldWrites.set(member.body, byName);
    }
    let written = byName.get(member.name);
    if (written === undefined) {
      written = this.fieldWritesOf(member.body, member.name);
      byName.set(member.name, written);
    }
    return (
      written &&
      scalarChoice(
        node,
        written.map((expression) => this.resolve(expression, depth + 1)),
      )
    );
  }

  /** Per class and field name, what fieldWritesOf found: computed once, not per read. */
  private readonly fieldWrites = new WeakMap<TSESTree.ClassBody, Map<string, TSESTree.Expression[] | null>>();

  /**
   * `this.model` read through the class's own accessor, `get model() { return process.env.MODEL
   * || 'claude-…' }`: what a call of it gives, as for a method called through `this`.
   */
  private getter(node: TSESTree.MemberExpression, depth: number): Resolved | null {
    const member = ownMember(node);
    if (!member) return null;
    const { body, name } = member;
    let byName = this.getters.get(body);
    if (!byName) {
      // Each accessor name with its one getter; null for a name with several (overloads in a `declare`).
      byName = new Map();
      // A computed member may be a getter of any name; an instance field of the name shadows the getter.
      const computed = body.body.some((member) => 'computed' in member && member.computed && !('static' in member && member.static));
      for (const member of computed ? [] : body.body) {
        if (member.type !== AST_NODE_TYPES.MethodDefinition || member.kind !== 'get' || member.static) continue;
        const key = keyName(member.key);
        if (key !== null) byName.set(key, byName.has(key) ? null : member);
      }
      for (const member of body.body) {
        if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && !member.computed) {
          const key = keyName(member.key);
          if (key !== null && byName.has(key)) byName.set(key, null);
        }
      }
      this.getters.set(body, byName);
    }
    const getter = byName.get(name);
    return getter && isFunction(getter.value) ? this.returns(getter.value, node, depth) : null;
  }

  private readonly getters = new WeakMap<TSESTree.ClassBody, Map<string, TSESTree.MethodDefinition | null>>();

  /**
   * The values a private field (`private model`, `#model`) of the enclosing class is given: its
   * initializer and each plain `this.model = <value>` of the class's own instance code
   * (`constructor() { this.model = process.env.MODEL || 'claude-…' }`). Code outside the class
   * cannot write it; an initializer the constructor always replaces is never sent. Null when the
   * class may write it otherwise (another kind of write, a write through anything but its own
   * `this`, a dynamic `this[key]` or destructuring, `this` handed on: `Object.assign(this, o)`,
   * `const self = this`), when a write's value reads `this` or a function's variable, or beyond
   * MAX_FIELD_WRITES writes.
   */
  private fieldWritesOf(body: TSESTree.ClassBody, name: string): TSESTree.Expression[] | null {
    const field = body.body.find(
      (member): member is TSESTree.PropertyDefinition =>
        member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && !member.computed && keyName(member.key) === name,
    );
    if (!field || (!name.startsWith('#') && field.accessibility !== 'private')) return null;
    if (this.memberUses().destructured.has(name) || this.accessesIn(body, null).length > 0 || this.handsThisOn(body)) return null;
    // A constructor that always sets the field replaces the initializer before any method runs.
    const constructor = body.body.find(
      (member): member is TSESTree.MethodDefinition => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor',
    );
    const replaced = constructor?.value.body?.body.some(
      (statement) =>
        statement.type === AST_NODE_TYPES.ExpressionStatement &&
        statement.expression.type === AST_NODE_TYPES.AssignmentExpression &&
        statement.expression.operator === '=' &&
        statement.expression.left.type === AST_NODE_TYPES.MemberExpression &&
        statement.expression.left.object.type === AST_NODE_TYPES.ThisExpression &&
        memberName(statement.expression.left) === name,
    );
    const written: TSESTree.Expression[] = field.value && replaced !== true ? [field.value] : [];
    // Code outside the class cannot write a private field: only the accesses written inside it count.
    for (const access of this.accessesIn(body, name)) {
      const parent = access.parent;
      const writes =
        (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === access) ||
        parent.type === AST_NODE_TYPES.UpdateExpression ||
        (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete') ||
        parent.type === AST_NODE_TYPES.ArrayPattern ||
        (parent.type === AST_NODE_TYPES.Property && parent.parent.type === AST_NODE_TYPES.ObjectPattern) ||
        (parent.type === AST_NODE_TYPES.AssignmentPattern && (parent.left as TSESTree.Node) === access) ||
        parent.type === AST_NODE_TYPES.RestElement ||
        ((parent.type === AST_NODE_TYPES.ForInStatement || parent.type === AST_NODE_TYPES.ForOfStatement) && parent.left === access);
      if (!writes) continue;
      // Only a plain write through the instance's own `this` (not another instance's field, not a nested function's `this`).
      const own = access.object.type === AST_NODE_TYPES.ThisExpression && instanceClassBody(access) === body;
      if (!own || parent.type !== AST_NODE_TYPES.AssignmentExpression || parent.operator !== '=') return null;
      // A value from a parameter or a local (`constructor(o) { this.model = o.model ?? '…' }`) may
      // be what every caller passes, ruling the rest out.
      if (this.readsLocals(parent.right) || written.length >= MAX_FIELD_WRITES) return null;
      written.push(parent.right);
    }
    return written.length > 0 ? written : null;
  }

  /**
   * The accesses of `.name` (or, for null, the dynamic `this[key]` accesses) written inside the
   * class body (not inside a class nested in it): grouped once per name for the whole file.
   */
  private accessesIn(body: TSESTree.ClassBody, name: string | null): readonly TSESTree.MemberExpression[] {
    let byClass = this.accessesByClass.get(name);
    if (!byClass) {
      byClass = new Map();
      const uses = this.memberUses();
      for (const access of name === null ? uses.dynamic : (uses.byName.get(name) ?? [])) {
        let owner: TSESTree.Node | undefined = access.parent;
        while (owner && owner.type !== AST_NODE_TYPES.ClassBody) owner = owner.parent;
        if (!owner) continue;
        const list = byClass.get(owner) ?? [];
        list.push(access);
        byClass.set(owner, list);
      }
      this.accessesByClass.set(name, byClass);
    }
    return byClass.get(body) ?? [];
  }

  private readonly accessesByClass = new Map<string | null, Map<TSESTree.ClassBody, TSESTree.MemberExpression[]>>();

  /**
   * True when `expression` reads `this` or a variable of a function (a parameter, a local that
   * may hold one, `arguments`): only module-level values and globals (`process.env`) give a field
   * the same value whoever builds the instance.
   */
  private readsLocals(expression: TSESTree.Expression): boolean {
    const stack: TSESTree.Node[] = [expression];
    const keys = codeKeys(this.sourceCode.visitorKeys);
    while (stack.length > 0) {
      const node = stack.pop() as TSESTree.Node;
      if (node.type === AST_NODE_TYPES.ThisExpression) return true;
      const property = node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.property === node && !node.parent.computed;
      if (node.type === AST_NODE_TYPES.Identifier && !property) {
        const variable = ASTUtils.findVariable(this.sourceCode.getScope(node), node);
        if (variable ? !isModuleLevel(variable.scope) : node.name === 'arguments') return true;
      }
      pushChildren(stack, node, keys);
    }
    return false;
  }

  /** True when the class's code uses `this` other than to read or write one of its members, or to return it. */
  private handsThisOn(body: TSESTree.ClassBody): boolean {
    let handed = this.handed.get(body);
    if (handed === undefined) {
      handed = false;
      const stack: TSESTree.Node[] = [body];
      const keys = codeKeys(this.sourceCode.visitorKeys);
      while (stack.length > 0 && !handed) {
        const node = stack.pop() as TSESTree.Node;
        if (node.type === AST_NODE_TYPES.ThisExpression) {
          const parent = node.parent;
          const member = parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node;
          handed = !member && parent.type !== AST_NODE_TYPES.ReturnStatement;
        }
        pushChildren(stack, node, keys);
      }
      this.handed.set(body, handed);
    }
    return handed;
  }

  private readonly handed = new WeakMap<TSESTree.ClassBody, boolean>();

  /**
   * A call of a same-file function or method whose every `return` is known; or, for a function
   * without parameters, whose returns are primitives or unknown, some known (`getModel() {
   * return process.env.MODEL || 'claude-…' }`): then the call is what the returned expression is
   * where it is written, its fallback one of the values it may send. With parameters, what is
   * unknown may be an argument that rules the fallback out (`pick(m) { return m ?? '…' }`).
   */
  call(node: TSESTree.CallExpression, depth: number): Resolved | null {
    const fn = calledFunction(this.sourceCode, node.callee);
    return fn && this.returns(fn, node, depth);
  }

  /** What a call of `fn` at `node` gives, as `call` reads it. */
  private returns(fn: FunctionNode, node: TSESTree.Node, depth: number): Resolved | null {
    if (fn.async || fn.generator) return null;
    const returned =
      fn.body.type === AST_NODE_TYPES.BlockStatement ? returnedExpressions(fn.body, codeKeys(this.sourceCode.visitorKeys)) : [fn.body];
    if (!returned || returned.length === 0) return null;
    const options = returned.map((expression) => this.resolve(expression, depth + 1));
    if (options.every((value) => isKnown(value))) return choice(node, options);
    // Parameters, `arguments`, or a variable of an enclosing function (`function make(o) { return () => o.model || '…' }`).
    const scope = this.sourceCode.getScope(fn);
    const readsArguments =
      fn.params.length > 0 ||
      (scope.set.get('arguments')?.references.length ?? 0) > 0 ||
      scope.through.some(({ resolved }) => resolved !== null && !isModuleLevel(resolved.scope));
    return readsArguments ? null : scalarChoice(node, options);
  }

  /**
   * `MAP[key]` with a key not statically known over a complete object whose values are all
   * known: each value. `MAP[key].field` (a member of such a choice of objects): each field.
   */
  member(node: TSESTree.MemberExpression, depth: number): Resolved | null {
    if (node.object.type === AST_NODE_TYPES.ThisExpression) return this.privateField(node, depth) ?? this.getter(node, depth);
    const object = this.resolve(node.object, depth + 1);
    if (node.computed) {
      if (object.kind !== 'object' || !object.complete || object.properties.size === 0) return null;
      // A key that is statically known reads one value (or none): `getStaticValue` decides it.
      if (ASTUtils.getStaticValue(node.property, this.sourceCode.getScope(node.property))) return null;
      const values = [...object.properties.values()].map((property) => property.value);
      return values.every((value) => isKnown(value)) ? choice(node, values) : null;
    }
    const name = memberName(node);
    if (object.kind !== 'choice' || name === null) return null;
    const options: Resolved[] = [];
    for (const option of object.options) {
      if (option.kind !== 'object' || !option.complete) return null;
      const property = option.properties.get(name);
      options.push(property ? property.value : { kind: 'literal', node, value: undefined });
    }
    return options.every((value) => isKnown(value)) ? choice(node, options) : null;
  }
}

const MAX_BRANCHES = 16;

/**
 * The payloads a resolved request body stands for: an object, each object of a ternary between
 * objects, and for each property whose value is a ternary between objects (`thinking: deep ?
 * {...} : {...}`), one payload per branch. Each branch keeps the user's property node; only its
 * value is the branch. Beyond a few combinations, the payload is kept as written.
 */
export function payloadBranches(resolved: Resolved): ResolvedObject[] {
  const tops = objectOptions(resolved);
  if (!tops) return [];
  const out: ResolvedObject[] = [];
  for (const top of tops) {
    let variants: ResolvedObject[] = [top];
    for (const [key, property] of top.properties) {
      const options = property.value.kind === 'choice' ? objectOptions(property.value) : null;
      if (!options || variants.length * options.length > MAX_BRANCHES) continue;
      variants = variants.flatMap((variant) =>
        options.map((option) => {
          const properties = new Map(variant.properties);
          properties.set(key, { ...property, value: option });
          return { ...variant, properties };
        }),
      );
    }
    out.push(...variants);
  }
  return out;
}

/** The objects a value is: itself, or each branch of a choice between objects only. */
function objectOptions(resolved: Resolved): ResolvedObject[] | null {
  if (resolved.kind === 'object') return [resolved];
  if (resolved.kind !== 'choice') return null;
  const found: ResolvedObject[] = [];
  for (const option of resolved.options) {
    const inner = objectOptions(option);
    if (!inner) return null;
    found.push(...inner);
  }
  return found;
}

const BATCH_BUILDERS = new Set(['map', 'flatMap']);

/** The callback that builds each entry: `items.map(cb)`, `items.flatMap(cb)`, `Array.from(items, cb)`. */
function entryBuilder(call: TSESTree.CallExpression): { fn: FunctionNode; flat: boolean } | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = memberName(callee);
  const fromArray =
    name === 'from' && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'Array' ? call.arguments[1] : undefined;
  const argument = fromArray ?? (name !== null && BATCH_BUILDERS.has(name) ? call.arguments[0] : undefined);
  const fn = argument && unwrapExpression(argument);
  return fn && isFunction(fn) && !fn.async && !fn.generator ? { fn, flat: name === 'flatMap' } : null;
}

/**
 * The entries of a batch's `requests`: the elements of an array, or what the callback of
 * `items.map(...)` / `flatMap` / `Array.from(items, ...)` returns (each `params` a request).
 */
export function batchEntries(
  requests: Resolved | undefined,
  resolve: (node: TSESTree.Node) => Resolved,
  keys: TSESLint.SourceCode.VisitorKeys,
): readonly Resolved[] {
  if (!requests) return [];
  if (requests.kind === 'array') return requests.elements;
  const call = unwrapExpression(requests.node);
  if (requests.kind !== 'unknown' || call.type !== AST_NODE_TYPES.CallExpression) return [];
  const builder = entryBuilder(call);
  if (!builder) return [];
  const { fn, flat } = builder;
  const returned = fn.body.type === AST_NODE_TYPES.BlockStatement ? returnedExpressions(fn.body, keys) : [fn.body];
  return (returned ?? []).flatMap((expression) => {
    const entry = resolve(expression);
    if (!flat) return [entry];
    return entry.kind === 'array' ? entry.elements : [];
  });
}
