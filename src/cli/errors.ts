/**
 * Exit codes, in one place (SPEC §5; docs/cli.md "Exit codes"): 0 success; 1 the data has
 * errors, or a --fail-on condition holds; 2 usage or I/O (bad flag, unreadable file, cannot
 * write); 70 a bug in reform-report (never a user's mistake).
 */
import { catalogue, type Code, type MessageEntry, type ParamsOf } from '../i18n/messages.js';
import { words } from '../i18n/words.js';
import { defaultLang, type Lang } from '../model/lang.js';

export const exitCodes = { ok: 0, dataErrors: 1, usage: 2, internal: 70 } as const;

export class UsageError extends Error {
  readonly exitCode = exitCodes.usage;
  constructor(
    message: string,
    /** The catalogue's code and parameters, when the message has one: then it is written in the report language. */
    readonly said?: { code: Code; params: object },
  ) {
    super(message);
  }
}

/** A usage error from the catalogue (i18n/messages.ts); its `message` is the English text, for logs and tests. */
export function usageError<C extends Code>(code: C, params: ParamsOf<C>): UsageError {
  const said = { code, params: params as object };
  return new UsageError(sayUsage(said, 'en'), said);
}

/** The line a usage error prints, in `lang`: what, then what to do. */
export function sayUsage(said: { code: Code; params: object }, lang: Lang): string {
  const entry = catalogue[said.code] as MessageEntry<object>;
  const fix = entry.fix?.[lang](said.params, words[lang]);
  return `${entry[lang](said.params, words[lang])}${fix ? ` — ${fix}` : ''}`;
}

/** A line for stderr from the catalogue, outside any exception: `reform-report: message — fix`. */
export function say<C extends Code>(code: C, params: ParamsOf<C>, lang: Lang): string {
  return `reform-report: ${sayUsage({ code, params: params as object }, lang)}`;
}

/**
 * The report language of a run, from argv alone (a usage error may come before any config is
 * read): `--lang en` or `--lang=en`, else Vietnamese (SPEC §5).
 */
export function argvLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return defaultLang;
  const value = argv[i]!.includes('=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
  return value === 'en' ? 'en' : defaultLang;
}

/**
 * A commander error (unknown option, bad choice…) as a catalogue message: commander writes
 * English, so its own output is silenced (main.ts) and the error is said again from its code and
 * the names it quotes.
 */
export function commanderUsage(code: string, message: string): UsageError {
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const choices = /Allowed choices are (.*)\.$/.exec(message)?.[1]?.split(/,\s*/);
  const name = (quoted[0] ?? '').replace(/^-[a-zA-Z], /, '').replace(/ <[^>]*>$/, '');
  const kinds: Record<string, ParamsOf<'usage-flag'>['kind']> = {
    'commander.unknownOption': 'unknown-option',
    'commander.unknownCommand': 'unknown-command',
    'commander.invalidArgument': 'invalid-choice',
    'commander.missingArgument': 'missing-argument',
    'commander.optionMissingArgument': 'option-value',
    'commander.missingMandatoryOptionValue': 'option-value',
    'commander.excessArguments': 'excess-arguments',
  };
  const kind = kinds[code] ?? 'other';
  const params: ParamsOf<'usage-flag'> = { kind, name: kind === 'other' || kind === 'excess-arguments' ? '' : name };
  if (kind === 'invalid-choice' && quoted[1] !== undefined) params.value = quoted[1];
  if (kind === 'invalid-choice' && choices) params.choices = choices;
  return usageError('usage-flag', params);
}

/** Inputs that were read but do not fit together (snapshots of different dates): exit 1, one line from the catalogue. */
export class DataError extends Error {
  readonly exitCode = exitCodes.dataErrors;
  readonly said: { code: Code; params: object };
  constructor(code: Code, params: object) {
    const said = { code, params };
    super(sayUsage(said, 'en'));
    this.said = said;
  }
}

/** A catalogue's error for inputs that do not fit together (exit 1); its `message` is the English text. */
export function dataError<C extends Code>(code: C, params: ParamsOf<C>): DataError {
  return new DataError(code, params as object);
}
