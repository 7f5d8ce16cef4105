/**
 * A client adapter turns the calls of one client family into request records. The finder walks
 * each file once and hands every adapter the calls whose callee name it asked for.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { ModelMatch } from '../../facts/lookup.js';
import type { ClaudeApiSettings } from '../../settings/settings.js';
import type { ClientInfo } from '../clients.js';
import type { ClaudeRequest } from '../request.js';
import type { HttpCall } from './http.js';
import type { TypedResolver } from '../typed/resolver.js';
import type { ValueResolver } from '../values.js';

export interface FileScan {
  /** Calls whose callee's last name (`create` in `a.b.create()`, `fetch` in `fetch()`) some adapter asked for, in source order. */
  readonly calls: readonly TSESTree.CallExpression[];
  /** `new X(...)` expressions, in source order. */
  readonly constructions: readonly TSESTree.NewExpression[];
  /** Every `this.x = ...` of the file. */
  readonly thisWrites: readonly TSESTree.AssignmentExpression[];
}

export interface AdapterContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly settings: ClaudeApiSettings;
  readonly values: ValueResolver;
  readonly resolveModel: (id: string) => ModelMatch | null;
  /** What the type checker proves (type-aware mode); null without type information. */
  readonly typed: TypedResolver | null;
}

export interface AdapterResult {
  readonly requests: readonly ClaudeRequest[];
  /** Claude clients constructed in the file (for credential checks). */
  readonly clients?: readonly ClientInfo[];
  /** Raw HTTP calls to the Claude API host (for the transport rule), whether or not they carry a request. */
  readonly httpCalls?: readonly HttpCall[];
}

export interface ClientAdapter {
  readonly name: string;
  /** Cheap test on the file's text (and whether the checker can answer): may the file send requests through this client? */
  readonly mayApply: (text: string, typed: boolean) => boolean;
  /** The callee names whose calls the adapter reads. */
  readonly callNames: ReadonlySet<string>;
  /** Whether the adapter needs the file's constructions. */
  readonly readsConstructions: boolean;
  readonly find: (scan: FileScan, context: AdapterContext) => AdapterResult;
}

/** The name a call's callee ends in: `fetch` for `fetch()`, `create` for `client.messages.create()`. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
    return callee.property.name;
  }
  return null;
}
