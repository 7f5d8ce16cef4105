/** Typo distance, and the nearest of a set of names: model IDs, parameter names, tool names. */

/** Names longer than this get no suggestion: a typo of a 1 MB string is not a helpful guess. */
export const MAX_NAME_LENGTH = 200;

/**
 * Levenshtein distance, for short strings. With `limit`, any answer above it comes back as
 * `limit + 1`, after at most (2·limit + 1) cells a row: far apart lengths cost nothing.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const band = Number.isFinite(limit) ? limit : Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    const current = new Array<number>(b.length + 1).fill(Infinity);
    current[0] = i;
    let best = from > 1 ? Infinity : i;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? Infinity) + 1, (current[j - 1] ?? Infinity) + 1, (previous[j - 1] ?? Infinity) + cost);
      current[j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  const distance = previous[b.length] ?? Infinity;
  return distance > limit ? limit + 1 : distance;
}

export interface NearestOptions {
  /** Most edits a plausible typo has; default 2, or a fifth of the word's length when longer. */
  readonly limit?: number;
  /** Compare after this mapping (e.g. ignore case and separators). */
  readonly normalize?: (name: string) => string;
  /** Give no answer when several candidates are equally near. */
  readonly unique?: boolean;
}

/** The candidate nearest to `word` (the first of equally near ones), if it is a plausible typo of it. */
export function nearest(word: string, candidates: readonly string[], options: NearestOptions = {}): string | null {
  if (word.length > MAX_NAME_LENGTH) return null;
  const normalize = options.normalize ?? ((name: string) => name);
  const target = normalize(word);
  const limit = options.limit ?? Math.max(2, Math.floor(word.length / 5));
  let best: string[] = [];
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate.length > MAX_NAME_LENGTH) continue;
    const distance = editDistance(target, normalize(candidate), limit);
    if (distance < bestDistance) {
      best = [candidate];
      bestDistance = distance;
    } else if (distance === bestDistance) {
      best.push(candidate);
    }
  }
  if (bestDistance > limit || (options.unique === true && best.length > 1)) return null;
  return best[0] ?? null;
}
