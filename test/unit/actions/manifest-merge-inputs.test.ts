// The action's inputs as the user writes them, parsed into the typed merge options.
import { readInputs } from '../../../actions/manifest-merge/run';
import { fakeRuntime } from '../../support/fake-runtime';

const base = { sources: 'ghcr.io/org/app:1-amd64\nghcr.io/org/app:1-arm64', tags: 'ghcr.io/org/app:1' };

test('defaults: OCI, attestations kept, no expectation, no annotations, not a dry run', () => {
  const inputs = readInputs(fakeRuntime(base));
  expect(inputs).toMatchObject({
    format: 'oci',
    attestations: 'keep',
    platforms: [],
    annotations: {},
    dryRun: false,
    insecureHosts: [],
  });
  expect(inputs.sources.map((s) => s.tag)).toEqual(['1-amd64', '1-arm64']);
  expect(inputs.tags).toEqual([{ registry: 'ghcr.io', repository: 'org/app', tag: '1' }]);
});

test('every input given', () => {
  const inputs = readInputs(
    fakeRuntime({
      sources: 'app:1-amd64, app@sha256:' + 'a'.repeat(64),
      tags: 'ghcr.io/org/app:1\n  registry.example:5000/app:1',
      platforms: 'linux/amd64, linux/arm/v7',
      annotations:
        'org.opencontainers.image.version=1.2.3\nindex:org.opencontainers.image.description=a=b\nmanifest:org.opencontainers.image.title=app',
      format: 'docker',
      attestations: 'drop',
      username: 'me',
      password: 'pw',
      'registry-insecure': 'registry.example:5000',
      'dry-run': 'true',
    }),
  );
  expect(inputs.sources[0]).toEqual({ registry: 'docker.io', repository: 'library/app', tag: '1-amd64' });
  expect(inputs.sources[1].digest).toBe('sha256:' + 'a'.repeat(64));
  expect(inputs.tags[1]).toEqual({ registry: 'registry.example:5000', repository: 'app', tag: '1' });
  expect(inputs.platforms).toEqual([
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm', variant: 'v7' },
  ]);
  expect(inputs.annotations).toEqual({
    'org.opencontainers.image.version': '1.2.3',
    'org.opencontainers.image.description': 'a=b',
  });
  expect(inputs.skippedAnnotations).toEqual(['manifest:org.opencontainers.image.title']);
  expect(inputs).toMatchObject({
    format: 'docker',
    attestations: 'drop',
    username: 'me',
    password: 'pw',
    dryRun: true,
  });
  expect(inputs.insecureHosts).toEqual(['registry.example:5000']);
});

test.each([
  ['no sources', { sources: '' }, /Input "sources" is empty/],
  ['no tags', { tags: ' ' }, /Input "tags" is empty/],
  [
    'a malformed source',
    { sources: 'ghcr.io/Org/App:1' },
    // Why it is malformed, once, without the parser's repeated value and example.
    /^Input "sources" is "ghcr\.io\/Org\/App:1": expected an image reference like ghcr\.io\/org\/app:1\.2\.3\. Here the path component "Org" is not valid \(lower-case letters, digits and \. _ - between them\)$/,
  ],
  [
    'a tag given as a digest',
    { tags: 'ghcr.io/org/app@sha256:' + 'b'.repeat(64) },
    /Input "tags" .*expected a tag to push to/,
  ],
  ['an unsupported format', { format: 'zip' }, /Input "format" is "zip": expected one of oci, docker/],
  [
    'an unknown attestations policy',
    { attestations: 'sign' },
    /Input "attestations" is "sign": expected one of keep, drop/,
  ],
  ['a platform without architecture', { platforms: 'linux' }, /Input "platforms" is "linux"/],
  ['an annotation line without =', { annotations: 'just text' }, /Input "annotations"/],
  ['a username without password', { username: 'me' }, /Input "password" is empty/],
  ['a password without username', { password: 'pw' }, /Input "username" is empty/],
  ['dry-run not a boolean', { 'dry-run': 'yes' }, /Input "dry-run" is "yes": expected true or false/],
])('%s is refused, naming the input', (_name, overrides, error) => {
  expect(() => readInputs(fakeRuntime({ ...base, ...overrides }))).toThrow(error);
});

test('list inputs follow the one rule: lines and commas, # comment lines, blanks ignored', () => {
  const inputs = readInputs(
    fakeRuntime({
      sources:
        '# one per architecture\nghcr.io/org/app:1-amd64,\n\n  # arm comes from the native builder\nghcr.io/org/app:1-arm64',
      tags: 'ghcr.io/org/app:1, ghcr.io/org/app:latest',
      platforms: '# both\nlinux/amd64\nlinux/arm64',
    }),
  );
  expect(inputs.sources.map((s) => s.tag)).toEqual(['1-amd64', '1-arm64']);
  expect(inputs.tags.map((t) => t.tag)).toEqual(['1', 'latest']);
  expect(inputs.platforms).toHaveLength(2);
});

test.each([
  ['tags', 'ghcr.io/org/app:1.2.3+build.7', '1.2.3_build.7'],
  ['sources', 'ghcr.io/org/app:1.2.3+build.7-amd64', '1.2.3_build.7-amd64'],
])('a %s tag holding a version with build metadata: the error shows the tag to use', (input, reference, tag) => {
  expect(() => readInputs(fakeRuntime({ ...base, [input]: reference }))).toThrow(
    new RegExp(
      `^Input "${input}" is .*: expected an image reference .*Here the tag .* is not valid .*; as an image tag it is written ${tag.replace(/\./g, '\\.')} \\(build-info's version output\\)$`,
    ),
  );
});

test.each([
  ['http://x:1', /^Input "registry-insecure" is "http:\/\/x:1": expected hosts as host\[:port\] .*\. Write it as x:1$/],
  [
    'registry.local:5000/v2/',
    /^Input "registry-insecure" is "registry\.local:5000\/v2\/".*\. Write it as registry\.local:5000$/,
  ],
  ['not a host!', /^Input "registry-insecure" is "not a host!": expected hosts as host\[:port\]/],
])('registry-insecure %j is an input error', (value, message) => {
  expect(() => readInputs(fakeRuntime({ ...base, 'registry-insecure': value }))).toThrow(message);
});

test('registry-insecure takes host, host:port and [ipv6]:port', () => {
  const hosts = 'registry.local, registry.local:5000\n[::1]:5000';
  expect(readInputs(fakeRuntime({ ...base, 'registry-insecure': hosts })).insecureHosts).toEqual([
    'registry.local',
    'registry.local:5000',
    '[::1]:5000',
  ]);
});

test.each(['sources', 'tags'])('%s naming one image twice fails before any request, naming the input', (input) => {
  const twice = { ...base, [input]: 'ghcr.io/org/app:1-amd64\nghcr.io/org/app:1-arm64,ghcr.io/org/app:1-amd64' };
  expect(() => readInputs(fakeRuntime(twice))).toThrow(
    `Input "${input}" is "ghcr.io/org/app:1-amd64\\nghcr.io/org/app:1-arm64,ghcr.io/org/app:1-amd64": expected each image once (ghcr.io/org/app:1-amd64 is listed twice)`,
  );
});
