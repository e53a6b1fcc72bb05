// The one input layer: every action input is read and parsed here, once, at the edge; the rest
// of the code sees typed values, and every bad value fails with an InputError naming the input.
// An action reads through `actionInputs(rt, '<action>')`, typed with the names its action.yml
// declares (action-names.generated.ts), so reading an undeclared input fails `tsc` instead of
// silently giving ''.
//
// Lists, one rule everywhere: items one a line and/or separated by commas; a line whose first
// non-blank character is `#` is a comment; blank lines and empty items are dropped. A `#` later
// in a line is part of the value. Values that may hold commas (key=value lines) are read as lines.
//
// Every reader may fall back to an environment variable (`{ env: 'UPDATE_LATEST_STRATEGY' }`)
// when the input is empty: the variables the original pipelines read, so their users switch
// without renaming anything. An error then names both: `strategy (from UPDATE_LATEST_STRATEGY)`.
import { InputError } from '../errors/input-error';
import { MalformedReferenceError, parseReference, type ImageReference } from '../registry/reference';
import type { ActionInputNames, ActionName } from './action-names.generated';
import type { Runtime } from './runtime';
import { fixedTagOf } from '../version/image-tag';

/**
 * The inputs of one action, readable only under the names `N` it declares. Contravariant in `N`
 * (`raw` is a function property): an action's inputs can be handed to a shared reader that needs
 * some of its names (registry/login-inputs.ts takes `username`, `password`, `registry-insecure`),
 * and a Runtime, which has no `raw`, cannot be passed by mistake.
 */
export interface ActionInputs<N extends string> {
  /** The input as given, trimmed; '' when empty. */
  readonly raw: (name: N) => string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The input names an action.yml declares. */
export type InputName<A extends ActionName> = ActionInputNames[A];

/** An action's inputs, typed by its action.yml. */
export function actionInputs<A extends ActionName>(
  rt: Pick<Runtime, 'getInput' | 'env'>,
  _action: A,
): ActionInputs<InputName<A>> {
  return inputsFrom<InputName<A>>(rt);
}

/** Inputs under names the caller states (tests, the CLI): prefer `actionInputs` in actions. */
export function inputsFrom<N extends string>(source: Pick<Runtime, 'getInput'> & Partial<Pick<Runtime, 'env'>>) {
  const inputs: ActionInputs<N> = { raw: (name) => source.getInput(name), env: source.env ?? {} };
  return inputs;
}

/** Options every reader takes. */
export interface FromEnv {
  /** The environment variable read when the input is empty. */
  env?: string;
}

/** The value and the name to blame for it: the input, or the input and the variable it came from. */
function valueOf<N extends string>(inputs: ActionInputs<N>, name: N, options: FromEnv = {}) {
  const value = inputs.raw(name);
  if (value !== '' || !options.env) return { value, label: name as string };
  return { value: (inputs.env[options.env] ?? '').trim(), label: `${name} (from ${options.env})` };
}

/** The input as given (trimmed); `fallback` when empty; an error when required and empty. */
export function readString<N extends string>(
  inputs: ActionInputs<N>,
  name: NoInfer<N>,
  options: FromEnv & { required?: boolean; fallback?: string } = {},
): string {
  const { value, label } = valueOf(inputs, name, options);
  if (value !== '') return value;
  if (options.required) throw new InputError(label, value, 'a value (this input is required)');
  return options.fallback ?? '';
}

const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

/**
 * A secret input (a password, a token, a key), registered with `mask` (the Runtime's setSecret)
 * before it is returned, so that nothing, an input error included, can print it.
 */
export function readSecret<N extends string>(
  inputs: ActionInputs<N>,
  name: NoInfer<N>,
  mask: (secret: string) => void,
  options: FromEnv = {},
): string {
  const { value } = valueOf(inputs, name, options);
  mask(value);
  return value;
}

/**
 * A token sent in an HTTP header (a GitHub token), masked first like any secret. A character an
 * HTTP header cannot carry (a space, a line break, a control character: a token pasted with its
 * newline) is an input error naming the input, not a crash in the HTTP layer; the value is not
 * shown.
 */
export function readToken<N extends string>(
  inputs: ActionInputs<N>,
  name: NoInfer<N>,
  mask: (secret: string) => void,
  options: FromEnv = {},
): string {
  const token = readSecret(inputs, name, mask, options);
  if (!/^[\x21-\x7e]*$/.test(token)) {
    throw new InputError(
      name,
      '***',
      'a token of visible ASCII characters (no spaces, line breaks or control characters)',
      'Check the secret the input is set from',
    );
  }
  return token;
}

/** A boolean as the YAML 1.2 core schema writes it (true/True/TRUE, false/False/FALSE). */
export function readBoolean<N extends string>(
  inputs: ActionInputs<N>,
  name: NoInfer<N>,
  fallback = false,
  options: FromEnv = {},
): boolean {
  const { value, label } = valueOf(inputs, name, options);
  if (value === '') return fallback;
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  throw new InputError(label, value, 'true or false');
}

/** One of `allowed`, compared as written. */
export function readEnum<N extends string, T extends string>(
  inputs: ActionInputs<N>,
  name: NoInfer<N>,
  allowed: readonly T[],
  fallback: NoInfer<T>,
  options: FromEnv = {},
): T {
  const { value, label } = valueOf(inputs, name, options);
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(label, value, `one of ${allowed.join(', ')}`);
}

/** The input, else the environment variable the original pipeline read, else `fallback`; one of `allowed`. */
export function readWithEnv<N extends string, T extends string>(
  inputs: ActionInputs<N>,
  name: NoInfer<N>,
  variable: string,
  allowed: readonly T[],
  fallback: NoInfer<T>,
): T {
  return readEnum(inputs, name, allowed, fallback, { env: variable });
}

/** A number within [min, max]; integers only unless `integer` is false. */
export function readNumber<N extends string>(
  inputs: ActionInputs<N>,
  name: NoInfer<N>,
  options: FromEnv & { fallback: number; min?: number; max?: number; integer?: boolean; unit?: string },
): number {
  const { value, label } = valueOf(inputs, name, options);
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
    throw new InputError(label, value, `${kind}${range}`);
  }
  return parsed;
}

/** The lines of a value with their numbers as the user wrote them; comments and blanks dropped. */
export function numberedLines(value: string): Array<{ line: number; text: string }> {
  return value
    .split(/\r?\n/)
    .map((text, index) => ({ line: index + 1, text: text.trim() }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'));
}

/** Splits a list by the one rule (lines and/or commas, `#` comment lines, blanks dropped). */
export function splitList(value: string): string[] {
  return numberedLines(value).flatMap(({ text }) =>
    text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );
}

/** A list input (see the rule at the top of this file). */
export function readList<N extends string>(inputs: ActionInputs<N>, name: NoInfer<N>, options: FromEnv = {}): string[] {
  return splitList(valueOf(inputs, name, options).value);
}

/** Non-comment, non-blank lines, trimmed (for values that may themselves contain commas). */
export function readLines<N extends string>(
  inputs: ActionInputs<N>,
  name: NoInfer<N>,
  options: FromEnv = {},
): string[] {
  return numberedLines(valueOf(inputs, name, options).value).map(({ text }) => text);
}

/** `key=value` lines; `keyPattern` checks the keys. Later lines win; errors give the line as written. */
export function readKeyValues<N extends string>(
  inputs: ActionInputs<N>,
  name: NoInfer<N>,
  keyPattern: RegExp = /^[A-Za-z0-9_.\-/]+$/,
): Map<string, string> {
  const result = new Map<string, string>();
  for (const { line, text } of numberedLines(inputs.raw(name))) {
    const eq = text.indexOf('=');
    const key = eq > 0 ? text.slice(0, eq).trim() : '';
    if (eq <= 0 || !keyPattern.test(key)) {
      throw new InputError(name, text, `key=value lines (line ${line} is not one)`);
    }
    result.set(key, text.slice(eq + 1).trim());
  }
  return result;
}

/** An http(s) URL. */
export function readHttpUrl<N extends string>(inputs: ActionInputs<N>, name: NoInfer<N>): URL | undefined {
  const value = inputs.raw(name);
  if (value === '') return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new InputError(name, value, 'an http:// or https:// URL');
  }
  return url;
}

/** What an image-reference list input holds. */
export type ImageKind =
  /** A repository (`ghcr.io/org/app`): a tag or digest given is dropped. */
  | 'repository'
  /** Any reference: a tag, a digest, or both. */
  | 'source'
  /** A reference to push to: a tag, never a digest. */
  | 'tag';

const IMAGE_EXAMPLES: Record<ImageKind, string> = {
  repository: 'a repository such as ghcr.io/org/app',
  source: 'an image reference like ghcr.io/org/app:1.2.3',
  tag: 'an image reference like ghcr.io/org/app:1.2.3',
};

/** A required list of image references, each parsed; the first bad one fails naming the input. */
export function readImages<N extends string>(
  inputs: ActionInputs<N>,
  name: NoInfer<N>,
  kind: ImageKind,
): ImageReference[] {
  const items = readList(inputs, name);
  if (items.length === 0) {
    throw new InputError(
      name,
      '',
      kind === 'repository'
        ? 'one or more repositories, such as ghcr.io/org/app'
        : 'at least one image reference (this input is required)',
    );
  }
  return items.map((item) => {
    let ref: ImageReference;
    try {
      ref = parseReference(item);
    } catch (error) {
      // The parser's message repeats the value and an example; keep only why it is malformed.
      if (!(error instanceof MalformedReferenceError)) throw error;
      // A version such as 1.2.3+build.7 is written 1.2.3_build.7 as a tag (build-info's version output).
      const fixed = fixedTagOf(item);
      const asTag = fixed ? `; as an image tag it is written ${fixed} (build-info's version output)` : '';
      throw new InputError(name, item, IMAGE_EXAMPLES[kind], `Here ${error.reason}${asTag}`);
    }
    if (kind === 'tag' && ref.digest) throw new InputError(name, item, 'a tag to push to (not a digest)');
    return kind === 'repository' ? { registry: ref.registry, repository: ref.repository } : ref;
  });
}
