// A small bake project for the engine tests: a Dockerfile on the busybox base index with a COPY
// and a RUN (so every platform has two build steps), declaring the build-info args, and a bake
// file with the targets asked for. `marker` goes into the copied file, so each test's first build
// is really uncached even though all tests share one engine.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BakeProjectOptions {
  base: string;
  /** Target name -> its HCL body (tags, platforms, inherits...). */
  targets: Record<string, string>;
  marker?: string;
  /** A RUN line replacing the default one (e.g. one that fails). */
  run?: string;
}

/** Writes the project into a fresh folder; returns the folder. */
export function writeBakeProject(options: BakeProjectOptions): string {
  const dir = mkdtempSync(join(tmpdir(), 'cib-bake-project-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'Dockerfile'),
    [
      `FROM ${options.base}`,
      'ARG CACHE_BUST',
      'ARG GIT_COMMIT',
      'ARG VERSION',
      'COPY marker.txt /marker.txt',
      options.run ?? 'RUN uname -m > /arch.txt && echo "$GIT_COMMIT" > /commit.txt',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'marker.txt'), `${options.marker ?? `${Date.now()}-${Math.random()}`}\n`);
  const hcl = Object.entries(options.targets)
    .map(([name, body]) => `target "${name}" {\n${body}\n}\n`)
    .join('\n');
  writeFileSync(join(dir, 'docker-bake.hcl'), hcl);
  return dir;
}
