/** The Word report and the HTML dashboard, with what the config says of them (SPEC §4.2a). */
import type { Summary } from '../model/summary.js';
import type { Lang } from '../render/format.js';
import type { Config } from './config.js';

export const briefKinds = ['full', 'short'] as const;
export type BriefKind = (typeof briefKinds)[number];

export async function renderDocument(format: 'docx' | 'html', summary: Summary, lang: Lang, config: Config, brief: BriefKind = 'full'): Promise<string | Uint8Array> {
  if (format === 'docx') {
    const { renderDocx } = await import('../render/docx/index.js');
    return renderDocx(summary, { lang, brief, ...(config.signature ? { signature: config.signature } : {}) });
  }
  const { renderHtml } = await import('../render/html/index.js');
  return renderHtml(summary, { lang, onlineRateTarget: config.onlineRateTarget ?? null });
}
