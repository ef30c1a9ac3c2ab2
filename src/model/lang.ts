/** The report language (SPEC §1): Vietnamese by default, English with `--lang en`. */
export type Lang = 'vi' | 'en';

export const defaultLang: Lang = 'vi';
