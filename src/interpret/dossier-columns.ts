/**
 * What each count column of an aggregated dossier form holds. Biểu 06 names its columns by a
 * header tree (`Số hồ sơ đã giải quyết` over `Tổng số | Trước hạn | Đúng hạn | Quá hạn`), so one
 * alias per column cannot work: `Tổng số` appears three times and `Quá hạn` twice. A column's
 * block comes from the topmost header part that names one, its role from the lowest part that
 * names one, its channel from any part. A flat header (`Đã giải quyết | Đúng hạn | Quá hạn |
 * Đang giải quyết | Quá hạn`) names the block once: the columns after it inherit it — except a
 * channel (`Trực tuyến`), which belongs to received unless a parent cell says otherwise.
 */
import type { HeaderColumn } from './header-match.js';
import { fold } from '../model/text.js';
import {
  dossierBlockWords,
  dossierChannelWords,
  dossierRateWords,
  dossierRoleWords,
  type DossierBlock,
  type DossierChannel,
  type DossierRole,
} from './vocabulary/index.js';

export type DossierCount =
  | 'received' | 'carriedOver' | 'newReceived' | 'online' | 'direct' | 'postal'
  | 'resolved' | 'early' | 'onTime' | 'late'
  | 'pending' | 'within' | 'overdue'
  | 'returned' | 'paidOnline';

export interface CountColumn {
  column: HeaderColumn;
  count: DossierCount;
  /** Set when the form splits this count by channel (Thanh Hóa: every block online / direct). */
  channel?: DossierChannel;
  /**
   * A flat header's `Trực tuyến` after `Đang giải quyết`: read as received's channel (the
   * default, above), or as a split of the block it follows (this). Only the rows can tell
   * (interpret/dossiers.ts keeps the reading under which the form's identities hold).
   */
  otherwise?: { count: DossierCount; channel?: DossierChannel };
}

/** Folded words, longest first, so `đã giải quyết` wins over a shorter word inside the same text. */
function wordList<T>(words: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(words)
    .map(([w, v]) => [fold(w), v] as [string, T])
    .sort((a, b) => b[0].length - a[0].length);
}

const blocks = wordList(dossierBlockWords);
const roles = wordList(dossierRoleWords);
const channels = wordList(dossierChannelWords);
const rates = dossierRateWords.map((w) => [fold(w), true] as [string, boolean]);

function find<T>(text: string, list: readonly [string, T][]): T | undefined {
  const padded = ` ${fold(text)} `;
  return list.find(([w]) => padded.includes(` ${w} `))?.[1];
}

/**
 * The count columns of a form; `skip` are the columns that are not counts (STT, unit, level).
 * Columns that name no count (notes, `Chờ bổ sung`, a rate) are left out.
 */
export function resolveCountColumns(columns: readonly HeaderColumn[], skip: ReadonlySet<number>): CountColumn[] {
  const out: CountColumn[] = [];
  let inherited: DossierBlock | undefined;
  for (const column of columns) {
    if (skip.has(column.index)) continue;
    if (column.text.includes('%') || column.parts.some((p) => find(p, rates))) continue;
    const own = column.parts.map((p) => find(p, blocks)).find((b) => b !== undefined);
    const role = [...column.parts].reverse().map((p) => find(p, roles)).find((r) => r !== undefined);
    const channel = column.parts.map((p) => find(p, channels)).find((c) => c !== undefined);
    if (own) inherited = own;
    // A channel names how dossiers were received: it belongs to received unless the header tree
    // puts it under another block. In a flat header only its position says more (see `otherwise`).
    const flatChannel = !own && role === undefined && channel !== undefined && column.parts.length === 1;
    const block = own ?? (flatChannel ? 'received' : role !== undefined || channel !== undefined ? inherited : undefined);
    const count = block ? countOf(block, role, channel) : undefined;
    if (!count) continue;
    const entry: CountColumn = { column, count };
    // A channel that is the count itself (`Trực tuyến`) is no split of it; payments and returns have no channels.
    if (channel && count !== channel && splitByChannel(block)) entry.channel = channel;
    if (flatChannel && inherited && inherited !== 'received' && splitByChannel(inherited)) {
      const other = countOf(inherited, role, channel);
      if (other) entry.otherwise = { count: other, channel };
    }
    out.push(entry);
  }
  return out;
}

function splitByChannel(block: DossierBlock | undefined): boolean {
  return block === 'received' || block === 'resolved' || block === 'pending';
}

function countOf(block: DossierBlock, role: DossierRole | undefined, channel: DossierChannel | undefined): DossierCount | undefined {
  switch (block) {
    case 'received':
      if (role === 'carriedOver') return 'carriedOver';
      if (channel) return channel;
      if (role === 'new') return 'newReceived';
      return role === undefined || role === 'total' ? 'received' : undefined;
    case 'resolved':
      if (role === 'early') return 'early';
      if (role === 'onTime') return 'onTime';
      if (role === 'late' || role === 'overdue') return 'late';
      return role === undefined || role === 'total' ? 'resolved' : undefined;
    case 'pending':
      if (role === 'within' || role === 'onTime') return 'within';
      if (role === 'late' || role === 'overdue') return 'overdue';
      return role === undefined || role === 'total' ? 'pending' : undefined;
    case 'returned':
      return 'returned';
    case 'paid':
      return 'paidOnline';
    case 'supplement':
      return undefined;
  }
}
