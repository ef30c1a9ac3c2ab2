/**
 * exceljs's Workbook without the rest of its package entry. `import 'exceljs'` also loads the
 * streaming reader and writer (unzipper, archiver and their dependencies), which reform-report
 * never uses: ~140 ms of every run that reads or writes a workbook, a seventh of a summary of the
 * embedded example (bench/RESULTS-startup.md). exceljs has no `exports` map, so its files are
 * importable; the version is pinned in package.json, and test/read/exceljs-entry.test.ts checks
 * that this class is the package's own.
 */
declare module 'exceljs/lib/doc/workbook.js' {
  import type { Workbook } from 'exceljs';
  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}
