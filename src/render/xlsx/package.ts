/**
 * Finishing the .xlsx package exceljs wrote (an OPC zip): adding chart parts, which exceljs
 * cannot write (exceljs#141); making Times New Roman the workbook's default font, so cells a
 * clerk types into later are in it too (exceljs always writes Calibri as font 0); and dating
 * every zip entry with the report's date, so the same inputs give the same bytes.
 *
 * A chart needs five edits to be valid: the chart part, a drawing part that anchors it, the
 * drawing's relationship to the chart, the sheet's relationship to the drawing (its id must not
 * collide with the ids exceljs gave), the sheet's `<drawing r:id>` element in schema order, and
 * a content-type override for each new part.
 */
import JSZip from 'jszip';
import { barChartXml, drawingXml, textBoxXml, type BarChartSpec, type Paragraph } from './chart.js';
import { xmlEscape, xmlForbidden } from '../xml.js';
import type { ChartAnchor } from './sheets/summary.js';
import { fontName } from './styles.js';

export interface ChartPart {
  sheet: string;
  spec: BarChartSpec;
  anchor: ChartAnchor;
}

/** A text box over a sheet's cells: text a reader of the data never sees as a table. */
export interface TextBoxPart {
  sheet: string;
  paragraphs: Paragraph[];
  anchor: ChartAnchor;
}

const relTypes = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  customProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',
};
const contentTypes = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  customProperties: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
};

export async function finishPackage(bytes: Uint8Array, opts: { date: Date; charts?: ChartPart[]; textBoxes?: TextBoxPart[]; customProperties?: Record<string, string> }): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let n = 0;
  for (const chart of opts.charts ?? []) {
    n += 1;
    const chartPart = `xl/charts/chart${n}.xml`;
    if (zip.file(chartPart)) throw new Error(`the workbook already has ${chartPart}`);
    zip.file(chartPart, barChartXml(chart.spec));
    await addDrawing(zip, chart.sheet, n, (rels) => {
      const rel = addRelationship(rels, relTypes.chart, `../charts/chart${n}.xml`);
      return { rels: rel.xml, xml: drawingXml(chart.anchor, rel.id), parts: [[`/${chartPart}`, contentTypes.chart]] };
    });
  }
  for (const box of opts.textBoxes ?? []) {
    n += 1;
    await addDrawing(zip, box.sheet, n, (rels) => ({ rels, xml: textBoxXml(box.anchor, box.paragraphs), parts: [] }));
  }
  if (opts.customProperties) await addCustomProperties(zip, opts.customProperties);
  await setDefaultFont(zip);
  await dropXmlForbidden(zip);
  for (const file of Object.values(zip.files)) file.date = opts.date;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/**
 * exceljs escapes markup but writes control characters as they are, which makes the part
 * ill-formed (Excel refuses the file; U+FFFE made LibreOffice blank every later shared string).
 * Read data is clean already (read/control-chars.ts); this holds for text from anywhere else.
 */
async function dropXmlForbidden(zip: JSZip): Promise<void> {
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(file.name)) continue;
    const xml = await file.async('string');
    xmlForbidden.lastIndex = 0;
    if (xmlForbidden.test(xml)) zip.file(file.name, xml.replace(xmlForbidden, ''));
  }
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`the workbook has no ${name}`);
  return file.async('string');
}

/** Attributes of every `<tag …>` element in an XML text. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)) attrs[a[1]!] = unescapeXml(a[2]!);
    out.push(attrs);
  }
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

/** `xl/worksheets/sheet1.xml` of the sheet with this name. */
async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const sheet = elements(await text(zip, 'xl/workbook.xml'), 'sheet').find((s) => s.name === name);
  if (!sheet) throw new Error(`the workbook has no sheet "${name}"`);
  const rel = elements(await text(zip, 'xl/_rels/workbook.xml.rels'), 'Relationship').find((r) => r.Id === sheet['r:id']);
  if (!rel?.Target) throw new Error(`the sheet "${name}" has no part`);
  return rel.Target.startsWith('/') ? rel.Target.slice(1) : `xl/${rel.Target}`;
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

const emptyRels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Adds a relationship and returns its id, the next free `rIdN` of that part. */
function addRelationship(rels: string, type: string, target: string): { xml: string; id: string } {
  const taken = new Set(elements(rels, 'Relationship').map((r) => r.Id));
  let n = 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  return { id, xml: rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/></Relationships>`) };
}

/** Elements that CT_Worksheet puts after `<drawing>`: the new element goes before the first present. */
const afterDrawing = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function insertDrawingElement(sheetXml: string, relId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error('the sheet already has a drawing');
  const element = `<drawing r:id="${relId}"/>`;
  const positions = afterDrawing.map((tag) => sheetXml.search(new RegExp(`<${tag}\\b`))).filter((p) => p >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : sheetXml.lastIndexOf('</worksheet>');
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/**
 * Adds drawing part n to a sheet. `content` gets the drawing's (empty) relationships and gives
 * them back with its own, the drawing XML, and the content types of the parts it refers to.
 */
async function addDrawing(
  zip: JSZip,
  sheetName: string,
  n: number,
  content: (rels: string) => { rels: string; xml: string; parts: (readonly [string, string])[] },
): Promise<void> {
  const sheet = await sheetPath(zip, sheetName);
  const drawing = `xl/drawings/drawing${n}.xml`;
  if (zip.file(drawing)) throw new Error(`the workbook already has ${drawing}`);
  const made = content(emptyRels);
  zip.file(drawing, made.xml);
  if (made.rels !== emptyRels) zip.file(relsPath(drawing), made.rels);

  const sheetRelsPath = relsPath(sheet);
  const sheetRels = addRelationship(zip.file(sheetRelsPath) ? await text(zip, sheetRelsPath) : emptyRels, relTypes.drawing, `../drawings/drawing${n}.xml`);
  zip.file(sheetRelsPath, sheetRels.xml);
  zip.file(sheet, insertDrawingElement(await text(zip, sheet), sheetRels.id));

  let types = await text(zip, '[Content_Types].xml');
  for (const [part, type] of [[`/${drawing}`, contentTypes.drawing] as const, ...made.parts]) {
    if (!types.includes(`PartName="${part}"`)) types = types.replace('</Types>', `<Override PartName="${part}" ContentType="${type}"/></Types>`);
  }
  zip.file('[Content_Types].xml', types);
}

/**
 * Custom document properties (File > Properties > Custom in Excel): exceljs writes none. The
 * part, its package relationship and its content type; each property a text (`vt:lpwstr`), with
 * the format id every custom property carries and pids from 2 (0 and 1 are reserved).
 */
async function addCustomProperties(zip: JSZip, properties: Record<string, string>): Promise<void> {
  const part = 'docProps/custom.xml';
  if (zip.file(part)) throw new Error(`the workbook already has ${part}`);
  const items = Object.entries(properties).map(
    ([name, value], i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${xmlEscape(name)}"><vt:lpwstr>${xmlEscape(value)}</vt:lpwstr></property>`,
  );
  zip.file(part, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${items.join('')}</Properties>`);
  zip.file('_rels/.rels', addRelationship(await text(zip, '_rels/.rels'), relTypes.customProperties, part).xml);
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${part}" ContentType="${contentTypes.customProperties}"/></Types>`));
}

/** Font 0 is the Normal style's font: what empty cells, new cells and the column width unit use. */
async function setDefaultFont(zip: JSZip): Promise<void> {
  const styles = await text(zip, 'xl/styles.xml');
  const font = `<font><sz val="12"/><color theme="1"/><name val="${fontName}"/><family val="1"/></font>`;
  zip.file('xl/styles.xml', styles.replace(/(<fonts\b[^>]*>)<font>[\s\S]*?<\/font>/, `$1${font}`));
}
