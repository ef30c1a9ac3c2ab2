/**
 * Delimiter detection: `,` `;` or tab — never `.` or space, which fill Vietnamese numbers
 * (`270.497`) and titles. The delimiter is the candidate that splits the first lines (outside
 * quotes) into the same number of fields most often. A first line `sep=;` (written by Excel for
 * some locales) decides it outright.
 */
export type Delimiter = ',' | ';' | '\t';
const candidates: readonly Delimiter[] = [',', ';', '\t'];

export function detectDelimiter(text: string, sampleLines = 50): { delimiter: Delimiter; sepLine: boolean } {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep && candidates.includes(sep[1] as Delimiter)) return { delimiter: sep[1] as Delimiter, sepLine: true };
  const counts = countPerLine(text, sampleLines);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of candidates) {
    const perLine = counts.map((c) => c[d]).filter((n) => n > 0);
    if (perLine.length === 0) continue;
    const mode = modeOf(perLine);
    const agreeing = perLine.filter((n) => n === mode).length;
    // Lines that agree on a field count weigh most; wider rows break ties (a title line has few).
    const score = agreeing * 1000 + mode;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return { delimiter: best, sepLine: false };
}

function countPerLine(text: string, maxLines: number): Record<Delimiter, number>[] {
  const lines: Record<Delimiter, number>[] = [];
  let current: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < maxLines; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) current[ch]++;
    else if (!quoted && ch === '\n') {
      lines.push(current);
      current = { ',': 0, ';': 0, '\t': 0 };
    }
  }
  if (lines.length < maxLines) lines.push(current);
  return lines;
}

function modeOf(values: number[]): number {
  const freq = new Map<number, number>();
  for (const v of values) freq.set(v, (freq.get(v) ?? 0) + 1);
  let mode = values[0]!;
  for (const [v, f] of freq) if (f > (freq.get(mode) ?? 0) || (f === freq.get(mode) && v > mode)) mode = v;
  return mode;
}
