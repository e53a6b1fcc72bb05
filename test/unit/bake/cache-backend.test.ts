// Cache entries per backend: a scope per target and platform set, so nothing collides.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheScope, sanitiseScope } from '@cib/core/bake/cache-scope';
import { cacheSizeWarning, targetCache, type CacheSettings } from '@cib/core/bake/cache-backend';

const base: CacheSettings = { backend: 'gha', mode: 'max', scopePrefix: '' };

describe('cacheScope', () => {
  test('target and platforms, with the user prefix first', () => {
    expect(cacheScope('app', ['linux/amd64', 'linux/arm64'])).toBe('app-linux-amd64-linux-arm64');
    expect(cacheScope('app', ['linux/arm/v7'], 'main')).toBe('main-app-linux-arm-v7');
  });

  test('never collides across targets, platforms or per-platform jobs', () => {
    const scopes = [
      cacheScope('app', ['linux/amd64']),
      cacheScope('app', ['linux/arm64']),
      cacheScope('tool', ['linux/amd64']),
      cacheScope('app', ['linux/amd64', 'linux/arm64']),
    ];
    expect(new Set(scopes).size).toBe(scopes.length);
  });

  test('sanitised into a valid tag; long scopes keep a hash of the whole', () => {
    expect(sanitiseScope('feature/x y')).toBe('feature-x-y');
    const a = sanitiseScope(`${'a'.repeat(200)}-one`);
    const b = sanitiseScope(`${'a'.repeat(200)}-two`);
    expect(a).toHaveLength(128);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/);
  });
});

describe('targetCache', () => {
  test('gha: the scope attribute, no token or url in the definition', () => {
    expect(targetCache(base, 'app', ['linux/amd64'])).toEqual({
      backend: 'gha',
      scope: 'app-linux-amd64',
      from: ['type=gha,scope=app-linux-amd64'],
      to: ['type=gha,scope=app-linux-amd64,mode=max'],
    });
  });

  test('registry: the scope is the tag, with the media types ECR needs', () => {
    const cache = targetCache({ ...base, backend: 'registry', ref: 'ghcr.io/o/cache', mode: 'min' }, 'app', [
      'linux/arm64',
    ]);
    expect(cache.from).toEqual(['type=registry,ref=ghcr.io/o/cache:app-linux-arm64']);
    expect(cache.to).toEqual([
      'type=registry,ref=ghcr.io/o/cache:app-linux-arm64,mode=min,image-manifest=true,oci-mediatypes=true',
    ]);
  });

  test('local: a directory per scope, written to <scope>.new, read only once it holds a cache', () => {
    const root = mkdtempSync(join(tmpdir(), 'cib-cache-test-'));
    const settings: CacheSettings = { ...base, backend: 'local', localRoot: root };
    const fresh = targetCache(settings, 'app', ['linux/amd64']);
    expect(fresh.from).toEqual([]);
    expect(fresh.to).toEqual([`type=local,dest=${root}/app-linux-amd64.new,mode=max`]);
    mkdirSync(join(root, 'app-linux-amd64'));
    writeFileSync(join(root, 'app-linux-amd64', 'index.json'), '{}');
    expect(targetCache(settings, 'app', ['linux/amd64']).from).toEqual([`type=local,src=${root}/app-linux-amd64`]);
  });

  test('none: nothing', () => {
    expect(targetCache({ ...base, backend: 'none' }, 'app', ['linux/amd64'])).toMatchObject({ from: [], to: [] });
  });
});

test('cacheSizeWarning: only for gha with mode=max over more than four builds', () => {
  expect(cacheSizeWarning(base, [2, 2])).toBeUndefined();
  expect(cacheSizeWarning(base, [3, 2])).toMatch(/5 target\/platform builds .* 10 GB/);
  expect(cacheSizeWarning({ ...base, mode: 'min' }, [3, 3])).toBeUndefined();
  expect(cacheSizeWarning({ ...base, backend: 'registry' }, [3, 3])).toBeUndefined();
});
