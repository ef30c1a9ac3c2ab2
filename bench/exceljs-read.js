#!/usr/bin/env node
// The reference for the xlsx benchmark: exceljs's streaming WorkbookReader with its default
// options (shared strings cached, styles not read — as reform-report's streaming reader uses it),
// reading every row and touching every value, and nothing else.
//   node bench/exceljs-read.js FILE
import ExcelJS from 'exceljs';

const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore' });
let rows = 0;
let cells = 0;
for await (const sheet of reader) {
  for await (const row of sheet) {
    rows++;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value !== null) cells++;
    });
  }
}
console.log(JSON.stringify({ rows, cells }));
