/**
 * Proof that neither the call nor the client of a Claude request sets a `timeout`: the SDK's
 * long-request guard runs only then.
 */
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ClientInfo } from '../../analysis/clients.js';
import type { ClaudeRequest } from '../../analysis/requests.js';
import { constantInitializer, possibleValues, unwrapExpression, type Resolved, type ResolvedObject } from '../../analysis/values.js';

/** Every value it can have is known, and is `null` or `undefined`. */
function isNullish(resolved: Resolved): boolean {
  const { values, complete } = possibleValues(resolved);
  return complete && values.every(({ value }) => value === null || value === undefined);
}

/** An options object that provably sets no `timeout` (absent from a complete object, or nullish). */
function objectWithoutTimeout(object: ResolvedObject): boolean {
  const timeout = object.properties.get('timeout');
  return timeout ? isNullish(timeout.value) : object.complete;
}

/** The second argument of the call provably sets no `timeout`. */
export function requestOptionsWithoutTimeout(request: ClaudeRequest): boolean {
  const second = request.call.arguments[1];
  if (!second) return true;
  const options = request.requestOptions;
  if (!options || second.type === AST_NODE_TYPES.SpreadElement) return false;
  return options.kind === 'object' ? objectWithoutTimeout(options) : isNullish(options);
}

/** The construction's own options provably set no `timeout`. */
function constructedWithoutTimeout(client: ClientInfo): boolean {
  if (!client.construction) return false;
  if (client.construction.arguments.length === 0) return true;
  return client.options !== null && objectWithoutTimeout(client.options);
}

function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
  }
  return null;
}

/**
 * True when the client the call goes through may come from a parameter (`client = defaultClient`
 * can be replaced by the caller), following `.messages`/`.beta` and `const` aliases.
 */
function receiverMayBeParameter(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node, depth = 0): boolean {
  let node = unwrapExpression(expression);
  while (node.type === AST_NODE_TYPES.MemberExpression) node = unwrapExpression(node.object);
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  if (!variable) return false;
  if (variable.defs.some((def) => def.type === TSESLint.Scope.DefinitionType.Parameter)) return true;
  const init = constantInitializer(variable);
  return init !== null && depth < 6 && receiverMayBeParameter(sourceCode, init, depth + 1);
}

/**
 * The request's client is provably the one construction the finder resolved, and that
 * construction sets no `timeout`. A `const` (or a variable never written again: the finder
 * checks that) and a direct `new Anthropic().messages` hold that one client. A class member
 * (`private client = new Anthropic()`, `this.client = new Anthropic()`) may be assigned elsewhere
 * in the class: every Claude client built in that class must be without `timeout`. A parameter
 * default (`client = new Anthropic()`) can be replaced by the caller: not proof.
 */
export function clientWithoutTimeout(
  sourceCode: Readonly<TSESLint.SourceCode>,
  request: ClaudeRequest,
  clients: readonly ClientInfo[],
): boolean {
  const client = request.client;
  if (!client?.construction || !constructedWithoutTimeout(client)) return false;
  if (receiverMayBeParameter(sourceCode, (request.call.callee as TSESTree.MemberExpression).object)) return false;
  const construction = client.construction;
  const parent = construction.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === construction;
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === construction;
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AssignmentExpression: {
      const body = enclosingClassBody(construction);
      if (!body) return false;
      return clients.every(
        (other) =>
          !other.construction ||
          other.construction.range[0] < body.range[0] ||
          other.construction.range[1] > body.range[1] ||
          constructedWithoutTimeout(other),
      );
    }
    default:
      return false;
  }
}
