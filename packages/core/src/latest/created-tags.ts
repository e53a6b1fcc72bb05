// Creates the tags a release needs that do not exist yet (`latest` on a first release, a new
// floating `1.1`). A registry cannot delete a tag, so a created tag cannot be taken back: they are
// created only after every existing tag moved forward, `latest` first, so that a floating tag is
// never created ahead of `latest`. If a creation fails, the existing tags stay forward (that state
// is consistent) and the tags still to create are reported with the command that creates them;
// only when `latest` itself could not be created and nothing was created yet are the existing
// tags put back, since floating tags ahead of an absent `latest` would be a half state.
import { formatReference, withTag } from '../registry/reference';
import type { Log } from '../runner/runtime';
import type { MoveTagOptions, ReleaseImage } from './move-tag';
import type { TagOutcome } from './outcome';
import type { LatestRegistry } from './registry-port';
import { missingChange, movedChanges, PartialReleaseError, rollBack, type TagWrite } from './tag-changes';

/** A tag found absent while existing tags moved: created once they all have. */
export interface TagToCreate {
  release: ReleaseImage;
  options: MoveTagOptions;
  /** Puts the outcome where the image's report expects it. */
  place: (outcome: TagOutcome) => void;
  /** Decides again and writes (the tag may have appeared since). */
  create: () => Promise<TagOutcome | undefined>;
}

export interface CreateContext {
  registry: LatestRegistry;
  log: Log;
  plainHttp: (host: string) => boolean;
}

const refOf = (t: TagToCreate) => withTag(t.release.repository, t.options.tag);

/** Creates `toCreate`, `latest` tags first; on failure throws a PartialReleaseError saying what stands. */
export async function createTags(toCreate: TagToCreate[], writes: TagWrite[], context: CreateContext): Promise<void> {
  const { registry, log, plainHttp } = context;
  const ordered = [...toCreate.filter((t) => !t.options.series), ...toCreate.filter((t) => t.options.series)];
  const moved = writes.length;
  for (const [i, item] of ordered.entries()) {
    try {
      const outcome = await item.create();
      if (!outcome) throw new Error(`moveTag skipped ${formatReference(refOf(item))} while creating it`);
      item.place(outcome);
    } catch (error) {
      if (writes.length === 0) throw error;
      if (writes.length === moved && !item.options.series) {
        log.warning(
          `${formatReference(refOf(item))} could not be created: putting back the ${moved} tag(s) this run moved, ` +
            'so that no floating tag is ahead of it',
        );
        throw new PartialReleaseError(error, await rollBack(registry, writes, log, plainHttp));
      }
      const written = new Set(writes.map((w) => formatReference(w.ref)));
      const missing = ordered.slice(i).filter((t) => !written.has(formatReference(refOf(t))));
      log.warning(
        `The existing tags moved forward and stay there; ${missing.length} tag(s) still to create: ` +
          missing.map((t) => formatReference(refOf(t))).join(', '),
      );
      const plain = (t: TagToCreate) => plainHttp(t.release.repository.registry);
      throw new PartialReleaseError(error, [
        ...movedChanges(writes, plainHttp),
        ...missing.map((t) => missingChange(refOf(t), t.release.digest, plain(t))),
      ]);
    }
  }
}
