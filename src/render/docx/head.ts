/**
 * The parts of a Decree-30 document around its body: the two-column head (governing body over
 * issuing body, with a rule, and `Số: …/BC-…` under them; the national name and the motto, with
 * a rule, and the place-and-date line under them), the document type and its summary line, and
 * at the end `Nơi nhận:` beside the signature block. Both heads are borderless tables, as the
 * ministries' own Word templates lay them out.
 */
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType, convertMillimetersToTwip } from 'docx';
import type { Summary } from '../../model/summary.js';
import { labels } from '../../i18n/index.js';
import { documentHead } from '../document.js';
import type { Lang } from '../../model/lang.js';
import { centred, rule, runs, size, textWidth } from './layout.js';
import type { SignatureBlock } from '../../model/config.js';

const leftWidth = Math.round(textWidth * 0.4);
const rightWidth = textWidth - leftWidth;

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children, margins: { left: 40, right: 40 } });
}

function borderless(rows: TableRow[]): Table {
  return new Table({ rows, width: { size: textWidth, type: WidthType.DXA }, columnWidths: [leftWidth, rightWidth], layout: TableLayoutType.FIXED, borders: TableBorders.NONE });
}

/**
 * The organisation's lines: with two or more, the first are the governing body (upright) and
 * the last is the issuing body (bold); a single line is the issuing body.
 */
function organisation(lines: string[]): Paragraph[] {
  const issuing = lines.at(-1);
  const governing = lines.slice(0, -1);
  return [
    ...governing.map((l) => centred(l.toLocaleUpperCase('vi'), { size: size.head })),
    ...(issuing ? [centred(issuing.toLocaleUpperCase('vi'), { bold: true, size: size.head })] : [centred(' ', { size: size.head })]),
    rule(leftWidth, Math.round(leftWidth * 0.4)),
  ];
}

export function documentTop(summary: Summary, lang: Lang, signature: SignatureBlock, docType: string, compact = false): (Paragraph | Table)[] {
  const L = labels[lang];
  const R = L.report;
  const head = documentHead(summary, lang);
  const top = borderless([
    new TableRow({
      children: [
        cell(leftWidth, organisation(head.organization)),
        cell(rightWidth, [
          centred(head.nation, { bold: true, size: size.table }),
          centred(head.motto, { bold: true, size: size.head }),
          // As long as the motto: 13 pt bold capitals and lower case average ~2.2 mm a character.
          rule(rightWidth, convertMillimetersToTwip(head.motto.length * 2.25)),
        ]),
      ],
    }),
    new TableRow({
      children: [
        cell(leftWidth, [centred(R.number(signature.symbol ?? R.defaultSymbol), { size: size.head, before: 80 })]),
        cell(rightWidth, [centred(head.dateLine, { italics: true, size: size.body, before: 80 })]),
      ],
    }),
  ]);
  const gap = compact ? 120 : 360;
  return [
    top,
    centred(docType, { bold: true, size: size.body, before: gap, keepNext: true }),
    centred(R.summaryLine(summary.title), { bold: true, size: size.body, keepNext: true }),
    rule(textWidth, convertMillimetersToTwip(50)),
    centred(R.asOf(head.asOfLine), { italics: true, size: size.head, before: 60, after: compact ? 60 : 240 }),
  ];
}

/**
 * `Nơi nhận:` and its list on the left; the signer's authority, title, room to sign and name on
 * the right. The chairman's page goes to the chairman alone: no list of recipients, 13 pt.
 */
export function signatureBlock(lang: Lang, signature: SignatureBlock, compact = false): Table {
  const R = labels[lang].report;
  const recipients = signature.recipients ?? R.defaultRecipients;
  const left = compact
    ? [new Paragraph({ children: [] })]
    : [
        new Paragraph({ children: runs(R.recipients, { bold: true, italics: true, size: size.table }), spacing: { before: 120 } }),
        ...recipients.map((r) => new Paragraph({ children: runs(`- ${r}`, { size: size.small }) })),
      ];
  const text = compact ? size.head : size.body;
  const blank = () => new Paragraph({ children: runs('', { size: text }) });
  const right = [
    centred((signature.authority ?? R.defaultAuthority).toLocaleUpperCase('vi'), { bold: true, size: text, before: compact ? 60 : 120 }),
    centred((signature.title ?? R.defaultSignerTitle).toLocaleUpperCase('vi'), { bold: true, size: text }),
    ...Array.from({ length: compact ? 2 : 4 }, blank),
    centred(signature.name ?? '', { bold: true, size: text }),
  ];
  return new Table({
    rows: [new TableRow({ cantSplit: true, children: [cell(leftWidth, left), cell(rightWidth, right)] })],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    alignment: AlignmentType.CENTER,
  });
}
