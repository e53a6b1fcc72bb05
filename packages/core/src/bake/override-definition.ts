// The bake definition file we generate and pass last (`-f`), so it overrides the user's files
// without touching them: per selected target its platforms, tags (with the platform suffix; a
// push goes to staging tags first, staged-push.ts),
// build args and labels (build-info's as defaults under what the user set, the inputs over all),
// annotations, and its own cache entries. Every target gets every attribute written out, because
// a child inheriting a parent would otherwise pick up what we add to the parent. buildx merges:
// args/labels key by key; tags, platforms, cache-to, output replaced; cache-from appended, even
// onto an inheriting child (measured with buildx 0.13.1: the parent's scope leaked into the
// child's cache-from). So cache-from travels as `--set <target>.cache-from=...` lines instead,
// which replace the list (an empty value clears it) and come before the user's own --set lines.
import { CibError } from '../errors/cib-error';
import { InputError } from '../errors/input-error';
import { targetCache, type CacheSettings, type TargetCache } from './cache-backend';
import type { PrintedDefinition, PrintedTarget } from './printed-definition';
import { stagingTags } from './staged-push';
import { expandTagSuffix, repositoryOf, suffixTag } from './tag-suffix';

export const DEFAULT_PLATFORM = 'linux/amd64';

export interface OverrideOptions {
  /** The `platforms` input; empty: the bake file's, else linux/amd64. */
  platforms: readonly string[];
  /** The `tags` input; empty: the bake file's. */
  tags: readonly string[];
  tagSuffix: string;
  pushByDigest: boolean;
  push: boolean;
  load: boolean;
  /** build-info's args and labels: only where the user's definition sets none. */
  defaultArgs: ReadonlyMap<string, string>;
  defaultLabels: ReadonlyMap<string, string>;
  /** The `build-args`, `labels`, `annotations` inputs: over everything. */
  args: ReadonlyMap<string, string>;
  labels: ReadonlyMap<string, string>;
  annotations: ReadonlyMap<string, string>;
  cache: CacheSettings;
  /** False when `cache` was left to its default: a target whose file sets a cache keeps it. */
  cacheExplicit: boolean;
}

/** What one target will be built as. */
export interface TargetPlan {
  target: string;
  platforms: string[];
  tags: string[];
  /**
   * When pushing with tags: what buildx pushes to (staged-push.ts), one per repository; the real
   * `tags` are moved there by digest once the bake succeeded. Undefined: buildx writes `tags` itself.
   */
  stagingTags?: string[];
  /** Our cache entries; undefined when the bake file's own cache settings are kept. */
  cache?: TargetCache;
}

export interface OverridePlan {
  definition: { target: Record<string, Record<string, unknown>> };
  /** Our `--set` lines (cache-from per target), to go before the user's. */
  sets: string[];
  targets: TargetPlan[];
}

function withDefaults(
  own: Record<string, string> | undefined,
  defaults: ReadonlyMap<string, string>,
  given: ReadonlyMap<string, string>,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of defaults) if (own?.[key] === undefined) result[key] = value;
  for (const [key, value] of given) result[key] = value;
  return result;
}

function mergeAnnotations(own: readonly string[] | undefined, given: ReadonlyMap<string, string>): string[] {
  const keyOf = (entry: string) => entry.slice(0, entry.indexOf('=') >>> 0);
  const kept = (own ?? []).filter((entry) => !given.has(keyOf(entry)));
  return [...kept, ...[...given].map(([key, value]) => `${key}=${value}`)];
}

/** CSV field quoting as buildx reads `output` entries. */
function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function planTarget(
  name: string,
  printed: PrintedTarget,
  options: OverrideOptions,
): [TargetPlan, Record<string, unknown>] {
  const platforms =
    options.platforms.length > 0
      ? [...options.platforms]
      : printed.platforms?.length
        ? [...printed.platforms]
        : [DEFAULT_PLATFORM];
  if (options.tagSuffix && platforms.length !== 1)
    throw new InputError(
      'platform-tag-suffix',
      options.tagSuffix,
      `exactly one platform per job (target ${name} builds ${platforms.join(', ')})`,
      'Run one job per platform (see the matrix output) or leave platform-tag-suffix empty',
    );
  if (options.push && options.load && platforms.length > 1)
    throw new InputError(
      'load',
      'true',
      `one platform when push is true too (target ${name} builds ${platforms.join(', ')})`,
      'The docker image store loads one platform',
    );
  const baseTags = options.tags.length > 0 ? [...options.tags] : [...(printed.tags ?? [])];
  const tags = options.tagSuffix
    ? baseTags.map((tag) => suffixTag(tag, expandTagSuffix(options.tagSuffix, platforms[0])))
    : baseTags;
  const fileHasCache = (printed['cache-from']?.length ?? 0) + (printed['cache-to']?.length ?? 0) > 0;
  const cache = !options.cacheExplicit && fileHasCache ? undefined : targetCache(options.cache, name, platforms);

  const attributes: Record<string, unknown> = {
    platforms,
    args: withDefaults(printed.args, options.defaultArgs, options.args),
    labels: withDefaults(printed.labels, options.defaultLabels, options.labels),
  };
  if (options.annotations.size > 0) attributes.annotations = mergeAnnotations(printed.annotations, options.annotations);
  if (cache) attributes['cache-to'] = cache.to;
  if (options.pushByDigest) {
    const names = [...new Set(tags.map(repositoryOf))];
    if (names.length === 0)
      throw new CibError(`push-by-digest needs an image name for target ${name}`, {
        hint: 'Give it tags in the bake file or the "tags" input (their repositories are used, without the tags)',
      });
    attributes.tags = [];
    attributes.output = [
      `type=image,${csvField(`name=${names.join(',')}`)},push-by-digest=true,name-canonical=true,push=true`,
    ];
    return [{ target: name, platforms, tags: [], cache }, attributes];
  }
  // A push (without load, which names local images by the tags) goes to staging tags first: the
  // real ones move only to a complete image (staged-push.ts).
  const staging = options.push && !options.load && tags.length > 0 ? stagingTags(name, tags) : undefined;
  attributes.tags = staging ?? tags;
  return [{ target: name, platforms, tags, ...(staging ? { stagingTags: staging } : {}), cache }, attributes];
}

/** The generated definition and the plan of every target `printed` holds. */
export function buildOverride(printed: PrintedDefinition, options: OverrideOptions): OverridePlan {
  const definition: OverridePlan['definition'] = { target: {} };
  const targets: TargetPlan[] = [];
  const sets: string[] = [];
  for (const [name, target] of Object.entries(printed.target)) {
    const [plan, attributes] = planTarget(name, target, options);
    definition.target[name] = attributes;
    targets.push(plan);
    if (!plan.cache) continue;
    if (plan.cache.from.length === 0) sets.push(`${name}.cache-from=`);
    for (const entry of plan.cache.from) sets.push(`${name}.cache-from=${entry}`);
  }
  return { definition, sets, targets };
}
