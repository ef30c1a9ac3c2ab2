/** Failures the CLI maps to exit codes in one place (SPEC §5): 1 data errors, 2 usage or I/O. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

export const exitCodes = { ok: 0, dataErrors: 1, usage: 2 } as const;
