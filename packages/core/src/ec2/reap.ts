// Finding cib's instances by their tags: this job's (a post step whose saved id was lost) and, for
// the scheduled `reap` phase, this repository's whose cib:expires-at has passed. Only instances
// tagged cib:managed=true and cib:repository=<this repository> are ever touched: never another
// repository's, never untagged ones.
import type { Ec2Api, InstanceInfo } from './ec2-api';
import { runTags, type RunIdentity } from './run-tags';

/** States an instance that still costs money (or will again) can be in. */
export const LIVE_STATES = ['pending', 'running', 'stopping', 'stopped'];

/** This job's instances (run, attempt and job tags), not yet terminated. */
export function findJobInstances(api: Ec2Api, run: RunIdentity): Promise<InstanceInfo[]> {
  return api.findByTags(runTags(run), LIVE_STATES);
}

/**
 * This repository's managed instances that are due: past cib:expires-at, or (with
 * `olderThanMinutes`) launched longer ago than that.
 */
export async function findExpiredInstances(
  api: Ec2Api,
  repository: string,
  now: number,
  olderThanMinutes?: number,
): Promise<InstanceInfo[]> {
  const candidates = await api.findByTags({ 'cib:managed': 'true', 'cib:repository': repository }, LIVE_STATES);
  return candidates.filter((instance) => {
    // Defence in depth: the filter asked EC2 for these tags; check them again before terminating.
    if (instance.tags['cib:managed'] !== 'true' || instance.tags['cib:repository'] !== repository) return false;
    const expires = Date.parse(instance.tags['cib:expires-at'] ?? '');
    if (Number.isFinite(expires) && expires <= now) return true;
    const launched = instance.launchTime?.getTime();
    return olderThanMinutes !== undefined && launched !== undefined && now - launched >= olderThanMinutes * 60_000;
  });
}
