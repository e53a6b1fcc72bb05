// Values that travel as build args, label lines, dotenv lines and outputs must be one line of
// printable text: a newline would silently start a new `KEY=value` line downstream.
import { InputError } from '../errors/input-error';

/** Whether `value` is one line without control characters. */
export function isPlainValue(value: string): boolean {
  return !/[\u0000-\u001f\u007f]/.test(value);
}

/** `value` unchanged; an InputError naming `input` when it holds a newline or control character. */
export function requirePlainValue(input: string, value: string): string {
  if (!isPlainValue(value)) throw new InputError(input, value, 'a single line without control characters');
  return value;
}
