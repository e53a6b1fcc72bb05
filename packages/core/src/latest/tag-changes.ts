// What a run did to the tags it wrote. After a failure that follows a write, each write is put
// back where it can be (newest first, only where nobody moved the tag since), and every written
// tag is reported with what it held before, what it holds now and the command that puts it back:
// the error, the job summary and the outputs then say exactly where the run stopped.
import { CibError, errorMessage } from '../errors/cib-error';
import type { FetchedManifest } from '../registry/client';
import { RegistryError } from '../registry/errors';
import { formatReference, formatRepository, type ImageReference } from '../registry/reference';
import type { Log } from '../runner/runtime';
import type { ChangeState, TagChange } from './outcome';
import type { LatestRegistry } from './registry-port';

/** A write made (or maybe made), with what the tag held before. */
export interface TagWrite {
  ref: ImageReference;
  /** The digest written, and the release version it is ('' when not a version). */
  digest: string;
  version: string;
  /** The manifest the tag held before; undefined when the tag did not exist. */
  previous?: FetchedManifest;
  previousVersion: string;
  /** The write's answer never came: the registry may or may not have taken it. */
  uncertain?: boolean;
}

/**
 * The command that points `ref` back at `digest`: skopeo copies the manifest by digest to the
 * tag unchanged (`--all` keeps an index whole, so the digest stays the same). Registries served
 * over plain HTTP (loopback, registry-insecure) need TLS verification off.
 */
export function restoreCommand(ref: ImageReference, digest: string, plainHttp: boolean): string {
  const tls = plainHttp ? ['--src-tls-verify=false', '--dest-tls-verify=false'] : [];
  const source = `docker://${formatRepository(ref)}@${digest}`;
  return ['skopeo', 'copy', '--all', ...tls, source, `docker://${formatReference(ref)}`].join(' ');
}

function change(write: TagWrite, state: ChangeState, now: string, nowVersion: string, plainHttp: boolean): TagChange {
  const before = write.previous?.digest ?? '';
  const back = state === 'put-back' || state === 'moved-by-someone-else' || (now !== '' && now === before);
  return {
    ref: formatReference(write.ref),
    before,
    beforeVersion: write.previousVersion,
    now,
    nowVersion,
    state,
    restore: before && !back ? restoreCommand(write.ref, before, plainHttp) : '',
  };
}

/** The changes of writes that stand: each written tag holds the release (unknown when unanswered). */
export function movedChanges(writes: readonly TagWrite[], plainHttp: (host: string) => boolean): TagChange[] {
  return writes.map((write) => {
    const plain = plainHttp(write.ref.registry);
    if (!write.uncertain) return change(write, 'moved', write.digest, write.version, plain);
    // Unknown whether it landed: the command that completes it is the one to run.
    return { ...change(write, 'unknown', '', '', plain), restore: restoreCommand(write.ref, write.digest, plain) };
  });
}

/** A tag the run should have created but stopped before: the command that creates it. */
export function missingChange(ref: ImageReference, digest: string, plainHttp: boolean): TagChange {
  return {
    ref: formatReference(ref),
    before: '',
    beforeVersion: '',
    now: '',
    nowVersion: '',
    state: 'missing',
    restore: restoreCommand(ref, digest, plainHttp),
  };
}

/** Puts back one write where it can; says where its tag stands afterwards. */
async function rollBackOne(registry: LatestRegistry, write: TagWrite, log: Log, plainHttp: boolean) {
  const shown = formatReference(write.ref);
  let now: string | undefined;
  try {
    now = (await registry.headManifest(write.ref))?.digest ?? '';
  } catch (error) {
    log.warning(`Rollback: could not read ${shown}: ${errorMessage(error)}`);
    // Our write was acknowledged, so the tag holds it as far as anyone can tell.
    return write.uncertain
      ? change(write, 'unknown', '', '', plainHttp)
      : change(write, 'left', write.digest, write.version, plainHttp);
  }
  if (now !== write.digest) {
    if (write.uncertain && now === (write.previous?.digest ?? '')) {
      return change(write, 'put-back', now, write.previousVersion, plainHttp); // the write never landed
    }
    log.warning(`Rollback: ${shown} was moved by someone else since; left as it is`);
    return change(write, 'moved-by-someone-else', now, '', plainHttp);
  }
  if (!write.previous) {
    log.warning(`Rollback: ${shown} did not exist before and registries cannot delete a tag; it stays`);
    return change(write, 'left', now, write.version, plainHttp);
  }
  try {
    await registry.putManifest(write.ref, write.previous.bytes, write.previous.mediaType);
    log.info(`Rollback: ${shown} back to ${write.previous.digest}`);
    return change(write, 'put-back', write.previous.digest, write.previousVersion, plainHttp);
  } catch (error) {
    log.warning(`Rollback: could not put back ${shown}: ${errorMessage(error)}`);
    // A refusal leaves our write; a lost answer leaves it unknown.
    return error instanceof RegistryError
      ? change(write, 'left', write.digest, write.version, plainHttp)
      : change(write, 'unknown', '', '', plainHttp);
  }
}

/** Puts back, newest first, the tags this run wrote; returns where each stands, in write order. */
export async function rollBack(
  registry: LatestRegistry,
  writes: readonly TagWrite[],
  log: Log,
  plainHttp: (host: string) => boolean,
): Promise<TagChange[]> {
  const changes: TagChange[] = [];
  for (const write of [...writes].reverse()) {
    changes.unshift(await rollBackOne(registry, write, log, plainHttp(write.ref.registry)));
  }
  return changes;
}

function digestText(digest: string, version: string, absent: string): string {
  if (!digest) return absent;
  return version ? `${digest} (${version})` : digest;
}

const STATE_NOTES: Record<ChangeState, string> = {
  moved: '',
  left: '',
  'put-back': ' (put back)',
  'moved-by-someone-else': ' (moved by someone else since; left as it is)',
  unknown: '',
  missing: '',
};

/** One line about one changed tag: before, now, and how to put it back. */
export function describeChange(c: TagChange): string {
  if (c.state === 'missing')
    return `${c.ref}: absent, not created (the run stopped first); create it with: ${c.restore}`;
  const now = digestText(c.now, c.nowVersion, 'unknown (the registry did not answer)');
  const gone =
    !c.before && c.state !== 'put-back' ? '; it did not exist before and a registry cannot delete only a tag' : '';
  const restore = c.restore ? `; put it back with: ${c.restore}` : '';
  return `${c.ref}: was ${digestText(c.before, c.beforeVersion, 'absent')}, now ${now}${STATE_NOTES[c.state]}${gone}${restore}`;
}

/** Whether any written tag is not back where it was (or cannot be told). */
export function isPartial(changes: readonly TagChange[]): boolean {
  return changes.some((c) => c.state !== 'put-back' && c.state !== 'moved-by-someone-else');
}

/** A failure after this run wrote tags: the cause, then every tag written and where it stands. */
export class PartialReleaseError extends CibError {
  readonly changes: TagChange[];
  constructor(cause: unknown, changes: TagChange[]) {
    const lines = changes.map((c) => `  ${describeChange(c)}`).join('\n');
    super(`${errorMessage(cause)}\nThis run changed ${changes.length} tag(s) before it stopped:\n${lines}`, { cause });
    this.name = 'PartialReleaseError';
    this.changes = changes;
  }
}
