// The user's bake definition as buildx resolves it (`bake --print`, files merged, groups
// expanded, inherits applied, --set applied): the targets that will be built and what the user
// set explicitly, which always wins over our defaults.
import { CibError } from '../errors/cib-error';
import { InputError } from '../errors/input-error';

/** The attributes of a printed target we read. */
export interface PrintedTarget {
  context?: string;
  dockerfile?: string;
  args?: Record<string, string>;
  labels?: Record<string, string>;
  annotations?: string[];
  tags?: string[];
  platforms?: string[];
  'cache-from'?: string[];
  'cache-to'?: string[];
  output?: string[];
}

export interface PrintedDefinition {
  group?: Record<string, { targets?: string[] }>;
  target: Record<string, PrintedTarget>;
}

/** Parses `bake --print` stdout. */
export function parsePrintedDefinition(stdout: string): PrintedDefinition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new CibError(`"docker buildx bake --print" did not print JSON: ${stdout.trim().slice(0, 300)}`);
  }
  const definition = parsed as PrintedDefinition;
  if (!definition || typeof definition !== 'object' || typeof definition.target !== 'object' || !definition.target)
    throw new CibError('"docker buildx bake --print" printed no targets');
  return definition;
}

/**
 * Turns a failed `bake --print` into the input error it is: an unknown target or group names the
 * `targets` input; anything else (a syntax error in a bake file) is shown as buildx said it.
 */
export function printFailure(stderr: string, targets: readonly string[]): Error {
  const lines = stderr
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !/^#\d+ /.test(line))
    .slice(-10);
  const unknown = /failed to find target (\S+)|target (\S+) not found/i.exec(stderr);
  if (unknown) {
    const name = (unknown[1] ?? unknown[2]).replace(/["']/g, '');
    return new InputError(
      'targets',
      targets.join(','),
      'targets or groups defined in the bake files',
      `buildx found no "${name}"`,
    );
  }
  return new CibError(`The bake definition could not be read:\n${lines.join('\n')}`, {
    hint: 'Check the bake files, the "set" lines and the "vars" the error names',
  });
}
