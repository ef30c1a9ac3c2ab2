/**
 * A streaming CSV tokenizer over UTF-8 bytes, for record exports of millions of rows. It finds
 * field boundaries with the native `indexOf` (memchr) instead of looking at every byte in
 * JavaScript, and makes no string unless asked: the caller reads the fields it needs straight
 * from the bytes. csv-parse (what read/csv.ts uses) is the reference: for the options used there
 * (`relax_quotes`, `relax_column_count`, empty lines kept) the records are the same, which
 * test/read/stream-csv.test.ts checks on every fixture and on random CSV. Delimiters, quotes and
 * line breaks are ASCII, so no UTF-8 sequence can be cut by a boundary.
 *
 * Like csv-parse, the line break is the first one met outside quotes (`\r\n`, `\n` or `\r`); the
 * other kinds are then data. A quote opens a quoted field only as a field's first byte; a quoted
 * field followed by anything but a delimiter or a line break is kept as written, quotes and all.
 */
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export interface CsvRecord {
  /** The bytes the offsets point into; valid only during the callback. */
  readonly buf: Buffer;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 where a quoted field holds doubled quotes to undo. */
  readonly escaped: Uint8Array;
  count: number;
  /** 1-based record number (what csv-parse counts, and what RawTable rows are). */
  number: number;
}

export interface CsvError {
  /** The record the problem starts in. */
  record: number;
  message: string;
}

type LineBreak = 'lf' | 'crlf' | 'cr';

export class CsvTokenizer {
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private escaped = new Uint8Array(64);
  private records = 0;
  private lineBreak: LineBreak | null = null;
  error: CsvError | null = null;

  constructor(
    private readonly delimiter: number,
    private readonly onRecord: (record: CsvRecord) => void,
  ) {}

  get recordsRead(): number {
    return this.records;
  }

  /**
   * Tokenizes the complete records of `buf[0, len)` — all of it when `final` — and returns how
   * many bytes it consumed; the caller keeps the rest for the next call. After an error (an
   * unclosed quote at the end) it consumes nothing more.
   */
  feed(buf: Buffer, len: number, final: boolean): number {
    if (this.error) return len;
    if (this.lineBreak === null) {
      this.lineBreak = detectLineBreak(buf, len, final);
      if (this.lineBreak === null) return 0;
    }
    const brk = this.lineBreak === 'cr' ? CR : LF;
    const crlf = this.lineBreak === 'crlf';
    const delim = this.delimiter;
    let pos = 0;
    // The first delimiter at or after the last place searched (-1: none up to the buffer's end).
    // Searches only move forward, so a delimiter found beyond a line's end serves the lines up to
    // it: searching afresh from each field would scan the rest of the buffer on every line of a
    // file whose lines hold no delimiter (quadratic in the chunk).
    let delimAt = -2;
    const nextDelim = (from: number): number => (delimAt === -1 || delimAt >= from ? delimAt : (delimAt = buf.indexOf(delim, from)));
    const record: CsvRecord = { buf, starts: this.starts, ends: this.ends, escaped: this.escaped, count: 0, number: 0 };
    while (pos < len) {
      const recordStart = pos;
      let nl = lineEnd(buf, pos, len, brk, crlf);
      if (nl < 0) {
        if (!final) return recordStart;
        nl = len;
      }
      let n = 0;
      for (;;) {
        if (n === this.starts.length) this.grow(record);
        if (buf[pos] === QUOTE && pos < len) {
          let q = pos + 1;
          let doubled = 0;
          for (;;) {
            q = buf.indexOf(QUOTE, q);
            if (q < 0 || q >= len) {
              if (!final) return recordStart;
              this.error = { record: this.records + 1, message: 'a quoted field is not closed before the end of the file' };
              return len;
            }
            if (q + 1 < len && buf[q + 1] === QUOTE) {
              doubled = 1;
              q += 2;
              continue;
            }
            if (q + 1 >= len && !final) return recordStart;
            break;
          }
          const after = q + 1;
          if (after > nl) {
            nl = lineEnd(buf, after, len, brk, crlf);
            if (nl < 0) {
              if (!final) return recordStart;
              nl = len;
            }
          }
          if (after === nl || after >= len || buf[after] === delim || (crlf && after + 1 === nl && buf[after] === CR)) {
            this.starts[n] = pos + 1;
            this.ends[n] = q;
            this.escaped[n] = doubled;
            n++;
            if (after < len && buf[after] === delim && after !== nl) {
              pos = after + 1;
              continue;
            }
            pos = after >= len ? len : nl + 1;
            break;
          }
          // `"b"c`: not a quoted field after all; csv-parse keeps it as written.
          const d = nextDelim(after);
          const fieldEnd = d >= 0 && d < nl ? d : fieldEndAt(nl, crlf, len);
          this.starts[n] = pos;
          this.ends[n] = fieldEnd;
          this.escaped[n] = 0;
          n++;
          if (d >= 0 && d < nl) {
            pos = d + 1;
            continue;
          }
          pos = nl + 1;
          break;
        }
        const d = nextDelim(pos);
        this.escaped[n] = 0;
        this.starts[n] = pos;
        if (d >= 0 && d < nl) {
          this.ends[n] = d;
          n++;
          pos = d + 1;
          continue;
        }
        this.ends[n] = fieldEndAt(nl, crlf, len);
        n++;
        pos = nl + 1;
        break;
      }
      record.count = n;
      record.number = ++this.records;
      this.onRecord(record);
    }
    return len;
  }

  /** Stops at the unfinished record: longer than a record may be, which an unclosed quote makes it. */
  fail(maxChars: number): void {
    this.error = { record: this.records + 1, message: `the record is longer than ${maxChars.toLocaleString('de-DE')} characters, more than a record may hold (most often a quote (") that opens a cell and is never closed, swallowing the lines after it)` };
  }

  private grow(record: CsvRecord): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const escaped = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    escaped.set(this.escaped);
    this.starts = starts;
    this.ends = ends;
    this.escaped = escaped;
    (record as { starts: Int32Array }).starts = starts;
    (record as { ends: Int32Array }).ends = ends;
    (record as { escaped: Uint8Array }).escaped = escaped;
  }
}

/** The end of a field that ends a line: before the `\r` of `\r\n` (a last line may have no break). */
function fieldEndAt(nl: number, crlf: boolean, len: number): number {
  return crlf && nl < len ? nl - 1 : nl;
}

/** The index of the line break byte (`\n`, or `\r` in CR files) ending the line at `pos`; -1 if not in the buffer. */
function lineEnd(buf: Buffer, pos: number, len: number, brk: number, crlf: boolean): number {
  let nl = buf.indexOf(brk, pos);
  // In a `\r\n` file a lone `\n` is data.
  while (crlf && nl >= 0 && nl < len && (nl === pos || buf[nl - 1] !== CR)) nl = buf.indexOf(brk, nl + 1);
  return nl >= 0 && nl < len ? nl : -1;
}

/** The first line break outside quotes decides; null when the buffer holds none yet. */
function detectLineBreak(buf: Buffer, len: number, final: boolean): LineBreak | null {
  let quoted = false;
  for (let i = 0; i < len; i++) {
    const c = buf[i];
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && c === LF) return 'lf';
    else if (!quoted && c === CR) {
      if (i + 1 >= len && !final) return null;
      return buf[i + 1] === LF ? 'crlf' : 'cr';
    }
  }
  return final ? 'lf' : null;
}

/** A field as text: UTF-8, with doubled quotes undone. */
export function fieldText(r: CsvRecord, i: number): string {
  const text = r.buf.toString('utf8', r.starts[i], r.ends[i]);
  return r.escaped[i] ? text.replace(/""/g, '"') : text;
}

/** Every record of a whole buffer as strings (BOM skipped): the form tests compare with csv-parse. */
export function tokenizeBytes(bytes: Buffer, delimiter: number): { records: string[][]; error: CsvError | null } {
  const records: string[][] = [];
  const tokenizer = new CsvTokenizer(delimiter, (r) => {
    const fields: string[] = [];
    for (let i = 0; i < r.count; i++) fields.push(fieldText(r, i));
    records.push(fields);
  });
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  tokenizer.feed(bytes.subarray(start), bytes.length - start, true);
  return { records, error: tokenizer.error };
}
