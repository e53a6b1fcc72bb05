// How image references are read and written: Docker Hub short names, hosts with ports, IP and
// localhost hosts, tags and digests, and the errors for what is not a reference.
import {
  apiHost,
  formatReference,
  parseReference,
  sameRepository,
  withDigest,
  withTag,
} from '@cib/core/registry/reference';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseReference', () => {
  test.each([
    ['app', { registry: 'docker.io', repository: 'library/app', tag: 'latest' }],
    ['app:1.2.3', { registry: 'docker.io', repository: 'library/app', tag: '1.2.3' }],
    ['org/app', { registry: 'docker.io', repository: 'org/app', tag: 'latest' }],
    ['docker.io/app', { registry: 'docker.io', repository: 'library/app', tag: 'latest' }],
    ['index.docker.io/org/app:v1', { registry: 'docker.io', repository: 'org/app', tag: 'v1' }],
    ['ghcr.io/org/app:1.2.3-amd64', { registry: 'ghcr.io', repository: 'org/app', tag: '1.2.3-amd64' }],
    ['ghcr.io/org/team/app', { registry: 'ghcr.io', repository: 'org/team/app', tag: 'latest' }],
    ['localhost:5000/app:dev', { registry: 'localhost:5000', repository: 'app', tag: 'dev' }],
    ['localhost/app', { registry: 'localhost', repository: 'app', tag: 'latest' }],
    ['127.0.0.1:5000/a/b:c', { registry: '127.0.0.1:5000', repository: 'a/b', tag: 'c' }],
    ['[::1]:5000/app:1', { registry: '[::1]:5000', repository: 'app', tag: '1' }],
    [`ghcr.io/org/app@${DIGEST}`, { registry: 'ghcr.io', repository: 'org/app', digest: DIGEST }],
    [`ghcr.io/org/app:1.0@${DIGEST}`, { registry: 'ghcr.io', repository: 'org/app', tag: '1.0', digest: DIGEST }],
    [`app@${DIGEST}`, { registry: 'docker.io', repository: 'library/app', digest: DIGEST }],
    [
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1',
      { registry: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', repository: 'app', tag: '1' },
    ],
    ['  ghcr.io/org/app:1  ', { registry: 'ghcr.io', repository: 'org/app', tag: '1' }],
    [
      'reg.example.com/a__b/c-d/e.f:T_1.x-y',
      { registry: 'reg.example.com', repository: 'a__b/c-d/e.f', tag: 'T_1.x-y' },
    ],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });

  test.each([
    ['', /empty/],
    ['ghcr.io/Org/app', /path component "Org"/],
    ['ghcr.io/org/app:', /tag ""/],
    ['ghcr.io/org/app:-bad', /tag "-bad"/],
    [`ghcr.io/org/app:${'x'.repeat(129)}`, /tag/],
    ['ghcr.io/org/app@sha256:abc', /digest/],
    ['ghcr.io/org//app', /path component ""/],
    ['ghcr.io/', /repository path is empty|path component/],
    ['bad_host.io:5000x/app', /not valid|path component/],
  ])('%j is refused with a message saying what is wrong', (text, why) => {
    expect(() => parseReference(text)).toThrow(why);
    expect(() => parseReference(text)).toThrow(/host\[:port\]\/path/);
  });
});

describe('writing references', () => {
  test.each([
    ['app', 'docker.io/library/app:latest'],
    ['localhost:5000/app:dev', 'localhost:5000/app:dev'],
    [`ghcr.io/o/a@${DIGEST}`, `ghcr.io/o/a@${DIGEST}`],
    [`ghcr.io/o/a:1@${DIGEST}`, `ghcr.io/o/a:1@${DIGEST}`],
  ])('%s formats as %s and parses back to the same', (text, formatted) => {
    expect(formatReference(parseReference(text))).toBe(formatted);
    expect(parseReference(formatted)).toEqual(parseReference(text));
  });

  test('withTag drops the digest; withDigest keeps the tag for display', () => {
    const pinned = parseReference(`ghcr.io/o/a:1@${DIGEST}`);
    expect(withTag(pinned, '2')).toEqual({ registry: 'ghcr.io', repository: 'o/a', tag: '2' });
    expect(formatReference(withDigest(parseReference('ghcr.io/o/a:1'), DIGEST))).toBe(`ghcr.io/o/a:1@${DIGEST}`);
    expect(() => withTag(pinned, 'no spaces')).toThrow(/tag/);
    expect(() => withDigest(pinned, 'sha256:short')).toThrow(/digest/);
  });

  test('apiHost serves Docker Hub from registry-1.docker.io, others as written', () => {
    expect(apiHost(parseReference('app'))).toBe('registry-1.docker.io');
    expect(apiHost(parseReference('GHCR.io/o/a'))).toBe('ghcr.io');
    expect(apiHost(parseReference('127.0.0.1:5000/a'))).toBe('127.0.0.1:5000');
  });

  test('sameRepository ignores tags, digests and host case', () => {
    expect(sameRepository(parseReference('ghcr.io/o/a:1'), parseReference(`GHCR.IO/o/a@${DIGEST}`))).toBe(true);
    expect(sameRepository(parseReference('ghcr.io/o/a:1'), parseReference('ghcr.io/o/b:1'))).toBe(false);
    expect(sameRepository(parseReference('app'), parseReference('docker.io/library/app'))).toBe(true);
  });
});
