// The command line: `cib [options] <action> [--<input> <value>]... [options]`. The CLI's own
// options are recognised anywhere; every other `--name` must be an input the action declares
// (`--input <input>=<value>` names any input explicitly).
import type { ActionSpec } from './action-spec';
import { UsageError } from './usage-error';

/** The CLI's own options (not action inputs). */
export interface CliOptions {
  help: boolean;
  json: boolean;
  debug: boolean;
  /** `main` (default), `post`, or an action-defined phase (e2c-runner's setup, build, ...). */
  phase: string;
  stateFile?: string;
  summaryFile?: string;
}

export interface CommandLine {
  action?: string;
  /** Inputs as given; a repeated flag's values joined one a line (the list form of every list input). */
  inputs: Map<string, string>;
  options: CliOptions;
}

const VALUE_OPTIONS = { 'state-file': 'stateFile', phase: 'phase', 'summary-file': 'summaryFile' } as const;
const FLAG_OPTIONS = { help: 'help', json: 'json', debug: 'debug' } as const;

type ValueOption = keyof typeof VALUE_OPTIONS;
type FlagOption = keyof typeof FLAG_OPTIONS;

/** `--name=value` or `--name` followed by a value; `-h` is `--help`. */
function splitFlag(token: string): { name: string; inlineValue?: string } | undefined {
  if (token === '-h') return { name: 'help' };
  if (!token.startsWith('--') || token === '--') return undefined;
  const eq = token.indexOf('=');
  return eq === -1 ? { name: token.slice(2) } : { name: token.slice(2, eq), inlineValue: token.slice(eq + 1) };
}

function isBooleanInput(spec: ActionSpec, name: string): boolean {
  const declared = spec.inputs.find((i) => i.name === name)?.default;
  return declared === 'true' || declared === 'false';
}

/** Lists an action's inputs for an error message. */
function inputList(spec: ActionSpec): string {
  return spec.inputs.length ? spec.inputs.map((i) => `--${i.name}`).join(', ') : '(none)';
}

/**
 * Parses argv against the action specs. Throws UsageError naming the bad token: an unknown action
 * or flag, a flag without its value, a second action name.
 */
export function parseCommandLine(argv: readonly string[], specs: Readonly<Record<string, ActionSpec>>): CommandLine {
  const options: CliOptions = { help: false, json: false, debug: false, phase: 'main' };
  const inputs = new Map<string, string>();
  let action: string | undefined;
  let spec: ActionSpec | undefined;

  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    const flag = splitFlag(token);
    if (!flag) {
      if (action !== undefined)
        throw new UsageError(`Unexpected argument "${token}": inputs are given as --<input> <value>`);
      action = token;
      spec = specs[action];
      if (!spec) {
        throw new UsageError(`Unknown action "${action}". Actions: ${Object.keys(specs).sort().join(', ')}`);
      }
      continue;
    }
    const { name, inlineValue } = flag;
    // The value after the flag, unless it is itself a flag (then there is none).
    const takeValue = (): string | undefined => {
      if (inlineValue !== undefined) return inlineValue;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next !== '--')) return undefined;
      i++;
      return next;
    };

    if (name in FLAG_OPTIONS) {
      if (inlineValue !== undefined && inlineValue !== 'true' && inlineValue !== 'false')
        throw new UsageError(`--${name} takes no value (or true/false), got "${inlineValue}"`);
      options[FLAG_OPTIONS[name as FlagOption]] = inlineValue !== 'false';
      continue;
    }
    if (name in VALUE_OPTIONS) {
      const value = takeValue();
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      options[VALUE_OPTIONS[name as ValueOption]] = value;
      continue;
    }
    if (!spec) {
      throw new UsageError(
        `Unknown option "--${name}" before the action name. Usage: cib <action> [--<input> <value>]...`,
      );
    }
    const known = spec;
    const setInput = (inputName: string, value: string) => {
      if (!known.inputs.some((input) => input.name === inputName)) {
        throw new UsageError(`Unknown input "--${inputName}" for ${known.name}. Its inputs: ${inputList(known)}`);
      }
      inputs.set(inputName, inputs.has(inputName) ? `${inputs.get(inputName)}\n${value}` : value);
    };
    // `--input name=value`: any input by its name, also one whose flag would clash with a CLI
    // option. (build-info's `--env-file` reaches us because the `cib` launcher runs `node --`.)
    if (name === 'input') {
      const pair = takeValue() ?? '';
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new UsageError(`--input needs <input>=<value>, got "${pair}"`);
      setInput(pair.slice(0, eq), pair.slice(eq + 1));
      continue;
    }
    let value = takeValue();
    if (value === undefined && known.inputs.some((input) => input.name === name)) {
      // A bare boolean flag (`--push`) means true; any other input needs its value.
      if (!isBooleanInput(known, name)) throw new UsageError(`--${name} needs a value (use --${name}=<value>)`);
      value = 'true';
    }
    setInput(name, value ?? '');
  }
  return { action, inputs, options };
}
