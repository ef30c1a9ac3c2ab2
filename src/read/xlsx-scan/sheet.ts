/**
 * A worksheet part scanned as it inflates: each `<row>` is handed over as soon as it closes, in a
 * row object reused for the next one, its cells as kinds and numbers in plain arrays. Text is
 * decoded only when asked for (`text`), shared strings only through the table's cache: a record
 * export's dossier codes and procedure names are passed over as bytes.
 */
import type { SharedStrings } from './shared-strings.js';
import { XmlBytes, decodeText, eachAttribute, integerAt, isName, localStart, nameEnd, numberAt } from './xml-bytes.js';
import { serialOfIsoText, dateOfSerial } from './serial.js';

/** What a cell holds. `formula`: a formula with no stored result (a file saved without calculating). */
export const CellKind = { text: 1, shared: 2, number: 3, date: 4, boolean: 5, error: 6, formula: 7 } as const;
export type CellKind = (typeof CellKind)[keyof typeof CellKind];

/** A cell's value the way exceljs gives it (the oracle the scanner is tested against). */
export type CellValue = string | number | boolean | Date | { error: string } | null;

/** The `t` attribute of `<c>`. */
const Type = { number: 0, shared: 1, string: 2, inline: 3, boolean: 4, error: 5, date: 6 } as const;

export class ScannedRow {
  /** The row number (1-based) as the sheet says it, or the one after the previous row when it does not. */
  number = 0;
  /** Cells that hold something, in the order they are written. */
  length = 0;
  /** Column (1-based) of cell i. */
  readonly columns: number[] = [];
  readonly kinds: CellKind[] = [];
  /** The number, date serial, 1/0 of a boolean, or shared-string index of cell i. */
  readonly numbers: number[] = [];
  /** The text of a text or error cell i. */
  readonly texts: string[] = [];

  constructor(
    private readonly strings: SharedStrings,
    readonly date1904: boolean,
  ) {}

  /** Index of the cell in `column`, or -1: the last one written wins, as in Excel's own reading. */
  find(column: number): number {
    for (let i = this.length - 1; i >= 0; i--) if (this.columns[i] === column) return i;
    return -1;
  }

  /** Cell i as text, not normalised: numbers and date serials as JavaScript writes them. */
  text(i: number): string {
    switch (this.kinds[i]) {
      case CellKind.text:
      case CellKind.error:
        return this.texts[i]!;
      case CellKind.shared:
        return this.strings.get(this.numbers[i]!) ?? '';
      case CellKind.number:
      case CellKind.date:
        return String(this.numbers[i]);
      case CellKind.boolean:
        return this.numbers[i] ? 'true' : 'false';
      default:
        return '';
    }
  }

  value(i: number): CellValue {
    switch (this.kinds[i]) {
      case CellKind.number:
        return this.numbers[i]!;
      case CellKind.date:
        return dateOfSerial(this.numbers[i]!, this.date1904);
      case CellKind.boolean:
        return this.numbers[i] === 1;
      case CellKind.error:
        return { error: this.texts[i]! };
      case CellKind.formula:
        return null;
      default:
        return this.text(i);
    }
  }
}

/**
 * Scans one worksheet's XML. `onRow` gets every `<row>` element, empty ones included (a header
 * search counts them), and returns false to stop the scan.
 */
export class SheetScanner extends XmlBytes {
  readonly row: ScannedRow;
  private inRow = false;
  private inCell = false;
  private inInline = false;
  private inPhonetic = false;
  private lastRow = 0;
  private lastColumn = 0;
  // The cell being read.
  private column = 0;
  private type: number = Type.number;
  private isDate = false;
  private hasFormula = false;
  private has = false;
  private kind: CellKind = CellKind.number;
  private num = 0;
  private str = '';
  /** Whether the text being captured is the `<v>` of the cell (else an inline string's `<t>`). */
  private inValue = false;

  constructor(
    strings: SharedStrings,
    date1904: boolean,
    /** Style index → 1 when its number format shows a date. */
    private readonly dateStyles: Uint8Array,
    private readonly onRow: (row: ScannedRow) => boolean | void,
  ) {
    super();
    this.row = new ScannedRow(strings, date1904);
  }

  protected tag(buf: Buffer, start: number, end: number): void {
    const closing = buf[start] === 47;
    const from = closing ? start + 1 : start;
    const ne = nameEnd(buf, from, end);
    const ls = localStart(buf, from, ne);
    const self = !closing && buf[end - 1] === 47;
    const b = buf[ls];
    switch (ne - ls) {
      case 1:
        if (b === 99) {
          // c
          if (closing) this.endCell();
          else if (this.inRow) {
            this.startCell(buf, ne, end);
            if (self) this.endCell();
          }
        } else if (b === 118) {
          // v
          this.capturing = this.inCell && !closing && !self;
          this.inValue = this.capturing;
          if (this.capturing && (this.type === Type.string || this.type === Type.error)) this.setText('');
        } else if (b === 116) {
          // t, inside <is>
          this.capturing = this.inInline && !this.inPhonetic && !closing && !self;
          this.inValue = false;
        } else if (b === 102 && this.inCell && !closing) {
          // f
          this.hasFormula = true;
        }
        return;
      case 2:
        if (b === 105 && buf[ls + 1] === 115 && this.inCell) {
          // is
          this.inInline = !closing && !self;
          if (!closing) this.setText('');
        }
        return;
      case 3:
        if (b === 114 && buf[ls + 1] === 111 && buf[ls + 2] === 119) {
          // row
          if (closing) this.endRow();
          else {
            this.startRow(buf, ne, end);
            if (self) this.endRow();
          }
        } else if (b === 114 && buf[ls + 1] === 80 && buf[ls + 2] === 104 && this.inInline) {
          // rPh: a phonetic guide, not part of the text
          this.inPhonetic = !closing && !self;
        }
        return;
      default:
        if (closing && isName(buf, ls, ne, 'sheetData')) this.inRow = false;
    }
  }

  protected text(buf: Buffer, start: number, end: number, cdata: boolean): void {
    if (!this.inValue) {
      this.str += decodeText(buf, start, end, cdata);
      return;
    }
    switch (this.type) {
      case Type.number: {
        const n = numberAt(buf, start, end);
        if (Number.isNaN(n)) return;
        this.num = n;
        this.kind = this.isDate ? CellKind.date : CellKind.number;
        this.has = true;
        return;
      }
      case Type.shared: {
        const n = integerAt(buf, start, end);
        this.num = n >= 0 ? n : numberAt(buf, start, end);
        this.kind = CellKind.shared;
        this.has = true;
        return;
      }
      case Type.boolean:
        this.num = numberAt(buf, start, end) === 0 ? 0 : 1;
        this.kind = CellKind.boolean;
        this.has = true;
        return;
      case Type.date: {
        const serial = serialOfIsoText(buf.toString('latin1', start, end), this.row.date1904);
        if (serial === null) this.setText(buf.toString('latin1', start, end));
        else {
          this.num = serial;
          this.kind = CellKind.date;
          this.has = true;
        }
        return;
      }
      default:
        // str, e, and an inline string some writers put in <v>
        if (!this.has) this.setText('');
        this.str += decodeText(buf, start, end, cdata);
    }
  }

  private setText(s: string): void {
    this.str = s;
    this.kind = this.type === Type.error ? CellKind.error : CellKind.text;
    this.has = true;
  }

  private startRow(buf: Buffer, from: number, end: number): void {
    let r = -1;
    eachAttribute(buf, from, end, (ns, nend, vs, ve) => {
      if (nend - ns === 1 && buf[ns] === 114) r = integerAt(buf, vs, ve);
    });
    this.row.number = r > 0 ? r : this.lastRow + 1;
    this.row.length = 0;
    this.lastRow = this.row.number;
    this.lastColumn = 0;
    this.inRow = true;
  }

  private endRow(): void {
    if (!this.inRow) return;
    this.inRow = false;
    if (this.onRow(this.row) === false) this.stopped = true;
  }

  private startCell(buf: Buffer, from: number, end: number): void {
    let column = 0;
    let type: number = Type.number;
    let style = 0;
    eachAttribute(buf, from, end, (ns, nend, vs, ve) => {
      if (nend - ns !== 1) return;
      const a = buf[ns];
      if (a === 114) column = columnOf(buf, vs, ve);
      else if (a === 115) style = integerAt(buf, vs, ve);
      else if (a === 116) type = typeOf(buf, vs, ve);
    });
    this.column = column > 0 ? column : this.lastColumn + 1;
    this.type = type;
    this.isDate = this.dateStyles[style] === 1;
    this.hasFormula = false;
    this.has = false;
    this.str = '';
    this.inCell = true;
    this.inInline = false;
    this.inPhonetic = false;
  }

  private endCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    this.capturing = false;
    this.inInline = false;
    this.lastColumn = this.column;
    if (!this.has && !this.hasFormula) return;
    const row = this.row;
    const i = row.length++;
    row.columns[i] = this.column;
    if (this.has) {
      row.kinds[i] = this.kind;
      row.numbers[i] = this.num;
      if (this.kind === CellKind.text || this.kind === CellKind.error) row.texts[i] = this.str;
    } else row.kinds[i] = CellKind.formula;
  }
}

/** The column of a cell reference (`AB12` → 28), or 0 when it has no letters. */
function columnOf(buf: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i]! | 32;
    if (b < 97 || b > 122) break;
    n = n * 26 + (b - 96);
  }
  return n;
}

function typeOf(buf: Buffer, start: number, end: number): number {
  const b = buf[start];
  const length = end - start;
  if (b === 115) return length === 1 ? Type.shared : Type.string; // s, str
  if (b === 105) return Type.inline; // inlineStr
  if (b === 98) return Type.boolean;
  if (b === 101) return Type.error;
  if (b === 100) return Type.date;
  return Type.number;
}
