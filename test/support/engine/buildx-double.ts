// A recording `docker` (and `docker-buildx` CLI plugin) for what buildx 0.13.1 (the real engine here) cannot show: the buildx of
// GitHub's runners (0.2x/0.3x). It records every invocation (argv, the cache variables of its
// environment, cwd) and answers like that buildx, following, per behaviour:
// - `docker buildx version`: the version line format of every buildx release
//   (`github.com/docker/buildx v0.29.1 <commit>`).
// - `bake --print`: delegated to the REAL buildx 0.13.1 standalone binary (same merge code as the
//   newest, facts.md), after checking the flags this version knows: so merges are real.
// - flags: `--call`/`--check` exist from 0.16.0 (release notes: build checks), `--allow` on bake
//   from 0.17.0 (docker/buildx#2666); older versions fail as cobra does: `unknown flag: --allow`.
// - filesystem entitlements: from 0.20.0 a bake whose local cache or local output lies outside
//   the working directory fails unless `--allow fs.read=`/`fs.write=`/`fs=` covers it
//   (release notes 0.20.0; docs reference "bake --allow"); 0.19 only warns.
// - `type=gha` cache: from 0.21.0 buildx talks to cache service v2 and takes url and token from
//   ACTIONS_RESULTS_URL / ACTIONS_RUNTIME_TOKEN itself (docs: "GitHub Actions cache", cache
//   service API v2 note); the double fails like the v1 service sunset when they are missing.
// - `push-by-digest=true` outputs: accepted (the docker-container and remote drivers of GitHub's
//   runners support it; buildx 0.13.1's docker driver here refuses it).
// - `--call check`: prints violations as `WARNING: <Rule> - <url>` then the description and exits
//   1 when there are any (docs: "Checking your build configuration").
// - a build: writes `--metadata-file` with `containerimage.digest` and `image.name` per target as
//   buildx does (facts.md: metadata file) and a rawjson stream whose steps are all cached.
// `buildx history` (0.20+) is answered but recorded, so tests can show it is never used.
import { chmodSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { engineFiles } from './engine-files';

export interface DoubleCall {
  args: string[];
  /** How it was started: the `docker` CLI, or the `docker-buildx` plugin run directly. */
  via: 'docker' | 'plugin';
  cwd: string;
  env: Record<string, string>;
}

export interface BuildxDouble {
  /** Put first on PATH. */
  binDir: string;
  /** DOCKER_CONFIG whose cli-plugins/docker-buildx is the double too (found there like the real one). */
  dockerConfig: string;
  calls(): DoubleCall[];
  /** The docker subcommands run (`buildx version`, `buildx bake --print`, `buildx bake`). */
  commands(): string[];
}

export interface BuildxDoubleOptions {
  version: string;
  /** Violations `--call check` reports. */
  checkWarnings?: Array<{ rule: string; description: string; url: string }>;
}

const SCRIPT = String.raw`
const { appendFileSync, writeFileSync, readFileSync, existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { isAbsolute, resolve, relative } = require('node:path');
const { createHash } = require('node:crypto');
const config = JSON.parse(readFileSync(process.env.CIB_DOUBLE_CONFIG || __CONFIG__, 'utf8'));
// Called as the CLI plugin (docker-buildx, which the action runs directly) or as docker.
const args = require('node:path').basename(process.argv[1]) === 'docker-buildx' ? ['buildx', ...process.argv.slice(2)] : process.argv.slice(2);
const env = {};
for (const [k, v] of Object.entries(process.env)) if (/^(ACTIONS_|BUILDX_|DOCKER_)/.test(k)) env[k] = v;
const via = require('node:path').basename(process.argv[1]) === 'docker-buildx' ? 'plugin' : 'docker';
appendFileSync(config.log, JSON.stringify({ args, via, cwd: process.cwd(), env }) + '\n');
const [major, minor] = config.version.split('.').map(Number);
const atLeast = (m) => major > 0 || minor >= m;
const fail = (text) => { process.stderr.write(text + '\n'); process.exit(1); };
if (args[0] !== 'buildx') fail('double: only buildx is answered');
if (args[1] === 'version') { process.stdout.write('github.com/docker/buildx v' + config.version + ' 0123456789abcdef\n'); process.exit(0); }
if (args[1] === 'history') { process.stdout.write('[]\n'); process.exit(0); }
if (args[1] !== 'bake') fail('double: unknown buildx command ' + args[1]);
const rest = args.slice(2);
const known = ['-f', '--file', '--set', '--print', '--metadata-file', '--progress', '--push', '--load', '--pull', '--no-cache', '--builder'];
if (atLeast(16)) known.push('--call', '--check');
if (atLeast(17)) known.push('--allow');
for (const arg of rest) {
  const flag = arg.split('=')[0];
  if (arg.startsWith('--provenance') || arg.startsWith('--sbom')) continue;
  if (arg.startsWith('-') && !known.includes(flag)) fail('unknown flag: ' + flag);
}
const takes = new Set(['-f', '--file', '--set', '--metadata-file', '--progress', '--builder', '--call', '--allow']);
const opts = { files: [], set: [], allow: [], targets: [], flags: new Set() };
for (let i = 0; i < rest.length; i++) {
  const a = rest[i];
  if (takes.has(a)) {
    const v = rest[++i];
    if (a === '-f' || a === '--file') opts.files.push(v);
    else if (a === '--set') opts.set.push(v);
    else if (a === '--allow') opts.allow.push(v);
    else opts[a.slice(2)] = v;
  } else if (a.startsWith('-')) opts.flags.add(a.split('=')[0]);
  else opts.targets.push(a);
}
// The merge itself: the real buildx 0.13.1.
const printArgs = ['bake'];
for (const f of opts.files) printArgs.push('-f', f);
for (const s of opts.set) printArgs.push('--set', s);
printArgs.push('--print', ...opts.targets);
const printed = spawnSync(config.realBuildx, printArgs, { encoding: 'utf8' });
if (opts.flags.has('--print') || printed.status !== 0) {
  process.stdout.write(printed.stdout); process.stderr.write(printed.stderr); process.exit(printed.status ?? 1);
}
const definition = JSON.parse(printed.stdout);
const targets = Object.keys(definition.target);
const cwd = process.cwd();
const outside = (p) => { const r = relative(cwd, resolve(cwd, p)); return r.startsWith('..') || isAbsolute(r); };
const covered = (kind, p) => opts.allow.some((e) => {
  const m = /^fs(\.read|\.write)?=(.*)$/.exec(e); if (!m) return false;
  if (m[1] && m[1] !== '.' + kind) return false;
  const r = relative(resolve(cwd, m[2]), resolve(cwd, p)); return m[2] === '*' || !r.startsWith('..');
});
if (atLeast(20)) {
  const needs = [];
  for (const t of Object.values(definition.target)) {
    for (const e of t['cache-to'] || []) { const m = /type=local,.*dest=([^,]+)/.exec(e); if (m && outside(m[1]) && !covered('write', m[1])) needs.push(' - Write access to path ' + m[1]); }
    for (const e of t['cache-from'] || []) { const m = /type=local,.*src=([^,]+)/.exec(e); if (m && outside(m[1]) && !covered('read', m[1])) needs.push(' - Read access to path ' + m[1]); }
  }
  if (needs.length) fail('Your build is requesting privileges for following possibly insecure capabilities:\n\n' + needs.join('\n') + '\n\nERROR: additional privileges requested');
}
for (const t of Object.values(definition.target)) for (const e of [...(t['cache-to'] || []), ...(t['cache-from'] || [])]) {
  if (!e.startsWith('type=gha')) continue;
  if (!atLeast(21)) fail('ERROR: failed to solve: This legacy service is shutting down, effective April 15, 2025. Migrate to the new service ASAP. For more information: https://gh.io/gha-cache-sunset');
  if (!process.env.ACTIONS_RESULTS_URL || !process.env.ACTIONS_RUNTIME_TOKEN) fail('ERROR: failed to solve: missing github actions token');
  if (/token=|url=/.test(e)) fail('double: the definition carries a gha token or url');
}
if (opts.call === 'check') {
  for (const w of config.checkWarnings) process.stdout.write('WARNING: ' + w.rule + ' - ' + w.url + '\n' + w.description + '\nDockerfile:1\n\n');
  process.exit(config.checkWarnings.length ? 1 : 0);
}
const digest = (t) => 'sha256:' + createHash('sha256').update(config.version + t).digest('hex');
const meta = {};
let n = 0;
for (const [name, t] of Object.entries(definition.target)) {
  // Output entries are CSV, as buildx reads them: a quoted field may hold commas.
  const fields = (t.output || []).flatMap((o) => o.match(/("([^"]|"")*"|[^,]+)/g) || []).map((f) => f.replace(/^"|"$/g, '').replace(/""/g, '"'));
  const byDigest = fields.includes('push-by-digest=true');
  const names = byDigest ? (fields.find((f) => f.startsWith('name=')) || 'name=').slice(5) : (t.tags || []).join(',');
  meta[name] = { 'buildx.build.ref': 'default/default/' + name, 'containerimage.digest': digest(name), 'image.name': names || '' };
  for (const p of t.platforms || ['linux/amd64']) {
    const prefix = '[' + (targets.length > 1 ? name + ' ' : '') + ((t.platforms || []).length > 1 ? p + ' ' : '');
    n++;
    process.stderr.write(JSON.stringify({ vertexes: [{ digest: 'sha256:' + n, name: prefix + '2/2] RUN true', cached: true, started: '2026-01-01T00:00:00Z', completed: '2026-01-01T00:00:00Z' }] }, null, 2) + '\n');
  }
}
if (opts['metadata-file']) writeFileSync(opts['metadata-file'], JSON.stringify(meta, null, 2));
`;

/** Writes the double into `dir/bin/docker`. */
export function writeBuildxDouble(dir: string, options: BuildxDoubleOptions): BuildxDouble {
  const binDir = join(dir, 'bin');
  mkdirSync(binDir, { recursive: true });
  const log = join(dir, 'calls.jsonl');
  const configFile = join(dir, 'double.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      version: options.version,
      log,
      realBuildx: engineFiles().buildx,
      checkWarnings: options.checkWarnings ?? [],
    }),
  );
  const dockerConfig = join(dir, 'docker-config');
  mkdirSync(join(dockerConfig, 'cli-plugins'), { recursive: true });
  for (const program of [join(binDir, 'docker'), join(dockerConfig, 'cli-plugins', 'docker-buildx')]) {
    writeFileSync(program, `#!${process.execPath}\n${SCRIPT.replace('__CONFIG__', JSON.stringify(configFile))}`);
    chmodSync(program, 0o755);
  }
  const calls = (): DoubleCall[] =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as DoubleCall)
      : [];
  return {
    binDir,
    dockerConfig,
    calls,
    commands: () =>
      calls().map((c) => (c.args.includes('--print') ? 'buildx bake --print' : c.args.slice(0, 2).join(' '))),
  };
}
