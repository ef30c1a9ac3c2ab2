/**
 * Exit codes, in one place (SPEC §5; docs/cli.md "Exit codes"): 0 success; 1 the data has
 * errors, or a --fail-on condition holds; 2 usage or I/O (bad flag, unreadable file, cannot
 * write); 70 a bug in reform-report (never a user's mistake).
 */
export const exitCodes = { ok: 0, dataErrors: 1, usage: 2, internal: 70 } as const;

export class UsageError extends Error {
  readonly exitCode = exitCodes.usage;
}

/** Inputs that were read but do not fit together (snapshots of different dates): exit 1, one line. */
export class DataError extends Error {
  readonly exitCode = exitCodes.dataErrors;
}
