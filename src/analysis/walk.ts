/**
 * The one tree walk helper of the analysis: push a node's children, by the parser's visitor keys,
 * onto an explicit stack (no recursion, so deep nesting cannot overflow the call stack). They are
 * pushed last child first, so the walk pops them in source order.
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
