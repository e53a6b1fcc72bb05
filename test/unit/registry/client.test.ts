// Registry client behaviour that a real distribution 2.8 cannot show: redirects to storage on
// another host, registries that lie about digests or leave headers out, Link pagination,
// read-after-write lag, and which hosts get plain HTTP. A scripted transport stands in.
import { RegistryClient } from '@cib/core/registry/client';
import { fakeRegistry, manualClock } from './scripted-registry';
import { sha256Digest } from '@cib/core/registry/digest';
import { OCI_MANIFEST } from '@cib/core/registry/media-types';
import { parseReference, withDigest } from '@cib/core/registry/reference';
import { HttpNetworkError } from '@cib/core/http/transport';
import type { HttpTransport } from '@cib/core/http/transport';

const manifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: 'x', digest: sha256Digest(Buffer.from('c')), size: 1 },
    layers: [],
  }),
);
const manifestDigest = sha256Digest(manifest);

test('a blob redirect to storage on another host is followed without the registry credentials', async () => {
  const blob = Buffer.from('layer bytes');
  const digest = sha256Digest(blob);
  const { client, seen } = fakeRegistry(
    (request) => {
      if (request.url.host === 'storage.example') return { status: 200, body: blob };
      if (!request.headers?.authorization) return { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } };
      return { status: 307, headers: { location: `https://storage.example/blob?sig=abc` } };
    },
    { credentials: { 'registry.example': { username: 'u', password: 'p' } } },
  );
  expect((await client.getBlob(parseReference('registry.example/o/a'), digest)).toString()).toBe('layer bytes');
  const toStorage = seen.filter((r) => r.url.host === 'storage.example');
  expect(toStorage).toHaveLength(1);
  expect(toStorage[0].headers?.authorization).toBeUndefined();
  expect(seen.filter((r) => r.url.host === 'registry.example').at(-1)?.headers?.authorization).toMatch(/^Basic /);
});

test('a redirect within the registry keeps the credentials', async () => {
  const blob = Buffer.from('same host');
  const { client, seen } = fakeRegistry(
    (request) => {
      if (!request.headers?.authorization) return { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } };
      if (request.url.pathname.startsWith('/v2/')) return { status: 302, headers: { location: '/storage/1' } };
      return { status: 200, body: blob };
    },
    { credentials: { 'registry.example': { username: 'u', password: 'p' } } },
  );
  await client.getBlob(parseReference('registry.example/o/a'), sha256Digest(blob));
  expect(seen.at(-1)?.url.pathname).toBe('/storage/1');
  expect(seen.at(-1)?.headers?.authorization).toMatch(/^Basic /);
});

test.each([
  ['GET by digest serving other bytes', 'get-digest'],
  ['GET by tag whose Docker-Content-Digest disagrees with the bytes', 'get-header'],
  ['PUT answered with another digest', 'put'],
  ['a blob whose bytes do not match its digest', 'blob'],
])('%s: DIGEST_MISMATCH', async (_name, kind) => {
  const other = sha256Digest(Buffer.from('other'));
  const { client } = fakeRegistry(() => {
    if (kind === 'put') return { status: 201, headers: { 'docker-content-digest': other } };
    return {
      status: 200,
      headers: {
        'content-type': OCI_MANIFEST,
        'docker-content-digest': kind === 'get-header' ? other : manifestDigest,
      },
      body: manifest,
    };
  });
  const ref = parseReference('registry.example/o/a:1');
  const attempt =
    kind === 'get-digest'
      ? client.getManifest(withDigest(ref, other))
      : kind === 'get-header'
        ? client.getManifest(ref)
        : kind === 'put'
          ? client.putManifest(ref, manifest, OCI_MANIFEST)
          : client.getBlob(ref, other);
  await expect(attempt).rejects.toMatchObject({ code: 'DIGEST_MISMATCH' });
});

test('HEAD without Docker-Content-Digest falls back to GET and computes the digest', async () => {
  const { client, seen } = fakeRegistry((request) =>
    request.method === 'HEAD'
      ? { status: 200, headers: { 'content-type': OCI_MANIFEST } }
      : { status: 200, headers: { 'content-type': OCI_MANIFEST }, body: manifest },
  );
  expect(await client.headManifest(parseReference('registry.example/o/a:1'))).toEqual({
    digest: manifestDigest,
    mediaType: OCI_MANIFEST,
    size: manifest.length,
  });
  expect(seen.map((r) => r.method)).toEqual(['HEAD', 'GET']);
});

test('the media type comes from the document when the registry sends a generic Content-Type', async () => {
  const { client } = fakeRegistry(() => ({
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: manifest,
  }));
  expect((await client.getManifest(parseReference('registry.example/o/a:1'))).mediaType).toBe(OCI_MANIFEST);
});

test('something that is not an image manifest is refused as UNSUPPORTED', async () => {
  const { client } = fakeRegistry(() => ({
    status: 200,
    headers: { 'content-type': 'application/vnd.cncf.helm.config.v1+json' },
    body: '{"schemaVersion":2}',
  }));
  await expect(client.getManifest(parseReference('registry.example/charts/x:1'))).rejects.toMatchObject({
    code: 'UNSUPPORTED',
    message: expect.stringMatching(/is not an image/),
  });
});

test('listTags follows Link rel="next" until the last page', async () => {
  const pages: Record<string, { tags: string[]; next?: string }> = {
    '': { tags: ['1', '2'], next: '</v2/o/a/tags/list?last=2&n=2>; rel="next"' },
    '2': { tags: ['3', '4'], next: '<https://registry.example/v2/o/a/tags/list?last=4&n=2>; rel="next"' },
    '4': { tags: ['5'] },
  };
  const { client, seen } = fakeRegistry((request) => {
    const page = pages[request.url.searchParams.get('last') ?? ''];
    return {
      status: 200,
      headers: page.next ? { link: page.next } : {},
      body: JSON.stringify({ name: 'o/a', tags: page.tags }),
    };
  });
  expect(await client.listTags(parseReference('registry.example/o/a'), 2)).toEqual(['1', '2', '3', '4', '5']);
  expect(seen.map((r) => r.url.search)).toEqual(['?n=2', '?last=2&n=2', '?last=4&n=2']);
});

test('listTags stops with an error when Link points back at a page already read', async () => {
  const { client, seen } = fakeRegistry((request) => ({
    status: 200,
    headers: { link: `</v2/o/a/tags/list?last=${request.url.searchParams.get('last') ? '' : '2'}&n=2>; rel="next"` },
    body: JSON.stringify({ name: 'o/a', tags: ['1', '2'] }),
  }));
  await expect(client.listTags(parseReference('registry.example/o/a'), 2)).rejects.toThrow(
    'The tag list of registry.example/o/a pages in a loop',
  );
  expect(seen).toHaveLength(3);
});

test('a read right after our own write is retried on 404 until the registry catches up', async () => {
  let reads = 0;
  const { client } = fakeRegistry((request) => {
    if (request.method === 'PUT') return { status: 201, headers: { 'docker-content-digest': manifestDigest } };
    reads++;
    return reads < 3
      ? { status: 404, body: '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"x"}]}' }
      : { status: 200, headers: { 'content-type': OCI_MANIFEST }, body: manifest };
  });
  const ref = parseReference('registry.example/o/a:1');
  await client.putManifest(ref, manifest, OCI_MANIFEST);
  expect((await client.getManifest(ref)).digest).toBe(manifestDigest);
  expect(reads).toBe(3);
});

test('a 404 on something we did not write is answered at once', async () => {
  const { client, seen } = fakeRegistry(() => ({ status: 404 }));
  expect(await client.headManifest(parseReference('registry.example/o/a:never'))).toBeUndefined();
  expect(seen).toHaveLength(1);
});

test.each([
  ['ghcr.io/o/a', [], 'https:'],
  ['127.0.0.1:5000/o/a', [], 'http:'],
  ['localhost:5000/o/a', [], 'http:'],
  ['[::1]:5000/o/a', [], 'http:'],
  ['registry.internal:5000/o/a', ['registry.internal:5000'], 'http:'],
  ['registry.internal:5000/o/a', ['other:5000'], 'https:'],
  ['app', [], 'https:'],
])('%s with insecure hosts %j is reached over %s', async (text, insecureHosts, protocol) => {
  const { client, seen } = fakeRegistry(() => ({ status: 404 }), { insecureHosts });
  await client.headManifest(parseReference(text));
  expect(seen[0].url.protocol).toBe(protocol);
  if (text === 'app') expect(seen[0].url.host).toBe('registry-1.docker.io');
});

test('an anonymous Bearer challenge gets a token without credentials, then the request carries it', async () => {
  const { client, seen } = fakeRegistry((request) => {
    if (request.url.host === 'auth.example') {
      expect(request.headers?.authorization).toBeUndefined();
      expect(request.url.searchParams.getAll('scope')).toEqual(['repository:library/app:pull']);
      return { status: 200, body: JSON.stringify({ access_token: 'anon-token' }) };
    }
    if (request.headers?.authorization !== 'Bearer anon-token') {
      return {
        status: 401,
        headers: {
          'www-authenticate':
            'Bearer realm="https://auth.example/token",service="hub",scope="repository:library/app:pull"',
        },
      };
    }
    return {
      status: 200,
      headers: {
        'content-type': OCI_MANIFEST,
        'docker-content-digest': manifestDigest,
        'content-length': String(manifest.length),
      },
    };
  });
  expect((await client.headManifest(parseReference('app:1')))?.digest).toBe(manifestDigest);
  expect(seen.map((r) => `${r.method} ${r.url.host}`)).toEqual([
    'HEAD registry-1.docker.io',
    'GET auth.example',
    'HEAD registry-1.docker.io',
  ]);
});

test('before a first request with a body, GET /v2/ learns the challenge, so the body is sent once', async () => {
  const { client, seen } = fakeRegistry(
    (request) => {
      if (!request.headers?.authorization) return { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } };
      return { status: 201, headers: { 'docker-content-digest': manifestDigest } };
    },
    { credentials: { 'registry.example': { username: 'u', password: 'p' } } },
  );
  await client.putManifest(parseReference('registry.example/o/a:1'), manifest, OCI_MANIFEST);
  await client.putManifest(parseReference('registry.example/o/a:2'), manifest, OCI_MANIFEST);
  expect(seen.map((r) => `${r.method} ${r.url.pathname} ${r.body ? 'body' : ''}`.trim())).toEqual([
    'GET /v2/',
    'PUT /v2/o/a/manifests/1 body',
    'PUT /v2/o/a/manifests/2 body',
  ]);
});

test('a registry that keeps answering 404 after our write is given up on after the propagation time', async () => {
  const waits: number[] = [];
  const { client } = fakeRegistry((request) => (request.method === 'PUT' ? { status: 201 } : { status: 404 }), {
    propagationMs: 3000,
    clock: manualClock(waits),
  });
  const ref = parseReference('registry.example/o/a:1');
  await client.putManifest(ref, manifest, OCI_MANIFEST);
  expect(await client.headManifest(ref)).toBeUndefined();
  expect(waits).toEqual([200, 400, 800, 1600]);
});

test('credentials are never sent to a token realm over plain HTTP on a non-loopback host', async () => {
  const { client, seen } = fakeRegistry(
    () => ({ status: 401, headers: { 'www-authenticate': 'Bearer realm="http://auth.example/token",service="s"' } }),
    { credentials: { 'registry.example': { username: 'u', password: 'p' } } },
  );
  await expect(client.headManifest(parseReference('registry.example/o/a:1'))).rejects.toThrow(
    /not HTTPS: credentials are not sent over plain HTTP.*list auth.example in the registry-insecure input/,
  );
  expect(seen.some((r) => r.url.host === 'auth.example')).toBe(false);
});

test('a TLS failure says to list the host as insecure if it serves plain HTTP', async () => {
  const transport: HttpTransport = async (request) => {
    throw new HttpNetworkError(request, 'EPROTO', 'wrong version number');
  };
  const client = new RegistryClient({ transport, dockerConfigDir: '/nonexistent' });
  await expect(client.headManifest(parseReference('registry.internal:5000/o/a:1'))).rejects.toMatchObject({
    code: 'NETWORK',
    message: expect.stringMatching(
      /If registry.internal:5000 serves plain HTTP, list it in the registry-insecure input/,
    ),
  });
});

test('insufficient_scope naming a scope we lacked: a new token for both scopes, and the request goes through', async () => {
  const tokenScopes: string[][] = [];
  const { client, seen } = fakeRegistry(
    (request) => {
      if (request.url.host === 'auth.example') {
        const scopes = request.url.searchParams.getAll('scope');
        tokenScopes.push(scopes);
        return { status: 200, body: JSON.stringify({ token: `t${tokenScopes.length}`, expires_in: 300 }) };
      }
      const challenge = (scope: string, error = '') =>
        `Bearer realm="https://auth.example/token",service="s",scope="${scope}"${error ? `,error="${error}"` : ''}`;
      if (!request.headers?.authorization)
        return { status: 401, headers: { 'www-authenticate': challenge('repository:o/a:pull') } };
      if (request.headers.authorization === 'Bearer t1') {
        return {
          status: 401,
          headers: { 'www-authenticate': challenge('repository:o/shared:pull', 'insufficient_scope') },
        };
      }
      return {
        status: 200,
        headers: { 'content-type': OCI_MANIFEST, 'docker-content-digest': manifestDigest, 'content-length': '1' },
      };
    },
    { credentials: { 'registry.example': { username: 'u', password: 'p' } } },
  );
  expect((await client.headManifest(parseReference('registry.example/o/a:1')))?.digest).toBe(manifestDigest);
  expect(tokenScopes).toEqual([['repository:o/a:pull'], ['repository:o/a:pull', 'repository:o/shared:pull']]);
  expect(seen.filter((r) => r.url.host === 'registry.example').map((r) => r.headers?.authorization ?? 'none')).toEqual([
    'none',
    'Bearer t1',
    'Bearer t2',
  ]);
});

describe('an answer that is not JSON fails naming what was read, with its OCI code', () => {
  const notJson = Buffer.from('<html>proxy error</html>');
  const ref = parseReference('registry.example/o/a:1');
  test.each([
    {
      what: 'a manifest',
      read: (client: RegistryClient) => client.getManifest(ref),
      message: 'The manifest of registry.example/o/a:1 is not JSON',
      reference: 'registry.example/o/a:1',
      code: 'MANIFEST_INVALID',
    },
    {
      what: 'a tag list',
      read: (client: RegistryClient) => client.listTags(ref),
      message: 'The tag list of registry.example/o/a is not JSON',
      reference: 'registry.example/o/a',
      code: undefined,
    },
    {
      what: 'a config blob',
      read: (client: RegistryClient) =>
        client.getConfig(ref, {
          schemaVersion: 2,
          mediaType: OCI_MANIFEST,
          config: { mediaType: 'x', digest: sha256Digest(notJson), size: notJson.length },
          layers: [],
        }),
      message: 'The config blob of registry.example/o/a:1 is not JSON',
      reference: 'registry.example/o/a:1',
      code: 'UNSUPPORTED',
    },
  ])('$what', async ({ read, message, reference, code }) => {
    const { client } = fakeRegistry(() => ({
      status: 200,
      headers: { 'content-type': OCI_MANIFEST },
      body: notJson,
    }));
    const error = await read(client).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RegistryError', message, status: 200, code, reference });
  });
});
