// Copying blobs between two real registries (distribution 2.8), each behind a fault proxy: the
// source's GET streamed into one PUT; a source connection cut mid-blob starts the copy over; a
// lost answer to the PUT does not upload twice; a registry refusing whole blobs (413) gets PATCH
// chunks; bytes that do not match the digest never complete an upload.
import { RegistryClient } from '@cib/core/registry/client';
import { parseReference } from '@cib/core/registry/reference';
import type { Descriptor } from '@cib/core/registry/manifest-types';
import { startFaultProxy } from '../../support/registry/fault-proxy';
import type { FaultProxy } from '../../support/registry/fault-proxy';
import { startRegistry } from '../../support/registry/registry-server';
import type { RegistryServer } from '../../support/registry/registry-server';
import { platform, pushTestImage } from '../../support/registry/test-images';

let source: RegistryServer;
let target: RegistryServer;
let sourceProxy: FaultProxy;
let targetProxy: FaultProxy;
beforeAll(async () => {
  [source, target] = await Promise.all([startRegistry(), startRegistry()]);
  [sourceProxy, targetProxy] = await Promise.all([startFaultProxy(source.host), startFaultProxy(target.host)]);
});
afterAll(async () => {
  await Promise.all([sourceProxy?.stop(), targetProxy?.stop()]);
  await Promise.all([source?.stop(), target?.stop()]);
});
beforeEach(() => {
  sourceProxy.reset();
  targetProxy.reset();
});

const LAYER = 300_000;

function client() {
  const logs: string[] = [];
  const c = new RegistryClient({
    chunkSize: 100_000,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    log: { debug: () => undefined, info: (m) => logs.push(m), warning: (m) => logs.push(m) },
  });
  return { c, logs };
}

/** Pushes an image with one layer of LAYER random bytes to the source; returns that layer. */
async function seed(c: RegistryClient, name: string): Promise<Descriptor> {
  const image = await pushTestImage(c, parseReference(`${source.host}/${name}:1`), {
    platform: platform('linux/amd64'),
    layerSize: LAYER,
  });
  return image.layers[0];
}

/** Requests `c` sent during `run`, by method. */
async function counted(c: RegistryClient, run: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = { ...c.stats.byMethod };
  await run();
  return Object.fromEntries(
    Object.entries(c.stats.byMethod)
      .map(([m, n]): [string, number] => [m, n - (before[m] ?? 0)])
      .filter(([, n]) => n !== 0),
  );
}

async function sameBytes(c: RegistryClient, name: string, layer: Descriptor): Promise<boolean> {
  const copied = await c.getBlob(parseReference(`${target.host}/${name}`), layer.digest);
  return copied.equals(await c.getBlob(parseReference(`${source.host}/${name}`), layer.digest));
}

test('a blob goes to another registry as its GET streamed into one PUT, and arrives whole', async () => {
  const { c } = client();
  const layer = await seed(c, 'copy/stream');
  const from = parseReference(`${source.host}/copy/stream`);
  const to = parseReference(`${target.host}/copy/stream`);
  let result: unknown;
  const sent = await counted(c, async () => (result = await c.copyBlob(from, to, layer)));
  expect(result).toBe('uploaded');
  expect(sent).toEqual({ HEAD: 1, GET: 1, POST: 1, PUT: 1 });
  expect(await sameBytes(c, 'copy/stream', layer)).toBe(true);
  expect(await c.copyBlob(from, to, layer)).toBe('present');
});

test('the source connection cut mid-blob: the copy starts over with a new GET and a new session', async () => {
  const { c, logs } = client();
  const layer = await seed(c, 'copy/cut');
  sourceProxy.inject({ method: 'GET', path: /\/blobs\/sha256:/, fault: { kind: 'cut-response', afterBytes: 100_000 } });
  const from = parseReference(`${sourceProxy.host}/copy/cut`);
  const to = parseReference(`${targetProxy.host}/copy/cut`);
  expect(await c.copyBlob(from, to, layer)).toBe('uploaded');
  expect(sourceProxy.pending()).toEqual([]);
  expect(sourceProxy.requests.filter((r) => r.method === 'GET').map((r) => r.outcome)).toEqual(['cut', 200]);
  // The first upload never got its whole body, so the registry never took it.
  expect(targetProxy.requests.filter((r) => r.method === 'PUT').map((r) => r.outcome)).toEqual(['aborted', 201]);
  expect(targetProxy.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  expect(logs.join('\n')).toMatch(/Copying sha256:\S+ to \S+copy\/cut failed \(.*\); starting it over/);
  expect(await sameBytes(c, 'copy/cut', layer)).toBe(true);
});

test('the answer to the PUT lost after the registry took the blob: found there, not uploaded again', async () => {
  const { c } = client();
  const layer = await seed(c, 'copy/lost');
  targetProxy.inject({ method: 'PUT', path: /\/blobs\/uploads\//, fault: { kind: 'drop-response' } });
  const to = parseReference(`${targetProxy.host}/copy/lost`);
  expect(await c.copyBlob(parseReference(`${source.host}/copy/lost`), to, layer)).toBe('uploaded');
  expect(targetProxy.pending()).toEqual([]);
  expect(targetProxy.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
  expect(targetProxy.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  expect(await sameBytes(c, 'copy/lost', layer)).toBe(true);
});

test('a registry refusing a whole blob in one PUT (413) gets PATCH chunks, from then on', async () => {
  const { c } = client();
  const layer = await seed(c, 'copy/chunks');
  const other = await seed(c, 'copy/chunks-again');
  targetProxy.inject({ method: 'PUT', path: /\/blobs\/uploads\//, fault: { kind: 'status', status: 413 } });
  const to = (name: string) => parseReference(`${targetProxy.host}/${name}`);
  const first = await counted(c, () =>
    c.copyBlob(parseReference(`${source.host}/copy/chunks`), to('copy/chunks'), layer),
  );
  expect(first).toEqual({ HEAD: 2, GET: 2, POST: 2, PUT: 2, PATCH: 3 });
  expect(targetProxy.requests.filter((r) => r.method === 'PATCH').map((r) => r.outcome)).toEqual([202, 202, 202]);
  expect(await sameBytes(c, 'copy/chunks', layer)).toBe(true);
  const again = await counted(c, () =>
    c.copyBlob(parseReference(`${source.host}/copy/chunks-again`), to('copy/chunks-again'), other),
  );
  expect(again).toEqual({ HEAD: 1, GET: 1, POST: 1, PUT: 1, PATCH: 3 });
  expect(await sameBytes(c, 'copy/chunks-again', other)).toBe(true);
});

test('a chunk whose answer is lost: the chunked copy starts over in a new session and succeeds', async () => {
  const { c } = client();
  const layer = await seed(c, 'copy/lossy');
  targetProxy.inject(
    { method: 'PUT', path: /\/blobs\/uploads\//, fault: { kind: 'status', status: 413 } },
    { method: 'PATCH', fault: { kind: 'drop-response' } },
  );
  const to = parseReference(`${targetProxy.host}/copy/lossy`);
  expect(await c.copyBlob(parseReference(`${source.host}/copy/lossy`), to, layer)).toBe('uploaded');
  expect(targetProxy.pending()).toEqual([]);
  expect(targetProxy.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
  expect(await sameBytes(c, 'copy/lossy', layer)).toBe(true);
});

test('source bytes that do not match the digest: DIGEST_MISMATCH, and the upload never completes', async () => {
  const { c } = client();
  const layer = await seed(c, 'copy/corrupt');
  sourceProxy.inject({ method: 'GET', path: /\/blobs\/sha256:/, fault: { kind: 'corrupt-response' } });
  const to = parseReference(`${targetProxy.host}/copy/corrupt`);
  await expect(c.copyBlob(parseReference(`${sourceProxy.host}/copy/corrupt`), to, layer)).rejects.toMatchObject({
    code: 'DIGEST_MISMATCH',
    message: expect.stringContaining(`expected ${layer.digest}`),
  });
  // Not started over: the content is wrong, not the connection.
  expect(sourceProxy.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  // The PUT had begun (all bytes but the held-back last ones sent) and was aborted, not finished.
  const puts = () => targetProxy.requests.filter((r) => r.method === 'PUT').map((r) => r.outcome);
  for (let waited = 0; puts().length === 0 && waited < 5000; waited += 20) await new Promise((r) => setTimeout(r, 20));
  expect(puts()).toEqual(['aborted']);
  expect(await c.hasBlob(to, layer.digest)).toBe(false);
});
