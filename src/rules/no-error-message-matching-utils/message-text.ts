/**
 * Recognise message-text matching: which error an expression is the text of, and the text or
 * regex source a pattern argument is.
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { memberName } from '../../analysis/imports.js';
import { unwrapExpression } from '../../analysis/values.js';

export function calleeMember(call: TSESTree.CallExpression): { object: TSESTree.Node; name: string | null } | null {
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? { object: callee.object, name: memberName(callee) } : null;
}

/** Methods that keep the text the same for matching purposes. */
const NORMALIZERS: ReadonlySet<string> = new Set([
  'toLowerCase',
  'toUpperCase',
  'toLocaleLowerCase',
  'toLocaleUpperCase',
  'trim',
  'trimStart',
  'trimEnd',
  'normalize',
]);
/** `err.message`, `err.apiMessage` (SDK 1.5.0) and the body's `err.error.error.message`. */
const MESSAGE_PROPERTIES: ReadonlySet<string> = new Set(['message', 'apiMessage']);

/** `err`, `err as APIError`, `err.error`, `err.error.error`: the error whose `.message` is read. */
function messageOwner(node: TSESTree.Node, depth = 0): TSESTree.Node {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.MemberExpression && memberName(inner) === 'error' && depth < 2
    ? messageOwner(inner.object, depth + 1)
    : node;
}

/**
 * The error expression whose text `node` is: `err.message`, `String(err)`, `` `${err}` ``,
 * `err.toString()`, `JSON.stringify(err)`, lowercased or trimmed, or with a `?? ''` fallback.
 */
export function errorOfText(node: TSESTree.Node): TSESTree.Node | null {
  const inner = unwrapExpression(node);
  switch (inner.type) {
    case AST_NODE_TYPES.MemberExpression:
      return MESSAGE_PROPERTIES.has(memberName(inner) ?? '') ? messageOwner(inner.object) : null;
    case AST_NODE_TYPES.LogicalExpression:
      return inner.operator === '&&' ? null : errorOfText(inner.left);
    case AST_NODE_TYPES.TemplateLiteral:
      for (const expression of inner.expressions) {
        const error = errorOfText(expression);
        if (error) return error;
      }
      // `${err}`: the error itself (the source check below decides whether it is an SDK error).
      return inner.expressions.length === 1 ? (inner.expressions[0] ?? null) : null;
    case AST_NODE_TYPES.CallExpression: {
      const member = calleeMember(inner);
      if (member && NORMALIZERS.has(member.name ?? '')) return errorOfText(member.object);
      if (member?.name === 'toString' && inner.arguments.length === 0) return member.object;
      const [argument] = inner.arguments;
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return null;
      const callee = unwrapExpression(inner.callee);
      if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String') return errorOfText(argument) ?? argument;
      if (member?.name === 'stringify' && unwrapExpression(member.object).type === AST_NODE_TYPES.Identifier) {
        const object = unwrapExpression(member.object) as TSESTree.Identifier;
        return object.name === 'JSON' ? argument : null;
      }
      return null;
    }
    default:
      return null;
  }
}

/** The text or regex source a pattern argument is, when statically known. */
export function patternText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string | null {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Literal && 'regex' in inner) return inner.regex.pattern;
  if (
    (inner.type === AST_NODE_TYPES.NewExpression || inner.type === AST_NODE_TYPES.CallExpression) &&
    inner.callee.type === AST_NODE_TYPES.Identifier &&
    inner.callee.name === 'RegExp'
  ) {
    const [source] = inner.arguments;
    return source && source.type !== AST_NODE_TYPES.SpreadElement ? patternText(sourceCode, source) : null;
  }
  const value = ASTUtils.getStaticValue(inner, sourceCode.getScope(inner))?.value;
  if (typeof value === 'string') return value;
  return value instanceof RegExp ? value.source : null;
}
