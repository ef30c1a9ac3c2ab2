/**
 * Golden files under test/golden/: the output as it must be, byte for byte. After a deliberate
 * change, `npm run golden:update` rewrites them all; read the diff before committing it.
 */
import { expect } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { repoRoot } from './cli.js';

export function golden(name: string, actual: string): void {
  const file = path.join(repoRoot, 'test/golden', name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual, `test/golden/${name} (npm run golden:update after a deliberate change)`).toBe(readFileSync(file, 'utf8'));
}

/**
 * A workbook's cell contents as a reader sees them, not its zip bytes: per sheet, each cell's
 * address, value (or formula and cached result), number format and fill.
 */
export async function workbookDigest(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    out.push(`## ${ws.name}`);
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const fill = cell.fill && cell.fill.type === 'pattern' ? (cell.fill.fgColor?.argb ?? cell.fill.fgColor?.theme) : undefined;
        const parts = [`${cell.address}=${JSON.stringify(cell.value)}`];
        if (cell.numFmt) parts.push(`fmt ${cell.numFmt}`);
        if (fill !== undefined) parts.push(`fill ${fill}`);
        out.push(parts.join(' | '));
      }),
    );
  });
  return `${out.join('\n')}\n`;
}
