/**
 * The registry of data kinds: how each is recognised (vocabulary/headers), which fields carry a
 * row's content (for section/footer detection) and which interpreter turns rows into records.
 * Adding a kind means a field list, an interpreter and an entry here.
 */
import type { DataKind, Records } from '../model/records.js';
import type { TableContext } from './context.js';
import { interpretTasks, taskContentFields, taskResultFields } from './tasks.js';
import { indicatorContentFields, indicatorResultFields, interpretIndicators } from './indicators.js';
import { dossierContentFields, interpretDossiers, isDossierGroup } from './dossiers.js';
import { feedbackContentFields, interpretFeedback } from './feedback.js';

export interface KindSpec {
  contentFields: readonly string[];
  labelField: string;
  /** See RowContext.resultFields. */
  resultFields?: readonly string[];
  /** Labels of group rows that are sections even with content (see RowContext.isGroup). */
  isGroup?: (label: string) => boolean;
  /** Interprets the table's rows, pushes records into `into`, returns how many rows became records. */
  interpret(ctx: TableContext, into: Records): number;
}

export const kindSpecs: Record<DataKind, KindSpec> = {
  tasks: {
    contentFields: taskContentFields,
    resultFields: taskResultFields,
    labelField: 'title',
    interpret(ctx, into) {
      const tasks = interpretTasks(ctx);
      into.tasks.push(...tasks);
      return tasks.length;
    },
  },
  indicators: {
    contentFields: indicatorContentFields,
    resultFields: indicatorResultFields,
    labelField: 'title',
    interpret(ctx, into) {
      const items = interpretIndicators(ctx);
      into.indicators.push(...items);
      return items.length;
    },
  },
  dossiers: {
    contentFields: dossierContentFields,
    labelField: 'unit',
    isGroup: isDossierGroup,
    interpret(ctx, into) {
      const stats = interpretDossiers(ctx);
      into.dossiers.push(...stats);
      return stats.length;
    },
  },
  feedback: {
    contentFields: feedbackContentFields,
    labelField: 'sector',
    interpret(ctx, into) {
      const items = interpretFeedback(ctx);
      into.feedback.push(...items);
      return items.length;
    },
  },
};
