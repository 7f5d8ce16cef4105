import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { resolveImported } from '../analysis/imports.js';
import { unwrapExpression } from '../analysis/values.js';
import { isSdkErrorModule, isSdkErrorSubclass, sdkErrorClassOf } from '../facts/sdk-errors.js';
import { createRule } from '../util/create-rule.js';
import { reportOnce } from '../util/report.js';

type MessageIds = 'subclassAfterBase' | 'alreadyTested';

/** `<identifier> instanceof <SDK error class>`. */
export interface InstanceofTest {
  readonly node: TSESTree.BinaryExpression;
  readonly name: string;
  /** The variable the identifier refers to; null for an undeclared global. */
  readonly variable: TSESLint.Scope.Variable | null;
  readonly className: string;
}

export interface UnreachableFinding {
  readonly later: InstanceofTest;
  readonly earlier: InstanceofTest;
}

/** The operands of nested `op` expressions, left to right (`a || b || c` → a, b, c). */
function operands(node: TSESTree.Node, ops: readonly string[]): TSESTree.Node[] {
  return node.type === AST_NODE_TYPES.LogicalExpression && ops.includes(node.operator)
    ? [...operands(node.left, ops), ...operands(node.right, ops)]
    : [node];
}

/** An earlier test that rules out its class for the rest of the chain (or of the block). */
export interface Covering {
  readonly test: InstanceofTest;
  /**
   * Where a write to the variable would undo it: in a chain, only the tests between run before
   * the later test; after an `if` that exits, anything up to the later test may run.
   */
  readonly writes: 'tests' | 'anywhere';
  readonly index: number;
}

const within = (node: TSESTree.Node, outer: readonly [number, number]): boolean => node.range[0] >= outer[0] && node.range[1] <= outer[1];

/**
 * Decide, for the tests of one chain (`if`/`else if`, `switch (true)` cases, nested ternaries) in
 * evaluation order, which `instanceof` tests can never be true: a later test is reached only when
 * every earlier test was false, so an earlier test that alone makes its condition true (the whole
 * condition or an operand of `||`) for a base class rules out every subclass after it. `prior`
 * are the tests of earlier `if`s in the same block whose branch always exits.
 */
export function checkChain(
  tests: readonly TSESTree.Node[],
  instanceofTest: (node: TSESTree.Node) => InstanceofTest | null,
  prior: readonly Covering[] = [],
): UnreachableFinding[] {
  const findings: UnreachableFinding[] = [];
  const covering: Covering[] = [...prior];
  const overwritten = (earlier: Covering, later: InstanceofTest, index: number): boolean =>
    later.variable?.references.some((reference) => {
      if (!reference.isWrite()) return false;
      const { identifier } = reference;
      if (earlier.writes === 'anywhere') return within(identifier, [earlier.test.node.range[0], later.node.range[1]]);
      return tests.slice(earlier.index, index + 1).some((test) => within(identifier, test.range));
    }) ?? false;
  tests.forEach((condition, index) => {
    // Anywhere the condition needs it to be true: the whole condition or inside `&&` / `||`.
    for (const later of operands(condition, ['&&', '||']).map(instanceofTest)) {
      if (!later) continue;
      const earlier = covering.find(
        (candidate) =>
          candidate.test.variable === later.variable &&
          candidate.test.name === later.name &&
          isSdkErrorSubclass(later.className, candidate.test.className) &&
          !overwritten(candidate, later, index),
      );
      if (earlier) findings.push({ later, earlier: earlier.test });
    }
    for (const test of operands(condition, ['||']).map(instanceofTest)) {
      if (test) covering.push({ test, writes: 'tests', index });
    }
  });
  return findings;
}

/** Whether a statement never completes normally: it returns, throws, breaks or continues. */
export function alwaysExits(node: TSESTree.Statement | null | undefined): boolean {
  switch (node?.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement:
      return alwaysExits(node.body[node.body.length - 1]);
    case AST_NODE_TYPES.IfStatement:
      return alwaysExits(node.consequent) && alwaysExits(node.alternate);
    default:
      return false;
  }
}

const chainTests = (node: TSESTree.IfStatement): TSESTree.Node[] => {
  const tests: TSESTree.Node[] = [];
  for (let current: TSESTree.Statement | null = node; current?.type === AST_NODE_TYPES.IfStatement; current = current.alternate) {
    tests.push(current.test);
  }
  return tests;
};

export default createRule<[], MessageIds>({
  name: 'no-unreachable-error-check',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `instanceof` checks for an SDK error class after a check for one of its base classes',
      recommended: false,
      strict: true,
    },
    schema: [],
    messages: {
      subclassAfterBase:
        '`{{later}}` is a subclass of `{{earlier}}`, which line {{line}} already tests for: every {{later}} takes that branch, so this check never matches. Test for `{{later}}` before `{{earlier}}`.',
      alreadyTested:
        '`{{later}}` is already tested for on line {{line}}: every {{later}} takes that branch, so this check never matches. Remove it or merge the branches.',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    if (!sourceCode.text.includes('@anthropic-ai/') || !sourceCode.text.includes('instanceof')) return {};

    // A test is read by its chain and again by the block that holds it.
    const seen = new WeakMap<TSESTree.Node, InstanceofTest | null>();
    const instanceofTest = (node: TSESTree.Node): InstanceofTest | null => {
      if (node.type !== AST_NODE_TYPES.BinaryExpression || node.operator !== 'instanceof') return null;
      if (seen.has(node)) return seen.get(node) ?? null;
      const left = unwrapExpression(node.left);
      const className =
        left.type === AST_NODE_TYPES.Identifier ? sdkErrorClassOf(resolveImported(sourceCode, node.right, isSdkErrorModule)) : null;
      const test =
        left.type === AST_NODE_TYPES.Identifier && className !== null
          ? { node, name: left.name, variable: ASTUtils.findVariable(sourceCode.getScope(left), left), className }
          : null;
      seen.set(node, test);
      return test;
    };

    const report = reportOnce(context);
    const check = (tests: readonly TSESTree.Node[], prior: readonly Covering[] = []): void => {
      if (tests.length + prior.length < 2) return;
      for (const { later, earlier } of checkChain(tests, instanceofTest, prior)) {
        report({
          node: later.node,
          messageId: later.className === earlier.className ? 'alreadyTested' : 'subclassAfterBase',
          data: { later: later.className, earlier: earlier.className, line: String(earlier.node.loc.start.line) },
        });
      }
    };

    /** `if (err instanceof APIError) return; ... if (err instanceof RateLimitError)`: ifs that exit, then later ifs. */
    const checkStatements = (statements: readonly TSESTree.Node[]): void => {
      const exited: Covering[] = [];
      for (const statement of statements) {
        if (statement.type !== AST_NODE_TYPES.IfStatement) continue;
        if (exited.length > 0) check(chainTests(statement), exited);
        if (statement.alternate === null && alwaysExits(statement.consequent)) {
          for (const test of operands(statement.test, ['||']).map(instanceofTest)) {
            if (test) exited.push({ test, writes: 'anywhere', index: 0 });
          }
        }
      }
    };

    return {
      IfStatement(node) {
        if (node.parent.type === AST_NODE_TYPES.IfStatement && node.parent.alternate === node) return;
        check(chainTests(node));
      },
      Program: (node) => checkStatements(node.body),
      BlockStatement: (node) => checkStatements(node.body),
      SwitchCase: (node) => checkStatements(node.consequent),
      ConditionalExpression(node) {
        if (node.parent.type === AST_NODE_TYPES.ConditionalExpression && node.parent.alternate === node) return;
        const tests: TSESTree.Node[] = [];
        for (let current: TSESTree.Expression = node; current.type === AST_NODE_TYPES.ConditionalExpression; current = current.alternate) {
          tests.push(current.test);
        }
        check(tests);
      },
      SwitchStatement(node) {
        if (node.discriminant.type !== AST_NODE_TYPES.Literal || node.discriminant.value !== true) return;
        check(node.cases.flatMap((switchCase) => (switchCase.test ? [switchCase.test] : [])));
      },
    };
  },
});
