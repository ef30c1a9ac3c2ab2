/**
 * The config (SPEC §5.1) as the stages receive it: read and checked by cli/config.ts, written
 * as a starter by init/, and its parts used by interpret (units), compute (thresholds) and render
 * (signature). Types and defaults only, so every stage can take it from here.
 */
import type { Lang } from './lang.js';
import type { IsoDate, LevelDef, LevelId } from './records.js';

export interface Config {
  title?: string;
  organization?: string;
  /** Place name of the report's date line (`Tây Ninh, ngày …`). */
  place?: string;
  asOf?: string;
  lang?: Lang;
  inputs?: string[];
  out?: string;
  units?: UnitConfig[];
  expectedUnits?: string[];
  thresholds?: Thresholds;
  nearDueDays?: number;
  /** How many units the first page shows at the top and at the bottom of the league (default 10). */
  leagueSize?: number;
  /** Unfinished tasks the brief lists per lead unit (default 5); the workbook lists them all. */
  tasksPerUnit?: number;
  /** Who signs the Word report and who receives it. */
  signature?: SignatureBlock;
  /** The online-dossier rate the province aims at (a fraction), drawn as the target line of the dashboard's chart. */
  onlineRateTarget?: number;
  /** Glob (relative to the config's folder, or a bare file name) → the unit of files that name none (SPEC §4.6). */
  files?: Record<string, string>;
  /** A unit name the config does not list is an error, not a warning. */
  strictUnits?: boolean;
  /** The plan's task list (the appendix of the Kế hoạch), relative to the config's folder: the tasks' denominator (SPEC §2.2). */
  plan?: string;
  /** The level rows in order, with the ones the secretariat adds (SPEC §5.1); absent = the three tiers. */
  levels?: LevelDef[];
  /** Folder of the config file; inputs and out are relative to it. */
  baseDir: string;
  file: string | null;
}

export interface UnitConfig {
  name: string;
  code?: string;
  aliases?: string[];
  /** A tier, or a level the config's `levels` adds (the unit's dossiers are counted in that row). */
  level?: LevelId;
  /** Names the unit had before a merger or renaming (SPEC §5.1); applied in compute, by the report's date. */
  formerNames?: FormerNameConfig[];
}

/** A `formerNames` entry of a unit in the config. */
export interface FormerNameConfig {
  name: string;
  /** The first day under the new name. */
  date: IsoDate;
  aliases?: string[];
  /** The legal basis (a decision's number and date), shown in docs and the JSON. */
  basis?: string;
}

/** Colour thresholds of the config (`thresholds`): a rate at or above `good` is good, at or above `warn` is warn. */
export interface Thresholds {
  good: number;
  warn: number;
}

export const defaultThresholds: Thresholds = { good: 0.9, warn: 0.7 };

/**
 * The config's `signature` (SPEC §5.1): who signs the Word report and who receives it. Every
 * field is optional; the report language's defaults fill the gaps (`TM. BAN CHỈ ĐẠO`,
 * `TRƯỞNG BAN`, a blank name to sign above, the usual recipients).
 */
export interface SignatureBlock {
  /** `TM. BAN CHỈ ĐẠO`, `KT. TRƯỞNG BAN`: the authority line above the title. */
  authority?: string;
  /** `TRƯỞNG BAN`, `PHÓ TRƯỞNG BAN`. */
  title?: string;
  /** The signer's full name, printed under the room for the signature and the seal. */
  name?: string;
  /** `Nơi nhận:` lines, without the leading dash. */
  recipients?: string[];
  /** The document's symbol after the number: `BC-BCĐ` in `Số:   /BC-BCĐ`. */
  symbol?: string;
}

export const signatureKeys = ['authority', 'title', 'name', 'recipients', 'symbol'] as const;
