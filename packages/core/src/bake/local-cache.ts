// The `local` cache backend across jobs: one directory per scope under one root, restored with
// @actions/cache before the build and saved in the post step. After a successful build the new
// export (`<scope>.new`) replaces the old directory, so the cache holds one build's blobs and never
// grows without bound. Without a reachable cache service (not on GitHub, or the service down)
// restore and save warn and the step goes on: a cache is never worth failing a build for.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { errorMessage } from '../errors/cib-error';
import type { Log } from '../runner/runtime';
import type { TargetCache } from './cache-backend';

/** What main hands to the post step. */
export interface LocalCacheState {
  /** Directories to save, one per scope. */
  dirs: string[];
  /** The key to save under (unique per run attempt; cache keys cannot be overwritten). */
  key: string;
  /** The key restored in main, if any: saving the same content again is skipped. */
  restoredKey?: string;
}

/** `cib-bake-<scopes>-` and the run-unique save key. */
export function localCacheKeys(
  scopes: readonly string[],
  run: { runId: string; runAttempt: string },
): { prefix: string; key: string } {
  const prefix = `cib-bake-${[...scopes].sort().join('+')}-`;
  return { prefix, key: `${prefix}${run.runId || 'local'}-${run.runAttempt || '1'}` };
}

type CacheModule = typeof import('@actions/cache');

async function loadCache(): Promise<CacheModule> {
  // Heavy (Azure storage, HTTP clients): loaded only when the local backend is used.
  return import('@actions/cache');
}

/** Restores the directories; returns the key that was restored, if any. */
export async function restoreLocalCache(
  dirs: readonly string[],
  keys: { prefix: string; key: string },
  log: Log,
): Promise<string | undefined> {
  try {
    const cache = await loadCache();
    if (!cache.isFeatureAvailable()) {
      log.info(
        'Local cache: no GitHub cache service here (ACTIONS_RESULTS_URL unset), starting from the runner folder',
      );
      return undefined;
    }
    const restored = await cache.restoreCache([...dirs], keys.key, [keys.prefix]);
    log.info(restored ? `Local cache restored from ${restored}` : 'Local cache: nothing saved yet for these scopes');
    return restored;
  } catch (error) {
    log.warning(`Local cache was not restored: ${errorMessage(error)}`);
    return undefined;
  }
}

/** After a successful build: each target's new export replaces its old directory. */
export function rotateLocalCache(caches: readonly TargetCache[]): void {
  for (const cache of caches) {
    if (cache.backend !== 'local' || !cache.localDir || !cache.localNewDir || !existsSync(cache.localNewDir)) continue;
    rmSync(cache.localDir, { recursive: true, force: true });
    renameSync(cache.localNewDir, cache.localDir);
  }
}

/** Post step: saves the directories; any failure is a warning, never a failed step. */
export async function saveLocalCache(state: LocalCacheState, log: Log): Promise<void> {
  const dirs = state.dirs.filter((dir) => existsSync(dir));
  if (dirs.length === 0) {
    log.info('Local cache: nothing to save (no build wrote it)');
    return;
  }
  try {
    const cache = await loadCache();
    if (!cache.isFeatureAvailable()) {
      log.warning('Local cache not saved: no GitHub cache service is reachable here (ACTIONS_RESULTS_URL unset)');
      return;
    }
    await cache.saveCache(dirs, state.key);
    log.info(`Local cache saved as ${state.key}`);
  } catch (error) {
    log.warning(`Local cache not saved: ${errorMessage(error)}`);
  }
}
