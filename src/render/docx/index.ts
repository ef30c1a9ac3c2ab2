/**
 * The Word report (SPEC §4.2a): the report as an administrative document in the Decree 30/2020
 * layout, or the chairman's one-page version. Built with `docx`, then every zip entry and the
 * document's created/modified dates set to the report's date, so that the same summary gives
 * the same bytes (docx stamps the clock into both).
 */
import { Document, Header, Packer, Paragraph, AlignmentType, PageNumber, TextRun } from 'docx';
import JSZip from 'jszip';
import type { Summary } from '../../model/summary.js';
import { labels } from '../../i18n/index.js';
import { renderCompletionSvg } from '../svg.js';
import type { Lang } from '../../model/lang.js';
import { font, pageProperties, size } from './layout.js';
import { documentTop, signatureBlock } from './head.js';
import { fullBody } from './full.js';
import { shortBody } from './short.js';
import type { SignatureBlock } from '../../model/config.js';


export interface DocxOptions {
  lang: Lang;
  /** `short`: the chairman's one-page version. */
  brief?: 'full' | 'short';
  signature?: SignatureBlock;
}

export async function renderDocx(summary: Summary, opts: DocxOptions): Promise<Uint8Array> {
  const lang = opts.lang;
  const R = labels[lang].report;
  const signature = opts.signature ?? {};
  const short = opts.brief === 'short';
  const body = short ? shortBody(summary, lang) : fullBody(summary, lang, renderCompletionSvg(summary, lang));
  const doc = new Document({
    creator: 'reform-report',
    title: summary.title,
    styles: { default: { document: { run: { font, size: size.body }, paragraph: { spacing: { after: 0 } } } } },
    sections: [
      {
        properties: { ...pageProperties(), titlePage: true },
        // Decree 30: page numbers centred in the top margin, from the second page on.
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font, size: size.body })] })] }),
          first: new Header({ children: [] }),
        },
        children: [...documentTop(summary, lang, signature, short ? R.brief.docType : R.docType, short), ...body, signatureBlock(lang, signature, short)],
      },
    ],
  });
  return fixDates(await Packer.toBuffer(doc), `${summary.asOf}T00:00:00Z`);
}

async function fixDates(bytes: Uint8Array, stamp: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp.replace('.000', '')}$2`);
    zip.file('docProps/core.xml', xml);
  }
  const date = new Date(stamp);
  for (const file of Object.values(zip.files)) file.date = date;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
