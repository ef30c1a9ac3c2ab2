/** The Markdown template: the user's (--template) or the shipped one for the language. */
import { fileURLToPath } from 'node:url';
import type { Lang } from '../render/format.js';
import { UsageError } from './errors.js';
import { readSideFile } from './io.js';

export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

export async function loadTemplate(lang: Lang, file?: string): Promise<string> {
  const target = file ?? `${templatesDir}brief.${lang}.md.hbs`;
  try {
    return await readSideFile(target, target, 'template');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${target}: cannot read the template (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}
