/**
 * Fixer helpers shared by rules: remove an object property with its comma, replace a string
 * literal keeping its quote style.
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** Remove `prop` from its object literal together with one adjacent comma. */
export function removeProperty(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fixer: TSESLint.RuleFixer,
  property: TSESTree.Node,
): TSESLint.RuleFix {
  const before = sourceCode.getTokenBefore(property, { includeComments: true });
  const after = sourceCode.getTokenAfter(property);
  if (after && ASTUtils.isCommaToken(after)) {
    if (before && before.loc.end.line < property.loc.start.line) {
      // The property has its own line: remove the line break before it too.
      return fixer.removeRange([before.range[1], after.range[1]]);
    }
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    const end = next && next.loc.start.line === after.loc.end.line ? next.range[0] : after.range[1];
    return fixer.removeRange([property.range[0], end]);
  }
  const comma = sourceCode.getTokenBefore(property);
  if (comma && ASTUtils.isCommaToken(comma)) return fixer.removeRange([comma.range[0], property.range[1]]);
  // The only property: leave `{}`.
  if (comma && after) return fixer.removeRange([comma.range[1], after.range[0]]);
  return fixer.remove(property);
}

/** Whether a node is a string written in place: `'x'`, `"x"` or a template literal without expressions. */
export function isStringLiteralNode(node: TSESTree.Node): node is TSESTree.StringLiteral | TSESTree.TemplateLiteral {
  return (
    (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') ||
    (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0)
  );
}

/** The quote a string literal is written with; `'` when the node is not one. */
export function quoteOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node | undefined): string {
  return node && isStringLiteralNode(node) ? sourceCode.getText(node).charAt(0) : "'";
}

/** `value` as a string literal in `quote`s. */
export function quoted(value: string, quote: string): string {
  return `${quote}${value.replace(/\\/gu, '\\\\').split(quote).join(`\\${quote}`)}${quote}`;
}

/** Replace the text of a string literal node, keeping its quotes. Null when the node is not one. */
export function replaceString(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  value: string,
): TSESLint.RuleFix | null {
  return isStringLiteralNode(node) ? fixer.replaceText(node, quoted(value, quoteOf(sourceCode, node))) : null;
}
