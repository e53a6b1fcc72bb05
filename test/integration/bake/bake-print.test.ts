// Every generated definition validated by the real buildx 0.13.1: `buildx bake --print` (the
// standalone binary needs no daemon) merges the user's files with ours exactly as the build
// will, so these tests check the merged result buildx computes, not the shape of our JSON.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execProcess } from '@cib/core/exec/exec';
import { bakeArgs, printArgs, type BakeFlags } from '@cib/core/bake/bake-command';
import { buildxFeatures, parseBuildxVersion } from '@cib/core/bake/buildx-features';
import { buildOverride, type OverrideOptions } from '@cib/core/bake/override-definition';
import { parsePrintedDefinition, printFailure } from '@cib/core/bake/printed-definition';
import { InputError } from '@cib/core/errors/input-error';
import { engineFiles } from '../../support/engine/engine-files';

const buildx = () => engineFiles().buildx;
const options: OverrideOptions = {
  platforms: [],
  tags: [],
  tagSuffix: '',
  pushByDigest: false,
  push: false,
  load: false,
  defaultArgs: new Map([
    ['GIT_COMMIT', 'ffac537e'],
    ['BUILD_DATE', '2026-11-29T10:00:00Z'],
  ]),
  defaultLabels: new Map([['org.opencontainers.image.revision', 'ffac537e']]),
  args: new Map(),
  labels: new Map(),
  annotations: new Map(),
  cache: { backend: 'registry', ref: '127.0.0.1:5000/cache', mode: 'max', scopePrefix: '' },
  cacheExplicit: true,
};

/** Writes the user's files, prints them, generates ours, prints the merge; returns it. */
async function merged(
  files: Record<string, string>,
  targets: string[],
  given: Partial<OverrideOptions> = {},
  set: string[] = [],
) {
  const dir = mkdtempSync(join(tmpdir(), 'cib-bake-print-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const flags: BakeFlags = {
    builder: '',
    files: Object.keys(files),
    targets,
    set,
    push: false,
    load: false,
    pull: false,
    noCache: false,
    provenance: '',
    sbom: '',
    call: 'build',
    allow: [],
  };
  const [program, ...rest] = [buildx(), ...printArgs(flags).slice(1)];
  const user = parsePrintedDefinition((await execProcess(program, rest, { cwd: dir })).stdout);
  const plan = buildOverride(user, { ...options, ...given });
  const definitionFile = join(dir, 'ours.json');
  writeFileSync(definitionFile, JSON.stringify(plan.definition));
  const features = buildxFeatures(parseBuildxVersion((await execProcess(buildx(), ['version'])).stdout));
  const args = bakeArgs(
    { ...flags, set: [...plan.sets, ...set] },
    { definitionFile, metadataFile: join(dir, 'm.json') },
    features,
    { print: true },
  ).slice(1);
  const result = parsePrintedDefinition((await execProcess(buildx(), args, { cwd: dir })).stdout);
  return { user, plan, result };
}

const HCL = `
target "base" {
  args = { GIT_COMMIT = "set-in-file" }
  labels = { "org.example.team" = "core" }
  tags = ["127.0.0.1:5000/base:1"]
}
target "app" {
  inherits = ["base"]
  tags = ["127.0.0.1:5000/app:1"]
  platforms = ["linux/amd64", "linux/arm64"]
}
group "default" { targets = ["base", "app"] }
`;

test('a child target keeps its own cache scope although we write the parent too (no leak through inherits)', async () => {
  const { result } = await merged(
    { 'docker-bake.hcl': HCL.replace('target "base" {', 'target "base" {\n  cache-from = ["type=gha"]') },
    ['default'],
  );
  const target = (name: string) => result.target[name];
  expect(target('base')['cache-to']).toEqual([
    'type=registry,ref=127.0.0.1:5000/cache:base-linux-amd64,mode=max,image-manifest=true,oci-mediatypes=true',
  ]);
  expect(target('app')['cache-to']).toEqual([
    'type=registry,ref=127.0.0.1:5000/cache:app-linux-amd64-linux-arm64,mode=max,image-manifest=true,oci-mediatypes=true',
  ]);
  expect(target('app')['cache-from']).toEqual(['type=registry,ref=127.0.0.1:5000/cache:app-linux-amd64-linux-arm64']);
});

test('what the file sets wins over build-info defaults; inputs win over the file', async () => {
  const { result } = await merged({ 'docker-bake.hcl': HCL }, ['app'], {
    labels: new Map([['org.example.team', 'platform']]),
  });
  expect(result.target.app.args).toEqual({ GIT_COMMIT: 'set-in-file', BUILD_DATE: '2026-11-29T10:00:00Z' });
  expect(result.target.app.labels).toEqual({
    'org.example.team': 'platform',
    'org.opencontainers.image.revision': 'ffac537e',
  });
  expect(result.target.app.platforms).toEqual(['linux/amd64', 'linux/arm64']);
});

test('platforms and tags inputs reach every selected target; --set lines still win over ours', async () => {
  const { result } = await merged(
    { 'docker-bake.hcl': HCL },
    ['default'],
    { platforms: ['linux/arm/v7'], tags: ['127.0.0.1:5000/x:2'], tagSuffix: '-{arch}{variant}' },
    ['app.args.GIT_COMMIT=from-set'],
  );
  expect(result.target.base.platforms).toEqual(['linux/arm/v7']);
  expect(result.target.app.tags).toEqual(['127.0.0.1:5000/x:2-armv7']);
  expect(result.target.app.args?.GIT_COMMIT).toBe('from-set');
});

test('a later user file is merged before ours: JSON override files, compose files', async () => {
  const { result } = await merged(
    {
      'compose.yaml': 'services:\n  web:\n    build:\n      context: .\n      args:\n        VERSION: compose\n',
      'docker-bake.override.json': JSON.stringify({ target: { web: { tags: ['127.0.0.1:5000/web:override'] } } }),
    },
    ['web'],
    { pushByDigest: true },
  );
  expect(result.target.web.args).toMatchObject({ VERSION: 'compose', GIT_COMMIT: 'ffac537e' });
  expect(result.target.web.tags ?? []).toEqual([]);
  expect(result.target.web.output).toEqual([
    'type=image,name=127.0.0.1:5000/web,push-by-digest=true,name-canonical=true,push=true',
  ]);
});

test('an unknown target is an input error before anything runs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cib-bake-print-'));
  writeFileSync(join(dir, 'docker-bake.hcl'), HCL);
  const printed = await execProcess(buildx(), ['bake', '--print', 'nosuch'], { cwd: dir, allowFailure: true });
  expect(printed.exitCode).not.toBe(0);
  const error = printFailure(printed.stderr, ['nosuch']);
  expect(error).toBeInstanceOf(InputError);
  expect(error.message).toMatch(
    /Input "targets" is "nosuch": expected targets or groups defined in the bake files.*"nosuch"/,
  );
});
