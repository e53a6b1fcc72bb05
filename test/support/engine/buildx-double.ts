// A recording `docker` (and `docker-buildx` CLI plugin) for what buildx 0.13.1 (the real engine here) cannot show: the buildx of
// GitHub's runners (0.2x/0.3x). It records every invocation (argv, the cache variables of its
// environment, cwd) and answers like that buildx, following, per behaviour:
// - `docker buildx version`: the version line format of every buildx release
//   (`github.com/docker/buildx v0.29.1 <commit>`).
// - `bake --print`: delegated to the REAL buildx 0.13.1 standalone binary (same merge code as the
//   newest, facts.md), after checking the flags this version knows: so merges are real.
// - flags: `--call`/`--check` on bake exist from 0.16.0 (release notes 0.16.0: "Bake command now
//   supports --call and --check flags", docker/buildx#2556; `build --call` came in 0.15.0),
//   `--allow` on bake from 0.17.0 (docker/buildx#2666). An older version fails as the real 0.13.1
//   does here (measured): run as the plugin, `ERROR: unknown flag: --call` and exit 1; through the
//   docker CLI, `unknown flag: --call` then `See 'docker buildx bake --help'.` and exit 125.
// - filesystem entitlements: from 0.20.0 a bake whose local cache or local output lies outside
//   the working directory fails unless `--allow fs.read=`/`fs.write=`/`fs=` covers it
//   (release notes 0.20.0; docs reference "bake --allow"); 0.19 only warns.
// - `type=gha` cache: from 0.21.0 buildx talks to cache service v2 and takes url and token from
//   ACTIONS_RESULTS_URL / ACTIONS_RUNTIME_TOKEN itself (docs: "GitHub Actions cache", cache
//   service API v2 note); the double fails like the v1 service sunset when they are missing.
// - `buildx inspect`: `Name:` and `Driver:` lines as docs reference "buildx inspect" shows them;
//   the driver is `docker-container` unless the test says otherwise (GitHub's runners use
//   docker/setup-buildx-action's docker-container builder).
// - `push-by-digest=true` outputs: refused on the `docker` driver with buildx's own error
//   (build/opt.go: "push-by-digest is currently not implemented for docker driver, please create
//   a new builder instance", measured with the real 0.13.1 here), accepted on the others.
// - `--call check[,format=json]` (docs reference "build --call", "bake --call"; the output from
//   buildx commands/bake.go and buildkit frontend/subrequests/lint/lint.go): with format=json
//   one JSON object `{"group", "target": {"<name>": {"build": <target>, "check": {"warnings":
//   [{"ruleName", "description", "url", "detail", "location": {"ranges": [{"start": {"line"},
//   "end": {"line"}}]}}], "sources": [{"filename", "language", "data"}]}}}}` (`sourceIndex` 0 is
//   left out, as Go's omitempty does); without it the text form of buildx >= 0.17 (`<target>`, a
//   blank line, `Check complete, 1 warning has been found!`, then per warning a blank line,
//   `WARNING: <rule> - <url>`, the detail and `Dockerfile:<line>`). Exit 1 when there is any
//   warning (the lint result's statuscode), else `Check complete, no warnings found.` and 0.
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
  /** The docker subcommands run (`buildx version`, `buildx inspect`, `buildx bake --print`, `buildx bake`). */
  commands(): string[];
}

export interface BuildxDoubleOptions {
  version: string;
  /** Violations `--call check` reports (line in the target's Dockerfile; 1 when left out). */
  checkWarnings?: Array<{ rule: string; description: string; detail?: string; url: string; line?: number }>;
  /** The builder's driver `buildx inspect` reports (default `docker-container`). */
  driver?: string;
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
// An unknown flag, as cobra reports it in each mode (the real 0.13.1 here, measured).
const unknownFlag = (flag) => {
  if (via === 'plugin') fail('ERROR: unknown flag: ' + flag);
  process.stderr.write('unknown flag: ' + flag + "\nSee 'docker buildx bake --help'.\n");
  process.exit(125);
};
if (args[0] !== 'buildx') fail('double: only buildx is answered');
if (args[1] === 'version') { process.stdout.write('github.com/docker/buildx v' + config.version + ' 0123456789abcdef\n'); process.exit(0); }
if (args[1] === 'inspect') {
  const name = args.includes('--builder') ? args[args.indexOf('--builder') + 1] : 'builder';
  process.stdout.write('Name:          ' + name + '\nDriver:        ' + (config.driver || 'docker-container') + '\nLast Activity: 2026-01-01 00:00:00 +0000 UTC\n\nNodes:\nName:      ' + name + '0\nStatus:    running\n');
  process.exit(0);
}
if (args[1] === 'history') { process.stdout.write('[]\n'); process.exit(0); }
if (args[1] !== 'bake') fail('double: unknown buildx command ' + args[1]);
const rest = args.slice(2);
const known = ['-f', '--file', '--set', '--print', '--metadata-file', '--progress', '--push', '--load', '--pull', '--no-cache', '--builder'];
if (atLeast(16)) known.push('--call', '--check');
if (atLeast(17)) known.push('--allow');
for (const arg of rest) {
  const flag = arg.split('=')[0];
  if (arg.startsWith('--provenance') || arg.startsWith('--sbom')) continue;
  if (arg.startsWith('-') && !known.includes(flag)) unknownFlag(flag);
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
const call = opts.flags.has('--check') ? ['check'] : (opts.call || 'build').split(',');
if (call[0] === 'check') {
  const json = call.includes('format=json');
  const out = { group: definition.group, target: {} };
  const texts = [];
  for (const name of Object.keys(definition.target).sort()) {
    const t = definition.target[name];
    const dockerfile = require('node:path').join(cwd, t.context || '.', t.dockerfile || 'Dockerfile');
    const data = existsSync(dockerfile) ? readFileSync(dockerfile) : Buffer.from('');
    const warnings = config.checkWarnings.map((w) => ({
      ruleName: w.rule, description: w.description, url: w.url, detail: w.detail || w.description,
      location: { ranges: [{ start: { line: w.line || 1 }, end: { line: w.line || 1 } }] },
    }));
    out.target[name] = { build: t, check: { warnings, sources: [{ filename: require('node:path').basename(dockerfile), language: 'Dockerfile', data: data.toString('base64') }] } };
    let text = name + '\n\n';
    if (warnings.length === 0) text += 'Check complete, no warnings found.\n';
    else {
      text += 'Check complete, ' + (warnings.length === 1 ? '1 warning has been found!' : warnings.length + ' warnings have been found!') + '\n';
      for (const w of warnings) text += '\nWARNING: ' + w.ruleName + (w.url ? ' - ' + w.url : '') + '\n' + w.detail + '\nDockerfile:' + w.location.ranges[0].start.line + '\n';
    }
    texts.push(text);
  }
  process.stdout.write(json ? JSON.stringify(out, null, 2) + '\n' : texts.join('\n'));
  process.exit(config.checkWarnings.length ? 1 : 0);
}
// Output entries are CSV, as buildx reads them: a quoted field may hold commas.
const outputFields = (t) => (t.output || []).flatMap((o) => o.match(/("([^"]|"")*"|[^,]+)/g) || []).map((f) => f.replace(/^"|"$/g, '').replace(/""/g, '"'));
// buildx checks its exports before it solves anything: nothing is built or pushed.
for (const t of Object.values(definition.target)) {
  const fields = outputFields(t);
  if (fields.includes('push-by-digest=true') && fields.includes('push=true') && (config.driver || 'docker-container') === 'docker')
    fail('ERROR: push-by-digest is currently not implemented for docker driver, please create a new builder instance');
}
const digest = (t) => 'sha256:' + createHash('sha256').update(config.version + t).digest('hex');
const meta = {};
let n = 0;
for (const [name, t] of Object.entries(definition.target)) {
  const fields = outputFields(t);
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
      driver: options.driver,
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
