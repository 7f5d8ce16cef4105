/**
 * The HTTP calls to the Claude API host in the file being linted (raw HTTP: fetch, axios, got,
 * ky), for the rules that check transport rather than payload: paths, headers, credentials.
 * Computed by the raw-HTTP adapter in the same pass as the request records.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { httpCallsOf, type HttpCall } from './adapters/http.js';
import { getClaudeRequests } from './requests.js';

export type { HeaderEntry, HttpCall, HttpHeaders } from './adapters/http.js';
export { headerEntry } from './adapters/http.js';

export function getClaudeHttpCalls(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): readonly HttpCall[] {
  // The finder runs the adapters once per file; the raw-HTTP adapter keeps its calls by Program.
  getClaudeRequests(context);
  return httpCallsOf(context.sourceCode.ast);
}
