/** The summary JSON (SPEC §4.1): the Summary itself, stably indented, ending in a newline. */
import type { Summary } from '../model/summary.js';

export function renderJson(summary: Summary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
