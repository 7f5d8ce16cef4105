/**
 * Where a client's requests go, as its options say: the facts the adapters share about a
 * `baseURL` that names the API's own address, a `fetch` of the code's own that may never
 * reach the API (a test's canned response, a router, a rewritten URL), and a test file that
 * replaces the platform's `fetch` itself.
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunction } from './flow.js';
import { FETCH_MODULES } from '../facts/http.js';
import { isMocker, memberName, resolveImported } from './imports.js';
import { constantInitializer, unwrapExpression, type ResolvedObject } from './values.js';
import { codeKeys, eachNode, pushChildren } from './walk.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * True when a `baseURL` is the client's own default, written out (`'https://api.anthropic.com'`
 * for the SDK, `'https://api.anthropic.com/v1'` for the AI SDK's provider): the requests go
 * where they would without it. A trailing slash makes no difference to either client.
 */
export function isDefaultBaseUrl(value: string | undefined, defaultUrl: string): boolean {
  return value !== undefined && (value === defaultUrl || value === `${defaultUrl}/`);
}

/** True when `identifier` names a global the code does not declare, import or receive (`fetch`, `globalThis`). */
export function isGlobal(sourceCode: SourceCode, identifier: TSESTree.Identifier): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  return !variable || variable.defs.length === 0;
}

const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['globalThis', 'window', 'self']);

/** `fetch`, `globalThis.fetch`, `window.fetch`, `self.fetch`: the platform's own fetch, not one the code declares. */
export function isPlatformFetch(sourceCode: SourceCode, expression: TSESTree.Node): boolean {
  const node = unwrapExpression(expression);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'fetch' && isGlobal(sourceCode, node);
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    memberName(node) === 'fetch' &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    GLOBAL_OBJECTS.has(node.object.name) &&
    isGlobal(sourceCode, node.object)
  );
}

/**
 * True when `wrapper` hands the request it is given on to the platform's `fetch` unchanged: a call
 * in its own body (not in a function nested in it) whose first argument is the wrapper's own
 * first parameter (`(url, init) => fetch(url, { ...init, keepalive: true })`). A wrapper that
 * rewrites the URL (`fetch(String(url).replace(...))`) may send it anywhere.
 */
function forwardsToFetch(sourceCode: SourceCode, wrapper: TSESTree.FunctionLike): boolean {
  const [input] = wrapper.params;
  if (input?.type !== AST_NODE_TYPES.Identifier || !wrapper.body) return false;
  const keys = codeKeys(sourceCode.visitorKeys);
  const stack: TSESTree.Node[] = [wrapper.body];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    if (isFunction(node)) continue;
    if (node.type === AST_NODE_TYPES.CallExpression && isPlatformFetch(sourceCode, node.callee)) {
      const [first] = node.arguments;
      if (first?.type === AST_NODE_TYPES.Identifier && first.name === input.name) return true;
    }
    pushChildren(stack, node, keys);
  }
  return false;
}

/**
 * True when the options give the client a `fetch` that may not send the request to the API: any
 * but the platform's own (`{ fetch }`, `fetch: globalThis.fetch`) or a function written here
 * that hands the request on to it unchanged (a wrapper that logs or adds a header).
 */
export function replacesFetch(sourceCode: SourceCode, options: ResolvedObject): boolean {
  const property = options.properties.get('fetch');
  if (!property) return false;
  // Asked once per request of a client; the wrapper's body is walked once per property.
  let replaces = replacing.get(property.node);
  if (replaces === undefined) {
    const value = unwrapExpression(property.node.value);
    replaces = !isPlatformFetch(sourceCode, value) && !(isFunction(value) && forwardsToFetch(sourceCode, value));
    replacing.set(property.node, replaces);
  }
  return replaces;
}

const replacing = new WeakMap<TSESTree.Property, boolean>();

// ------------------------------------------------------------------ a stubbed global fetch

/** The objects whose `fetch` a test replaces: the global object under each of its names. */
const STUBBED_OBJECTS: ReadonlySet<string> = new Set([...GLOBAL_OBJECTS, 'global']);
/** Before any tree work: a `vi`/`jest` stub, spy or `mocked`, or a write to something's `fetch`. */
const FETCH_STUB = /\b(?:vi|jest)\s*\.\s*(?:stubGlobal|spyOn|mocked)\s*\(|\bfetch['"`]?\s*\]?\s*=(?![=>])/u;
/** Mock methods that replace what the mock does; the others (`mockName`, `mockClear`) leave a spy calling through. */
const REPLACERS: ReadonlySet<string> = new Set([
  'mockImplementation',
  'mockImplementationOnce',
  'mockReturnValue',
  'mockReturnValueOnce',
  'mockResolvedValue',
  'mockResolvedValueOnce',
  'mockRejectedValue',
  'mockRejectedValueOnce',
  'mockReturnThis',
  'withImplementation',
]);
const stubbedByFile = new WeakMap<TSESTree.Program, boolean>();

/** `fetch`, `global.fetch`, `globalThis.fetch`, ...: the global's own fetch, or a `const` holding it (`const realFetch = global.fetch`). */
function isGlobalFetch(sourceCode: SourceCode, expression: TSESTree.Node, depth = 0): boolean {
  const node = unwrapExpression(expression);
  if (node.type === AST_NODE_TYPES.Identifier) {
    if (node.name === 'fetch' && isGlobal(sourceCode, node)) return true;
    const init = depth === 0 ? constantInitializer(ASTUtils.findVariable(sourceCode.getScope(node), node) ?? null) : null;
    return init !== null && isGlobalFetch(sourceCode, init, depth + 1);
  }
  return node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'fetch' && isGlobalObject(sourceCode, node.object);
}

const isGlobalObject = (sourceCode: SourceCode, node: TSESTree.Node): boolean =>
  node.type === AST_NODE_TYPES.Identifier && STUBBED_OBJECTS.has(node.name) && isGlobal(sourceCode, node);

/**
 * True when `expression` is the platform's `fetch` or another that really sends: a `const` holding
 * the global's (`const realFetch = global.fetch`), or a polyfill's (`import fetch from
 * 'node-fetch'`, `require('undici').fetch`). Putting one on the global is no stub.
 */
function isRealFetch(sourceCode: SourceCode, expression: TSESTree.Node): boolean {
  if (isGlobalFetch(sourceCode, expression)) return true;
  const imported = resolveImported(sourceCode, expression, (module) => FETCH_MODULES.has(module));
  return imported !== null && isFetchExport(imported.path);
}

/** The `fetch` of a fetch module: the module itself (`require('cross-fetch')`), its default export or its `fetch`. */
export function isFetchExport(path: readonly string[]): boolean {
  return path.length === 0 || (path.length === 1 && (path[0] === 'default' || path[0] === 'fetch'));
}

/** The expression a node is part of, above the type assertions wrapped around it. */
function outerOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && unwrapExpression(current.parent) !== current.parent) current = current.parent;
  return current;
}

/**
 * Follows a chain of mock methods up from `node` (`spy.mockName('f').mockResolvedValue(r)`):
 * true when one of them replaces the implementation, otherwise the last call of the chain.
 */
function followMockChain(node: TSESTree.Node): true | TSESTree.Node {
  let current = outerOf(node);
  for (;;) {
    const member = current.parent;
    const call = member?.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) return current;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return current;
    const method = memberName(member);
    if (method !== null && REPLACERS.has(method)) return true;
    current = outerOf(call);
  }
}

/**
 * True when the file replaces a spy's implementation: by a chain on the `spyOn` call itself, or
 * through the variable it is stored in (`const spy = vi.spyOn(...)`, `spy = vi.spyOn(...)` in a
 * `beforeEach`), anywhere the variable is used. A spy passed on, returned or kept in an object
 * field may or may not be given one elsewhere: not proof.
 */
function spyIsReplaced(sourceCode: SourceCode, spy: TSESTree.CallExpression): boolean {
  const end = followMockChain(spy);
  if (end === true) return true;
  const holder = end.parent;
  let id: TSESTree.Node | null = null;
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === end) id = holder.id;
  else if (holder?.type === AST_NODE_TYPES.AssignmentExpression && holder.operator === '=' && holder.right === end) id = holder.left;
  if (id?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(id), id);
  return variable?.references.some((reference) => followMockChain(reference.identifier) === true) ?? false;
}

/** True when `node` replaces the platform's `fetch` (see `stubsPlatformFetch`). */
function isFetchStub(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.AssignmentExpression) {
    // `global.fetch = vi.fn()`; `globalThis.fetch = realFetch` puts the real one back, `= nodeFetch` a polyfill.
    const { left } = node;
    return (
      node.operator === '=' &&
      left.type === AST_NODE_TYPES.MemberExpression &&
      memberName(left) === 'fetch' &&
      isGlobalObject(sourceCode, left.object) &&
      !isRealFetch(sourceCode, node.right)
    );
  }
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (!isMocker(node.callee.object)) return false;
  const [first, second] = node.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return false;
  switch (memberName(node.callee)) {
    case 'stubGlobal':
      return (
        ASTUtils.getStringIfConstant(first) === 'fetch' &&
        second !== undefined &&
        second.type !== AST_NODE_TYPES.SpreadElement &&
        !isRealFetch(sourceCode, second)
      );
    case 'spyOn':
      return (
        isGlobalObject(sourceCode, first) &&
        second !== undefined &&
        second.type !== AST_NODE_TYPES.SpreadElement &&
        ASTUtils.getStringIfConstant(second) === 'fetch' &&
        spyIsReplaced(sourceCode, node)
      );
    case 'mocked':
      // `vi.mocked(fetch).mockResolvedValue(...)`: typing only, the replacement is on the global's fetch.
      return isGlobalFetch(sourceCode, first) && followMockChain(node) === true;
    default:
      return false;
  }
}

/**
 * True when a test file replaces the platform's `fetch` with a test double: `vi.stubGlobal('fetch',
 * ...)`, a write to the real global's `fetch` (`global.fetch = vi.fn()`, `globalThis.fetch`,
 * `window.fetch`, `self.fetch`, anywhere in the file, as tests do in `beforeEach`), or a
 * `vi.spyOn(global, 'fetch')` / `jest.spyOn(...)` whose implementation the file replaces. Its
 * `fetch(...)` calls reach the double, not the API.
 *
 * A spy alone calls through to the real `fetch` and still sends; so does a spy whose replacement
 * the file does not provably make (one passed to a helper): those files keep their reports. The
 * answer is for the whole file, not for the calls after the stub: a test's request runs after its
 * `beforeEach`, wherever the two are written. A global the file declares (`const global = ...`)
 * is not the platform's. Computed once per file, after a test on the text.
 */
export function stubsPlatformFetch(sourceCode: SourceCode): boolean {
  const program = sourceCode.ast;
  let stubbed = stubbedByFile.get(program);
  if (stubbed === undefined) {
    let found = false;
    if (FETCH_STUB.test(sourceCode.text)) {
      eachNode(sourceCode, (node) => {
        if (!found && isFetchStub(sourceCode, node)) found = true;
      });
    }
    stubbed = found;
    stubbedByFile.set(program, stubbed);
  }
  return stubbed;
}

/**
 * In a statement's text: a write to a `fetch` property, or a `vi.stubGlobal(...)` /
 * `vi.unstubAllGlobals()` (which may put the real one back). After a stub, any of them ends the
 * proof that the stub is still in place.
 */
const FETCH_WRITE = /\bfetch['"`]?\s*\]?\s*=(?![=>])|\bstubGlobal\b|\bunstubAllGlobals\b/u;

/** A statement that stubs the global's `fetch` when the module runs: `global.fetch = ...`, `vi.stubGlobal('fetch', ...)`. */
function isImmediateStub(sourceCode: SourceCode, statement: TSESTree.ProgramStatement): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const expression = unwrapExpression(statement.expression);
  if (expression.type === AST_NODE_TYPES.AssignmentExpression) return isFetchStub(sourceCode, expression);
  return (
    expression.type === AST_NODE_TYPES.CallExpression &&
    expression.callee.type === AST_NODE_TYPES.MemberExpression &&
    memberName(expression.callee) === 'stubGlobal' &&
    isFetchStub(sourceCode, expression)
  );
}

const NO_STATEMENTS: ReadonlySet<TSESTree.Node> = new Set();
const onStubByFile = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.Node>>();

/**
 * The module's top-level statements that run while the global's `fetch` holds a stub: those after
 * an unconditional top-level stub, up to the first statement that may write it again. A stub in a
 * function or a branch is not proof. Computed once per file, after a test on the text.
 */
function statementsOnStub(sourceCode: SourceCode): ReadonlySet<TSESTree.Node> {
  const program = sourceCode.ast;
  let statements = onStubByFile.get(program);
  if (!statements) {
    statements = NO_STATEMENTS;
    if (FETCH_STUB.test(sourceCode.text)) {
      const found = new Set<TSESTree.Node>();
      let stubbed = false;
      for (const statement of program.body) {
        if (isImmediateStub(sourceCode, statement)) stubbed = true;
        else if (stubbed && FETCH_WRITE.test(sourceCode.getText(statement))) stubbed = false;
        else if (stubbed) found.add(statement);
      }
      if (found.size > 0) statements = found;
    }
    onStubByFile.set(program, statements);
  }
  return statements;
}

/**
 * True when an SDK client is built, as the module runs, while a stub put there by the module's top
 * level holds the global's `fetch` (`global.fetch = () => Promise.resolve(...)` and then `const
 * client = new Anthropic()`): the SDK takes the global `fetch` when a client is built, so its
 * requests reach the stub. A construction in a function is not proof: it may run before the stub
 * or after a restore.
 */
export function builtOnStubbedFetch(sourceCode: SourceCode, construction: TSESTree.NewExpression): boolean {
  const statements = statementsOnStub(sourceCode);
  if (statements.size === 0) return false;
  let statement: TSESTree.Node = construction;
  while (statement.parent && statement.parent.type !== AST_NODE_TYPES.Program) {
    if (isFunction(statement.parent) || statement.parent.type === AST_NODE_TYPES.ClassBody) return false;
    statement = statement.parent;
  }
  return statements.has(statement);
}
