// The error a user can act on: one line that says what went wrong and, in `hint`, what to do.
// Anything else thrown is a bug (runner/run-main.ts reports it as an internal error).

/** A failure the user can fix; `hint` says how. */
export class CibError extends Error {
  readonly hint?: string;
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(options.hint ? `${message}. ${options.hint}` : message, { cause: options.cause });
    this.name = 'CibError';
    this.hint = options.hint;
  }
}

/** Quotes a user value for an error message, cut so that a 1 MB input does not flood the log. */
export function quoteForMessage(value: string, max = 120): string {
  // JSON.stringify shows control characters as escapes (\n, \u0000), so a newline in a value
  // cannot forge a second log line.
  return JSON.stringify(cutForMessage(value, max));
}

/** `value` cut to its first `max` characters, saying how long it was (unquoted: for paths). */
export function cutForMessage(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
}

/** The message of anything thrown, for logs. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
