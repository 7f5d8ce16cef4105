import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getClaudeRequests } from '../analysis/requests.js';
import { unwrapExpression } from '../analysis/values.js';
import { isSdkErrorSubclass } from '../facts/sdk-errors.js';
import { createRule } from '../util/create-rule.js';
import { categoriesOf, type ErrorCategory } from './no-error-message-matching-utils/categories.js';
import { ErrorSources, errorOfTextVariable } from '../analysis/sdk-errors.js';
import { calleeMember, errorOfText, patternText } from './no-error-message-matching-utils/message-text.js';

type MessageIds = 'messageMatching' | 'useType';

/** `text.<method>(pattern)`: string methods that search the text. */
const SEARCH_METHODS: ReadonlySet<string> = new Set([
  'includes',
  'startsWith',
  'endsWith',
  'indexOf',
  'lastIndexOf',
  'match',
  'matchAll',
  'search',
]);
/** `pattern.<method>(text)`: regex methods. */
const REGEX_METHODS: ReadonlySet<string> = new Set(['test', 'exec']);
/** Longer patterns are cut in the message. */
const MAX_TEXT_LENGTH = 40;
/** Methods whose result is a boolean, so a suggestion can swap the call for a comparison. */
const BOOLEAN_METHODS: ReadonlySet<string> = new Set(['includes', 'startsWith', 'endsWith', 'test']);

interface Match {
  /** The matching expression to report. */
  readonly node: TSESTree.Node;
  readonly error: TSESTree.Node;
  readonly text: string;
  /** The comparison a suggestion writes, when the match is a boolean test. */
  readonly operator: '===' | '!==' | null;
}

/** Where a `===` comparison needs no parentheses. */
function needsParentheses(node: TSESTree.Node): boolean {
  const { parent } = node;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.VariableDeclarator:
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.ConditionalExpression:
      return false;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.callee === node;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === node;
    default:
      return true;
  }
}

/** `<error>.status === <status>` or `<error>.type === '<type>'` (either side, `==` too) for the category. */
function testsCategory(
  sourceCode: Readonly<TSESLint.SourceCode>,
  test: TSESTree.Node,
  category: ErrorCategory,
  errorText: string,
): boolean {
  const node = unwrapExpression(test);
  if (node.type !== AST_NODE_TYPES.BinaryExpression || (node.operator !== '===' && node.operator !== '==')) return false;
  return [
    [node.left, node.right],
    [node.right, node.left],
  ].some(([member, literal]) => {
    if (member?.type !== AST_NODE_TYPES.MemberExpression || literal?.type !== AST_NODE_TYPES.Literal || member.computed) return false;
    if (member.property.type !== AST_NODE_TYPES.Identifier || sourceCode.getText(unwrapExpression(member.object)) !== errorText)
      return false;
    if (member.property.name === 'status') return category.status !== null && literal.value === category.status;
    return member.property.name === 'type' && category.type !== null && literal.value === category.type;
  });
}

/**
 * True when the condition already tests each category structurally in an `||` beside the text
 * match (`err.status === 529 || err.message.includes('Overloaded')`): the text is a fallback
 * that changes nothing, not how the error is classified.
 */
function coveredByStructuredTest(sourceCode: Readonly<TSESLint.SourceCode>, match: Match, categories: readonly ErrorCategory[]): boolean {
  const errorText = sourceCode.getText(unwrapExpression(match.error));
  const alternatives: TSESTree.Node[] = [];
  let node: TSESTree.Node = match.node.parent?.type === AST_NODE_TYPES.ChainExpression ? match.node.parent : match.node;
  for (let parent = node.parent; parent?.type === AST_NODE_TYPES.LogicalExpression; node = parent, parent = parent.parent) {
    if (parent.operator === '||') alternatives.push(parent.left === node ? parent.right : parent.left);
  }
  // `a || b || c` nests: each alternative may be an `||` of tests itself.
  const tests: TSESTree.Node[] = [];
  while (alternatives.length > 0) {
    const alternative = unwrapExpression(alternatives.pop() as TSESTree.Node);
    if (alternative.type === AST_NODE_TYPES.LogicalExpression && alternative.operator === '||')
      alternatives.push(alternative.left, alternative.right);
    else tests.push(alternative);
  }
  return categories.every((category) => tests.some((test) => testsCategory(sourceCode, test, category, errorText)));
}

export default createRule<[], MessageIds>({
  name: 'no-error-message-matching',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow classifying Claude SDK errors by their message text instead of `status`, `type` or `instanceof`',
      recommended: false,
      strict: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      messageMatching:
        "This classifies an SDK error by its message text ('{{text}}'), which is the API's wording and can change without notice. Check {{hint}} instead.",
      useType: 'Check `{{replacement}}` instead.',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    // SDK errors come from an SDK import or from a request that names a Claude model.
    if (!sourceCode.text.includes('@anthropic-ai/') && !sourceCode.text.includes('claude')) return {};
    let sources: ErrorSources | null = null;
    const sourcesOf = (): ErrorSources =>
      (sources ??= new ErrorSources(
        sourceCode,
        getClaudeRequests(context).flatMap((request) => (request.transport.throwsSdkErrors ? [request.call] : [])),
      ));

    // `const { message } = err` and `const text = String(err)` still hold the caught error's text.
    const errorOf = (text: TSESTree.Node): TSESTree.Node | null => errorOfText(text) ?? errorOfTextVariable(sourceCode, text, errorOfText);

    const report = (match: Match): void => {
      const source = sourcesOf().of(match.error);
      if (!source) return;
      const categories = categoriesOf(match.text);
      if (categories.length === 0 || coveredByStructuredTest(sourceCode, match, categories)) return;
      const inner = unwrapExpression(match.error);
      const name = inner.type === AST_NODE_TYPES.Identifier ? inner.name : 'err';
      const hint = categories.map((category) => category.hint.replaceAll('{v}', name)).join(', or ');
      const text = match.text.length > MAX_TEXT_LENGTH ? `${match.text.slice(0, MAX_TEXT_LENGTH - 1)}…` : match.text;
      // `err.type` exists on APIError and its subclasses, and names the category alone.
      const type = categories.length === 1 ? categories[0]?.type : null;
      const suggest =
        type &&
        match.operator &&
        inner === match.error &&
        inner.type === AST_NODE_TYPES.Identifier &&
        source.className !== null &&
        isSdkErrorSubclass(source.className, 'APIError')
          ? [suggestion(match, `${inner.name}.type ${match.operator} '${type}'`)]
          : [];
      context.report({ node: match.node, messageId: 'messageMatching', data: { text, hint }, suggest });
    };

    const suggestion = (match: Match, replacement: string): TSESLint.SuggestionReportDescriptor<MessageIds> => {
      const target = match.node.parent?.type === AST_NODE_TYPES.ChainExpression ? match.node.parent : match.node;
      return {
        messageId: 'useType',
        data: { replacement },
        fix: (fixer) =>
          sourceCode.getCommentsInside(target).length > 0
            ? null
            : fixer.replaceText(target, needsParentheses(target) ? `(${replacement})` : replacement),
      };
    };

    return {
      CallExpression(node) {
        const member = calleeMember(node);
        const [argument] = node.arguments;
        if (!member || member.name === null || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
        const boolean = BOOLEAN_METHODS.has(member.name) ? '===' : null;
        let error: TSESTree.Node | null = null;
        let text: string | null = null;
        if (SEARCH_METHODS.has(member.name)) {
          error = errorOf(member.object);
          text = error && patternText(sourceCode, argument);
        } else if (REGEX_METHODS.has(member.name)) {
          error = errorOf(argument);
          text = error && patternText(sourceCode, member.object);
        }
        if (error && text !== null) report({ node, error, text, operator: boolean });
      },
      BinaryExpression(node) {
        if (!['===', '==', '!==', '!='].includes(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return;
        for (const [side, other] of [
          [node.left, node.right],
          [node.right, node.left],
        ] as const) {
          const error = errorOf(side);
          const text = error && patternText(sourceCode, other);
          if (error && typeof text === 'string') {
            report({ node, error, text, operator: node.operator.startsWith('!') ? '!==' : '===' });
            return;
          }
        }
      },
    };
  },
});
