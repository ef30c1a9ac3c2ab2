#!/usr/bin/env node
/**
 * `node scripts/brief-pdf.mjs BRIEF.md [OUT.pdf] [--png PREFIX]`: the Markdown brief as it prints
 * on A4, to count its pages and look at them. markdown-it (CommonMark + GFM tables, as the
 * brief is written for) makes the HTML, with a print stylesheet of an administrative document
 * (Times New Roman 11 pt, tables 9 pt, margins 15/15/15/20 mm); LibreOffice headless prints it
 * to PDF. The HTML is written beside the brief so that its chart (`![…](….svg)`) is found.
 * Prints the PDF's path and its page count; with --png, pdftoppm writes the first page as
 * PREFIX.png. Needs soffice (libreoffice-writer-nogui) and, for --png, poppler-utils.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { Resvg } from '@resvg/resvg-js';

const args = process.argv.slice(2);
const pngAt = args.indexOf('--png');
const png = pngAt >= 0 ? args.splice(pngAt, 2)[1] : null;
const [brief, pdfArg] = args;
if (!brief || !existsSync(brief)) {
  console.error('usage: node scripts/brief-pdf.mjs BRIEF.md [OUT.pdf] [--png PREFIX]');
  process.exit(2);
}
const pdf = path.resolve(pdfArg ?? brief.replace(/\.md$/, '.pdf'));

/** What a secretariat prints: A4 portrait, body 11 pt, tables 9 pt, headings a little larger. */
const style = `
@page { size: 21cm 29.7cm; margin: 1.5cm 1.5cm 1.5cm 2cm; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt; line-height: 1.1; }
h1 { font-size: 14pt; text-align: center; margin: 6pt 0 2pt; }
h2 { font-size: 13pt; margin: 10pt 0 3pt; }
h3 { font-size: 12pt; margin: 8pt 0 3pt; }
p { margin: 3pt 0; text-align: justify; }
ul, ol { margin: 1pt 0 4pt; }
li { margin: 0; }
table { border-collapse: collapse; font-size: 9pt; margin: 3pt 0 6pt; }
th, td { border: 0.5pt solid #000; padding: 1pt 3pt; vertical-align: top; }
th { font-weight: bold; }
`;

const md = new MarkdownIt({ html: false, linkify: false });
// The run id comment is for machines; markdown-it would print it, as html is off.
const text = readFileSync(brief, 'utf8').replace(/^<!--.*-->\n/gm, '');
// LibreOffice's HTML import honours table attributes more than CSS: rules and full width are
// attributes. The document head (the first table) is two columns without rules, as Decree 30 lays it out.
let first = true;
const body = md.render(text).replace(/<table>/g, () => {
  const head = first;
  first = false;
  return head ? '<table width="100%" border="0" cellspacing="0" cellpadding="0" style="font-size:12pt">' : '<table width="100%" border="1" cellspacing="0" cellpadding="1" style="font-size:9pt">';
});
/**
 * LibreOffice gives a table's columns widths of its own, which squeeze a title into a narrow
 * column beside a wide unit name: each column gets a width by its cells instead, set on every cell.
 */
/** The longest run a line cannot break (a date, a number, a word); a hyphenated name breaks after its hyphens. */
function longestWord(cells) {
  return Math.max(...cells.flatMap((c) => c.split(/[\s-]+/).map((w) => w.length)));
}

function columnWidths(table) {
  const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1].replace(/<[^>]+>/g, '').replace(/&[a-z]+;/g, '&')));
  const n = Math.max(...rows.map((r) => r.length));
  // By the length of its long cells (the 90th percentile, each counted up to 60 characters), so
  // one long title does not starve the numbers; a column mostly blank (the unit, named once per
  // group and joined over its rows) by half its long names instead; no cell's longest word may break.
  const body = rows.slice(1);
  const weight = Array.from({ length: n }, (_, i) => {
    const lengths = body.map((r) => Math.min((r[i] ?? '').length, 60)).sort((a, b) => a - b);
    const blank = lengths.filter((l) => l === 0).length / Math.max(lengths.length, 1);
    const named = lengths.filter((l) => l > 0);
    // A group's name spans its rows, but a group of one task has one row: half its long names, so such a name wraps once, not three times.
    const typical = blank > 0.3 ? (named[Math.floor(0.9 * (named.length - 1))] ?? 0) / 2 : (lengths[Math.floor(0.9 * (lengths.length - 1))] ?? 0);
    return Math.max(longestWord(rows.map((r) => r[i] ?? '')) + 1, typical, 3);
  });
  const total = weight.reduce((a, b) => a + b, 0);
  // LibreOffice reads a column's width from its cells, not from the header's alone; and it widens
  // a column to its longest word, so a file name (`so-thong-tin-truyen-thong.xlsx`) may break after a hyphen.
  return table.replace(/>([^<]*)</g, (_, text) => `>${text.replace(/([\p{L}\d])-(?=[\p{L}\d])/gu, '$1-\u200b')}<`).replace(/<tr>([\s\S]*?)<\/tr>/g, (_, cells) => {
    let col = 0;
    return `<tr>${cells.replace(/<t([hd])(?=[ >])/g, (m, tag) => `<t${tag} width="${Math.round((100 * weight[col++]) / total)}%"`)}</tr>`;
  });
}

/**
 * A text column that names its group once (the unit over its tasks) and is blank below: the
 * blank cells join the named one (rowspan), so the name wraps over the group's rows instead of
 * making its first row tall. A first column of numbers (a rank, blank on the total row) stays.
 */
function groupRows(table) {
  if (/<th[^>]*style="text-align:right"[^>]*>[^<]*<\/th>\s*<th/.test(table.slice(0, table.indexOf('</th>') + 6)) || !/<tbody>/.test(table)) return table;
  const [head, rest] = table.split('<tbody>');
  const rows = rest.split('</tbody>')[0].split('</tr>').filter((r) => r.includes('<tr>'));
  if (!rows.some((r) => /<tr>\s*<td[^>]*><\/td>/.test(r))) return table;
  const spans = rows.map(() => 1);
  let anchor = -1;
  const cut = rows.map((r, i) => {
    if (anchor >= 0 && /<tr>\s*<td[^>]*><\/td>/.test(r)) {
      spans[anchor]++;
      return r.replace(/<td[^>]*><\/td>/, '');
    }
    anchor = i;
    return r;
  });
  const body = cut.map((r, i) => (spans[i] > 1 ? r.replace('<td', `<td rowspan="${spans[i]}"`) : r)).join('</tr>');
  return `${head}<tbody>${body}</tr>\n</tbody>\n</table>`;
}

const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${path.basename(brief)}</title><style>${style}</style></head><body>${body.replace(/<table width="100%" border="1"[\s\S]*?<\/table>/g, (t) => groupRows(columnWidths(t)))}</body></html>`;
const dir = path.dirname(path.resolve(brief));
const page = path.join(dir, `.${path.basename(brief, '.md')}.print.html`);
// LibreOffice's HTML import draws no SVG: the chart goes in as a PNG (resvg, as the Word report does), beside the page.
const pictures = [];
const printable = html.replace(/<img src="([^"]+\.svg)"/g, (whole, src) => {
  const svg = path.join(dir, decodeURIComponent(src));
  if (!existsSync(svg)) return whole;
  const png = `.${path.basename(svg, '.svg')}.print.png`;
  const text = readFileSync(svg, 'utf8');
  const [w, h] = (/width="(\d+)" height="(\d+)"/.exec(text) ?? [0, 760, 400]).slice(1).map(Number);
  writeFileSync(path.join(dir, png), new Resvg(text, { fitTo: { mode: 'width', value: 1520 }, font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Serif' } }).render().asPng());
  pictures.push(path.join(dir, png));
  // LibreOffice sizes a picture by its attributes (pixels at 96 per inch), not by the stylesheet: 9 cm wide.
  return `<img width="340" height="${Math.round((340 * h) / w)}" src="${png}"`;
});
writeFileSync(page, printable);

// A private LibreOffice profile: a desktop LibreOffice that is open does not swallow the conversion.
const profile = mkdtempSync(path.join(tmpdir(), 'rr-brief-lo-'));
const out = mkdtempSync(path.join(tmpdir(), 'rr-brief-pdf-'));
try {
  const lo = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', out, page], { encoding: 'utf8', timeout: 240_000 });
  const made = path.join(out, `${path.basename(page, '.html')}.pdf`);
  if (!existsSync(made)) {
    console.error(`brief-pdf: LibreOffice could not print ${brief}: ${lo.error?.message ?? ''}${lo.stderr || lo.stdout}`);
    process.exit(1);
  }
  renameSync(made, pdf);
} finally {
  for (const f of [page, ...pictures]) rmSync(f, { force: true });
  rmSync(profile, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
const pages = Number(/^Pages:\s+(\d+)/m.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout ?? '')?.[1]);
if (png) {
  const r = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, png], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`brief-pdf: pdftoppm failed: ${r.stderr}`);
    process.exit(1);
  }
}
console.log(`${pdf}\t${Number.isNaN(pages) ? '?' : pages} pages`);
