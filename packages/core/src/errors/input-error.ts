// Errors a user can act on. An InputError names the input, the value it got and what was
// expected; a CibError carries an optional hint saying what to do next.

/** A failure the user can fix; `hint` says how. */
export class CibError extends Error {
  readonly hint?: string;
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(options.hint ? `${message}. ${options.hint}` : message, { cause: options.cause });
    this.name = 'CibError';
    this.hint = options.hint;
  }
}

/** A bad action input: names the input, shows the value (shortened) and what was expected. */
export class InputError extends CibError {
  readonly input: string;
  constructor(input: string, value: string | undefined, expected: string, hint?: string) {
    const shown = value === undefined || value === '' ? 'is empty' : `is ${quoteForMessage(value)}`;
    super(`Input "${input}" ${shown}: expected ${expected}`, { hint });
    this.name = 'InputError';
    this.input = input;
  }
}

/** Quotes a user value for an error message, cut so that a 1 MB input does not flood the log. */
export function quoteForMessage(value: string, max = 120): string {
  // JSON.stringify shows control characters as escapes (\n, \u0000), so a newline in a value
  // cannot forge a second log line.
  const cut = value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
  return JSON.stringify(cut);
}

/** The message of anything thrown, for logs. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
