// A bad action input: the error names the input, the value it got and what was expected.
import { CibError, quoteForMessage } from './cib-error';

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
