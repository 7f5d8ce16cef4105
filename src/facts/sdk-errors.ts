/**
 * The error classes of `@anthropic-ai/sdk`, as data: which class extends which, and the HTTP
 * status and API error `type` each one stands for.
 *
 * Sources (in ../shared/research/, read 2026-11-22):
 * - SDK = sdk-facts.md §7: `src/core/error.ts` and `src/client.ts` of @anthropic-ai/sdk 1.12.0
 *   (with the version each class arrived in).
 * - API = api-facts.md §8: `src/core/error.ts` and `src/resources/shared.ts` of v0.120.0, and the
 *   status → `error.type` table of platform.claude.com/docs/en/api/errors.
 *
 * Every class is a named export of `@anthropic-ai/sdk` (and of its error entry points, which the
 * platform packages re-export: see `SDK_PACKAGES` in sdk-surface.ts) and a static member of the
 * client classes (`Anthropic.RateLimitError`, `AnthropicBedrock.RateLimitError`).
 */
import type { ImportedValue } from '../analysis/imports.js';
import { CLIENT_EXPORT_NAMES, isSdkErrorModule } from './sdk-surface.js';

export interface SdkErrorClass {
  readonly name: string;
  /** The class it extends; null for `AnthropicError`, which extends `Error`. */
  readonly parent: string | null;
  /** The HTTP status it is thrown for; `'>=500'` for any 5xx without a class of its own; null for none. */
  readonly status: number | '>=500' | null;
  /** `err.type` (the API's `error.type`) for that status, per the API docs; null when the docs name none. */
  readonly type: string | null;
  /** The first SDK version with the class, as precisely as the sources say; null when it predates 0.52.0. */
  readonly addedIn: string | null;
  readonly source: string;
}

const ERRORS_TS = 'SDK §7 (1.12.0 src/core/error.ts); API §8 (0.120.0 src/core/error.ts)';
const STATUS_CLASS = 'SDK §7 (1.12.0 src/core/error.ts: added in 1.5.0)';
const STATUS_DOCS = 'API §8 (docs /en/api/errors: status → error.type)';

const row = (
  name: string,
  parent: string | null,
  status: SdkErrorClass['status'],
  type: string | null,
  addedIn: string | null,
  source: string,
): SdkErrorClass => ({ name, parent, status, type, addedIn, source });

export const SDK_ERROR_CLASSES = [
  row('AnthropicError', null, null, null, null, ERRORS_TS),
  row('APIError', 'AnthropicError', null, null, null, ERRORS_TS),
  // Thrown when the request's `signal` aborts it.
  row('APIUserAbortError', 'APIError', null, null, null, ERRORS_TS),
  // No response (network failure). An `error` event in a stream is a plain APIError with `type` set.
  row('APIConnectionError', 'APIError', null, null, null, ERRORS_TS),
  // The client-side `timeout` ("Request timed out."), not the API's 504.
  row('APIConnectionTimeoutError', 'APIConnectionError', null, null, null, ERRORS_TS),
  // Thrown from middleware to ask for a retry; not an APIError.
  row('RetryableError', 'AnthropicError', null, null, 'after 0.90.0, by 0.137.0', 'SDK §7'),
  row('BadRequestError', 'APIError', 400, 'invalid_request_error', null, `${ERRORS_TS}; ${STATUS_DOCS}`),
  row('AuthenticationError', 'APIError', 401, 'authentication_error', null, `${ERRORS_TS}; ${STATUS_DOCS}`),
  row('PaymentRequiredError', 'APIError', 402, 'billing_error', 'after 1.6.0, by 1.12.0', `SDK §7; ${STATUS_DOCS}`),
  row('PermissionDeniedError', 'APIError', 403, 'permission_error', null, `${ERRORS_TS}; ${STATUS_DOCS}`),
  row('NotFoundError', 'APIError', 404, 'not_found_error', null, `${ERRORS_TS}; ${STATUS_DOCS}`),
  row('RequestTimeoutError', 'APIError', 408, null, '1.5.0', STATUS_CLASS),
  row('ConflictError', 'APIError', 409, 'conflict_error', null, `${ERRORS_TS}; ${STATUS_DOCS}`),
  row('PreconditionFailedError', 'APIError', 412, null, '1.5.0', STATUS_CLASS),
  // `request_too_large` is in the API docs, not in the SDK's `ErrorType` union.
  row('ContentTooLargeError', 'APIError', 413, 'request_too_large', '1.5.0', `${STATUS_CLASS}; ${STATUS_DOCS}`),
  row('UnprocessableEntityError', 'APIError', 422, null, null, ERRORS_TS),
  row('RateLimitError', 'APIError', 429, 'rate_limit_error', null, `${ERRORS_TS}; ${STATUS_DOCS}`),
  row('RequestHeaderFieldsTooLargeError', 'APIError', 431, null, '1.5.0', STATUS_CLASS),
  row('ClientClosedRequestError', 'APIError', 499, null, '1.5.0', STATUS_CLASS),
  // Any 5xx without a class of its own; 500 is `api_error`.
  row('InternalServerError', 'APIError', '>=500', 'api_error', null, `${ERRORS_TS}; ${STATUS_DOCS}`),
  row('NotImplementedError', 'InternalServerError', 501, null, '1.5.0', STATUS_CLASS),
  row('ServiceUnavailableError', 'InternalServerError', 503, null, '1.5.0', STATUS_CLASS),
  row('GatewayTimeoutError', 'InternalServerError', 504, 'timeout_error', '1.5.0', `${STATUS_CLASS}; ${STATUS_DOCS}`),
  row('OverloadedError', 'InternalServerError', 529, 'overloaded_error', '1.5.0', `${STATUS_CLASS}; ${STATUS_DOCS}`),
  // One of `ERROR_CODE_CLASSES` (1.5.0), which map `"${status} ${error_code}"` to a subclass of the status class.
  row(
    'ImageDimensionsTooLargeError',
    'BadRequestError',
    400,
    'invalid_request_error',
    '1.5.0',
    "SDK §7 (ERROR_CODE_CLASSES '400 image_dimensions_too_large')",
  ),
] as const;

const BY_NAME: ReadonlyMap<string, SdkErrorClass> = new Map(SDK_ERROR_CLASSES.map((row) => [row.name, row]));

export function sdkErrorClass(name: string): SdkErrorClass | undefined {
  return BY_NAME.get(name);
}

/** The classes from `name` up to `AnthropicError`, `name` first. */
export function sdkErrorAncestry(name: string): readonly string[] {
  const chain: string[] = [];
  for (let row = BY_NAME.get(name); row && !chain.includes(row.name); row = row.parent ? BY_NAME.get(row.parent) : undefined) {
    chain.push(row.name);
  }
  return chain;
}

/** True when every instance of `sub` is an instance of `base` (including `sub === base`). */
export function isSdkErrorSubclass(sub: string, base: string): boolean {
  return sdkErrorAncestry(sub).includes(base);
}

export { isSdkErrorModule } from './sdk-surface.js';

/**
 * The SDK error class an imported value is, or null: a named export (`['RateLimitError']`) or,
 * in a value position, a static member of a client class (`['default', 'RateLimitError']`,
 * `['Anthropic', 'APIError']`).
 *
 * In a type position, `Anthropic.RateLimitError` is not the class: the `Anthropic` namespace
 * declares types of that name for the error *body* (`{ type: 'rate_limit_error', message }`).
 */
export function sdkErrorClassOf(value: ImportedValue | null, position: 'value' | 'type' = 'value'): string | null {
  if (!value || !isSdkErrorModule(value.module)) return null;
  const { path } = value;
  const name = path[path.length - 1];
  if (name === undefined || !BY_NAME.has(name)) return null;
  if (path.length === 1) return name;
  if (path.length === 2 && position === 'value' && CLIENT_EXPORT_NAMES.has(path[0] ?? '')) return name;
  return null;
}
