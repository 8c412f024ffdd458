/** A mistake in what the user typed: shown as a French message on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit codes of the `clsm` command. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
