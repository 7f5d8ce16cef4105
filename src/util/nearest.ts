/** Typo distance, and the nearest of a set of names: model IDs, parameter names, tool names. */

/** Levenshtein distance, for short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
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
  const normalize = options.normalize ?? ((name: string) => name);
  const target = normalize(word);
  const limit = options.limit ?? Math.max(2, Math.floor(word.length / 5));
  let best: string[] = [];
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(target, normalize(candidate));
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
