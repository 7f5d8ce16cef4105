/**
 * Find the Claude requests in a file, once, shared by every rule.
 *
 * One walk collects the calls the client adapters asked for (by callee name), the file's
 * constructions and its `this.x = ...` writes; each adapter turns its calls into request
 * records (request.ts). Files that no adapter may apply to cost one text test each.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ModelRow } from '../facts/types.js';
import { getSettings, type ClaudeApiSettings } from '../settings/settings.js';
import type { ClientAdapter, FileScan } from './adapters/adapter.js';
import { calleeName } from './adapters/adapter.js';
import { aiSdk } from './adapters/ai-sdk.js';
import { anthropicSdk, isSdkClientConstructor } from './adapters/anthropic-sdk.js';
import { langChain, isChatAnthropic } from './adapters/langchain.js';
import { isHttpSendCall, rawHttp, type HttpCall } from './adapters/http.js';
import { AI_SDK_CALLS, AI_SDK_PACKAGE } from '../facts/frameworks.js';
import { resolveImported } from './imports.js';
import type { ClientInfo } from './clients.js';
import type { ClaudeRequest } from './request.js';
import { typedResolver, type TypedResolver } from './typed/resolver.js';
import { ValueResolver } from './values.js';
import { eachNode } from './walk.js';

export type { ClaudeRequest, ModelCandidate } from './request.js';
export { knownModels, mayUseGateway, writtenInCall } from './request.js';

/** The client adapters, each filling request records for one client family. */
const ADAPTERS: readonly ClientAdapter[] = [anthropicSdk, aiSdk, langChain, rawHttp];

interface FileAnalysis {
  readonly requests: readonly ClaudeRequest[];
  readonly clients: readonly ClientInfo[];
  readonly httpCalls: readonly HttpCall[];
}

/** Per file, per settings in effect: the same file linted with other settings is analysed again. */
const cache = new WeakMap<TSESTree.Program, WeakMap<ClaudeApiSettings, FileAnalysis>>();
const NOTHING: FileAnalysis = { requests: [], clients: [], httpCalls: [] };

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

function analyse(context: Context): FileAnalysis {
  const { sourceCode } = context;
  const program = sourceCode.ast;
  const settings = getSettings(context);
  let bySettings = cache.get(program);
  const cached = bySettings?.get(settings);
  if (cached) return cached;
  const text = sourceCode.text;
  const typed = typedResolver(sourceCode, context.cwd);
  let applying = 0;
  for (let index = 0; index < ADAPTERS.length; index++) if (ADAPTERS[index]?.mayApply(text, typed !== null)) applying |= 1 << index;
  const analysis = applying === 0 ? NOTHING : findRequests(sourceCode, settings, adapterSet(applying), typed);
  if (!bySettings) {
    bySettings = new WeakMap();
    cache.set(program, bySettings);
  }
  bySettings.set(settings, analysis);
  return analysis;
}

/** The Claude requests of the file being linted, computed once per file for all rules. */
export function getClaudeRequests(context: Context): readonly ClaudeRequest[] {
  return analyse(context).requests;
}

/**
 * The raw HTTP calls to the Claude API host in the file (fetch, axios, got, ky), for the rule
 * that checks transport rather than payload: paths, headers, credentials.
 */
export function getClaudeHttpCalls(context: Context): readonly HttpCall[] {
  return analyse(context).httpCalls;
}

/** Every Claude SDK client constructed in the file (`new Anthropic(...)`, ...), in source order. */
export function getClaudeClients(context: Context): readonly ClientInfo[] {
  return analyse(context).clients;
}

/**
 * One pass over the program: the calls whose callee name an adapter asked for, every
 * construction, and every `this.x = ...` (class fields that hold clients may be assigned
 * anywhere in the class).
 */
function scanProgram(sourceCode: Readonly<TSESLint.SourceCode>, names: ReadonlySet<string>): FileScan {
  const calls: TSESTree.CallExpression[] = [];
  const thisWrites: TSESTree.AssignmentExpression[] = [];
  const constructions: TSESTree.NewExpression[] = [];
  eachNode(sourceCode, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const name = calleeName(node);
      if (name !== null && names.has(name)) calls.push(node);
    } else if (
      node.type === AST_NODE_TYPES.AssignmentExpression &&
      node.left.type === AST_NODE_TYPES.MemberExpression &&
      node.left.object.type === AST_NODE_TYPES.ThisExpression
    ) {
      thisWrites.push(node);
    } else if (node.type === AST_NODE_TYPES.NewExpression) {
      constructions.push(node);
    }
  });
  // Source order, so reports come out in reading order.
  const bySource = (a: TSESTree.Node, b: TSESTree.Node): number => a.range[0] - b.range[0];
  return { calls: calls.sort(bySource), thisWrites, constructions: constructions.sort(bySource) };
}

/**
 * Imports that rename a callee name an adapter asks for (`import { generateText as generate }
 * from 'ai'`): local name → imported name. The adapters resolve each callee to what it imports.
 */
function importAliases(sourceCode: Readonly<TSESLint.SourceCode>, names: ReadonlySet<string>): ReadonlyMap<string, string> {
  const aliases = new Map<string, string>();
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
      const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      if (names.has(imported) && imported !== specifier.local.name) aliases.set(specifier.local.name, imported);
    }
  }
  return aliases;
}

interface AdapterSet {
  readonly adapters: readonly ClientAdapter[];
  /** The callee names they ask for. */
  readonly names: ReadonlySet<string>;
}

const adapterSets = new Map<number, AdapterSet>();

/** The adapters whose bits are set in `applying`, with their callee names: built once per combination, not per file. */
function adapterSet(applying: number): AdapterSet {
  let set = adapterSets.get(applying);
  if (!set) {
    const adapters = ADAPTERS.filter((_, index) => (applying & (1 << index)) !== 0);
    set = { adapters, names: new Set(adapters.flatMap((adapter) => [...adapter.callNames])) };
    adapterSets.set(applying, set);
  }
  return set;
}

function findRequests(
  sourceCode: Readonly<TSESLint.SourceCode>,
  settings: ClaudeApiSettings,
  { adapters, names: callNames }: AdapterSet,
  typed: TypedResolver | null,
): FileAnalysis {
  const aliases = importAliases(sourceCode, callNames);
  const names = aliases.size === 0 ? callNames : new Set([...callNames, ...aliases.keys()]);
  const scan = scanProgram(sourceCode, names);
  // The SDK's client constructors and LangChain's ChatAnthropic only read their options; HTTP clients only read the body; the
  // AI SDK's generate and stream calls only read their options.
  const values = new ValueResolver(
    sourceCode,
    (callee) => isSdkClientConstructor(sourceCode, callee) || isChatAnthropic(sourceCode, callee),
    (call) => isHttpSendCall(sourceCode, call) || isAiSdkCall(sourceCode, call),
    typed && ((node) => typed.value(node)),
  );
  const context = { sourceCode, settings, values, resolveModel: (id: string) => settings.models.resolve(id), typed };
  const requests: ClaudeRequest[] = [];
  const clients: ClientInfo[] = [];
  const httpCalls: HttpCall[] = [];
  // Each call to the adapters that ask for its (imported) callee name, in source order.
  const callsOf: TSESTree.CallExpression[][] = adapters.map(() => []);
  for (const call of scan.calls) {
    const name = calleeName(call) ?? '';
    const imported = aliases.get(name) ?? name;
    for (let index = 0; index < adapters.length; index++) if (adapters[index]?.callNames.has(imported)) callsOf[index]?.push(call);
  }
  for (const [index, adapter] of adapters.entries()) {
    const result = adapter.find({ ...scan, calls: callsOf[index] ?? [] }, context);
    requests.push(...result.requests);
    clients.push(...(result.clients ?? []));
    httpCalls.push(...(result.httpCalls ?? []));
  }
  if (adapters.length > 1) requests.sort((a, b) => a.call.range[0] - b.call.range[0]);
  return { requests, clients, httpCalls };
}

const rowsOf = new WeakMap<ClaudeRequest, readonly ModelRow[]>();

/** The table rows of the request's possible models (the models the table knows): one array per request, shared by every rule. */
export function modelRows(request: ClaudeRequest): readonly ModelRow[] {
  let rows = rowsOf.get(request);
  if (!rows) {
    rows = request.models.flatMap((model) => (model.match ? [model.match.row] : []));
    rowsOf.set(request, rows);
  }
  return rows;
}

/** `generateText(options)` and its siblings from `ai`: they read their options and change nothing. */
function isAiSdkCall(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): boolean {
  if (call.callee.type !== AST_NODE_TYPES.Identifier || !AI_SDK_CALLS.has(call.callee.name)) return false;
  const imported = resolveImported(sourceCode, call.callee, (module) => module === AI_SDK_PACKAGE);
  return imported !== null && imported.path.length === 1 && AI_SDK_CALLS.has(imported.path[0] ?? '');
}
