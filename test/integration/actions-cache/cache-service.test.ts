// The cache service double driven by the real @actions/cache 6 client (tar, Twirp, the Azure
// blob SDK): what the client sends is accepted, what the real service refuses is refused.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeCacheService } from '../../support/actions-cache/cache-service';

let service: FakeCacheService;
const saved = { ...process.env };
let root: string;

beforeAll(async () => {
  service = new FakeCacheService();
  await service.start();
});

afterAll(async () => {
  await service?.stop();
});

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cib-cache-double-'));
  mkdirSync(join(root, 'workspace'));
  Object.assign(process.env, service.env(), { GITHUB_WORKSPACE: join(root, 'workspace'), RUNNER_TEMP: root });
});

afterEach(() => {
  process.env = { ...saved };
});

function writeDir(content: string): string {
  const dir = join(root, 'data');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'blob.txt'), content);
  return dir;
}

test('save then restore by prefix: the entry is stored once and the directory comes back', async () => {
  const cache = await import('@actions/cache');
  expect(cache.isFeatureAvailable()).toBe(true);
  const dir = writeDir('first build');
  const id = await cache.saveCache([dir], 'double-test-key-1');
  expect(id).toBeGreaterThan(0);
  expect(service.stored().map((e) => e.key)).toContain('double-test-key-1');
  rmSync(dir, { recursive: true });
  const hit = await cache.restoreCache([dir], 'double-test-key-2', ['double-test-key-']);
  expect(hit).toBe('double-test-key-1');
  expect(readFileSync(join(dir, 'blob.txt'), 'utf8')).toBe('first build');
});

test('the same key again is refused with already_exists, and the first entry stays', async () => {
  const cache = await import('@actions/cache');
  const dir = writeDir('a');
  expect(await cache.saveCache([dir], 'double-dup-key')).toBeGreaterThan(0);
  writeDir('b');
  expect(await cache.saveCache([dir], 'double-dup-key')).toBe(-1);
  expect(service.calls.filter((c) => c.status === 409)).toEqual([
    expect.objectContaining({ method: 'CreateCacheEntry', body: expect.objectContaining({ code: 'already_exists' }) }),
  ]);
  expect(service.stored().filter((e) => e.key === 'double-dup-key')).toHaveLength(1);
});

test('a different path set is a different version: no hit', async () => {
  const cache = await import('@actions/cache');
  const dir = writeDir('v');
  expect(await cache.saveCache([dir], 'double-version-key')).toBeGreaterThan(0);
  expect(await cache.restoreCache([join(root, 'other')], 'double-version-key')).toBeUndefined();
});

test('a rate limit answers 429 with Retry-After; the client gives up on the save', async () => {
  const cache = await import('@actions/cache');
  service.rateLimitNext(1, 30);
  expect(await cache.saveCache([writeDir('r')], 'double-rate-key')).toBe(-1);
  expect(service.calls.at(-1)).toMatchObject({ method: 'CreateCacheEntry', status: 429 });
  expect(service.stored().some((e) => e.key === 'double-rate-key')).toBe(false);
});

describe('requests the real service refuses', () => {
  const post = (method: string, body: unknown, token = service.token) =>
    fetch(`${service.url}twirp/github.actions.results.api.v1.CacheService/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  const version = 'a'.repeat(64);

  test.each([
    ['an unknown field', { key: 'k', version, scope: 'x' }, 400, 'malformed'],
    ['a key over 512 characters', { key: 'k'.repeat(513), version }, 400, 'invalid_argument'],
    ['a key with a comma', { key: 'a,b', version }, 400, 'invalid_argument'],
    ['no version', { key: 'k' }, 400, 'invalid_argument'],
  ])('%s', async (_, body, status, code) => {
    const response = await post('CreateCacheEntry', body);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ code });
  });

  test('a wrong runtime token', async () => {
    const response = await post('CreateCacheEntry', { key: 'k', version }, 'nope');
    expect(response.status).toBe(401);
  });

  test('finalizing what was never uploaded', async () => {
    expect((await post('CreateCacheEntry', { key: 'never-uploaded', version })).status).toBe(200);
    const response = await post('FinalizeCacheEntryUpload', { key: 'never-uploaded', version, size_bytes: '3' });
    expect(response.status).toBe(400);
  });

  test('block upload, block list, ranged download; the upload URL cannot read', async () => {
    const created = (await (await post('CreateCacheEntry', { key: 'blocks', version })).json()) as {
      signed_upload_url: string;
    };
    const put = (query: string, body: string) =>
      fetch(`${created.signed_upload_url}&${query}`, { method: 'PUT', body });
    expect((await put('comp=block&blockid=QUE=', 'hello ')).status).toBe(201);
    expect((await put('comp=block&blockid=QkI=', 'world')).status).toBe(201);
    expect(
      (await put('comp=blocklist', '<BlockList><Latest>QUE=</Latest><Latest>QkI=</Latest></BlockList>')).status,
    ).toBe(201);
    expect((await fetch(created.signed_upload_url)).status).toBe(403);
    expect((await post('FinalizeCacheEntryUpload', { key: 'blocks', version, size_bytes: '11' })).status).toBe(200);
    const found = (await (await post('GetCacheEntryDownloadURL', { key: 'blocks', version })).json()) as {
      signed_download_url: string;
    };
    const ranged = await fetch(found.signed_download_url, { headers: { range: 'bytes=6-' } });
    expect(ranged.status).toBe(206);
    expect(await ranged.text()).toBe('world');
  });
});
