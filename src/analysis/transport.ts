/**
 * Where a client's requests go, as its options say: the facts the adapters share about a
 * `baseURL` that names the API's own address, and a `fetch` of the code's own that may never
 * reach the API (a test's canned response, a router, a rewritten URL).
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunction } from './flow.js';
import { memberName } from './imports.js';
import { unwrapExpression, type ResolvedObject } from './values.js';
import { codeKeys, pushChildren } from './walk.js';

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
