/**
 * Raw HTTP: `fetch(url, { method: 'POST', headers, body: JSON.stringify(payload) })`,
 * `axios.post(url, data, config)`, `axios({ url, data, headers })`, `axios.create({ baseURL,
 * headers })` instances, `got.post(url, { json })` and `ky.post(url, { json })`.
 *
 * A call is a Claude request only when its URL is statically on the Claude API host
 * (facts/http.ts): a literal, a `const`, a template literal over `const`s, `new URL(path, base)`,
 * or an axios `baseURL`. The app's own routes (`fetch('/api/chat')`), other vendors, platform
 * hosts and proxies are never Claude requests, whatever the body says.
 *
 * Every call to the host becomes an `HttpCall` (URL, method, headers as far as they are known),
 * which the transport rules read; a POST to a Messages path whose JSON body is known also
 * becomes request records (`params` is the body as written). Headers built by a function,
 * spread from an unknown object, held in a `Headers` instance or set by an interceptor, `hooks`
 * or `transformRequest` are unknown. In a test file that stubs the global `fetch`
 * (`vi.stubGlobal('fetch', ...)`, transport.ts), the platform `fetch` is not the real one; a
 * library whose module the file mocks (`vi.mock('axios')`) is not the real one either (imports.ts).
 */
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { CLAUDE_API_HOST, FETCH_MODULES, HEADERS, MESSAGES_PATHS, apiVersionOf, type HttpEndpointKind } from '../../facts/http.js';
import { memberName, resolveImported } from '../imports.js';
import { isFetchExport, isGlobal, isPlatformFetch, stubsPlatformFetch } from '../transport.js';
import { API_SPELLING, NONE, UNKNOWN, modelCandidates, type ClaudeRequest, type Setting, type Transport } from '../request.js';
import {
  asArray,
  asObject,
  constantInitializer,
  knownString,
  neverSent,
  prop,
  unwrapExpression,
  type Resolved,
  type ResolvedObject,
  type ResolvedProperty,
  type ValueResolver,
} from '../values.js';
import type { AdapterContext, ClientAdapter, FileScan } from './adapter.js';

export type HttpLibrary = 'fetch' | 'axios' | 'got' | 'ky';

/** One header the code writes, by its lower-case name. */
export interface HeaderEntry {
  readonly name: string;
  readonly property: ResolvedProperty;
}

export interface HttpHeaders {
  /** Every header written, in order (a name may appear twice, in two spellings). */
  readonly entries: readonly HeaderEntry[];
  /** False when a spread or computed key of unknown content may add headers. */
  readonly complete: boolean;
  /** Header names set by other options (axios `auth`, got `username`/`password`: `authorization`). */
  readonly implied: ReadonlySet<string>;
  /** The header object literals, in order of precedence (an axios instance's, then the call's). */
  readonly objects: readonly TSESTree.ObjectExpression[];
  /**
   * True when a name written in two spellings is sent once with both values joined (`fetch`'s
   * `Headers`: `a, b`); otherwise the last spelling is the one sent.
   */
  readonly joinsDuplicates: boolean;
}

/** A call that sends an HTTP request to the Claude API host. */
export interface HttpCall {
  readonly call: TSESTree.CallExpression;
  readonly library: HttpLibrary;
  /** The absolute URL, parsed. */
  readonly url: URL;
  /** The node that writes the URL (or its path, on an axios instance): URL findings go there. */
  readonly urlNode: TSESTree.Node;
  /** The HTTP method in upper case; null when not known. */
  readonly method: string | null;
  /** The Messages endpoint the path names; null for any other path. */
  readonly endpoint: HttpEndpointKind | null;
  /** The headers as far as they are known; null when they are not (an interceptor, a `Headers` instance). */
  readonly headers: HttpHeaders | null;
}

const CLIENT_MODULES: Readonly<Record<string, HttpLibrary>> = { axios: 'axios', got: 'got', ky: 'ky' };
/** Methods of axios, got and ky that take `(url, data?, config?)` or `(url, options?)`. */
const VERBS = new Set(['post', 'get', 'put', 'patch', 'delete', 'head', 'request']);
/** axios verbs whose second argument is the body. */
const AXIOS_DATA_VERBS = new Set(['post', 'put', 'patch']);
const isTracked = (module: string): boolean => FETCH_MODULES.has(module) || Object.hasOwn(CLIENT_MODULES, module);

interface Target {
  readonly library: HttpLibrary;
  /** `post`, `get`, ... for `axios.post(...)`; null for `fetch(...)`, `axios(...)`, `got(...)`. */
  readonly verb: string | null;
  /** The options of the axios instance the call goes through (`axios.create(options)`). */
  readonly instance: Resolved | null;
}

function libraryOf(module: string): HttpLibrary | null {
  if (FETCH_MODULES.has(module)) return 'fetch';
  return Object.hasOwn(CLIENT_MODULES, module) ? (CLIENT_MODULES[module] ?? null) : null;
}

/** `import x from 'axios'` / `require('axios')` (the default export or the CJS module itself). */
function isDefaultExport(path: readonly string[]): boolean {
  return path.length === 0 || (path.length === 1 && path[0] === 'default');
}

/** The library function an expression names: `fetch`, `axios`, `axios.post`, `got.post`, ... */
function targetOf(sourceCode: Readonly<TSESLint.SourceCode>, values: ValueResolver | null, callee: TSESTree.Node): Target | null {
  const node = unwrapExpression(callee);
  // A test file that stubs the global `fetch` calls its double; `node-fetch` and the others are mocked with `vi.mock`.
  if (isPlatformFetch(sourceCode, node)) return stubsPlatformFetch(sourceCode) ? null : { library: 'fetch', verb: null, instance: null };
  const imported = resolveImported(sourceCode, node, isTracked);
  if (imported) {
    const library = libraryOf(imported.module);
    if (!library) return null;
    const path = imported.path;
    if (library === 'fetch') return isFetchExport(path) ? { library, verb: null, instance: null } : null;
    if (isDefaultExport(path)) return { library, verb: null, instance: null };
    const verb = path[path.length - 1] ?? '';
    return VERBS.has(verb) && isDefaultExport(path.slice(0, -1)) ? { library, verb, instance: null } : null;
  }
  // `api.post(...)` with `const api = axios.create({ baseURL, headers })`.
  if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.Identifier) {
    const verb = memberName(node);
    if (verb === null || !VERBS.has(verb)) return null;
    const variable = ASTUtils.findVariable(sourceCode.getScope(node.object), node.object);
    const init = constantInitializer(variable ?? null);
    const creation = init && unwrapExpression(init);
    if (creation?.type !== AST_NODE_TYPES.CallExpression) return null;
    const creator = resolveImported(sourceCode, creation.callee, isTracked);
    if (creator?.module !== 'axios' || creator.path[creator.path.length - 1] !== 'create' || !isDefaultExport(creator.path.slice(0, -1))) {
      return null;
    }
    const options = creation.arguments[0];
    const instance: Resolved =
      options === undefined
        ? { kind: 'literal', node: creation, value: undefined }
        : options.type === AST_NODE_TYPES.SpreadElement || !values
          ? { kind: 'unknown', node: options }
          : values.resolve(options);
    return { library: 'axios', verb, instance };
  }
  return null;
}

/** True for calls that send a request with an HTTP library: they only read their arguments. */
export function isHttpSendCall(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): boolean {
  return targetOf(sourceCode, null, call.callee) !== null;
}

// ------------------------------------------------------------------ URLs

/**
 * What a URL without a base must start with (after the leading C0 controls and spaces the URL
 * parser strips): a scheme. Tabs and newlines, which the parser drops anywhere, skip the test.
 */
const SCHEME = /^[\x00-\x20]*[a-z][a-z\d+\-.]*:/iu;
const TAB_OR_NEWLINE = /[\t\n\r]/u;

function parseUrl(text: string, base?: string): URL | null {
  // `fetch('/api/chat')`: an app's own route. Answer it without the parser's thrown TypeError.
  if (base === undefined && !SCHEME.test(text) && !TAB_OR_NEWLINE.test(text)) return null;
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}

/** An absolute URL the node statically is: a string, a template literal over `const`s, `new URL(path, base)`. */
function staticUrl(sourceCode: Readonly<TSESLint.SourceCode>, values: ValueResolver, original: TSESTree.Node, depth = 0): URL | null {
  const node = unwrapExpression(original);
  if (
    node.type === AST_NODE_TYPES.NewExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'URL' &&
    isGlobal(sourceCode, node.callee)
  ) {
    const [input, base] = node.arguments;
    if (!input || input.type === AST_NODE_TYPES.SpreadElement || base?.type === AST_NODE_TYPES.SpreadElement) return null;
    const inputText = knownString(values.resolve(input));
    if (inputText === undefined) return null;
    if (!base) return parseUrl(inputText);
    const baseUrl = staticUrl(sourceCode, values, base, depth + 1);
    return baseUrl ? parseUrl(inputText, baseUrl.href) : null;
  }
  if (node.type === AST_NODE_TYPES.Identifier && depth < 4) {
    const init = constantInitializer(ASTUtils.findVariable(sourceCode.getScope(node), node) ?? null);
    if (init && unwrapExpression(init).type === AST_NODE_TYPES.NewExpression) return staticUrl(sourceCode, values, init, depth + 1);
  }
  const text = knownString(values.resolve(node));
  return text === undefined ? null : parseUrl(text);
}

/** axios's `combineURLs`: an absolute URL stands alone; a relative one is appended to `baseURL`. */
function axiosUrl(path: string, baseURL: string | undefined): URL | null {
  if (/^(?:[a-z][a-z\d+\-.]*:)?\/\//iu.test(path) || baseURL === undefined) return parseUrl(path);
  return parseUrl(path ? `${baseURL.replace(/\/+$/u, '')}/${path.replace(/^\/+/u, '')}` : baseURL);
}

// ------------------------------------------------------------------ options, headers, bodies

/** The argument as a resolved value; a missing argument is `undefined`, a spread unknown. */
function argument(values: ValueResolver, call: TSESTree.CallExpression, index: number): Resolved {
  const node = call.arguments[index];
  if (!node) return { kind: 'literal', node: call, value: undefined };
  return node.type === AST_NODE_TYPES.SpreadElement ? { kind: 'unknown', node } : values.resolve(node);
}

/** Options that are provably absent (`undefined`), an object, or not known (null). */
function optionsObject(resolved: Resolved): ResolvedObject | 'absent' | null {
  if (resolved.kind === 'object') return resolved;
  return neverSent(resolved) || (resolved.kind === 'literal' && resolved.value === undefined) ? 'absent' : null;
}

/** Options that may set headers some other way than `headers`. */
const HEADER_HOOKS: Readonly<Record<HttpLibrary, readonly string[]>> = {
  fetch: [],
  axios: ['transformRequest'],
  got: ['hooks'],
  ky: ['hooks'],
};
/** Libraries whose headers join the values of a name written in two spellings. */
const JOINS_DUPLICATES: Readonly<Record<HttpLibrary, boolean>> = { fetch: true, axios: false, got: false, ky: false };
/** Options that set an `Authorization` header. */
const AUTH_OPTIONS: Readonly<Record<HttpLibrary, readonly string[]>> = {
  fetch: [],
  axios: ['auth'],
  got: ['username', 'password'],
  ky: [],
};

/** The headers one options object sets; null when not known. */
function headersOf(library: HttpLibrary, options: ResolvedObject | 'absent' | null): HttpHeaders | null {
  if (options === null) return null;
  const joinsDuplicates = JOINS_DUPLICATES[library];
  if (options === 'absent') return { entries: [], complete: true, implied: new Set(), objects: [], joinsDuplicates };
  if (HEADER_HOOKS[library].some((key) => options.properties.has(key))) return null;
  const implied = new Set(AUTH_OPTIONS[library].some((key) => options.properties.has(key)) ? [HEADERS.authorization] : []);
  const property = options.properties.get('headers');
  const none: HttpHeaders = { entries: [], complete: true, implied, objects: [], joinsDuplicates };
  if (!property || neverSent(property.value)) return options.complete ? none : null;
  const headers = asObject(property.value);
  if (!headers) return null;
  const entries = [...headers.properties.values()].map((entry) => ({ name: entry.key.toLowerCase(), property: entry }));
  // An object literal keeps keys that differ only in case apart; the resolved map does too.
  return { entries, complete: headers.complete && options.complete, implied, objects: [headers.node], joinsDuplicates };
}

/** An axios instance's headers, then the call's: later names override earlier ones. */
function mergeHeaders(first: HttpHeaders | null, second: HttpHeaders | null): HttpHeaders | null {
  if (!first || !second) return null;
  const overridden = new Set(second.entries.map((entry) => entry.name));
  return {
    entries: [...first.entries.filter((entry) => !overridden.has(entry.name)), ...second.entries],
    complete: first.complete && second.complete,
    implied: new Set([...first.implied, ...second.implied]),
    objects: [...first.objects, ...second.objects],
    joinsDuplicates: second.joinsDuplicates,
  };
}

const isJsonStringify = (node: TSESTree.Node): node is TSESTree.CallExpression =>
  node.type === AST_NODE_TYPES.CallExpression &&
  node.callee.type === AST_NODE_TYPES.MemberExpression &&
  node.callee.object.type === AST_NODE_TYPES.Identifier &&
  node.callee.object.name === 'JSON' &&
  memberName(node.callee) === 'stringify';

/** The object a body is: `JSON.stringify(payload)` (in place or through a `const`), or an object axios serialises. */
function jsonBody(
  sourceCode: Readonly<TSESLint.SourceCode>,
  values: ValueResolver,
  original: TSESTree.Node | undefined,
  serialises: boolean,
  depth = 0,
): ResolvedObject | null {
  if (!original || depth > 4) return null;
  const node = unwrapExpression(original);
  if (isJsonStringify(node)) {
    const payload = node.arguments[0];
    return payload && payload.type !== AST_NODE_TYPES.SpreadElement ? (asObject(values.resolve(payload)) ?? null) : null;
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    const init = constantInitializer(ASTUtils.findVariable(sourceCode.getScope(node), node) ?? null);
    if (init && isJsonStringify(unwrapExpression(init))) return jsonBody(sourceCode, values, init, serialises, depth + 1);
  }
  return serialises ? (asObject(values.resolve(node)) ?? null) : null;
}

/** The node a resolved option property writes its value with. */
const valueNode = (property: ResolvedProperty | undefined): TSESTree.Node | undefined => property?.node.value;

// ------------------------------------------------------------------ reading a call

interface Read {
  readonly http: HttpCall;
  readonly body: ResolvedObject | null;
}

function upper(resolved: Resolved | undefined): string | null {
  const text = knownString(resolved);
  return text === undefined ? null : text.toUpperCase();
}

/** The Claude API host over HTTPS: the only calls that are Claude requests. */
const onClaudeHost = (url: URL | null): url is URL => url !== null && url.hostname === CLAUDE_API_HOST && url.protocol === 'https:';

function readCall(
  sourceCode: Readonly<TSESLint.SourceCode>,
  values: ValueResolver,
  call: TSESTree.CallExpression,
  axiosGlobals: boolean,
): Read | null {
  const target = targetOf(sourceCode, values, call.callee);
  if (!target) return null;
  const { library, verb } = target;
  const first = call.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;

  let urlNode: TSESTree.Node = first;
  let url: URL | null;
  let options: ResolvedObject | 'absent' | null;
  let bodyNode: TSESTree.Node | undefined;
  let method: string | null;

  if (library === 'axios') {
    const instance = target.instance ? optionsObject(target.instance) : 'absent';
    // `axios(config)`, `axios.request(config)`: the URL is in the config.
    const configFirst =
      verb === 'request' ||
      (verb === null && call.arguments.length === 1 && unwrapExpression(first).type === AST_NODE_TYPES.ObjectExpression);
    const config = optionsObject(argument(values, call, configFirst ? 0 : AXIOS_DATA_VERBS.has(verb ?? '') ? 2 : 1));
    const configObject = config !== null && config !== 'absent' ? config : undefined;
    const urlProperty = configFirst ? configObject?.properties.get('url') : undefined;
    if (configFirst) {
      if (!urlProperty) return null;
      urlNode = urlProperty.node.value;
    }
    const path = knownString(configFirst ? urlProperty?.value : values.resolve(first));
    const base =
      knownString(prop(configObject, 'baseURL')) ??
      (instance !== null && instance !== 'absent' ? knownString(prop(instance, 'baseURL')) : undefined);
    const baseUnknown =
      (configObject && !configObject.complete) ||
      (instance !== null && instance !== 'absent' && (!instance.complete || (instance.properties.has('baseURL') && base === undefined)));
    url = path === undefined || baseUnknown ? null : axiosUrl(path, base);
    // Most calls in a file go elsewhere: their bodies and headers are not read.
    if (!onClaudeHost(url)) return null;
    options = config;
    bodyNode = AXIOS_DATA_VERBS.has(verb ?? '') ? call.arguments[1] : valueNode(configObject?.properties.get('data'));
    method =
      verb !== null && verb !== 'request'
        ? verb.toUpperCase()
        : (upper(prop(configObject, 'method')) ?? (configObject?.complete ? 'GET' : null));
    const headers = axiosGlobals ? null : mergeHeaders(headersOf('axios', instance), headersOf('axios', config));
    return finish(call, library, url, urlNode, method, headers, jsonBody(sourceCode, values, bodyNode, true));
  }

  // fetch(input, init), got(url, options), got.post(url, options), ky(url, options), ky.post(url, options)
  url = staticUrl(sourceCode, values, first);
  if (!onClaudeHost(url)) return null;
  options = optionsObject(argument(values, call, 1));
  const optionsValue = options !== null && options !== 'absent' ? options : undefined;
  if (library === 'ky' && optionsValue?.properties.has('prefixUrl')) return null;
  method =
    verb !== null
      ? verb.toUpperCase()
      : (upper(prop(optionsValue, 'method')) ?? (options === 'absent' || optionsValue?.complete ? 'GET' : null));
  bodyNode = valueNode(optionsValue?.properties.get('body'));
  let body = jsonBody(sourceCode, values, bodyNode, false);
  if (!body && library !== 'fetch') body = asObject(prop(optionsValue, 'json')) ?? null;
  return finish(call, library, url, urlNode, method, headersOf(library, options), body);
}

function finish(
  call: TSESTree.CallExpression,
  library: HttpLibrary,
  url: URL | null,
  urlNode: TSESTree.Node,
  method: string | null,
  headers: HttpHeaders | null,
  body: ResolvedObject | null,
): Read | null {
  if (!onClaudeHost(url)) return null;
  const endpoint = Object.hasOwn(MESSAGES_PATHS, url.pathname) ? (MESSAGES_PATHS[url.pathname] ?? null) : null;
  return { http: { call, library, url, urlNode, method, endpoint, headers }, body };
}

// ------------------------------------------------------------------ request records

/** The last value of a header the code writes; undefined when it writes none. */
export function headerEntry(headers: HttpHeaders, name: string): HeaderEntry | undefined {
  return headers.entries.filter((entry) => entry.name === name).at(-1);
}

function betaHeadersOf(headers: HttpHeaders | null): Setting<readonly string[]> {
  if (!headers) return UNKNOWN;
  const entry = headerEntry(headers, HEADERS.beta);
  if (!entry) return headers.complete ? NONE : UNKNOWN;
  if (neverSent(entry.property.value)) return headers.complete ? NONE : UNKNOWN;
  const text = knownString(entry.property.value);
  return {
    state: 'set',
    value:
      text === undefined
        ? undefined
        : text
            .split(',')
            .map((beta) => beta.trim())
            .filter(Boolean),
    node: entry.property.node,
  };
}

function apiVersionFrom(headers: HttpHeaders | null): Transport['apiVersion'] {
  const entry = headers ? headerEntry(headers, HEADERS.version) : undefined;
  const text = knownString(entry?.property.value);
  const version = text === undefined ? null : apiVersionOf(text);
  return version && { version, reason: `the request sends \`anthropic-version: ${version}\`` };
}

const NO_DEFAULTS: ReadonlySet<string> = new Set();

function requestsOf(read: Read, context: AdapterContext): ClaudeRequest[] {
  const { http, body } = read;
  if (!http.endpoint || !body || (http.method !== null && http.method !== 'POST')) return [];
  const batch = http.endpoint === 'batches';
  const payloads = batch
    ? (asArray(prop(body, 'requests'))?.elements ?? []).flatMap((entry) => {
        const params = asObject(prop(asObject(entry), 'params'));
        return params ? [params] : [];
      })
    : [body];
  const transport: Transport = {
    service: 'anthropic',
    platform: 'anthropic',
    library: http.library,
    apiVersion: apiVersionFrom(http.headers),
    baseURL: NONE,
    timeout: UNKNOWN,
    betaHeaders: betaHeadersOf(http.headers),
    clientInView: true,
    takesRequestOptions: false,
    streamingGuard: null,
    rejectedSampling: 'sent',
    clientRefusals: [],
    throwsSdkErrors: false,
  };
  return payloads.map((params) => {
    const { models, complete } = modelCandidates(prop(params, 'model'), context.resolveModel);
    return {
      call: http.call,
      endpoint: {
        kind: http.endpoint === 'countTokens' ? 'countTokens' : 'messages',
        batch,
        beta: false,
        label: `POST ${http.url.pathname}`,
        method: calleeLabel(http.call),
        node: http.urlNode,
        toBeta: null,
      },
      transport,
      params,
      literalBody: true,
      requestOptions: null,
      clientDefaults: NO_DEFAULTS,
      spell: API_SPELLING,
      models,
      modelsComplete: complete,
    };
  });
}

/** How the code names the call: `fetch`, `axios.post`, `api.post`. */
function calleeLabel(call: TSESTree.CallExpression): string {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier) {
    return `${callee.object.name}.${memberName(callee) ?? ''}`;
  }
  return 'fetch';
}

// ------------------------------------------------------------------ the adapter

function find(scan: FileScan, context: AdapterContext): { requests: ClaudeRequest[]; httpCalls: HttpCall[] } {
  const { sourceCode, values } = context;
  // Interceptors and defaults may set any header on any axios call.
  const axiosGlobals = /\binterceptors\b|\bdefaults\s*\.\s*headers\b/u.test(sourceCode.text);
  const calls: HttpCall[] = [];
  const requests: ClaudeRequest[] = [];
  for (const call of scan.calls) {
    const read = readCall(sourceCode, values, call, axiosGlobals);
    if (!read) continue;
    calls.push(read.http);
    requests.push(...requestsOf(read, context));
  }
  return { requests, httpCalls: calls };
}

export const rawHttp: ClientAdapter = {
  name: 'raw-http',
  mayApply: (text) => text.includes(CLAUDE_API_HOST),
  callNames: new Set(['fetch', 'axios', 'got', 'ky', ...VERBS]),
  readsConstructions: false,
  find,
};
