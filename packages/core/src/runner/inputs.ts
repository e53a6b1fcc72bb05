// Typed readers for action inputs. Inputs are parsed once, here, at the edge: the rest of the
// code sees typed values, and every bad value fails with an InputError naming the input.
import { InputError } from '../errors/input-error';
import type { Runtime } from './runtime';

type InputSource = Pick<Runtime, 'getInput'>;

/** The input as given (trimmed); `fallback` when empty; an error when required and empty. */
export function readString(
  rt: InputSource,
  name: string,
  options: { required?: boolean; fallback?: string } = {},
): string {
  const value = rt.getInput(name);
  if (value !== '') return value;
  if (options.required) throw new InputError(name, value, 'a value (this input is required)');
  return options.fallback ?? '';
}

const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

/** A boolean as the YAML 1.2 core schema writes it (true/True/TRUE, false/False/FALSE). */
export function readBoolean(rt: InputSource, name: string, fallback = false): boolean {
  const value = rt.getInput(name);
  if (value === '') return fallback;
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  throw new InputError(name, value, 'true or false');
}

/** One of `allowed`, compared as written. */
export function readEnum<T extends string>(rt: InputSource, name: string, allowed: readonly T[], fallback: T): T {
  const value = rt.getInput(name);
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(name, value, `one of ${allowed.join(', ')}`);
}

/** A number within [min, max]; integers only unless `integer` is false. */
export function readNumber(
  rt: InputSource,
  name: string,
  options: { fallback: number; min?: number; max?: number; integer?: boolean; unit?: string },
): number {
  const value = rt.getInput(name);
  if (value === '') return options.fallback;
  const integer = options.integer ?? true;
  const parsed = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
  const { min = -Infinity, max = Infinity } = options;
  const unit = options.unit ? ` ${options.unit}` : '';
  const kind = integer ? 'a whole number' : 'a number';
  const range =
    Number.isFinite(min) && Number.isFinite(max)
      ? ` from ${min} to ${max}${unit}`
      : Number.isFinite(min)
        ? ` of at least ${min}${unit}`
        : unit;
  if (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed)) || parsed < min || parsed > max) {
    throw new InputError(name, value, `${kind}${range}`);
  }
  return parsed;
}

/** Splits a list written one item a line, or separated by commas; blank items dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A list written one item a line or comma-separated. */
export function readList(rt: InputSource, name: string): string[] {
  return splitList(rt.getInput(name));
}

/** Non-empty lines, trimmed (for values that may themselves contain commas). */
export function readLines(rt: InputSource, name: string): string[] {
  return rt
    .getInput(name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** `key=value` lines; `keyPattern` checks the keys. Later lines win over earlier ones. */
export function readKeyValues(
  rt: InputSource,
  name: string,
  keyPattern: RegExp = /^[A-Za-z0-9_.\-/]+$/,
): Map<string, string> {
  const result = new Map<string, string>();
  readLines(rt, name).forEach((line, index) => {
    const eq = line.indexOf('=');
    const key = eq > 0 ? line.slice(0, eq).trim() : '';
    if (eq <= 0 || !keyPattern.test(key)) {
      throw new InputError(name, line, `key=value lines (line ${index + 1} is not one)`);
    }
    result.set(key, line.slice(eq + 1).trim());
  });
  return result;
}

/** An http(s) URL. */
export function readHttpUrl(rt: InputSource, name: string): URL | undefined {
  const value = rt.getInput(name);
  if (value === '') return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new InputError(name, value, 'an http:// or https:// URL');
  }
  return url;
}
