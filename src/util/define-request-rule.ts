/**
 * A rule over Claude requests is `check(request) → findings` plus its messages: this helper owns
 * the Program listener, the shared request finder and the report plumbing (one report per
 * message and node, even when several requests or models lead to the same node).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { keyName } from '../analysis/imports.js';
import { getClaudeRequests } from '../analysis/requests.js';
import type { ClaudeRequest } from '../analysis/request.js';
import { OriginMessages, originFinder } from '../analysis/typed/origins.js';
import { typedResolver, type TypedLiteral } from '../analysis/typed/resolver.js';
import { getSettings, type ClaudeApiSettings } from '../settings/settings.js';
import { createRule, type ClaudeApiRuleDocs } from './create-rule.js';
import { displayValue, redact } from './redact.js';

export type RequestFinding<MessageIds extends string> = TSESLint.ReportDescriptor<MessageIds> & {
  readonly node: TSESTree.Node | TSESTree.Token;
};

export interface RequestRuleEnv<Options extends readonly unknown[]> {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly settings: ClaudeApiSettings;
  readonly options: Options;
  /** The rule's file context, for the rare rule that needs more (the file name, the clock). */
  readonly context: Readonly<TSESLint.RuleContext<string, Options>>;
}

/**
 * A request's findings, as an array: checks run for every request and every rule, and a generator
 * per call (its object, and a resumption per finding) cost more than the checks that find nothing.
 */
type Check<MessageIds extends string, Options extends readonly unknown[]> = (
  request: ClaudeRequest,
  env: RequestRuleEnv<Options>,
) => readonly RequestFinding<MessageIds>[];

/** The findings of a request without any: one shared empty array. */
export const NO_FINDINGS: readonly never[] = Object.freeze([]);

interface RequestRule<MessageIds extends string, Options extends readonly unknown[]> {
  readonly name: string;
  readonly meta: TSESLint.RuleMetaData<MessageIds, ClaudeApiRuleDocs, Options> & {
    readonly docs: ClaudeApiRuleDocs & { readonly description: string };
  };
  readonly defaultOptions: Options;
  /**
   * Called once per file that has Claude requests, before the first `check`: per-file state
   * (a clock, an index) is built here and returned as the check function.
   */
  readonly create: (env: RequestRuleEnv<Options>) => Check<MessageIds, Options>;
}

type FixFunction = TSESLint.ReportFixFunction;
type SourceCode = Readonly<TSESLint.SourceCode>;

type Range = readonly [number, number];

const inside = (outer: { range: Range }, start: number, end: number): boolean => outer.range[0] <= start && end <= outer.range[1];

const MAX_CONST_CHAIN = 4;

/**
 * The deepest node whose range holds `index`, as `SourceCode#getNodeByRangeIndex` finds it (the
 * first such child at each level, in visitor-key order), by descending from the root rather than
 * through ESLint's `Traverser`, which costs a traversal object and a visit per sibling.
 */
function nodeAt(sourceCode: SourceCode, index: number): TSESTree.Node | null {
  let node: TSESTree.Node = sourceCode.ast;
  if (!(node.range[0] <= index && index < node.range[1])) return null;
  const keys = sourceCode.visitorKeys;
  const holds = (candidate: unknown): candidate is TSESTree.Node =>
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof (candidate as TSESTree.Node).type === 'string' &&
    (candidate as TSESTree.Node).range[0] <= index &&
    index < (candidate as TSESTree.Node).range[1];
  descend: for (;;) {
    for (const key of keys[node.type] ?? []) {
      const child: unknown = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child as unknown[]) {
          if (holds(item)) {
            node = item;
            continue descend;
          }
        }
      } else if (holds(child)) {
        node = child;
        continue descend;
      }
    }
    return node;
  }
}

/**
 * True when the text at `start..end` lies in the initializer of a file-local `const` whose every
 * use is inside one of `calls` (directly, or through other such `const`s). An exported `const`
 * may be used by other modules.
 */
function readOnlyBy(sourceCode: SourceCode, calls: readonly TSESTree.Node[], start: number, end: number, depth = 0): boolean {
  let node: TSESTree.Node | null = nodeAt(sourceCode, start);
  while (node && node.type !== AST_NODE_TYPES.VariableDeclarator) node = node.parent ?? null;
  if (!node?.init || node.id.type !== AST_NODE_TYPES.Identifier || !inside(node.init, start, end)) return false;
  const declaration = node.parent;
  if (declaration.kind !== 'const' || declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return false;
  const [variable] = sourceCode.getDeclaredVariables(node);
  const uses = variable?.references.filter((reference) => !reference.init) ?? [];
  if (!variable || uses.length === 0) return false;
  return uses.every(({ identifier }) => {
    const [from, to] = identifier.range;
    return calls.some((call) => inside(call, from, to)) || (depth < MAX_CONST_CHAIN && readOnlyBy(sourceCode, calls, from, to, depth + 1));
  });
}

/**
 * A fix or suggestion may only change what every user of the changed text needs changed: text
 * inside the calls of the requests that got this very report, or a `const` that only those
 * requests read. A `const` payload, model ID or parameter also read by another request (a
 * `countTokens` call, a gateway client the plugin skips) or other code (`params.maxTokens`)
 * is not edited: the fix is dropped, and ESLint then shows no fix and leaves out a suggestion
 * without one.
 */
function scopedFix(sourceCode: SourceCode, calls: readonly TSESTree.Node[], fix: FixFunction): FixFunction {
  return (fixer) => {
    const result = fix(fixer);
    if (result === null) return null;
    const fixes = 'range' in result ? [result] : [...result];
    const allowed = fixes.every(
      ({ range: [start, end] }) => calls.some((call) => inside(call, start, end)) || readOnlyBy(sourceCode, calls, start, end),
    );
    return allowed && !fixes.some((one) => exposesDuplicate(sourceCode, one)) ? fixes : null;
  };
}

/**
 * True when an edit removes a property whose key the same object literal writes again: with
 * `{ temperature: 0.5, temperature: 0.7 }`, removing the one that counts leaves the other sent.
 */
function exposesDuplicate(sourceCode: SourceCode, edit: TSESLint.RuleFix): boolean {
  const [start, end] = edit.range;
  if (start === end) return false;
  let node: TSESTree.Node | null = nodeAt(sourceCode, start);
  while (node && !(node.range[0] <= start && end <= node.range[1])) node = node.parent ?? null;
  while (node && node.type !== AST_NODE_TYPES.ObjectExpression) node = node.parent ?? null;
  if (!node) return false;
  const removed = new Set<string>();
  const kept = new Set<string>();
  for (const property of node.properties) {
    const key = property.type === AST_NODE_TYPES.Property && !property.computed ? keyName(property.key) : null;
    if (key === null) continue;
    if (start <= property.range[0] && property.range[1] <= end) removed.add(key);
    else kept.add(key);
  }
  return [...removed].some((key) => kept.has(key));
}

/** Data keys that quote a value from the user's code: shown at most `MAX_DISPLAY_LENGTH` long. */
const USER_VALUES: ReadonlySet<string> = new Set([
  'value',
  'key',
  'id',
  'name',
  'type',
  'effort',
  'choice',
  'expected',
  'nearest',
  'fixed',
  'base',
  'role',
  'text',
  'path',
  'version',
  'first',
  'second',
  'param',
  'model',
]);
/** Our own texts (an API error that quotes a key, a list of levels) are long but bounded. */
const MAX_TEXT_LENGTH = 240;

/**
 * Message data as messages may show it: no credential echoed (a key pasted into a model ID, a
 * tool name or a header), no value from the code longer than a short quote.
 */
function displayData(data: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!data) return data;
  // Copied only when a value must change: most messages quote short IDs and names as they are.
  let shown: Record<string, unknown> | null = null;
  for (const key of Object.keys(data)) {
    const value = data[key];
    if (typeof value !== 'string') continue;
    let safe: string;
    if (USER_VALUES.has(key)) safe = displayValue(value);
    else {
      safe = redact(value);
      if (safe.length > MAX_TEXT_LENGTH) safe = `${safe.slice(0, MAX_TEXT_LENGTH)}…`;
    }
    if (safe !== value) (shown ??= { ...data })[key] = safe;
  }
  return shown ?? data;
}

function scoped<MessageIds extends string>(
  sourceCode: SourceCode,
  calls: readonly TSESTree.Node[],
  finding: RequestFinding<MessageIds>,
): RequestFinding<MessageIds> {
  const { fix, suggest } = finding;
  return {
    ...finding,
    data: displayData(finding.data),
    fix: fix ? scopedFix(sourceCode, calls, fix) : fix,
    suggest: suggest?.map((suggestion) => ({
      ...suggestion,
      data: displayData(suggestion.data),
      fix: scopedFix(sourceCode, calls, suggestion.fix),
    })),
  };
}

/** The node (or token) a finding is reported on. */
const rangeOf = (finding: RequestFinding<string>): Range => finding.node.range;

/**
 * In type-aware mode, a finding that quotes a value known from a type names where it is
 * declared (typed/origins.ts); every other finding is left as it is.
 */
function withOrigins<MessageIds extends string>(
  finding: RequestFinding<MessageIds>,
  request: ClaudeRequest,
  literals: readonly TypedLiteral[] | null,
  origins: OriginMessages,
): RequestFinding<MessageIds> {
  if (!literals || (literals.length === 0 && !request.models.some((model) => model.origin)) || !('messageId' in finding)) return finding;
  const annotated = origins.annotate(finding.messageId, finding.data, originFinder(literals, request, finding.node));
  return annotated ? { ...finding, messageId: annotated.messageId as MessageIds, data: annotated.data } : finding;
}

export function defineRequestRule<MessageIds extends string, Options extends readonly unknown[] = []>(
  rule: RequestRule<MessageIds, Options>,
): TSESLint.RuleModule<MessageIds, Options, ClaudeApiRuleDocs> {
  const origins = new OriginMessages(rule.meta.messages);
  return createRule<Options, MessageIds>({
    name: rule.name,
    // The `…WithOrigin` siblings are only reported in type-aware mode.
    meta: { ...rule.meta, messages: { ...rule.meta.messages, ...origins.variants } },
    defaultOptions: rule.defaultOptions,
    create(context, options) {
      return {
        Program() {
          const requests = getClaudeRequests(context);
          if (requests.length === 0) return;
          const literals = typedResolver(context.sourceCode, context.cwd)?.typedLiterals ?? null;
          const env: RequestRuleEnv<Options> = {
            sourceCode: context.sourceCode,
            settings: getSettings(context),
            options: options,
            context: context,
          };
          const check = rule.create(env);
          // One report per message and node, even when several requests (a shared `const`
          // payload) or several possible models lead to it; its fixes may edit what all of
          // those requests share.
          const reports = new Map<string, { finding: RequestFinding<MessageIds>; calls: TSESTree.Node[] }>();
          for (const request of requests) {
            const findings = check(request, env);
            for (let index = 0; index < findings.length; index++) {
              const finding = findings[index] as RequestFinding<MessageIds>;
              const [start, end] = rangeOf(finding);
              const key = `${finding.messageId}@${start}-${end}`;
              const seen = reports.get(key);
              if (seen) seen.calls.push(request.call);
              else reports.set(key, { finding: withOrigins(finding, request, literals, origins), calls: [request.call] });
            }
          }
          for (const { finding, calls } of reports.values()) context.report(scoped(context.sourceCode, calls, finding));
        },
      };
    },
  });
}
