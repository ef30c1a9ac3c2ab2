/**
 * The text of a .docx in reading order, one line per paragraph; a table row is one line with
 * its cells joined by ` | `. Enough to golden-test what a reader sees, without the XML's ids.
 */
import JSZip from 'jszip';

export async function docxText(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const lines: string[] = [];
  let line = '';
  let depth = 0;
  for (const m of xml.matchAll(/<w:tr\b[^>]*>|<\/w:tr>|<\/w:tc>|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    const tag = m[0];
    if (tag.startsWith('<w:tr')) depth++;
    else if (tag === '</w:tr>') {
      depth--;
      lines.push(line.replace(/ \| $/, '').trimEnd());
      line = '';
    } else if (tag === '</w:tc>') line = `${line.trimEnd()} | `;
    else if (tag === '</w:p>') {
      if (depth > 0) line += ' ';
      else {
        lines.push(line.trimEnd());
        line = '';
      }
    } else if (tag === '<w:tab/>') line += '\t';
    else if (tag === '<w:br/>') line += depth > 0 ? ' ' : '\n';
    else line += unescape(m[1]!);
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
