/**
 * The page and text of an administrative document as Decree 30/2020/NĐ-CP, Appendix I sets
 * them: A4 portrait, margins top 20, bottom 20, left 30, right 15 mm (the lower bounds of the
 * ranges 20–25 / 20–25 / 30–35 / 15–20, which leave the most room for tables), Times New Roman,
 * body text 14 pt justified with a first-line indent, line spacing between single and 1.5.
 * Tables use 12 pt, as offices' tables do, so that nine-column dossier tables fit the width.
 */
import { AlignmentType, BorderStyle, LeaderType, Paragraph, Tab, TabStopType, TextRun, convertMillimetersToTwip, type IParagraphOptions } from 'docx';

export const font = 'Times New Roman';
/** Half-points, as Word counts them. */
export const size = { body: 28, head: 26, table: 24, small: 22 } as const;
export const margins = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const pageWidthMm = 210;
export const pageHeightMm = 297;
/** The width of the text between the margins, in millimetres and in twips. */
export const textWidthMm = pageWidthMm - margins.left - margins.right;
export const textWidth = convertMillimetersToTwip(textWidthMm);

export function pageProperties() {
  return {
    page: {
      size: { width: convertMillimetersToTwip(pageWidthMm), height: convertMillimetersToTwip(pageHeightMm) },
      margin: {
        top: convertMillimetersToTwip(margins.top),
        bottom: convertMillimetersToTwip(margins.bottom),
        left: convertMillimetersToTwip(margins.left),
        right: convertMillimetersToTwip(margins.right),
        header: convertMillimetersToTwip(10),
        footer: convertMillimetersToTwip(10),
      },
    },
  };
}

/**
 * Runs of a text in which `**…**` marks bold (the wording in i18n decides which figures stand
 * out) and a newline breaks the line (a signer's title on two lines).
 */
export function runs(text: string, opts: { size?: number; bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return text.split('\n').flatMap((line, n) =>
    line.split('**').map((part, i) => new TextRun({ text: part, break: n > 0 && i === 0 ? 1 : 0, bold: opts.bold === true || i % 2 === 1, italics: opts.italics === true, size: opts.size ?? size.body, font })),
  );
}

/** A body paragraph: justified, first line indented 1 cm, 6 pt after, 1.15 lines; `compact`: single-spaced, 1 pt after. */
export function bodyParagraph(text: string, opts: { size?: number; compact?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: runs(text, { size: opts.size ?? size.body }),
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: convertMillimetersToTwip(10) },
    spacing: opts.compact ? { after: 20, line: 240 } : { after: 120, line: 276 },
    keepNext: opts.keepNext === true,
  });
}

/** A paragraph to be filled in by hand: the text, then dots to the right margin, and a second dotted line. */
export function fillInParagraph(text: string): Paragraph {
  return new Paragraph({
    children: [...runs(text), new TextRun({ children: [new Tab()], font, size: size.body }), new TextRun({ children: [new Tab()], break: 1, font, size: size.body })],
    indent: { firstLine: convertMillimetersToTwip(10) },
    tabStops: [{ type: TabStopType.RIGHT, position: textWidth, leader: LeaderType.DOT }],
    spacing: { after: 120, line: 360 },
  });
}

/** `I. KẾT QUẢ CHUNG`: bold capitals, kept with what follows. */
export function sectionHeading(numeral: string, text: string, opts: { size?: number; compact?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: runs(`${numeral}. ${text}`, { bold: true, size: opts.size ?? size.body }),
    indent: { firstLine: convertMillimetersToTwip(10) },
    spacing: opts.compact ? { before: 60, after: 40 } : { before: 120, after: 120 },
    keepNext: true,
  });
}

/** A centred line: the document type, captions, the signature block. */
export function centred(text: string, opts: { bold?: boolean; italics?: boolean; size?: number; after?: number; before?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: runs(text, opts),
    alignment: AlignmentType.CENTER,
    spacing: { after: opts.after ?? 0, before: opts.before ?? 0 },
    keepNext: opts.keepNext === true,
  });
}

/**
 * A short horizontal rule under a centred line (under the issuing body, the motto and the
 * summary line): an empty paragraph whose top border is as long as the indents leave it.
 */
export function rule(columnWidth: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - length) / 2));
  const options: IParagraphOptions = {
    children: [new TextRun({ text: '', size: 4, font })],
    indent: { left: side, right: side },
    spacing: { before: 50, after: 0, line: 120, lineRule: 'exact' as const },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  };
  return new Paragraph(options);
}

/** Roman numerals for section headings; a report has at most a dozen sections. */
export function roman(n: number): string {
  return ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][n - 1] ?? String(n);
}
