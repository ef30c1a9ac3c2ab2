/**
 * The byte-level XML tokenizer under the sheet and shared-strings scanners: it finds tags and the
 * text between them in UTF-8 bytes arriving in chunks, and nothing more — no tree, no attribute
 * objects, no string for a tag nobody asked about. A general parser (sax, saxes) builds a name,
 * an attribute map and a text string for every node; a record sheet has tens of millions of them.
 *
 * Only what spreadsheet parts contain is understood: elements, attributes in either quote,
 * comments, CDATA, processing instructions and a DOCTYPE skipped (its entities are never expanded).
 */

/** A token (tag, text, comment) longer than this is no spreadsheet's: Excel's longest cell is 32.767 characters. */
const maxTokenBytes = 1024 * 1024;

export class XmlDamaged extends Error {}

export abstract class XmlBytes {
  private carry: Buffer | null = null;
  /** Set by a subclass while it wants the text between tags (`text` is called only then). */
  protected capturing = false;
  /** Set by a subclass to stop reading: `feed` returns at once and ignores what follows. */
  stopped = false;

  /** `buf[start]` is the byte after `<`, `buf[end]` is `>`. */
  protected abstract tag(buf: Buffer, start: number, end: number): void;
  /** Raw text between two tags (entities still encoded), or a CDATA section's content (`cdata`). */
  protected abstract text(buf: Buffer, start: number, end: number, cdata: boolean): void;

  feed(chunk: Buffer): void {
    if (this.stopped) return;
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    const n = buf.length;
    let p = 0;
    while (p < n && !this.stopped) {
      let lt = p;
      while (lt < n && buf[lt] !== 60) lt++;
      if (lt === n) {
        // Text running past the chunk is kept only when it is wanted.
        if (this.capturing) this.keep(buf, p);
        return;
      }
      if (lt > p && this.capturing) this.text(buf, p, lt, false);
      p = lt;
      if (buf[p + 1] === 33) {
        const after = this.special(buf, p);
        if (after < 0) return;
        p = after;
        continue;
      }
      let gt = p + 1;
      while (gt < n && buf[gt] !== 62) gt++;
      if (gt === n) {
        this.keep(buf, p);
        return;
      }
      this.tag(buf, p + 1, gt);
      p = gt + 1;
    }
  }

  /** At the end of the part: anything still waiting is a cut-off token. */
  finish(): void {
    if (this.carry && !this.stopped && this.carry.some((b) => b === 60)) throw new XmlDamaged('the part ends inside a tag');
    this.carry = null;
  }

  /** `<!…` at `p`: a comment, CDATA or DOCTYPE. Returns where reading goes on, or -1 when it runs past the chunk (kept). */
  private special(buf: Buffer, p: number): number {
    const cdata = startsWith(buf, p, cdataOpen);
    const close = cdata ? cdataClose : startsWith(buf, p, commentOpen) ? commentClose : gtOnly;
    const at = buf.indexOf(close, p + 2);
    if (at < 0) {
      this.keep(buf, p);
      return -1;
    }
    if (cdata && this.capturing) this.text(buf, p + cdataOpen.length, at, true);
    return at + close.length;
  }

  private keep(buf: Buffer, from: number): void {
    if (buf.length - from > maxTokenBytes) throw new XmlDamaged('a tag or a text longer than any spreadsheet writes');
    // A copy: the chunk itself must not stay reachable through a small tail.
    this.carry = Buffer.from(buf.subarray(from));
  }
}

const cdataOpen = Buffer.from('<![CDATA[');
const cdataClose = Buffer.from(']]>');
const commentOpen = Buffer.from('<!--');
const commentClose = Buffer.from('-->');
const gtOnly = Buffer.from('>');

function startsWith(buf: Buffer, at: number, prefix: Buffer): boolean {
  if (at + prefix.length > buf.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[at + i] !== prefix[i]) return false;
  return true;
}

/** Where a tag's name ends (`start` is the first byte of the name). */
export function nameEnd(buf: Buffer, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const b = buf[i]!;
    if (b === 32 || b === 47 || b === 9 || b === 10 || b === 13) break;
    i++;
  }
  return i;
}

/** Where the local part of a name begins (`x:row` → `row`): some writers prefix SpreadsheetML. */
export function localStart(buf: Buffer, start: number, end: number): number {
  let s = start;
  for (let i = start; i < end; i++) if (buf[i] === 58) s = i + 1;
  return s;
}

/** Whether bytes `[start, end)` spell `word` (ASCII). */
export function isName(buf: Buffer, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (buf[start + i] !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * Calls `seen(nameStart, nameEnd, valueStart, valueEnd)` for each attribute in `[from, end)`, names
 * without their prefix. Values stay bytes: most attributes are never looked at.
 */
export function eachAttribute(buf: Buffer, from: number, end: number, seen: (ns: number, ne: number, vs: number, ve: number) => void): void {
  let i = from;
  while (i < end) {
    while (i < end && (buf[i] === 32 || buf[i] === 9 || buf[i] === 10 || buf[i] === 13 || buf[i] === 47)) i++;
    const ns = i;
    while (i < end && buf[i] !== 61 && buf[i] !== 32 && buf[i] !== 9 && buf[i] !== 10 && buf[i] !== 13) i++;
    const ne = i;
    while (i < end && buf[i] !== 34 && buf[i] !== 39) i++;
    if (i >= end) return;
    const quote = buf[i];
    const vs = ++i;
    while (i < end && buf[i] !== quote) i++;
    seen(localStart(buf, ns, ne), ne, vs, i);
    i++;
  }
}

/** A non-negative decimal integer in `[start, end)` (an index, a row number), or -1. */
export function integerAt(buf: Buffer, start: number, end: number): number {
  if (start >= end || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The number written in `[start, end)`; NaN when it is none. Plain integers never become strings. */
export function numberAt(buf: Buffer, start: number, end: number): number {
  const negative = buf[start] === 45;
  const whole = integerAt(buf, negative ? start + 1 : start, end);
  if (whole >= 0) return negative ? -whole : whole;
  const text = buf.toString('latin1', start, end).trim();
  return text === '' ? NaN : Number(text);
}

const entity = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Excel's own escape for characters XML cannot carry (`_x000D_`); `_x005F_` escapes the underscore itself. */
const excelEscape = /_x([0-9A-Fa-f]{4})_/g;

/** Text as a cell shows it: XML entities and Excel's `_xHHHH_` escapes decoded. */
export function decodeText(buf: Buffer, start: number, end: number, cdata = false): string {
  let s = buf.toString('utf8', start, end);
  // XML reads a line break written as CR LF, or a lone CR, as LF; a CR the text holds is written &#13; (or _x000D_).
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (!cdata && s.includes('&')) s = decodeEntities(s);
  return s.includes('_x') ? s.replace(excelEscape, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

/** XML's five entities and character references; anything else is left as written. */
export function decodeEntities(s: string): string {
  return s.replace(entity, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return named[name]!;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
