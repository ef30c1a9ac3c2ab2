/** The Markdown template: the user's (--template) or the shipped one for the language. */
import { fileURLToPath } from 'node:url';
import type { Lang } from '../model/lang.js';
import { UsageError, usageError } from './errors.js';
import { readSideFile } from './io.js';

export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

export async function loadTemplate(lang: Lang, file?: string): Promise<string> {
  const target = file ?? `${templatesDir}brief.${lang}.md.hbs`;
  let text: string;
  try {
    text = await readSideFile(target, target, 'template');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw usageError('template-unreadable', { file: target, cause: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
  }
  if (file) await checkTemplate(file, text);
  return text;
}

/**
 * A user's template is parsed before anything runs: Handlebars compiles lazily, and its syntax
 * error surfaced while writing, as "cannot write … check that the folder exists" over four lines.
 * One line, with the template's line, and none of its text.
 */
async function checkTemplate(file: string, text: string): Promise<void> {
  const { default: Handlebars } = await import('handlebars');
  try {
    Handlebars.parse(text);
  } catch (err) {
    const e = err as Error & { lineNumber?: number };
    const line = e.lineNumber ?? Number(/line (\d+)/.exec(e.message)?.[1] ?? NaN);
    const expecting = /Expecting (.*)$/m.exec(e.message)?.[1];
    const detail = expecting ? `expecting ${expecting.split(', got')[0]}` : e.message.split('\n')[0]!.replace(/ - \d+:\d+$/, '');
    throw usageError('template-syntax', { file, ...(Number.isFinite(line) ? { line } : {}), detail });
  }
}
