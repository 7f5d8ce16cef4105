/**
 * The tree walks of the analysis. `eachNode` visits a whole program, reading the traversal ESLint
 * already made; `pushChildren` pushes a node's children, by the parser's visitor keys, onto an
 * explicit stack (no recursion, so deep nesting cannot overflow the call stack), last child first,
 * so a walk of a subtree pops them in source order.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

export function pushChildren(stack: TSESTree.Node[], node: TSESTree.Node, keys: TSESLint.SourceCode.VisitorKeys): void {
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

type VisitorKeys = TSESLint.SourceCode.VisitorKeys;

/** Keys that only ever hold TypeScript types: no call, assignment, `return` or `throw` is below them. */
const TYPE_KEYS: ReadonlySet<string> = new Set([
  'typeAnnotation',
  'returnType',
  'typeParameters',
  'typeArguments',
  'superTypeArguments',
  'implements',
]);
/** Declarations that are types through and through. */
const TYPE_DECLARATIONS: ReadonlySet<string> = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration']);

const derived = new WeakMap<VisitorKeys, VisitorKeys>();

/**
 * The visitor keys without those that lead only into types: the walks look for code (calls,
 * constructions, writes, returns), and in TypeScript a good share of the nodes are types.
 */
export function codeKeys(keys: VisitorKeys): VisitorKeys {
  let code = derived.get(keys);
  if (!code) {
    const table: Record<string, readonly string[]> = {};
    for (const [type, list] of Object.entries(keys)) {
      table[type] = TYPE_DECLARATIONS.has(type) ? [] : (list ?? []).filter((key) => !TYPE_KEYS.has(key));
    }
    code = table;
    derived.set(keys, code);
  }
  return code;
}

/** A step of ESLint's own traversal (`SourceCode#traverse()`, @eslint/core's `TraversalStep`). */
interface TraversalStep {
  readonly kind: number;
  readonly target: unknown;
  readonly phase?: unknown;
}

/**
 * The program's nodes in pre-order. ESLint walks the tree once before the rules run and keeps the
 * steps (`SourceCode#traverse()`, ESLint 9 and 10): reading those costs a loop over an array, far
 * less than walking the tree again. Without them (a hand-made `SourceCode`), our own walk.
 */
export function eachNode(sourceCode: Readonly<TSESLint.SourceCode>, visit: (node: TSESTree.Node) => void): void {
  const traverse = (sourceCode as { traverse?: () => Iterable<TraversalStep> }).traverse;
  if (typeof traverse === 'function') {
    for (const step of traverse.call(sourceCode)) if (step.kind === 1 && step.phase === 1) visit(step.target as TSESTree.Node);
    return;
  }
  const keys = codeKeys(sourceCode.visitorKeys);
  const stack: TSESTree.Node[] = [sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    visit(node);
    pushChildren(stack, node, keys);
  }
}
