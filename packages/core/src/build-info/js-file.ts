// build-info.js: the record as a script a static frontend can load with a <script> tag,
// `window.BUILD_INFO = {...};` (the seeds' frontend read `window.BUILD_INFO`).
import { InputError } from '../errors/input-error';
import { toRecord, type BuildInfo } from './record';

/** An ASCII identifier name: what may follow `window.` without brackets. */
const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The `js-global` input, checked to be a JavaScript identifier (`BUILD_INFO`, `buildInfo`). */
export function parseJsGlobal(input: string, value: string): string {
  if (!IDENTIFIER_NAME.test(value)) {
    throw new InputError(input, value, 'a JavaScript identifier (letters, digits, _ or $, not starting with a digit)');
  }
  return value;
}

/**
 * The script text. `<`, U+2028 and U+2029 are escaped so that the file can also be inlined
 * in an HTML page without a value closing the <script> element.
 */
export function renderJsFile(info: BuildInfo, global: string): string {
  const json = JSON.stringify(toRecord(info), null, 2)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `window.${global} = ${json};\n`;
}
