/**
 * What an Anthropic key looks like, and what a credential looks like as opposed to a
 * documentation placeholder or a dummy value.
 */

/**
 * An Anthropic credential: `sk-ant-`, a kind with a two-digit version (`api03`, `admin01`,
 * `oat01`, `sid01`, ...), a dash, and at least 20 key characters. Real keys carry about 90.
 */
const KEY_PATTERN = /sk-ant-([a-z]{2,10})\d{2}-([\w-]{20,})/gu;

const KEY_KINDS: Readonly<Record<string, string>> = {
  api: 'API key',
  admin: 'Admin API key',
  oat: 'OAuth token',
  ort: 'OAuth refresh token',
  sid: 'session key',
};

/** Words that mark a documentation placeholder when they stand alone between dashes or underscores. */
const PLACEHOLDER_WORD =
  /(?:^|[-_])(?:your|my|placeholder|example|dummy|fake|mock|test|sample|changeme|replace|redacted|insert|secret|key|here)(?=[-_]|$)/iu;
/** Anywhere in an option value: the marks of a placeholder rather than a secret. */
const PLACEHOLDER_TEXT =
  /your|placeholder|example|dummy|fake|mock|test|sample|change[-_]?me|replace|redacted|insert|not[-_]?needed|unused|[\s<>{}$*…]|\.\.\./iu;
/** Four or more of the same character: `xxxx`, `0000`, `****`. */
const REPEATED = /(.)\1{3,}/u;

/** How long a run of consecutive letters or digits (`abcdef`, `AbCdEf`, `123456`) marks a made-up value. */
const SEQUENTIAL_RUN = 6;

/**
 * True for a run of `SEQUENTIAL_RUN` letters (in any case) or digits that each follow the one
 * before: typed by hand (`AbCdEfGhIj…-123456789`), never drawn at random (about one chance in
 * 10⁸ per position).
 */
function hasSequentialRun(text: string): boolean {
  const lower = text.toLowerCase();
  let run = 1;
  for (let index = 1; index < lower.length; index++) {
    const previous = lower.charCodeAt(index - 1);
    const code = lower.charCodeAt(index);
    const sameClass = (isLetter(previous) && isLetter(code)) || (isDigit(previous) && isDigit(code));
    run = sameClass && code === previous + 1 ? run + 1 : 1;
    if (run >= SEQUENTIAL_RUN) return true;
  }
  return false;
}

const isLetter = (code: number): boolean => code >= 97 && code <= 122;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** A key body that looks generated: mixed case with digits, no placeholder word, no long repeat or sequence. */
function looksGenerated(body: string): boolean {
  return (
    /[A-Z]/u.test(body) &&
    /[a-z]/u.test(body) &&
    /\d/u.test(body) &&
    !PLACEHOLDER_WORD.test(body) &&
    !REPEATED.test(body) &&
    !hasSequentialRun(body)
  );
}

/** The Anthropic keys in a string: their offset, length and kind (never their text). */
export function findAnthropicKeys(text: string): { index: number; length: number; kind: string }[] {
  if (!text.includes('sk-ant-')) return [];
  const found: { index: number; length: number; kind: string }[] = [];
  for (const match of text.matchAll(KEY_PATTERN)) {
    const [whole, kind = '', body = ''] = match;
    if (looksGenerated(body)) found.push({ index: match.index, length: whole.length, kind: KEY_KINDS[kind] ?? 'credential' });
  }
  return found;
}

/**
 * Whether a string passed as `apiKey`/`authToken` is a credential rather than a placeholder or a
 * dummy value for a local gateway (`''`, `'test'`, `'ollama'`, `'<your key>'`, `'sk-ant-...'`):
 * an Anthropic key, or 16+ characters with letters and digits and no placeholder marks.
 */
export function looksLikeCredential(value: string): boolean {
  if (findAnthropicKeys(value).length > 0) return true;
  return (
    value.length >= 16 &&
    /[A-Za-z]/u.test(value) &&
    /\d/u.test(value) &&
    !PLACEHOLDER_TEXT.test(value) &&
    !REPEATED.test(value) &&
    !hasSequentialRun(value)
  );
}
