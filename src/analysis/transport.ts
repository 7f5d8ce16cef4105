/**
 * Where a client's requests go, as its options say: the facts the adapters share about a
 * `baseURL` that names the API's own address, and a `fetch` of the code's own that may never
 * reach the API (a test's canned response, a router).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunction } from './flow.js';
import { unwrapExpression, type ResolvedObject } from './values.js';
import { codeKeys, pushChildren } from './walk.js';

/**
 * True when a `baseURL` is the client's own default, written out (`'https://api.anthropic.com'`
 * for the SDK, `'https://api.anthropic.com/v1'` for the AI SDK's provider): the requests go
 * where they would without it. A trailing slash makes no difference to either client.
 */
export function isDefaultBaseUrl(value: string | undefined, defaultUrl: string): boolean {
  return value !== undefined && (value === defaultUrl || value === `${defaultUrl}/`);
}

/** `fetch(...)`, `globalThis.fetch(...)`, `window.fetch(...)`, `self.fetch(...)`: the platform's own fetch. */
function callsPlatformFetch(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === 'fetch';
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    callee.property.name === 'fetch' &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    ['globalThis', 'window', 'self'].includes(callee.object.name)
  );
}

/**
 * True when the options give the client a `fetch` that may not send the request to the API: any
 * function but one written here that hands requests on to the platform's `fetch` (a wrapper
 * that logs or adds a header). `fetch` itself (`{ fetch }`) is the platform's.
 */
export function replacesFetch(sourceCode: Readonly<TSESLint.SourceCode>, options: ResolvedObject): boolean {
  const property = options.properties.get('fetch');
  if (!property) return false;
  const value = unwrapExpression(property.node.value);
  if (value.type === AST_NODE_TYPES.Identifier && value.name === 'fetch') return false;
  if (!isFunction(value)) return true;
  const keys = codeKeys(sourceCode.visitorKeys);
  const stack: TSESTree.Node[] = [value.body];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    if (callsPlatformFetch(node)) return false;
    pushChildren(stack, node, keys);
  }
  return true;
}
