/**
 * The completion chart as a picture in the Word report: the SVG itself, with a PNG for readers
 * that do not draw SVG (Word before 2016, LibreOffice's import). resvg rasterises it with the
 * system's fonts (Liberation Serif stands in for Times New Roman where it is absent); the PNG is
 * drawn at twice the printed width so that it stays sharp on paper.
 */
import { ImageRun, Paragraph, AlignmentType } from 'docx';
import { Resvg } from '@resvg/resvg-js';
import { pageWidthMm, margins } from './layout.js';

/** Word sizes pictures in pixels at 96 per inch. */
const printedWidth = Math.round(((pageWidthMm - margins.left - margins.right) / 25.4) * 96);

export function rasterise(svg: string, width: number): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Serif' } }).render().asPng();
}

export function chartParagraph(svg: string): Paragraph {
  const size = /width="(\d+)" height="(\d+)"/.exec(svg);
  const [w, h] = size ? [Number(size[1]), Number(size[2])] : [760, 400];
  const height = Math.round((printedWidth * h) / w);
  const png = rasterise(svg, printedWidth * 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(svg),
        fallback: { type: 'png', data: png },
        transformation: { width: printedWidth, height },
      }),
    ],
  });
}
