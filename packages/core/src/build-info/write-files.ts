// Writes the build-info files all or nothing: each goes to a temporary file beside its target
// first, and only when every one could be written are they renamed into place. A bad path in
// any of the inputs therefore leaves no file behind (nothing half-published).
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors/input-error';

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

/**
 * Writes every file (paths relative to `baseDir`) or none; returns the absolute paths in order.
 * A path that cannot be written throws an InputError naming its input.
 */
export function writeFilesAtomically(files: readonly PlannedFile[], baseDir: string): string[] {
  const targets = files.map((file) => ({ ...file, absolute: resolve(baseDir, file.path) }));
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
        const temporary = `${target.absolute}.${randomUUID()}.tmp`;
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
