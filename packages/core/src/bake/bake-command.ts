// The argv of `docker buildx bake`: the user's files then ours with `-f` (ours last, so it wins
// over theirs and buildx's default file order plays no part), the user's `--set` lines (applied
// after every file by buildx, so they win over ours), and the flags for what was asked. Two
// forms: `--print` of the user's definition alone, and the build itself (or its `--print`).
import type { BuildxFeatures } from './buildx-features';

/**
 * A bake target or group name (buildx allows letters, digits, _ and -), never a leading -: what
 * multiarch-bake's targets and e2c-runner's bake-targets accept, so no value reaches buildx's argv
 * as an option, and a name is safe in a staging tag.
 */
export const BAKE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,127}$/;

export interface BakeFlags {
  builder: string;
  files: readonly string[];
  targets: readonly string[];
  set: readonly string[];
  push: boolean;
  load: boolean;
  pull: boolean;
  noCache: boolean;
  provenance: string;
  sbom: string;
  call: 'build' | 'check';
  /** `--allow` entries: the user's and the ones our files and cache folders need. */
  allow: readonly string[];
}

function common(flags: Pick<BakeFlags, 'builder' | 'files'>, extraFiles: readonly string[]): string[] {
  const args = ['buildx', 'bake'];
  if (flags.builder) args.push('--builder', flags.builder);
  for (const file of [...flags.files, ...extraFiles]) args.push('-f', file);
  return args;
}

/** `bake --print` of the user's definition: what they set, groups expanded, before ours. */
export function printArgs(flags: BakeFlags): string[] {
  const args = common(flags, []);
  for (const line of flags.set) args.push('--set', line);
  args.push('--print', ...flags.targets);
  return args;
}

/**
 * A bake of the user's files alone, with no file of ours: what e2c-runner runs on its builder
 * instance (the same file and `--set` order as the build below).
 */
export function plainBakeArgs(flags: Pick<BakeFlags, 'builder' | 'files' | 'set' | 'push' | 'targets'>): string[] {
  const args = common(flags, []);
  for (const line of flags.set) args.push('--set', line);
  if (flags.push) args.push('--push');
  args.push(...flags.targets);
  return args;
}

/** The build (or, with `print`, the merged definition it would build). */
export function bakeArgs(
  flags: BakeFlags,
  generated: { definitionFile: string; metadataFile: string },
  features: BuildxFeatures,
  options: { print?: boolean } = {},
): string[] {
  const args = common(flags, [generated.definitionFile]);
  for (const line of flags.set) args.push('--set', line);
  if (options.print) {
    args.push('--print', ...flags.targets);
    return args;
  }
  args.push('--metadata-file', generated.metadataFile);
  args.push('--progress', features.rawjsonProgress ? 'rawjson' : 'plain');
  // With push-by-digest the generated output pushes; --push would replace it.
  if (flags.push) args.push('--push');
  if (flags.load) args.push('--load');
  if (flags.pull) args.push('--pull');
  if (flags.noCache) args.push('--no-cache');
  if (flags.provenance) args.push(`--provenance=${flags.provenance}`);
  if (flags.sbom) args.push(`--sbom=${flags.sbom}`);
  // The results as JSON: the one form whose shape has not changed between releases (check-results.ts).
  if (flags.call !== 'build') args.push('--call', `${flags.call},format=json`);
  for (const entry of flags.allow) args.push('--allow', entry);
  args.push(...flags.targets);
  return args;
}

/** The command as one line for logs and the plan: each argument quoted when it needs it. */
export function formatCommand(program: string, args: readonly string[]): string {
  const quote = (arg: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
  return [program, ...args].map(quote).join(' ');
}
