// The baseline in the Actions cache (@actions/cache, loaded only when used): saved by pushes to
// the default branch under a new key each run (cache entries cannot be overwritten), restored by
// the newest key with the per-repository, per-check prefix. Pull requests can restore caches of
// their base branch, which is where the default branch's baseline lives.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from '../runner/runtime';
import { fileBaselineStore, type Baseline, type BaselineStore } from './baseline';

export interface CacheBaselineOptions {
  repository: string;
  checkName: string;
  /** Unique per run, so each save makes a new entry. */
  runId: string;
  log: Log;
  /** The environment: the runner names the cache service in it. */
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Whether the runner offers the cache service, as @actions/cache decides it (ACTIONS_RESULTS_URL
 * for the v2 service, ACTIONS_CACHE_URL for v1), asked without loading its 3.5 MB bundle.
 */
function cacheServiceOffered(env: CacheBaselineOptions['env']): boolean {
  return Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
}

/** The cache key prefix of a repository's and check's baselines. */
export function baselineKeyPrefix(repository: string, checkName: string): string {
  return `cib-quality-gate-${repository.replace(/[^A-Za-z0-9._-]/g, '_')}-${checkName.replace(/[^A-Za-z0-9._-]/g, '_')}-`;
}

export function cacheBaselineStore(options: CacheBaselineOptions): BaselineStore {
  const dir = mkdtempSync(join(tmpdir(), 'cib-quality-baseline-'));
  const path = join(dir, 'baseline.json');
  const file = fileBaselineStore(path);
  const prefix = baselineKeyPrefix(options.repository, options.checkName);
  return {
    description: `the Actions cache (keys ${prefix}*)`,
    async load() {
      if (!cacheServiceOffered(options.env)) {
        options.log.info('The Actions cache service is not available here: no baseline');
        return undefined;
      }
      const cache = await import('@actions/cache');
      if (!cache.isFeatureAvailable()) {
        options.log.info('The Actions cache service is not available here: no baseline');
        return undefined;
      }
      const hit = await cache.restoreCache([path], `${prefix}${options.runId}`, [prefix]);
      if (!hit) return undefined;
      options.log.info(`Baseline restored from the cache entry ${hit}`);
      return file.load();
    },
    async save(baseline: Baseline) {
      if (!cacheServiceOffered(options.env)) return;
      const cache = await import('@actions/cache');
      if (!cache.isFeatureAvailable()) return;
      await file.save(baseline);
      await cache.saveCache([path], `${prefix}${options.runId}`);
      options.log.info(`Baseline saved to the cache as ${prefix}${options.runId}`);
    },
  };
}
