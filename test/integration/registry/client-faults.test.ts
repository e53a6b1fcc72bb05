// The registry client through a proxy that injects 429 (with Retry-After), 503 and dropped
// connections in front of the real registry: reads and writes succeed after retries, the waits
// follow Retry-After, and a fault that does not stop ends in one clear error.
import { RegistryClient } from '@cib/core/registry/client';
import { RegistryError } from '@cib/core/registry/errors';
import { parseReference } from '@cib/core/registry/reference';
import { startFaultProxy } from '../../support/registry/fault-proxy';
import type { FaultProxy } from '../../support/registry/fault-proxy';
import { DEFAULT_USERS, startRegistry } from '../../support/registry/registry-server';
import type { RegistryServer } from '../../support/registry/registry-server';
import { platform, pushTestImage } from '../../support/registry/test-images';

let registry: RegistryServer;
let proxy: FaultProxy;
beforeAll(async () => {
  registry = await startRegistry({ auth: 'htpasswd' });
  proxy = await startFaultProxy(registry.host);
});
afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
});
beforeEach(() => proxy.reset());

const ref = (text: string) => parseReference(`${proxy.host}/${text}`);

/** A client whose waits are recorded and kept short, so tests see the delays without taking them. */
function recordingClient() {
  const delays: number[] = [];
  const logs: string[] = [];
  const client = new RegistryClient({
    credentials: { [proxy.host]: { username: 'tester', password: DEFAULT_USERS.tester } },
    dockerConfigDir: '/nonexistent',
    retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 20 },
    clock: {
      now: () => Date.now(),
      sleep: (ms) => {
        delays.push(ms);
        return new Promise((resolve) => setTimeout(resolve, 5));
      },
    },
    log: { debug: () => undefined, info: (m) => logs.push(m), warning: (m) => logs.push(m) },
  });
  return { client, delays, logs };
}

test('a 429 with Retry-After on a manifest read is retried after the time it asks', async () => {
  const { client, delays, logs } = recordingClient();
  const pushed = await pushTestImage(client, ref('faults/app:1'), { platform: platform('linux/amd64') });
  proxy.inject({ method: 'GET', path: /\/manifests\/1$/, fault: { kind: 'status', status: 429, retryAfter: '2' } });
  expect((await client.getManifest(ref('faults/app:1'))).digest).toBe(pushed.digest);
  expect(proxy.pending()).toEqual([]);
  expect(delays).toEqual([2000]);
  expect(logs.join('\n')).toMatch(/HTTP 429; retrying in 2000 ms/);
});

test.each([
  ['503 twice on a manifest PUT', 'PUT', /\/manifests\//, { kind: 'status', status: 503 } as const, 2],
  ['a dropped connection on a manifest PUT', 'PUT', /\/manifests\//, { kind: 'drop' } as const, 1],
  ['a dropped connection on a blob upload', 'PUT', /\/blobs\/uploads\//, { kind: 'drop' } as const, 1],
  [
    'the answer to a blob upload PUT lost after the registry took it',
    'PUT',
    /\/blobs\/uploads\//,
    { kind: 'drop-response' } as const,
    1,
  ],
  [
    'the answer to a manifest PUT lost after the registry took it',
    'PUT',
    /\/manifests\//,
    { kind: 'drop-response' } as const,
    1,
  ],
  ['503 on the upload start', 'POST', /\/blobs\/uploads\/$/, { kind: 'status', status: 503 } as const, 1],
  ['two dropped connections on the upload start', 'POST', /\/blobs\/uploads\/$/, { kind: 'drop' } as const, 2],
])('%s: the push succeeds after retries', async (_name, method, path, fault, times) => {
  const { client } = recordingClient();
  proxy.inject({ method, path, fault, times });
  const pushed = await pushTestImage(client, ref(`faults/push-${method.toLowerCase()}:1`), {
    platform: platform('linux/arm64'),
    layers: 2,
  });
  expect(proxy.pending()).toEqual([]);
  expect(client.stats.retries).toBe(times);
  expect((await client.headManifest(ref(`faults/push-${method.toLowerCase()}:1`)))?.digest).toBe(pushed.digest);
});

test('a dropped connection and a 503 on HEADs: the answer is still right', async () => {
  const { client } = recordingClient();
  const pushed = await pushTestImage(client, ref('faults/head:1'), { platform: platform('linux/amd64') });
  proxy.inject(
    { method: 'HEAD', path: /\/blobs\//, fault: { kind: 'drop' } },
    { method: 'HEAD', path: /\/manifests\//, fault: { kind: 'status', status: 503 } },
  );
  expect(await client.hasBlob(ref('faults/head'), pushed.config.digest)).toBe(true);
  expect((await client.headManifest(ref('faults/head:1')))?.digest).toBe(pushed.digest);
  expect(proxy.pending()).toEqual([]);
});

test('a registry that keeps answering 503: one clear error after the last attempt, nothing more sent', async () => {
  const { client } = recordingClient();
  await pushTestImage(client, ref('faults/down:1'), { platform: platform('linux/amd64') });
  proxy.inject({ method: 'GET', path: /\/manifests\/1$/, fault: { kind: 'status', status: 503 }, times: 100 });
  const error = await client.getManifest(ref('faults/down:1')).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RegistryError);
  expect(error).toMatchObject({ status: 503, reference: `${proxy.host}/faults/down:1` });
  expect(proxy.requests.filter((r) => r.method === 'GET')).toHaveLength(4);
});

test('a connection refused: a NETWORK error naming the registry', async () => {
  const { client } = recordingClient();
  const error = await client.headManifest(parseReference('127.0.0.1:9/faults/nothing:1')).catch((e: unknown) => e);
  expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
  expect((error as Error).message).toContain('127.0.0.1:9');
  expect(client.stats.requests).toBe(4);
});
