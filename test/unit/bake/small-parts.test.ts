// Metadata, matrix, entitlements, bake files and the JSON stream splitter.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '@cib/core/errors/input-error';
import { defaultBakeFiles, resolveBakeFiles } from '@cib/core/bake/bake-files';
import { allowEntries, checkAllow } from '@cib/core/bake/entitlements';
import { JsonObjectStream } from '@cib/core/bake/json-stream';
import { buildMatrix, MAX_MATRIX_JOBS, matrixWarning, parseRunners } from '@cib/core/bake/matrix';
import { digestsOf, imagesOf } from '@cib/core/bake/metadata';
import { buildxFeatures, parseBuildxVersion } from '@cib/core/bake/buildx-features';

const v = (text: string) => buildxFeatures(parseBuildxVersion(`buildx v${text} x`));

test('digests and images from the metadata file (as buildx 0.13.1 wrote it)', () => {
  const meta = {
    app: { 'containerimage.digest': 'sha256:aa', 'image.name': '127.0.0.1:5000/app:1,127.0.0.1:5000/app:latest' },
    check: { 'buildx.build.ref': 'x' },
  };
  expect(digestsOf(meta)).toEqual({ app: 'sha256:aa' });
  expect(imagesOf(meta)).toEqual({ app: ['127.0.0.1:5000/app@sha256:aa'] });
});

test('matrix: arm to the hosted arm runners, overridable per platform', () => {
  const plan = [{ target: 'app', platforms: ['linux/amd64', 'linux/arm/v7'] }];
  expect(buildMatrix(plan, new Map()).include).toEqual([
    { target: 'app', platform: 'linux/amd64', runner: 'ubuntu-24.04' },
    { target: 'app', platform: 'linux/arm/v7', runner: 'ubuntu-24.04-arm' },
  ]);
  const runners = parseRunners('runners', new Map([['linux/arm', 'self-hosted-pi']]));
  expect(buildMatrix(plan, runners).include[1].runner).toBe('self-hosted-pi');
  expect(() => parseRunners('runners', new Map([['linux/arm', 'a b']]))).toThrow(InputError);
});

test('matrix: a warning past the 256 jobs GitHub runs from one matrix, none up to it', () => {
  const plan = (targets: number) =>
    Array.from({ length: targets }, (_, i) => ({ target: `t${i}`, platforms: ['linux/amd64', 'linux/arm64'] }));
  expect(matrixWarning(buildMatrix(plan(MAX_MATRIX_JOBS / 2), new Map()))).toBeUndefined();
  expect(matrixWarning(buildMatrix(plan(MAX_MATRIX_JOBS / 2 + 1), new Map()))).toMatch(
    /^The matrix output has 258 jobs \(target x platform\): GitHub runs at most 256 jobs from one matrix/,
  );
});

test('allow: user entries checked; our fs entitlements only where buildx enforces them', () => {
  expect(() => checkAllow(['network.host', 'fs.read=/x', 'security.insecure'])).not.toThrow();
  expect(() => checkAllow(['network'])).toThrow(/Input "allow"/);
  const ours = { readDirs: ['/tmp/plan', '/tmp/cache'], writeDirs: ['/tmp/cache'] };
  expect(allowEntries(v('0.13.1'), [], ours)).toEqual([]);
  expect(() => allowEntries(v('0.13.1'), ['network.host'], ours)).toThrow(/needs buildx 0.17/);
  expect(allowEntries(v('0.17.0'), ['network.host'], ours)).toEqual(['network.host']);
  expect(allowEntries(v('0.20.0'), [], ours)).toEqual([
    'fs.read=/tmp/plan',
    'fs.read=/tmp/cache',
    'fs.write=/tmp/cache',
  ]);
});

test('bake files: given ones must exist; without them, the default files in this buildx order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cib-files-'));
  writeFileSync(join(dir, 'docker-bake.hcl'), '');
  writeFileSync(join(dir, 'docker-bake.override.json'), '{}');
  expect(resolveBakeFiles([], dir, v('0.13.1'))).toEqual(['docker-bake.override.json', 'docker-bake.hcl']);
  expect(resolveBakeFiles([], dir, v('0.20.0'))).toEqual(['docker-bake.hcl', 'docker-bake.override.json']);
  expect(() => resolveBakeFiles(['nope.hcl'], dir, v('0.13.1'))).toThrow(
    /Input "files" is "nope.hcl": expected bake files that exist/,
  );
  expect(() => resolveBakeFiles([], mkdtempSync(join(tmpdir(), 'cib-empty-')), v('0.13.1'))).toThrow(/No bake file/);
  expect(defaultBakeFiles(v('0.13.1'))[0]).toBe('compose.yaml');
});

test('JSON stream: braces inside strings, text between objects', () => {
  const objects: unknown[] = [];
  const lines: string[] = [];
  const stream = new JsonObjectStream({ object: (o) => objects.push(o), text: (l) => lines.push(l) });
  stream.feed('{\n  "a": "}{\\"",\n  "b": {"c": 1}\n}\n{"d"');
  stream.feed(': 2}\nERROR: failed to solve\n');
  stream.end();
  expect(objects).toEqual([{ a: '}{"', b: { c: 1 } }, { d: 2 }]);
  expect(lines).toEqual(['ERROR: failed to solve']);
});
