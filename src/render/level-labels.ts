/**
 * The label of a level row in the report language: the config's own for a level it adds (the
 * public-service centre) or relabels, carried by the summary (`dossiers.levels`), else the
 * report's name of the tier. The order of the rows is the summary's: nothing here sorts.
 */
import { labels } from '../i18n/index.js';
import type { Lang } from '../model/lang.js';
import type { LevelDef, LevelId } from '../model/records.js';
import type { DossiersSection } from '../model/summary.js';
import { formatCount } from './format.js';

export function levelLabeller(defs: readonly LevelDef[] | undefined, lang: Lang): (level: LevelId) => string {
  const own = new Map((defs ?? []).flatMap((d) => (d[lang] ? [[d.id, d[lang]] as const] : [])));
  const tiers: Readonly<Record<string, string>> = labels[lang].level;
  return (level) => own.get(level) ?? tiers[level] ?? level;
}

/** `cấp tỉnh 165.106, cấp huyện 26.060, cấp xã 79.331`: the brief's and the Word report's sentence. */
export function byLevelPhrase(d: Pick<DossiersSection, 'byLevel' | 'levels'>, lang: Lang): string {
  const levelLabel = levelLabeller(d.levels, lang);
  // A tier's name is a common noun inside the sentence (`cấp tỉnh`); a name the config gives (`Trung tâm Phục vụ HCC`) stays as written.
  const named = new Set((d.levels ?? []).filter((l) => l[lang]).map((l) => l.id));
  return d.byLevel.map((r) => `${named.has(r.level) ? levelLabel(r.level) : levelLabel(r.level).toLocaleLowerCase(lang)} ${formatCount(r.received, lang)}`).join(', ');
}
