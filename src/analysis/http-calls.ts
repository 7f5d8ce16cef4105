/**
 * The HTTP calls to the Claude API host in the file being linted (raw HTTP: fetch, axios, got,
 * ky), for the rules that check transport rather than payload. Part of the shared file analysis
 * (requests.ts), computed by the raw-HTTP adapter in the same pass as the request records.
 */
export type { HeaderEntry, HttpCall, HttpHeaders } from './adapters/http.js';
export { headerEntry } from './adapters/http.js';
export { getClaudeHttpCalls } from './requests.js';
