/**
 * The shared-strings table kept compact: the text of every `<si>` as the raw UTF-8 bytes of its
 * `<t>` runs, one after another in one buffer, with an offset table. A record export has a string
 * per dossier code (a million rows, a million strings): as JavaScript strings they would cost
 * several times their bytes, and most are never looked at — only the columns a reader asks for
 * are decoded, each distinct string once.
 */
import { XmlBytes, decodeText, eachAttribute, integerAt, isName, localStart, nameEnd } from './xml-bytes.js';

/** Decoded strings remembered; past this many, a string is decoded again on each look-up. */
const cacheLimit = 65_536;

export class SharedStrings {
  private readonly decoded = new Map<number, string>();

  constructor(
    private readonly bytes: Buffer,
    /** Start of string i at offsets[i], its end at offsets[i + 1]. */
    private readonly offsets: Uint32Array,
    readonly count: number,
  ) {}

  static readonly none = new SharedStrings(Buffer.alloc(0), new Uint32Array(1), 0);

  /** String `i`, or undefined when the table has no such entry. */
  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    let s = this.decoded.get(i);
    if (s === undefined) {
      s = decodeText(this.bytes, this.offsets[i]!, this.offsets[i + 1]!);
      if (this.decoded.size < cacheLimit) this.decoded.set(i, s);
    }
    return s;
  }
}

/**
 * Reads `sharedStrings.xml` chunk by chunk into the compact table. `size` is the part's size as
 * its (checked) zip entry declares it: the text inside is never longer than the XML around it, so
 * one buffer of that size holds it all; pages never written are never touched.
 */
export class SharedStringsReader extends XmlBytes {
  private bytes: Buffer;
  private used = 0;
  private offsets = new Uint32Array(1024);
  private count = 0;
  private inItem = false;
  /** Inside `<rPh>`: phonetic guides (furigana) are not part of the text a cell shows. */
  private inPhonetic = false;

  constructor(size: number) {
    super();
    this.bytes = Buffer.allocUnsafeSlow(Math.max(16, size));
  }

  protected tag(buf: Buffer, start: number, end: number): void {
    const closing = buf[start] === 47;
    const from = closing ? start + 1 : start;
    const ne = nameEnd(buf, from, end);
    const ls = localStart(buf, from, ne);
    const self = buf[end - 1] === 47;
    if (isName(buf, ls, ne, 't')) {
      this.capturing = this.inItem && !this.inPhonetic && !closing && !self;
    } else if (isName(buf, ls, ne, 'si')) {
      if (!closing) this.open();
      if (closing || self) this.inItem = false;
    } else if (isName(buf, ls, ne, 'rPh')) {
      this.inPhonetic = !closing && !self;
    } else if (!closing && isName(buf, ls, ne, 'sst')) {
      eachAttribute(buf, ne, end, (ns, nend, vs, ve) => {
        if (isName(buf, ns, nend, 'uniqueCount')) this.reserve(Math.min(integerAt(buf, vs, ve), 1 << 22));
      });
    }
  }

  protected text(buf: Buffer, start: number, end: number, cdata: boolean): void {
    // CDATA is stored as the entity-encoded text it stands for, so every string decodes one way.
    this.append(cdata ? Buffer.from(buf.toString('utf8', start, end).replace(/&/g, '&amp;')) : buf.subarray(start, end));
  }

  private open(): void {
    this.reserve(this.count + 2);
    this.offsets[this.count] = this.used;
    this.count++;
    this.offsets[this.count] = this.used;
    this.inItem = true;
    this.inPhonetic = false;
  }

  private append(piece: Buffer): void {
    if (!this.inItem) return;
    if (this.used + piece.length > this.bytes.length) {
      // Only escaped CDATA can outgrow its part.
      const grown = Buffer.allocUnsafeSlow(2 * (this.used + piece.length));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    piece.copy(this.bytes, this.used);
    this.used += piece.length;
    this.offsets[this.count] = this.used;
  }

  private reserve(n: number): void {
    if (n <= this.offsets.length) return;
    const grown = new Uint32Array(Math.max(n, this.offsets.length * 2));
    grown.set(this.offsets);
    this.offsets = grown;
  }

  table(): SharedStrings {
    this.finish();
    return new SharedStrings(this.bytes, this.offsets, this.count);
  }
}
