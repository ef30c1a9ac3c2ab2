/**
 * The dashboard's stylesheet: large figures and high contrast for a projector (dark text on
 * white, status colours that stay apart for colour-blind readers by their words too), system
 * fonts with full Vietnamese coverage (nothing is fetched), and an A4 print stylesheet that
 * drops the controls and keeps table rows whole.
 */
export const stylesheet = `
:root{--ink:#111;--muted:#444;--line:#bbb;--good:#1b5e20;--warn:#8a5a00;--bad:#b71c1c;--plain:#1a3f8f;--band:#eef1f6}
*{box-sizing:border-box}
html{font-family:"Segoe UI","Noto Sans","DejaVu Sans",Arial,sans-serif;color:var(--ink);background:#fff;font-size:18px;line-height:1.4}
body{margin:0 auto;max-width:1280px;padding:24px 32px}
header{border-bottom:3px solid var(--ink);margin-bottom:20px;padding-bottom:12px}
header .org{font-weight:700;text-transform:uppercase;letter-spacing:.02em;margin:0}
h1{font-size:2rem;margin:.2em 0}
h2{font-size:1.5rem;margin:1.4em 0 .5em;border-left:8px solid var(--plain);padding-left:12px}
.asof{color:var(--muted);margin:0}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:16px;margin:0;padding:0;list-style:none}
.figure{border:2px solid var(--ink);border-radius:8px;padding:14px 16px;background:var(--band)}
.figure .value{display:block;font-size:clamp(1.8rem,3vw,2.6rem);font-weight:800;line-height:1.1;white-space:nowrap}
.figure .label{display:block;font-size:1rem;color:var(--ink)}
.figure .detail{display:block;font-size:.95rem;color:var(--muted)}
.figure.bad .value{color:var(--bad)}.figure.good .value{color:var(--good)}.figure.warn .value{color:var(--warn)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(520px,100%),1fr));gap:24px}
figure{margin:0}figcaption{font-weight:700;font-size:1.1rem;margin-bottom:4px}
svg.chart{width:100%;height:auto;font-family:inherit}
svg .label,svg .value{font-size:17px;fill:var(--ink)}svg .axis{font-size:13px;fill:var(--muted)}
svg .grid{stroke:#d0d0d0;stroke-width:1}svg .target{stroke:var(--ink);stroke-width:3;stroke-dasharray:6 4}svg .target-label{font-size:14px;font-weight:700;fill:var(--ink)}
svg .bar.good{fill:var(--good)}svg .bar.warn{fill:#e0a100}svg .bar.bad{fill:var(--bad)}svg .bar.plain{fill:var(--plain)}
.filters{display:flex;flex-wrap:wrap;gap:16px;align-items:end;background:var(--band);border:1px solid var(--line);padding:12px 16px;border-radius:8px}
.filters label{display:flex;flex-direction:column;font-weight:700;font-size:.95rem;flex:1 1 220px;min-width:0;max-width:380px}
.filters select{font:inherit;font-weight:400;padding:6px 8px;width:100%;border:2px solid var(--ink);border-radius:4px;background:#fff}
.hint{color:var(--muted);font-size:.95rem}
.table-wrap{overflow-x:auto}
table.data{border-collapse:collapse;width:100%;margin:6px 0 4px;font-size:1rem}
table.data th,table.data td{border:1px solid var(--line);padding:6px 10px;vertical-align:top}
table.data th{background:var(--ink);color:#fff;text-align:left;cursor:pointer;user-select:none;white-space:nowrap}
table.data th[aria-sort=ascending]::after{content:" ▲"}table.data th[aria-sort=descending]::after{content:" ▼"}
table.data td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.data tbody tr:nth-child(even){background:#f6f7f9}
table.data tfoot td{font-weight:700;border-top:2px solid var(--ink)}
tr.bad td:first-child{border-left:6px solid var(--bad)}tr.warn td:first-child{border-left:6px solid #e0a100}tr.good td:first-child{border-left:6px solid var(--good)}
.count{color:var(--muted);font-size:.9rem;margin:0}
footer{margin-top:32px;border-top:1px solid var(--line);padding-top:8px;color:var(--muted);font-size:.9rem}
@media print{
  @page{size:A4;margin:15mm 12mm}
  html{font-size:11pt}body{max-width:none;padding:0}
  .filters,.hint,.count{display:none}
  .charts{grid-template-columns:1fr 1fr;gap:8mm}
  .figures{grid-template-columns:repeat(3,1fr);gap:4mm}.figure .value{font-size:20pt}
  h2{break-after:avoid;font-size:14pt}figure,tr{break-inside:avoid}
  thead{display:table-header-group}
  table.data th{background:#ddd;color:#000}
}
`;
