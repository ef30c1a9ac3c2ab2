/**
 * The dossiers section (SPEC §4.1) from DossierStats, whether they came from aggregated forms or
 * were accumulated from record exports (model/record-counts.ts counts those).
 */
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import { dossierMeasures, levelOrder, type LevelDef, type DossierCounts, type DossierMeasure, type DossierStats, type IsoDate, type LevelId } from '../model/records.js';
import type { DossierCountsRow, DossierCoverage, DossiersSection, SectionPeriod } from '../model/summary.js';
import { rate } from './health.js';
import { byName } from '../model/text.js';
import { zeroCounts } from '../model/record-counts.js';

const countKeys = ['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'online', 'paidOnline', 'carriedOver', 'pendingOverdue', 'returned'] as const;

/**
 * The sums of a unit, a level or the section. A measure is summed only over the tables that
 * report it, and so are the denominators of its rate: an on-time rate over the units that split
 * their resolved dossiers, an online rate over the new dossiers of the units that count online.
 */
type NullableCounts = { [K in keyof DossierCounts]: K extends DossierMeasure ? number | null : number };
const isMeasure = (k: string): k is DossierMeasure => (dossierMeasures as readonly string[]).includes(k);

/** A table's counts with the measures it does not report as null. */
function nullable(s: DossierStats): NullableCounts {
  const out: NullableCounts = { ...s };
  for (const m of s.unreported ?? []) out[m] = null;
  return out;
}

class Bucket {
  readonly counts = zeroCounts();
  private readonly reported = new Set<DossierMeasure>();
  private resolvedWithSplit = 0;
  private onTimeOfKnownResolved = 0;
  private newWithOnline = 0;
  private onlineOfKnownNew = 0;
  private readonly units = new Set<string>();
  private readonly unitsReporting = new Map<DossierMeasure, Set<string>>(dossierMeasures.map((m) => [m, new Set<string>()]));

  /** One table's (or unit row's) counts; a null measure is one it does not report. */
  add(s: NullableCounts, unit: string): void {
    this.units.add(unit);
    for (const k of countKeys) {
      const v = s[k];
      if (v === null) continue;
      this.counts[k] += v;
      if (!isMeasure(k)) continue;
      this.reported.add(k);
      this.unitsReporting.get(k)!.add(unit);
    }
    // A rate's numerator and denominator come from the same units: those that report both parts.
    if (s.resolvedOnTime !== null && s.resolved !== null) {
      this.resolvedWithSplit += s.resolved;
      this.onTimeOfKnownResolved += s.resolvedOnTime;
    }
    if (s.online !== null && s.received !== null) {
      this.newWithOnline += s.received - s.carriedOver;
      this.onlineOfKnownNew += s.online;
    }
  }

  row(): Required<DossierCountsRow> {
    const c = this.counts;
    const known = (m: DossierMeasure) => (this.reported.has(m) ? c[m] : null);
    const coverage = Object.fromEntries(dossierMeasures.map((m) => [m, { units: this.unitsReporting.get(m)!.size, of: this.units.size }])) as DossierCoverage;
    return {
      received: known('received'),
      resolved: known('resolved'),
      resolvedOnTime: known('resolvedOnTime'),
      resolvedLate: known('resolvedLate'),
      pending: known('pending'),
      online: known('online'),
      paidOnline: known('paidOnline'),
      carriedOver: c.carriedOver,
      pendingOverdue: known('pendingOverdue'),
      returned: c.returned,
      onTimeRate: this.reported.has('resolvedOnTime') ? rate(this.onTimeOfKnownResolved, this.resolvedWithSplit) : null,
      onlineRate: this.reported.has('online') && this.reported.has('received') ? rate(this.onlineOfKnownNew, this.newWithOnline) : null,
      coverage,
    };
  }
}

/**
 * `levels`: the config's level rows (model/records.ts `levelOrder`): the level rows and the units
 * are listed in their order, and only the levels present.
 */
export function summarizeDossiers(stats: readonly DossierStats[], asOf: IsoDate, period: SectionPeriod | null, levels: readonly LevelDef[] = []): { section: DossiersSection; issues: Issue[] } {
  const order = levelOrder(levels);
  // A warning names an added level by the config's labels: the catalogue knows only the tiers'.
  const named = new Map(levels.filter((l) => l.vi && l.en).map((l) => [l.id, { vi: l.vi!, en: l.en! }]));
  const issues: Issue[] = [];
  const total = new Bucket();
  const levelBuckets = new Map<LevelId, Bucket>();
  const units = new Map<string, { unit: string; level: LevelId; bucket: Bucket; files: Set<string>; sectors: Map<string, Bucket> }>();
  for (const s of stats) {
    const key = `${s.level}\u0000${s.unit}`;
    const counts = nullable(s);
    const u = units.get(key) ?? { unit: s.unit, level: s.level, bucket: new Bucket(), files: new Set<string>(), sectors: new Map<string, Bucket>() };
    units.set(key, u);
    // The unit's breakdown by sector, as its forms list it.
    if (s.sector !== undefined) {
      const b = u.sectors.get(s.sector) ?? new Bucket();
      b.add(counts, key);
      u.sectors.set(s.sector, b);
    }
    // A sector row under a unit row with its own counts: those counts already hold it.
    if (s.breakdown) continue;
    total.add(counts, key);
    const l = levelBuckets.get(s.level) ?? new Bucket();
    l.add(counts, key);
    levelBuckets.set(s.level, l);
    if (u.files.size > 0 && !u.files.has(s.source.file)) {
      const levelName = named.get(s.level);
      issues.push(issue('duplicate-unit', s.source, { unit: s.unit, level: s.level, ...(levelName ? { levelName } : {}), files: [...u.files] }));
    }
    u.files.add(s.source.file);
    u.bucket.add(counts, key);
  }
  const { onlineRate, onTimeRate, ...counts } = total.row();
  const section: DossiersSection = {
    asOf,
    ...counts,
    onlineRate,
    onTimeRate,
    byLevel: levelRows(levelBuckets, order),
    byUnit: [...units.values()]
      .sort(byLevelOf(order, (a, b) => byName(a.unit, b.unit)))
      .map((u) => ({ unit: u.unit, level: u.level, ...u.bucket.row(), ...(u.sectors.size > 0 ? { sectors: [...u.sectors].map(([sector, b]) => ({ sector, ...b.row() })) } : {}) })),
    period: period ?? statedPeriod(stats),
  };
  return { section, issues };
}

/**
 * Totals and level rows over unit rows of other summaries (the roll-up of several snapshots):
 * the same sums, coverage and rates as from the tables, a null measure being one the unit does
 * not report. `key` tells units apart (the same name in two provinces is two units).
 */
export function sumDossierRows<R extends { level: LevelId } & DossierCountsRow>(rows: readonly R[], key: (r: R) => string, order: readonly LevelId[]): { total: Required<DossierCountsRow>; byLevel: ({ level: LevelId } & Required<DossierCountsRow>)[] } {
  const total = new Bucket();
  const levelBuckets = new Map<LevelId, Bucket>();
  for (const r of rows) {
    const counts = { ...r, carriedOver: r.carriedOver ?? 0, returned: r.returned ?? 0, pendingOverdue: r.pendingOverdue ?? null };
    total.add(counts, key(r));
    const l = levelBuckets.get(r.level) ?? new Bucket();
    l.add(counts, key(r));
    levelBuckets.set(r.level, l);
  }
  return { total: total.row(), byLevel: levelRows(levelBuckets, order) };
}

/** The rows of the levels present, in `order`; a level the order does not know (a snapshot's own) follows, as first met. */
function levelRows(buckets: ReadonlyMap<LevelId, Bucket>, order: readonly LevelId[]): ({ level: LevelId } & Required<DossierCountsRow>)[] {
  const present = [...buckets.keys()].map((level) => ({ level })).sort(byLevelOf(order, () => 0));
  return present.map(({ level }) => ({ level, ...buckets.get(level)!.row() }));
}

/** Compares rows by their level's place in `order` (unknown levels last), then by `then`; stable. */
export function byLevelOf<R extends { level: LevelId }>(order: readonly LevelId[], then: (a: R, b: R) => number): (a: R, b: R) => number {
  const rank = (l: LevelId) => {
    const i = order.indexOf(l);
    return i < 0 ? order.length : i;
  };
  return (a, b) => rank(a.level) - rank(b.level) || then(a, b);
}

/** The period every table states, when they agree. */
function statedPeriod(stats: readonly DossierStats[]): SectionPeriod | null {
  const first = stats[0]?.period;
  if (!first || stats.some((s) => s.period?.from !== first.from || s.period?.to !== first.to)) return null;
  return { from: first.from, to: first.to, label: null };
}
