/**
 * Record exports of the one-stop-shop systems (SPEC §2.4), one row per dossier: finding their
 * header among the first rows, and reading the values of their columns. The readers of the
 * stream (read/stream) call these once per distinct value and cache the answer, so the words
 * stay here, in the interpret stage, while millions of rows pass without a string being made.
 */
import type { DossierMeasure } from '../../model/records.js';
import { columnLetter, fold, tidy } from '../../model/text.js';
import { matchColumns, type HeaderColumn } from '../header-match.js';
import { headerSearchRows } from '../table.js';
import {
  channelWords,
  dossierRecordFieldDefs,
  dossierRecordMarkers,
  dossierRecordMinMarkers,
  feedbackFieldDefs,
  paidWords,
  returnedStatusWords,
  type DossierChannel,
} from '../vocabulary/index.js';

export type RecordField = 'code' | 'unit' | 'level' | 'sector' | 'procedure' | 'receivedOn' | 'dueOn' | 'resolvedOn' | 'channel' | 'paidOnline' | 'status';

export interface RecordLayout {
  /** Index of the header row among the rows given. */
  header: number;
  columns: Map<RecordField, HeaderColumn>;
}

/** The header of a record export among its first rows (texts), or null when it is not one. */
export function findRecordLayout(rows: readonly (readonly string[])[]): RecordLayout | null {
  for (let i = 0; i < Math.min(rows.length, headerSearchRows); i++) {
    const columns: HeaderColumn[] = [];
    rows[i]!.forEach((cell, index) => {
      const text = tidy(cell);
      if (text) columns.push({ index, letter: columnLetter(index), parts: [text], text });
    });
    const match = matchColumns(columns, dossierRecordFieldDefs);
    const markers = dossierRecordMarkers.filter((f) => match.fields.has(f)).length;
    if (match.missing.length > 0 || markers < dossierRecordMinMarkers) continue;
    if (matchColumns(columns, feedbackOnly).fields.size > 0) continue;
    // The first row that names the columns is the header: the rows below it are data.
    return { header: i, columns: match.fields as Map<RecordField, HeaderColumn> };
  }
  return null;
}

const feedbackOnly = feedbackFieldDefs.filter((d) => d.anyOf !== undefined);
const channels = new Map(Object.entries(channelWords).map(([w, c]) => [fold(w), c]));
const paid = new Map(Object.entries(paidWords).map(([w, p]) => [fold(w), p]));
const returned = new Set(returnedStatusWords.map(fold));

/** The channel of a `Kênh nộp` cell; blank is direct (the national portal's convention); null when unknown. */
export function channelOf(text: string): DossierChannel | null {
  return text.trim() === '' ? 'direct' : (channels.get(fold(text)) ?? null);
}

/** A `Thanh toán trực tuyến` cell; blank is not paid; null when unknown. */
export function paidOf(text: string): boolean | null {
  return text.trim() === '' ? false : (paid.get(fold(text)) ?? null);
}

/** A status that takes the dossier out of resolved and pending (returned, withdrawn). */
export function isReturnedStatus(text: string): boolean {
  const f = fold(text);
  return returned.has(f) || [...returned].some((w) => f.startsWith(`${w} `));
}

/**
 * What an export cannot tell (SPEC §4.1, absent is not zero): without a channel column nobody
 * knows which dossiers came online, without a payment column which were paid online, without a
 * due date which were on time.
 */
export function unreportedOf(layout: RecordLayout): DossierMeasure[] {
  const out: DossierMeasure[] = [];
  if (!layout.columns.has('dueOn')) out.push('resolvedOnTime', 'resolvedLate', 'pendingOverdue');
  if (!layout.columns.has('channel')) out.push('online');
  if (!layout.columns.has('paidOnline')) out.push('paidOnline');
  return out;
}

export const channelExamples = Object.keys(channelWords).slice(0, 12);
export const paidExamples = '1 / 0, Có / Không, x';
