// Copying blobs between two real registries: small blobs in one piece, large ones in ranged
// chunks (memory stays bounded), and a chunked copy that loses a chunk's answer starts over.
import { RegistryClient } from '@cib/core/registry/client';
import { parseReference } from '@cib/core/registry/reference';
import { startFaultProxy } from '../../support/registry/fault-proxy';
import type { FaultProxy } from '../../support/registry/fault-proxy';
import { startRegistry } from '../../support/registry/registry-server';
import type { RegistryServer } from '../../support/registry/registry-server';
import { platform, pushTestImage } from '../../support/registry/test-images';

let source: RegistryServer;
let target: RegistryServer;
let proxy: FaultProxy;
beforeAll(async () => {
  [source, target] = await Promise.all([startRegistry(), startRegistry()]);
  proxy = await startFaultProxy(target.host);
});
afterAll(async () => {
  await proxy?.stop();
  await Promise.all([source?.stop(), target?.stop()]);
});

const client = () => new RegistryClient({ chunkSize: 1000, retry: { baseDelayMs: 5, maxDelayMs: 20 } });

test('a blob up to the chunk size is copied to another registry in one piece', async () => {
  const c = client();
  const image = await pushTestImage(c, parseReference(`${source.host}/copy/small:1`), {
    platform: platform('linux/amd64'),
    layerSize: 1000,
  });
  const before = { ...c.stats.byMethod };
  expect(
    await c.copyBlob(
      parseReference(`${source.host}/copy/small`),
      parseReference(`${target.host}/copy/small`),
      image.layers[0],
    ),
  ).toBe('uploaded');
  const sent = Object.fromEntries(Object.entries(c.stats.byMethod).map(([m, n]) => [m, n - (before[m] ?? 0)]));
  expect(sent).toEqual({ HEAD: 1, GET: 1, POST: 1, PUT: 1 });
  expect((await c.getBlob(parseReference(`${target.host}/copy/small`), image.layers[0].digest)).length).toBe(1000);
});

test('a larger blob is copied in ranged chunks and arrives whole', async () => {
  const c = client();
  const image = await pushTestImage(c, parseReference(`${source.host}/copy/large:1`), {
    platform: platform('linux/arm64'),
    layerSize: 2500,
  });
  const from = parseReference(`${source.host}/copy/large`);
  const to = parseReference(`${target.host}/copy/large`);
  const before = { ...c.stats.byMethod };
  expect(await c.copyBlob(from, to, image.layers[0])).toBe('uploaded');
  const sent = Object.fromEntries(Object.entries(c.stats.byMethod).map(([m, n]) => [m, n - (before[m] ?? 0)]));
  expect(sent).toEqual({ HEAD: 1, GET: 3, POST: 1, PATCH: 3, PUT: 1 });
  const copied = await c.getBlob(to, image.layers[0].digest);
  expect(copied.equals(await c.getBlob(from, image.layers[0].digest))).toBe(true);
});

test('a chunk whose answer is lost: the copy starts over in a new session and succeeds', async () => {
  const c = client();
  const image = await pushTestImage(c, parseReference(`${source.host}/copy/lossy:1`), {
    platform: platform('linux/amd64'),
    layerSize: 2500,
  });
  proxy.inject({ method: 'PATCH', fault: { kind: 'drop-response' } });
  const to = parseReference(`${proxy.host}/copy/lossy`);
  expect(await c.copyBlob(parseReference(`${source.host}/copy/lossy`), to, image.layers[0])).toBe('uploaded');
  expect(proxy.pending()).toEqual([]);
  expect(proxy.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  expect(await c.hasBlob(to, image.layers[0].digest)).toBe(true);
});
