/**
 * Whether an error expression plausibly holds an SDK error, and which class it is known to be:
 * - a `catch` parameter of a `try` whose block sends a Claude request, or the parameter of a
 *   `.catch(...)` callback on a chain that sends one;
 * - inside the branch of `instanceof <SDK error class>` (an `if`, a ternary, or `&&`);
 * - a parameter or variable annotated with, or cast to, an SDK error class.
 * Anything else (an error from a helper, an untyped parameter) is not known to be one.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { memberName, resolveImported } from './imports.js';
import { constantInitializer, unwrapExpression } from './values.js';
import { codeKeys, pushChildren } from './walk.js';
import { isSdkErrorModule, sdkErrorClassOf } from '../facts/sdk-errors.js';

const { DefinitionType } = TSESLint.Scope;

export interface ErrorSource {
  readonly reason: 'caught' | 'narrowed' | 'typed';
  /** The SDK error class the expression is known to be an instance of; null when only caught. */
  readonly className: string | null;
}

const MAX_DEPTH = 4;

const contains = (outer: TSESTree.Node, inner: TSESTree.Node): boolean =>
  outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];

function andOperands(node: TSESTree.Node): TSESTree.Node[] {
  return node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&'
    ? [...andOperands(node.left), ...andOperands(node.right)]
    : [node];
}

export class ErrorSources {
  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    /** The Claude request calls of the file. */
    private readonly requestCalls: readonly (TSESTree.CallExpression | TSESTree.NewExpression)[],
  ) {}

  /** The SDK error class an `instanceof` right-hand side refers to. */
  private classOf(node: TSESTree.Node): string | null {
    return sdkErrorClassOf(resolveImported(this.sourceCode, node, isSdkErrorModule));
  }

  /** The SDK error class a type annotation names (`APIError`, `sdk.RateLimitError`). */
  private classOfType(annotation: TSESTree.TypeNode | undefined): string | null {
    return annotation?.type === AST_NODE_TYPES.TSTypeReference
      ? sdkErrorClassOf(resolveImported(this.sourceCode, annotation.typeName, isSdkErrorModule), 'type')
      : null;
  }

  private sendsRequest(node: TSESTree.Node): boolean {
    return this.requestCalls.some((call) => contains(node, call));
  }

  /** Where the error in `expression` (an identifier or a cast) comes from, when it is an SDK error. */
  of(expression: TSESTree.Node, depth = 0): ErrorSource | null {
    if (expression.type === AST_NODE_TYPES.TSAsExpression || expression.type === AST_NODE_TYPES.TSTypeAssertion) {
      const className = this.classOfType(expression.typeAnnotation);
      if (className !== null) return { reason: 'typed', className };
    }
    const identifier = unwrapExpression(expression);
    if (identifier.type !== AST_NODE_TYPES.Identifier || depth > MAX_DEPTH) return null;
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(identifier), identifier);
    if (!variable) return null;
    const narrowed = this.narrowedClass(identifier, variable);
    if (narrowed !== null) return { reason: 'narrowed', className: narrowed };
    const def = variable.defs.length === 1 ? variable.defs[0] : undefined;
    switch (def?.type) {
      case DefinitionType.CatchClause:
        return def.node.parent.type === AST_NODE_TYPES.TryStatement &&
          this.sendsRequest(def.node.parent.block) &&
          !mayThrowOwnErrors(def.node.parent.block, codeKeys(this.sourceCode.visitorKeys))
          ? { reason: 'caught', className: null }
          : null;
      case DefinitionType.Parameter: {
        const className = this.classOfType(def.name.typeAnnotation?.typeAnnotation);
        if (className !== null) return { reason: 'typed', className };
        return def.name.type === AST_NODE_TYPES.Identifier && this.isPromiseCatchParameter(def.node, def.name)
          ? { reason: 'caught', className: null }
          : null;
      }
      case DefinitionType.Variable: {
        const className = this.classOfType(def.name.typeAnnotation?.typeAnnotation);
        if (className !== null) return { reason: 'typed', className };
        const init = constantInitializer(variable);
        return init ? this.of(init, depth + 1) : null;
      }
      default:
        return null;
    }
  }

  /** `request(...).catch((err) => ...)`: the callback's first parameter. */
  private isPromiseCatchParameter(fn: TSESTree.Node, name: TSESTree.Identifier): boolean {
    if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return false;
    if (fn.params[0] !== name) return false;
    const call = fn.parent;
    return (
      call.type === AST_NODE_TYPES.CallExpression &&
      call.arguments[0] === fn &&
      call.callee.type === AST_NODE_TYPES.MemberExpression &&
      memberName(call.callee) === 'catch' &&
      this.sendsRequest(call.callee.object)
    );
  }

  /** The class of the innermost `instanceof` test that guards this use of the variable. */
  private narrowedClass(identifier: TSESTree.Identifier, variable: TSESLint.Scope.Variable): string | null {
    let child: TSESTree.Node = identifier;
    for (let node: TSESTree.Node | undefined = identifier.parent; node; child = node, node = node.parent) {
      let test: TSESTree.Node | null = null;
      if ((node.type === AST_NODE_TYPES.IfStatement || node.type === AST_NODE_TYPES.ConditionalExpression) && node.consequent === child) {
        test = node.test;
      } else if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&' && node.right === child) {
        test = node.left;
      }
      for (const operand of test ? andOperands(test) : []) {
        if (operand.type !== AST_NODE_TYPES.BinaryExpression || operand.operator !== 'instanceof') continue;
        const left = unwrapExpression(operand.left);
        if (left.type !== AST_NODE_TYPES.Identifier || left.name !== identifier.name) continue;
        if (ASTUtils.findVariable(this.sourceCode.getScope(left), left) !== variable) continue;
        const className = this.classOf(operand.right);
        if (className !== null) return className;
      }
    }
    return null;
  }
}

/**
 * True when the `try` block may throw an error of the app's own besides the SDK's: a `throw`
 * (also in a callback written there), a Promise executor's `reject(...)`, or a `Promise.race`
 * (the usual timeout). What the `catch` then holds is not proven to be an SDK error.
 */
function mayThrowOwnErrors(block: TSESTree.BlockStatement, keys: TSESLint.SourceCode.VisitorKeys): boolean {
  const rejects = new Set<string>();
  const stack: TSESTree.Node[] = [block];
  const found: TSESTree.CallExpression[] = [];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    if (node.type === AST_NODE_TYPES.ThrowStatement) return true;
    if (node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Promise') {
      const executor = node.arguments[0];
      const reject =
        executor && (executor.type === AST_NODE_TYPES.ArrowFunctionExpression || executor.type === AST_NODE_TYPES.FunctionExpression)
          ? executor.params[1]
          : undefined;
      if (reject?.type === AST_NODE_TYPES.Identifier) rejects.add(reject.name);
    }
    if (node.type === AST_NODE_TYPES.CallExpression) found.push(node);
    pushChildren(stack, node, keys);
  }
  return found.some((call) => {
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) return rejects.has(callee.name);
    return (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      memberName(callee) === 'race' &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      callee.object.name === 'Promise'
    );
  });
}

const MESSAGE_KEYS: ReadonlySet<string> = new Set(['message', 'apiMessage']);

/**
 * The error whose text a variable holds: `const { message } = err` (or `{ message: text }`),
 * and `const text = String(err)` / `` `${err}` `` / `err.message.toLowerCase()` through
 * `errorOfText`. Null when the variable is not such a `const`.
 */
export function errorOfTextVariable(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  errorOfText: (text: TSESTree.Node) => TSESTree.Node | null,
): TSESTree.Node | null {
  const identifier = unwrapExpression(node);
  if (identifier.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== DefinitionType.Variable || def.parent.kind !== 'const' || !def.node.init) return null;
  const { id, init } = def.node;
  if (id.type === AST_NODE_TYPES.Identifier) return id === def.name ? errorOfText(init) : null;
  if (id.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const property = id.properties.find(
    (p): p is TSESTree.Property =>
      p.type === AST_NODE_TYPES.Property &&
      (p.value === def.name || (p.value.type === AST_NODE_TYPES.AssignmentPattern && p.value.left === def.name)),
  );
  const key = property && !property.computed && property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : null;
  return key !== null && MESSAGE_KEYS.has(key) ? init : null;
}
