// The cache settings of one target for each backend, with the target's own scope (cache-scope.ts):
// `gha` puts it in the scope attribute; `registry` makes it the cache tag (`<cache-ref>:<scope>`)
// with image-manifest=true,oci-mediatypes=true, which ECR needs; `local` gives each scope its own
// directory, exported to `<scope>.new` and rotated over the old one after the build, because
// BuildKit's local exporter only ever adds blobs and the folder would grow without bound.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cacheScope } from './cache-scope';

export const CACHE_BACKENDS = ['gha', 'registry', 'local', 'none'] as const;
export type CacheBackend = (typeof CACHE_BACKENDS)[number];
export type CacheMode = 'max' | 'min';

export interface CacheSettings {
  backend: CacheBackend;
  /** registry: the cache repository (`ghcr.io/org/app-cache`), no tag. */
  ref?: string;
  mode: CacheMode;
  /** The user's `cache-scope`, a prefix of every scope. */
  scopePrefix: string;
  /** local: the folder holding one directory per scope. */
  localRoot?: string;
}

/** What one target reads and writes. */
export interface TargetCache {
  backend: CacheBackend;
  scope: string;
  from: string[];
  to: string[];
  /** local: the scope's directory (read) and where this build writes (rotated over it). */
  localDir?: string;
  localNewDir?: string;
}

/** The cache entries of `target` built for `platforms`. */
export function targetCache(settings: CacheSettings, target: string, platforms: readonly string[]): TargetCache {
  const scope = cacheScope(target, platforms, settings.scopePrefix);
  const mode = `mode=${settings.mode}`;
  switch (settings.backend) {
    case 'gha':
      // buildx adds url and token (ACTIONS_RESULTS_URL / ACTIONS_RUNTIME_TOKEN) from the step's
      // environment itself, so no secret is ever written into the definition.
      return { backend: 'gha', scope, from: [`type=gha,scope=${scope}`], to: [`type=gha,scope=${scope},${mode}`] };
    case 'registry': {
      const ref = `${settings.ref}:${scope}`;
      return {
        backend: 'registry',
        scope,
        from: [`type=registry,ref=${ref}`],
        to: [`type=registry,ref=${ref},${mode},image-manifest=true,oci-mediatypes=true`],
      };
    }
    case 'local': {
      const localDir = join(settings.localRoot ?? '.', scope);
      const localNewDir = `${localDir}.new`;
      return {
        backend: 'local',
        scope,
        // A missing source folder is an import error in BuildKit: read it only once it exists.
        from: existsSync(join(localDir, 'index.json')) ? [`type=local,src=${localDir}`] : [],
        to: [`type=local,dest=${localNewDir},${mode}`],
        localDir,
        localNewDir,
      };
    }
    case 'none':
      return { backend: 'none', scope, from: [], to: [] };
  }
}

/** Target x platform builds over which `mode=max` on GHA is likely to crowd the 10 GB limit. */
export const MAX_MODE_WARNING_BUILDS = 4;

/** A warning when many builds export every layer to the repository's GitHub cache, else undefined. */
export function cacheSizeWarning(settings: CacheSettings, platformsPerTarget: readonly number[]): string | undefined {
  const builds = platformsPerTarget.reduce((sum, count) => sum + count, 0);
  if (settings.backend !== 'gha' || settings.mode !== 'max' || builds <= MAX_MODE_WARNING_BUILDS) return undefined;
  return (
    `cache-mode max exports every layer of ${builds} target/platform builds to the GitHub cache, which holds 10 GB per ` +
    'repository by default and evicts the oldest entries beyond it; consider cache-mode: min or cache: registry'
  );
}
