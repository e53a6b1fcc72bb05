// Writes the build-info files all or nothing: each goes to a temporary file beside its target
// first, and only when every one could be written are they renamed into place. A bad path in
// any of the inputs therefore leaves no file behind (nothing half-published). Under the GitHub
// runner a path must stay inside the workspace or the runner's temp folder: a job runs as a user
// who may own far more than its checkout (as root on self-hosted runners and containers), and a
// value such as `../../../etc/passwd` must not replace a system file.
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import { InputError } from '../errors/input-error';
import { randomUuid } from '../runner/random-uuid';

/** A file to write; `input` names the action input the path came from, for errors. */
export interface PlannedFile {
  input: string;
  path: string;
  content: string;
}

/** Why a path could not be written, without the path (the error shows it once already). */
function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (!e.code) return String(error);
  // Node writes "ENOTDIR: not a directory, open '/the/path'": keep the code and the words.
  const words = e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '[\s\S]*'$/, '');
  return `${e.code}: ${words}${e.syscall ? ` (${e.syscall})` : ''}`;
}

/** `path` with symlinks resolved as far as it exists (the rest does not exist yet). */
function realPathSoFar(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  if (parent === path) return path;
  return resolve(realPathSoFar(parent), relative(parent, path));
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Writes every file (paths relative to `baseDir`) or none; returns the absolute paths in order.
 * A path that cannot be written, or that leads outside `allowedRoots` when given (symlinks
 * followed), throws an InputError naming its input before anything is written.
 */
export function writeFilesAtomically(
  files: readonly PlannedFile[],
  baseDir: string,
  allowedRoots?: readonly string[],
): string[] {
  const targets = files.map((file) => ({ ...file, absolute: resolve(baseDir, file.path) }));
  if (allowedRoots) {
    const roots = allowedRoots.map((root) => realPathSoFar(resolve(root)));
    for (const target of targets) {
      if (!roots.some((root) => isInside(realPathSoFar(target.absolute), root))) {
        throw new InputError(target.input, target.path, `a path inside ${roots.join(' or ')}`);
      }
    }
  }
  const seen = new Map<string, string>();
  for (const target of targets) {
    const other = seen.get(target.absolute);
    if (other) throw new InputError(target.input, target.path, `a path different from the ${other} input's`);
    seen.set(target.absolute, target.input);
  }

  const createdDirs: string[] = [];
  const temporaries: string[] = [];
  try {
    for (const target of targets) {
      try {
        if (statSync(target.absolute, { throwIfNoEntry: false })?.isDirectory()) {
          throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
        }
        const created = mkdirSync(dirname(target.absolute), { recursive: true });
        if (created) createdDirs.push(created);
        const temporary = `${target.absolute}.${randomUuid()}.tmp`;
        writeFileSync(temporary, target.content, { encoding: 'utf8', flag: 'wx' });
        temporaries.push(temporary);
      } catch (error) {
        throw new InputError(target.input, target.path, `a path where a file can be written (${reason(error)})`);
      }
    }
  } catch (error) {
    for (const temporary of temporaries) rmSync(temporary, { force: true });
    // Folders this call created (mkdir -p returns the topmost) hold nothing but our temporaries.
    for (const dir of createdDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  targets.forEach((target, index) => renameSync(temporaries[index], target.absolute));
  return targets.map((target) => target.absolute);
}
