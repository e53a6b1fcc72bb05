// How a failed step is reported, under the runner and the CLI alike. A CibError is the user's to
// fix: its message, on one line. Anything else is a bug in cib and says so, with the action and
// version to report; its stack goes to the debug log only, never into the error annotation.
import { CibError } from '../errors/cib-error';
import type { Logger } from './runtime';
import { CIB_VERSION } from './cib-version';

/** Whitespace runs holding a line break, which would split an annotation. */
const LINE_BREAKS = /\s*[\r\n]+\s*/g;

/** The one line that tells what went wrong. */
export function failureMessage(error: unknown, action: string, version = CIB_VERSION): string {
  if (error instanceof CibError) return error.message.replace(LINE_BREAKS, ' ').trim();
  const text =
    error instanceof Error
      ? // An AggregateError (a connection refused on every address) may have no message of its own.
        error.message || (error as { code?: string }).code || error.name
      : String(error);
  // Only the first line: some errors carry their stack or a response body in the message.
  const first = text.split(/\r?\n/, 1)[0].trim();
  return `internal error in cib ${action} ${version}: ${first || 'no message'}`;
}

/**
 * Logs the failure: the one line as an error; for a bug, the stack (or the whole value) as debug.
 * A CibError's line is the whole story: a stack would repeat its message, and every value in it.
 */
export function reportFailure(log: Pick<Logger, 'error' | 'debug'>, error: unknown, action: string): void {
  log.error(failureMessage(error, action));
  if (error instanceof CibError) return;
  if (error instanceof Error && error.stack) log.debug(error.stack);
  else if (!(error instanceof Error)) log.debug(`thrown: ${String(error)}`);
}
