// The bake argv: files with -f (ours last), --set passed through, flags by feature.
import { bakeArgs, formatCommand, printArgs, type BakeFlags } from '@cib/core/bake/bake-command';
import { buildxFeatures, parseBuildxVersion } from '@cib/core/bake/buildx-features';

const flags: BakeFlags = {
  builder: '',
  files: ['docker-bake.hcl', 'ci.hcl'],
  targets: ['app'],
  set: ['app.args.X=1'],
  push: true,
  load: false,
  pull: false,
  noCache: true,
  provenance: '',
  sbom: '',
  call: 'build',
  allow: ['fs.read=/tmp/p'],
};
const generated = { definitionFile: '/tmp/p/bake-override.json', metadataFile: '/tmp/p/meta.json' };
const v = (text: string) => buildxFeatures(parseBuildxVersion(`buildx v${text} x`));

test('print: the user files alone', () => {
  expect(printArgs(flags)).toEqual([
    'buildx',
    'bake',
    '-f',
    'docker-bake.hcl',
    '-f',
    'ci.hcl',
    '--set',
    'app.args.X=1',
    '--print',
    'app',
  ]);
});

test('build with buildx 0.13: rawjson progress, ours last', () => {
  expect(bakeArgs({ ...flags, allow: [] }, generated, v('0.13.1'))).toEqual([
    'buildx',
    'bake',
    '-f',
    'docker-bake.hcl',
    '-f',
    'ci.hcl',
    '-f',
    '/tmp/p/bake-override.json',
    '--set',
    'app.args.X=1',
    '--metadata-file',
    '/tmp/p/meta.json',
    '--progress',
    'rawjson',
    '--push',
    '--no-cache',
    'app',
  ]);
});

test('older buildx: plain progress; builder, attestations, call and allow when asked', () => {
  const args = bakeArgs(
    { ...flags, builder: 'arm', provenance: 'mode=max', sbom: 'true', call: 'check' },
    generated,
    v('0.12.0'),
  );
  expect(args.slice(0, 4)).toEqual(['buildx', 'bake', '--builder', 'arm']);
  expect(args).toEqual(
    expect.arrayContaining([
      'plain',
      '--provenance=mode=max',
      '--sbom=true',
      '--call',
      'check,format=json',
      '--allow',
      'fs.read=/tmp/p',
    ]),
  );
});

test('formatCommand quotes only what a shell would need quoted', () => {
  expect(formatCommand('docker', ['buildx', 'bake', '--set', "a.args.X=it's here"])).toBe(
    `docker buildx bake --set 'a.args.X=it'\\''s here'`,
  );
});
