/**
 * Fixer helpers shared by rules: remove an object property with its comma, replace a string
 * literal keeping its quote style.
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** Where the line holding `position` starts. */
function lineStart(text: string, position: number): number {
  return text.lastIndexOf('\n', position - 1) + 1;
}

/** Where the line holding `position` ends: its line break, or the end of the text. */
function lineEnd(text: string, position: number): number {
  const end = text.indexOf('\n', position);
  return end < 0 ? text.length : end;
}

const blank = (text: string): boolean => /^[ \t\r]*$/u.test(text);

/**
 * Remove `element` (a property of an object literal, or an element of an array literal) together
 * with one adjacent comma, and nothing else that is written: comments before, after and between
 * stay, so a `//` comment ending the previous line still ends at its line break, and a trailing
 * comma, a shorthand property, the only property or the last one all leave code that parses.
 * Whitespace goes with it: the whole line when the element had a line of its own.
 */
export function removeProperty(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fixer: TSESLint.RuleFixer,
  element: TSESTree.Node,
): TSESLint.RuleFix {
  const text = sourceCode.text;
  const [start, end] = element.range;
  const after = sourceCode.getTokenAfter(element);
  const before = sourceCode.getTokenBefore(element);
  const commaAfter = after && ASTUtils.isCommaToken(after) ? after : null;
  const commaBefore = before && ASTUtils.isCommaToken(before) ? before : null;
  // The comma after, unless it starts a later line and the one before shares the element's line (comma-first style).
  const comma =
    commaAfter && commaBefore && commaAfter.loc.start.line > element.loc.end.line && commaBefore.loc.end.line === element.loc.start.line
      ? commaBefore
      : (commaAfter ?? commaBefore);
  const cuts: [number, number][] = [[start, end]];
  if (comma) cuts.push([comma.range[0], comma.range[1]]);
  const rest = (from: number, to: number): string => {
    // The text in [from, to) once the cuts are taken out.
    let kept = '';
    let at = from;
    for (const [cutStart, cutEnd] of [...cuts].sort((x, y) => x[0] - y[0])) {
      if (cutEnd <= from || cutStart >= to) continue;
      kept += text.slice(at, Math.max(at, cutStart));
      at = Math.max(at, cutEnd);
    }
    return kept + text.slice(Math.min(at, to), to);
  };
  const first = lineStart(text, start);
  const last = lineEnd(text, end);
  if (blank(rest(first, start)) && blank(rest(end, last))) {
    // It had its line (or lines) to itself: remove them whole, with the line break that ends them.
    cuts.push([first, Math.min(text.length, last + 1)]);
  } else if (comma && comma === commaAfter) {
    // `{ a: 1, t: 2, b: 3 }`: the spaces after the comma go too.
    const next = sourceCode.getTokenAfter(comma, { includeComments: true });
    if (next && next.loc.start.line === comma.loc.end.line && blank(text.slice(comma.range[1], next.range[0]))) {
      cuts.push([comma.range[1], next.range[0]]);
    }
  } else if (comma) {
    // `{ a: 1, t: 2 }`: the spaces between the comma before and the element go too.
    if (blank(text.slice(comma.range[1], start))) cuts.push([comma.range[1], start]);
  } else if (
    before &&
    after &&
    !sourceCode.commentsExistBetween(before, after) &&
    blank(rest(before.range[1], after.range[0]).replace(/\n/gu, ''))
  ) {
    // The only element: leave `{}`.
    cuts.push([before.range[1], after.range[0]]);
  }
  const from = Math.min(...cuts.map(([cutStart]) => cutStart));
  const to = Math.max(...cuts.map(([, cutEnd]) => cutEnd));
  return fixer.replaceTextRange([from, to], rest(from, to));
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
