/**
 * Values as messages show them: credentials never echoed, and long values cut short. Rules quote
 * payload strings (a model ID, a tool name, a header); a key pasted into one must not reach the
 * lint output, CI logs or a suggestion's description, and a 1 MB string must not make a 1 MB
 * message.
 */
import { findAnthropicKeys } from '../rules/no-hardcoded-api-key-utils/credentials.js';

/** Longest quoted value, in characters, before the ellipsis. */
export const MAX_DISPLAY_LENGTH = 60;

/**
 * Other credential shapes, beyond Anthropic's (found by `findAnthropicKeys`, which also tells keys from
 * placeholders such as `sk-ant-api03-your-key-here`): OpenAI and other
 * `sk-` keys, AWS access key IDs, GitHub and Slack tokens, Google API keys, bearer tokens and JWTs.
 * Each needs a long body in its own prefix, so ordinary words and model IDs do not match.
 */
const CREDENTIAL_SHAPES: readonly RegExp[] = [
  /\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/gu,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/gu,
  /\bgh[pousr]_[A-Za-z0-9]{30,}/gu,
  /\bgithub_pat_[A-Za-z0-9_]{30,}/gu,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/gu,
  /\bAIza[A-Za-z0-9_-]{30,}/gu,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/gu,
  /\b[Bb]earer\s+[A-Za-z0-9._~+/-]{20,}=*/gu,
];

/**
 * A literal every credential shape above, and every Anthropic key (`sk-ant-`), contains: a text
 * without one has nothing to redact, and most message values (model IDs, parameter names) are
 * answered by this one test. Keep it in step with `CREDENTIAL_SHAPES`.
 */
const MAY_HOLD_CREDENTIAL = /sk-|AKIA|ASIA|gh[pousr]_|github_pat_|xox[abposr]-|AIza|eyJ|[Bb]earer/u;

/** `text` with every credential replaced by a placeholder naming its kind. */
export function redact(text: string): string {
  if (!MAY_HOLD_CREDENTIAL.test(text)) return text;
  const spans: { index: number; length: number; label: string }[] = findAnthropicKeys(text).map(({ index, length, kind }) => ({
    index,
    length,
    label: `<redacted ${kind}>`,
  }));
  for (const shape of CREDENTIAL_SHAPES) {
    for (const match of text.matchAll(shape)) spans.push({ index: match.index, length: match[0].length, label: '<redacted credential>' });
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.index - b.index || b.length - a.length);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.index + span.length <= at) continue; // inside one already redacted
    out += text.slice(at, Math.max(at, span.index)) + span.label;
    at = Math.max(at, span.index + span.length);
  }
  return out + text.slice(at);
}

/**
 * A value ready to quote in a message: credentials redacted, then cut to
 * `MAX_DISPLAY_LENGTH` characters with an ellipsis (never inside a surrogate pair).
 */
export function displayValue(text: string): string {
  // Redact first: a key cut in half would no longer look like one, and half a key is still a leak.
  const safe = redact(text);
  if (safe.length <= MAX_DISPLAY_LENGTH) return safe;
  let end = MAX_DISPLAY_LENGTH;
  const code = safe.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${safe.slice(0, end)}…`;
}
