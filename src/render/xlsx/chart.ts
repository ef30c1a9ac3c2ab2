/**
 * A native Excel bar chart as DrawingML (ECMA-376 Part 1, §21.2): the chart part and the
 * drawing that anchors it to cells. exceljs has no chart API (exceljs#141), so package.ts adds
 * these parts to the file exceljs wrote. The series refers to the sheet's cells (so Excel redraws
 * it after an edit) and caches their values (so a viewer that does not calculate still draws it).
 */
import type { ChartAnchor } from './sheets/summary.js';
import { fontName } from './styles.js';
import { xmlEscape } from '../xml.js';

export interface BarChartSpec {
  title: string;
  /** `'Theo đơn vị'!$G$4`: the series name's cell. */
  nameRef: string;
  name: string;
  /** `'Theo đơn vị'!$B$5:$B$11` and `'Theo đơn vị'!$G$5:$G$11`. */
  categoriesRef: string;
  valuesRef: string;
  categories: string[];
  /** null where the rate is N/A: no point is cached there. */
  values: (number | null)[];
  /** Language tag of the chart's text (`vi-VN`). */
  lang: string;
}

const ns = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
};

const barColour = '2F5597';
const catAxisId = 50010001;
const valAxisId = 50010002;

/** Text properties: Times New Roman at a size in points. */
function textProps(size: number, bold = false): string {
  const rPr = `sz="${size * 100}" b="${bold ? 1 : 0}"`;
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${rPr}><a:latin typeface="${fontName}"/><a:cs typeface="${fontName}"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
}

export function barChartXml(spec: BarChartSpec): string {
  const n = spec.categories.length;
  const catPoints = spec.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(c)}</c:v></c:pt>`).join('');
  const valPoints = spec.values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"><a:latin typeface="${fontName}"/></a:defRPr></a:pPr>` +
    `<a:r><a:rPr lang="${spec.lang}" sz="1200" b="1"><a:latin typeface="${fontName}"/><a:cs typeface="${fontName}"/></a:rPr><a:t>${xmlEscape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  const labels =
    `<c:dLbls><c:numFmt formatCode="0.0%" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(10)}` +
    `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>${xmlEscape(spec.nameRef)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xmlEscape(spec.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${barColour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${labels}` +
    `<c:cat><c:strRef><c:f>${xmlEscape(spec.categoriesRef)}</c:f><c:strCache><c:ptCount val="${n}"/>${catPoints}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlEscape(spec.valuesRef)}</c:f><c:numCache><c:formatCode>0.0%</c:formatCode><c:ptCount val="${n}"/>${valPoints}</c:numCache></c:numRef></c:val>` +
    `</c:ser>`;
  // Horizontal bars read best with long Vietnamese unit names. The category axis runs top to
  // bottom (maxMin) so the league table's first unit is on top; the value axis then crosses it
  // at its maximum, which keeps the percent scale at the bottom.
  const catAx =
    `<c:catAx><c:axId val="${catAxisId}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${textProps(10)}<c:crossAx val="${valAxisId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${valAxisId}"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${textProps(10)}<c:crossAx val="${catAxisId}"/><c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="0.2"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${ns.c}" xmlns:a="${ns.a}" xmlns:r="${ns.r}">` +
    `<c:date1904 val="0"/><c:lang val="${spec.lang}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/>` +
    `<c:axId val="${catAxisId}"/><c:axId val="${valAxisId}"/></c:barChart>${catAx}${valAx}</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `${textProps(10)}</c:chartSpace>`
  );
}

/** The drawing part: one chart frame anchored between two cells, moving with them. */
export function drawingXml(anchor: ChartAnchor, chartRelId: string): string {
  const marker = (tag: string, p: { col: number; row: number }) => `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${ns.xdr}" xmlns:a="${ns.a}">` +
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', anchor.from)}${marker('to', anchor.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${ns.c}"><c:chart xmlns:c="${ns.c}" xmlns:r="${ns.r}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

export interface Paragraph {
  text: string;
  bold?: boolean;
  /** Points; 12 when absent. */
  size?: number;
}

/** A drawing holding one text box (Times New Roman), anchored between two cells. */
export function textBoxXml(anchor: ChartAnchor, paragraphs: Paragraph[]): string {
  const marker = (tag: string, p: { col: number; row: number }) => `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const body = paragraphs
    .map((p) => {
      const rPr = `<a:rPr lang="vi-VN" sz="${(p.size ?? 12) * 100}" b="${p.bold ? 1 : 0}"><a:latin typeface="${fontName}"/><a:cs typeface="${fontName}"/></a:rPr>`;
      return p.text === '' ? `<a:p><a:endParaRPr lang="vi-VN" sz="${(p.size ?? 12) * 100}"/></a:p>` : `<a:p><a:pPr><a:spcAft><a:spcPts val="600"/></a:spcAft></a:pPr><a:r>${rPr}<a:t>${xmlEscape(p.text)}</a:t></a:r></a:p>`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${ns.xdr}" xmlns:a="${ns.a}">` +
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', anchor.from)}${marker('to', anchor.to)}` +
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>` +
    `<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></xdr:spPr>` +
    `<xdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" lIns="144000" tIns="108000" rIns="144000" bIns="108000" rtlCol="0" anchor="t"/><a:lstStyle/>${body}</xdr:txBody>` +
    `</xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}
