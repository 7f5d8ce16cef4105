/**
 * What a matched error text is looking for, and the structured check that finds the same errors:
 * the status and `err.type` come from the SDK error table (src/facts/sdk-errors.ts).
 *
 * Texts that name no such check stay unreported: "prompt is too long" is one of many 400
 * `invalid_request_error`s, and "credit balance is too low" arrives as a 400 too, not as the 402
 * `billing_error` (github.com/anthropics/claude-code/issues/66314, 2026-06), so matching the words
 * "credit" or "billing" is how such code has to find it.
 */
import { sdkErrorClass } from '../../facts/sdk-errors.js';

export interface ErrorCategory {
  /** Recognises the category in a matched string or regex source, lowercased. */
  readonly pattern: RegExp;
  /** The hint for the message, `{v}` standing for the error expression. */
  readonly hint: string;
  /** `err.type` when it alone identifies the category; a suggestion may switch to it. */
  readonly type: string | null;
  /** `err.status` when it alone identifies the category. */
  readonly status: number | null;
}

/** A category identified by one SDK error class: its `type`, then its status. */
function byClass(pattern: RegExp, className: string, statusCheck?: string): ErrorCategory {
  const row = sdkErrorClass(className);
  if (!row || row.type === null || typeof row.status !== 'number') throw new Error(`No status and type for ${className}`);
  return {
    pattern,
    hint: `\`{v}.type === '${row.type}'\` or \`{v}.${statusCheck ?? `status === ${row.status}`}\``,
    type: row.type,
    status: row.status,
  };
}

/** Between two words: spaces, `_`, `-`, or regex syntax (`[ _-]?`, `.*`). */
const GAP = '[^a-z0-9]{0,8}';

export const ERROR_CATEGORIES: readonly ErrorCategory[] = [
  byClass(new RegExp(`rate${GAP}limit|too${GAP}many${GAP}requests|\\b429\\b`, 'u'), 'RateLimitError'),
  byClass(new RegExp(`overload|\\b529\\b`, 'u'), 'OverloadedError'),
  byClass(new RegExp(`not${GAP}found|\\b404\\b`, 'u'), 'NotFoundError'),
  byClass(new RegExp(`authenticat|api${GAP}key|unauthori[sz]ed|\\b401\\b`, 'u'), 'AuthenticationError'),
  byClass(new RegExp(`permission|forbidden|\\b403\\b`, 'u'), 'PermissionDeniedError'),
  byClass(new RegExp(`invalid${GAP}request|bad${GAP}request|\\b400\\b`, 'u'), 'BadRequestError'),
  byClass(new RegExp(`billing_error|payment${GAP}required|\\b402\\b`, 'u'), 'PaymentRequiredError'),
  byClass(new RegExp(`request${GAP}(?:entity${GAP})?too${GAP}large|\\b413\\b`, 'u'), 'ContentTooLargeError'),
  {
    pattern: new RegExp(`internal${GAP}server${GAP}error|\\bapi_error\\b|\\b500\\b`, 'u'),
    hint: "`{v}.type === 'api_error'` or `{v}.status >= 500`",
    type: null,
    status: null,
  },
  {
    // The client's own `timeout` ("Request timed out.") and the API's 504 are different errors.
    pattern: new RegExp(`time${GAP}out|timed${GAP}out|\\b504\\b`, 'u'),
    hint: "`instanceof APIConnectionTimeoutError` (the client's `timeout`) or `{v}.type === 'timeout_error'` (a 504 from the API)",
    type: null,
    status: null,
  },
  {
    pattern: new RegExp(`connection${GAP}error`, 'u'),
    hint: '`instanceof APIConnectionError`',
    type: null,
    status: null,
  },
];

/** The categories a matched text names, in table order. */
export function categoriesOf(text: string): ErrorCategory[] {
  // Regex escapes (`\s`, `\b`, `\d`) are not letters of the text.
  const lower = text.toLowerCase().replace(/\\[a-z]/gu, ' ');
  return ERROR_CATEGORIES.filter((category) => category.pattern.test(lower));
}
