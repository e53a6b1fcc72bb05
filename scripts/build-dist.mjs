#!/usr/bin/env node
// Bundles every action entry (actions/<name>/main.ts, post.ts) and the cib CLI with ncc into
// dist/<name>/<phase>/. `--check` builds into a temporary folder and fails when the result
// differs from the committed dist/ (CI runs it). Names given as arguments limit the build.
// Transpile-only: `npm run typecheck` checks types once for the whole tree, so one bundle's build
// does not depend on every other file type-checking.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, cpSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.filter((a) => !a.startsWith('--'));

/** Every bundle: [dist folder, entry file]. */
function entries() {
  const list = [];
  for (const name of readdirSync(join(root, 'actions')).sort()) {
    for (const phase of ['main', 'post']) {
      const entry = join(root, 'actions', name, `${phase}.ts`);
      if (existsSync(entry)) list.push({ name, out: join(name, phase), entry });
    }
  }
  list.push({
    name: 'cli',
    out: 'cli',
    entry: join(root, 'packages/cli/src/main.ts'),
    // The `cib` launcher (runs the bundle with `node --`), copied beside it, executable.
    extra: [join(root, 'packages/cli/bin/cib')],
  });
  return list.filter((e) => only.length === 0 || only.includes(e.name));
}

function bundle(entry, outDir) {
  const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', outDir, '--transpile-only', '--license', 'licenses.txt', '-q'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_OPTIONS: '' },
    },
  );
}

function listFiles(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? listFiles(p, base) : [relative(base, p)];
  });
}

const staging = mkdtempSync(join(tmpdir(), 'cib-dist-'));
const stale = [];
try {
  for (const { out, entry, extra = [] } of entries()) {
    const built = join(staging, out);
    bundle(entry, built);
    for (const file of extra) cpSync(file, join(built, basename(file)));
    const committed = join(root, 'dist', out);
    if (check) {
      const files = new Set([...listFiles(built), ...listFiles(committed)]);
      for (const f of files) {
        const a = join(built, f);
        const b = join(committed, f);
        if (!existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b)))
          stale.push(join('dist', out, f));
      }
    } else {
      rmSync(committed, { recursive: true, force: true });
      mkdirSync(committed, { recursive: true });
      cpSync(built, committed, { recursive: true });
      console.log(`built dist/${out}`);
    }
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
}
if (check) {
  if (stale.length) {
    console.error(`dist/ is stale; run "npm run build" and commit the result. Differs:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log('dist/ matches the sources');
}
