/** "Did you mean …?": the known word closest to a mistyped one, compared folded (fold.ts). */
import { fold } from '../model/text.js';

/** The candidate within a small edit distance of `input` (two typos, or one per four letters), or null. */
export function closest(input: string, candidates: readonly string[]): string | null {
  const f = fold(input);
  if (f.length < 2) return null;
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(f.length / 4)) + 1;
  for (const c of candidates) {
    const g = fold(c);
    // A word cut short or run on (`warn` / `warning`, `Xong` / `Xong rồi`) is one slip, however long.
    const d = f !== g && Math.min(f.length, g.length) >= 4 && (f.startsWith(g) || g.startsWith(f)) ? 1 : editDistance(f, g);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
