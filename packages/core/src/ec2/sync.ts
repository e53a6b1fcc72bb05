// Copies the project to the instance's build directory: the files under `sync-paths` that
// .dockerignore does not leave out (cib's own state files never go), packed with tar, sent with
// scp, unpacked remotely. tar keeps modes and symlinks; one archive is one round trip.
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { CibError } from '../errors/cib-error';
import type { Exec } from '../exec/exec';
import type { Log } from '../runner/runtime';
import { isIgnored, parseDockerignore, type IgnoreRule } from './dockerignore';
import { copyToRemote, remotePath, runRemote, shellQuote, type SshTarget } from './ssh';

/** Never copied: cib's state (which names the instance) and the seed's state files. */
const OWN_FILES = /^(\.cib(\/|$)|\.e2c_instance_state_)/;

/** The files to send, relative to `root`, `/`-separated, sorted. */
export function listSyncFiles(root: string, paths: string[]): string[] {
  const ignoreFile = join(root, '.dockerignore');
  const rules: IgnoreRule[] = existsSync(ignoreFile) ? parseDockerignore(readFileSync(ignoreFile, 'utf8')) : [];
  const files = new Set<string>();
  const visit = (absolute: string) => {
    const rel = relative(root, absolute).split(sep).join('/');
    if (rel.startsWith('..')) throw new CibError(`sync-paths entry ${absolute} is outside the workspace ${root}`);
    if (rel && (OWN_FILES.test(rel) || isIgnored(rel, rules))) {
      // An ignored folder may still hold re-included files (`!dir/keep`): look inside only then.
      if (!rules.some((r) => r.negate)) return;
    }
    const stat = lstatSync(absolute);
    if (stat.isDirectory()) for (const name of readdirSync(absolute)) visit(join(absolute, name));
    else if (rel && !OWN_FILES.test(rel) && !isIgnored(rel, rules)) files.add(rel);
  };
  for (const path of paths.length ? paths : ['.']) {
    const absolute = resolve(root, path);
    if (relative(root, absolute).startsWith('..'))
      throw new CibError(`sync-paths entry ${path} is outside the workspace ${root}`);
    if (!existsSync(absolute)) throw new CibError(`sync-paths entry ${path} does not exist in ${root}`);
    visit(absolute);
  }
  return [...files].sort();
}

/** Sends the files into `buildDir` on the instance (created if missing). Returns the file count. */
export async function syncProject(
  exec: Exec,
  target: SshTarget,
  options: { root: string; paths: string[]; buildDir: string; log: Log },
): Promise<number> {
  const files = listSyncFiles(options.root, options.paths);
  const work = mkdtempSync(join(tmpdir(), 'cib-e2c-sync-'));
  try {
    const list = join(work, 'files');
    const archive = join(work, 'project.tar.gz');
    writeFileSync(list, files.map((f) => `${f}\0`).join(''));
    await exec('tar', ['-czf', archive, '-C', options.root, '--null', '--no-recursion', '-T', list]);
    const dir = remotePath(options.buildDir);
    const upload = `.cib-sync-${process.pid}.tar.gz`;
    await runRemote(exec, target, `mkdir -p ${dir}`);
    await copyToRemote(exec, target, archive, upload);
    await runRemote(exec, target, `tar -xzf ${shellQuote(upload)} -C ${dir} && rm -f ${shellQuote(upload)}`);
    options.log.info(`Copied ${files.length} files to ${options.buildDir} on ${target.host}`);
    return files.length;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
