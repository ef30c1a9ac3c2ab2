/**
 * Report wording per language: sheet names, column labels, status names. Templates hold the
 * sentences; this holds the short labels shared by every renderer.
 */
import type { Lang } from '../model/lang.js';
import { vi } from './vi.js';
import { en } from './en.js';

export type Labels = typeof vi;
export const labels: Record<Lang, Labels> = { vi, en };
