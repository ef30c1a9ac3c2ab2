/**
 * The small parts of a workbook that say how to read its sheets: which sheets there are and in
 * which part each lives (workbook.xml and its relationships), the date system, and which cell
 * styles show a date (styles.xml). They are a few kilobytes, read whole.
 */
import type { ZipEntry, ZipListing } from '../zip.js';
import { decodeEntities } from './xml-bytes.js';

export interface SheetPart {
  name: string;
  entry: ZipEntry;
}

export interface WorkbookParts {
  date1904: boolean;
  /** In the workbook's order (the tabs), hidden ones included. */
  sheets: SheetPart[];
  sharedStrings: ZipEntry | undefined;
  styles: ZipEntry | undefined;
}

/** Null when the package has no workbook this reader understands (the ordinary reader then says why). */
export function workbookParts(zip: ZipListing): WorkbookParts | null {
  // Part names are case-insensitive in a package (OPC), byte-exact in a zip.
  const byName = new Map(zip.entries.map((e) => [e.name.toLowerCase(), e]));
  const rels = new Map<string, { target: string; type: string }>();
  const relsXml = text(zip, byName.get('xl/_rels/workbook.xml.rels'));
  const workbookXml = text(zip, byName.get('xl/workbook.xml'));
  if (relsXml === null || workbookXml === null) return null;
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1]!);
    if (a.Id && a.Target) rels.set(a.Id, { target: resolve(a.Target), type: a.Type ?? '' });
  }
  const sheets: SheetPart[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)) {
    const a = attributes(m[1]!);
    const entry = byName.get(rels.get(a.id ?? '')?.target.toLowerCase() ?? '');
    if (!entry) return null;
    sheets.push({ name: a.name ?? '', entry });
  }
  const pr = /<(?:[\w.-]+:)?workbookPr\b([^>]*)>/.exec(workbookXml);
  const flag = pr ? attributes(pr[1]!).date1904 : undefined;
  const related = (kind: string) => [...rels.values()].find((r) => r.type.endsWith(`/${kind}`))?.target.toLowerCase();
  return {
    date1904: flag === '1' || flag === 'true',
    sheets,
    sharedStrings: byName.get(related('sharedStrings') ?? 'xl/sharedstrings.xml'),
    styles: byName.get(related('styles') ?? 'xl/styles.xml'),
  };
}

/** The parts the scanner inflates (each through the zip's checked view); none when it cannot read the workbook. */
export function partsRead(zip: ZipListing): Set<ZipEntry> {
  const parts = workbookParts(zip);
  if (!parts) return new Set();
  const byName = new Map(zip.entries.map((e) => [e.name.toLowerCase(), e]));
  const small = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'].map((n) => byName.get(n));
  return new Set([...parts.sheets.map((s) => s.entry), parts.sharedStrings, parts.styles, ...small].filter((e): e is ZipEntry => e !== undefined));
}

/** Style index → 1 when its number format shows a date or a time. */
export function dateStyles(zip: ZipListing, styles: ZipEntry | undefined): Uint8Array {
  const xml = text(zip, styles);
  if (!xml) return new Uint8Array(0);
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?numFmt\b([^>]*)>/g)) {
    const a = attributes(m[1]!);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const xfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const ids = [...xfs.matchAll(/<(?:[\w.-]+:)?xf\b([^>]*)>/g)].map((m) => Number(attributes(m[1]!).numFmtId ?? 0));
  const out = new Uint8Array(ids.length);
  ids.forEach((id, i) => {
    const code = custom.get(id);
    out[i] = (code === undefined ? builtInDate(id) : isDateFormat(code)) ? 1 : 0;
  });
  return out;
}

/** Excel's built-in formats 14–22 (dates and times) and 45–47 (times); the East Asian ones 27–36 and 50–58 are dates too. */
function builtInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/**
 * Whether a format code shows a date or time: a day, month, year, hour or second token outside
 * quoted text, `[…]` sections (colours, locales, conditions), escaped characters and padding.
 * Case-insensitive, as Excel reads it (`DD/MM/YYYY` is a date).
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '').replace(/\[[^\]]*\]/g, (s) => (/^\[(h+|m+|s+)\]$/i.test(s) ? 'h' : ''));
  return /[dmyhs]/i.test(bare.split(';')[0]!.replace(/General/gi, ''));
}

function text(zip: ZipListing, entry: ZipEntry | undefined): string | null {
  if (!entry) return null;
  return zip.read(entry.name)?.toString('utf8') ?? null;
}

/** Attributes by their local name (`r:id` → `id`), entities decoded. */
function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!.replace(/^.*:/, '')] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

/** A relationship target as a part name: `worksheets/sheet1.xml` and `/xl/worksheets/sheet1.xml` are both xl/worksheets/sheet1.xml. */
function resolve(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
