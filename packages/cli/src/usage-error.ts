// A command line the CLI cannot run (unknown action, unknown flag, missing value): exit code 2, and
// the message says what would have been right.
import { CibError } from '@cib/core/errors/cib-error';

/** The exit code for a bad command line, as distinct from an action that ran and failed (1). */
export const USAGE_EXIT_CODE = 2;

export class UsageError extends CibError {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
