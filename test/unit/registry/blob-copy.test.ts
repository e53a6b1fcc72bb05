// Blob copies between registries with a scripted transport: content that does not match its digest
// is caught before the upload is closed, a redirect to storage gets no credentials, a refused
// streamed upload starts over by the HTTP client's retry policy (Retry-After honoured), and the
// attempts end where the policy says.
import { sha256Digest } from '@cib/core/registry/digest';
import { parseReference } from '@cib/core/registry/reference';
import type { HttpRequest } from '@cib/core/http/transport';
import { fakeRegistry, manualClock } from './scripted-registry';
import type { Answer } from './scripted-registry';

const good = Buffer.alloc(200_000, 'g');
const layer = {
  mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
  digest: sha256Digest(good),
  size: good.length,
};
const from = parseReference('source.example/org/app');
const to = parseReference('target.example/org/app');

/** The target's side of an upload: sessions, PATCH chunks and the closing PUT, all accepted. */
function target(request: HttpRequest): Answer {
  if (request.method === 'HEAD') return { status: 404 };
  if (request.method === 'POST') return { status: 202, headers: { location: '/v2/org/app/blobs/uploads/s1' } };
  if (request.method === 'PATCH') return { status: 202, headers: { location: '/v2/org/app/blobs/uploads/s1' } };
  return { status: 201 };
}

const puts = (seen: HttpRequest[]) => seen.filter((r) => r.method === 'PUT' && r.url.host === 'target.example');

describe('content that does not match its digest', () => {
  const bad = Buffer.concat([good.subarray(0, good.length - 1), Buffer.from('x')]);
  const serving =
    (bytes: Buffer) =>
    (request: HttpRequest): Answer =>
      request.url.host === 'source.example' ? { status: 200, body: bytes } : target(request);

  test('is caught before the upload is closed: no PUT goes out, and no second attempt', async () => {
    const { client, seen } = fakeRegistry(serving(bad));
    await expect(client.copyBlob(from, to, layer)).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
      message: expect.stringContaining(`expected ${layer.digest}, got ${sha256Digest(bad)}`),
    });
    expect(puts(seen)).toEqual([]);
    expect(seen.filter((r) => r.method === 'GET')).toHaveLength(1);
  });

  test('more bytes than the descriptor says: refused the same way', async () => {
    const { client, seen } = fakeRegistry(serving(Buffer.concat([good, Buffer.from('!')])));
    await expect(client.copyBlob(from, to, layer)).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
      message: expect.stringContaining(`more than the ${good.length} bytes`),
    });
    expect(puts(seen)).toEqual([]);
  });

  test('in a chunked upload: the closing PUT that would commit it is never sent', async () => {
    let refusedWhole = false;
    let corrupt = false;
    const { client, seen } = fakeRegistry(
      (request) => {
        if (request.url.host === 'source.example') return { status: 200, body: corrupt ? bad : good };
        if (request.method === 'PUT' && !refusedWhole) {
          refusedWhole = true;
          return { status: 413 };
        }
        return target(request);
      },
      { chunkSize: 64 * 1024 },
    );
    // The first copy learns that the target takes chunks (its PUT of the whole blob is refused).
    expect(await client.copyBlob(from, to, layer)).toBe('uploaded');
    expect(seen.filter((r) => r.method === 'PATCH')).toHaveLength(Math.ceil(good.length / (64 * 1024)));
    const before = seen.length;
    corrupt = true;
    await expect(client.copyBlob(from, parseReference('target.example/org/other'), layer)).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
    });
    const sent = seen.slice(before).map((r) => r.method);
    // The pieces before the last went out; the last, held back until the check, did not.
    expect(sent.filter((m) => m === 'PATCH')).toHaveLength(Math.ceil(good.length / (64 * 1024)) - 1);
    expect(sent).not.toContain('PUT');
  });
});

test('a blob redirected to storage on another host: fetched there without the registry credentials', async () => {
  const { client, seen } = fakeRegistry(
    (request) => {
      if (request.url.host === 'storage.example') return { status: 200, body: good };
      if (request.url.host === 'source.example') {
        if (!request.headers?.authorization) return { status: 401, headers: { 'www-authenticate': 'Basic realm="r"' } };
        return { status: 307, headers: { location: 'https://storage.example/blob?sig=abc' } };
      }
      return target(request);
    },
    { credentials: { 'source.example': { username: 'u', password: 'p' } } },
  );
  expect(await client.copyBlob(from, to, layer)).toBe('uploaded');
  const storage = seen.filter((r) => r.url.host === 'storage.example');
  expect(storage).toHaveLength(1);
  expect(storage[0].headers?.authorization).toBeUndefined();
  expect(seen.filter((r) => r.url.host === 'source.example').at(-1)?.headers?.authorization).toMatch(/^Basic /);
  expect(puts(seen)).toHaveLength(1);
  expect((puts(seen)[0].body as Buffer).equals(good)).toBe(true);
  expect(seen.filter((r) => r.url.host === 'target.example').every((r) => !r.headers?.authorization)).toBe(true);
});

test('a streamed PUT answered 503 with Retry-After: started over (new GET, new session) after that wait', async () => {
  const waits: number[] = [];
  let refused = 0;
  const { client, seen } = fakeRegistry(
    (request) => {
      if (request.url.host === 'source.example') return { status: 200, body: good };
      if (request.method === 'PUT' && refused++ === 0) return { status: 503, headers: { 'retry-after': '2' } };
      return target(request);
    },
    { clock: manualClock(waits) },
  );
  expect(await client.copyBlob(from, to, layer)).toBe('uploaded');
  expect(waits).toEqual([2000]);
  expect(seen.map((r) => `${r.method} ${r.url.host}`)).toEqual([
    'HEAD target.example',
    'POST target.example',
    'GET source.example',
    'PUT target.example',
    'HEAD target.example',
    'POST target.example',
    'GET source.example',
    'PUT target.example',
  ]);
  expect(client.stats.retries).toBe(1);
});

test('a target that keeps failing the upload: given up after the retry policy attempts, with its error', async () => {
  const { client, seen } = fakeRegistry(
    (request) => {
      if (request.url.host === 'source.example') return { status: 200, body: good };
      if (request.method === 'PUT') return { status: 502 };
      return target(request);
    },
    { retry: { attempts: 3 } },
  );
  await expect(client.copyBlob(from, to, layer)).rejects.toMatchObject({
    status: 502,
    message: expect.stringMatching(
      /^Could not upload a blob to target\.example\/org\/app(:latest)?@sha256:\w+: HTTP 502/,
    ),
  });
  expect(puts(seen)).toHaveLength(3);
});

test('a blob on the same registry is mounted, not copied', async () => {
  const { client, seen } = fakeRegistry((request) => (request.method === 'POST' ? { status: 201 } : { status: 404 }));
  expect(await client.copyBlob(parseReference('target.example/org/base'), to, layer)).toBe('mounted');
  expect(seen.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`)).toEqual([
    'HEAD /v2/org/app/blobs/' + layer.digest,
    `POST /v2/org/app/blobs/uploads/?mount=${encodeURIComponent(layer.digest)}&from=org%2Fbase`,
  ]);
});
