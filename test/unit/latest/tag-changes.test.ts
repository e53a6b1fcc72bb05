// After a failure that follows a write: each written tag put back where it can be, and where
// every tag stands (before, now, the command that puts it back) for the error, summary, outputs.
import { CibError } from '@cib/core/errors/cib-error';
import { RegistryError } from '@cib/core/registry/errors';
import { parseReference, withTag } from '@cib/core/registry/reference';
import {
  describeChange,
  isPartial,
  missingChange,
  movedChanges,
  PartialReleaseError,
  restoreCommand,
  rollBack,
  type TagWrite,
} from '@cib/core/latest/tag-changes';
import { MemoryRegistry } from '../../support/memory-registry';
import { RecordingLog } from '../../support/recording-log';
import { seedImage } from '../../support/seed-images';

const APP = 'registry.test/org/app';
const repo = parseReference(APP);
const noPlainHttp = () => false;

/** `latest` moved from 1.0.0 to 1.2.0 by this run; `1` created by it. */
async function scene() {
  const registry = new MemoryRegistry();
  const old = seedImage(registry, APP, { tags: ['1.0.0', 'latest'], label: '1.0.0' }).digest;
  const release = seedImage(registry, APP, { tags: ['1.2.0'], label: '1.2.0' }).digest;
  const previous = await registry.getManifest(withTag(repo, 'latest'));
  registry.retag(APP, 'latest', release);
  registry.retag(APP, '1', release);
  const writes: TagWrite[] = [
    { ref: withTag(repo, 'latest'), digest: release, version: '1.2.0', previous, previousVersion: '1.0.0' },
    { ref: withTag(repo, '1'), digest: release, version: '1.2.0', previousVersion: '' },
  ];
  return { registry, old, release, writes, log: new RecordingLog() };
}

const unreachable = () => {
  throw new CibError('Could not reach registry.test');
};

describe('restoreCommand', () => {
  it('copies the old manifest by digest to the tag, unchanged; TLS off only for plain-HTTP hosts', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(restoreCommand(withTag(repo, 'latest'), digest, false)).toBe(
      `skopeo copy --all docker://${APP}@${digest} docker://${APP}:latest`,
    );
    expect(restoreCommand(withTag(parseReference('127.0.0.1:5000/app'), '1'), digest, true)).toBe(
      `skopeo copy --all --src-tls-verify=false --dest-tls-verify=false docker://127.0.0.1:5000/app@${digest} docker://127.0.0.1:5000/app:1`,
    );
  });
});

describe('rollBack', () => {
  it('the registry answers: latest put back; 1 did not exist before, so it stays', async () => {
    const { registry, old, release, writes, log } = await scene();
    const changes = await rollBack(registry, writes, log, noPlainHttp);
    expect(changes.map((c) => [c.ref, c.state, c.now, c.restore])).toEqual([
      [`${APP}:latest`, 'put-back', old, ''],
      [`${APP}:1`, 'left', release, ''],
    ]);
    expect(registry.digestOf(APP, 'latest')).toBe(old);
    expect(describeChange(changes[1])).toBe(
      `${APP}:1: was absent, now ${release} (1.2.0); it did not exist before and a registry cannot delete only a tag`,
    );
    expect(isPartial(changes)).toBe(true);
  });

  it('the registry is gone: each tag left at what this run wrote, with the command that puts it back', async () => {
    const { registry, old, release, writes, log } = await scene();
    registry.headManifest = unreachable;
    const changes = await rollBack(registry, writes, log, noPlainHttp);
    expect(changes[0]).toEqual({
      ref: `${APP}:latest`,
      before: old,
      beforeVersion: '1.0.0',
      now: release,
      nowVersion: '1.2.0',
      state: 'left',
      restore: `skopeo copy --all docker://${APP}@${old} docker://${APP}:latest`,
    });
    expect(describeChange(changes[0])).toBe(
      `${APP}:latest: was ${old} (1.0.0), now ${release} (1.2.0); put it back with: ${changes[0].restore}`,
    );
    expect(log.text('warning')).toMatch(/Rollback: could not read registry\.test\/org\/app:latest: Could not reach/);
  });

  it('a write whose answer was lost, with the registry gone: unknown, and the command that puts it back', async () => {
    const { registry, old, writes, log } = await scene();
    registry.headManifest = unreachable;
    const [change] = await rollBack(registry, [{ ...writes[0], uncertain: true }], log, noPlainHttp);
    expect(change).toMatchObject({ state: 'unknown', now: '', restore: expect.stringContaining(`@${old}`) });
    expect(describeChange(change)).toContain('now unknown (the registry did not answer)');
  });

  it('a write whose answer was lost and which never landed: back where it was', async () => {
    const { registry, old, writes, log } = await scene();
    registry.retag(APP, 'latest', old);
    const [change] = await rollBack(registry, [{ ...writes[0], uncertain: true }], log, noPlainHttp);
    expect(change).toMatchObject({ state: 'put-back', now: old, restore: '' });
    expect(isPartial([change])).toBe(false);
  });

  it('moved by someone else since: left as it is, no command', async () => {
    const { registry, old, writes, log } = await scene();
    const other = seedImage(registry, APP, { tags: ['1.3.0'], label: '1.3.0' }).digest;
    registry.retag(APP, 'latest', other);
    const [change] = await rollBack(registry, [writes[0]], log, noPlainHttp);
    expect(change).toMatchObject({ state: 'moved-by-someone-else', now: other, restore: '' });
    expect(registry.digestOf(APP, 'latest')).toBe(other);
    expect(describeChange(change)).toBe(
      `${APP}:latest: was ${old} (1.0.0), now ${other} (moved by someone else since; left as it is)`,
    );
  });

  it('the put-back refused: left, with the command', async () => {
    const { registry, old, release, writes, log } = await scene();
    registry.refuseWrite(
      `${APP}:latest`,
      new RegistryError('denied', { status: 403, code: 'DENIED', reference: `${APP}:latest` }),
    );
    const [change] = await rollBack(registry, [writes[0]], log, noPlainHttp);
    expect(change).toMatchObject({ state: 'left', now: release, restore: expect.stringContaining(`@${old}`) });
  });
});

describe('after a run that finished', () => {
  it('every written tag holds the release, with the command that would undo it', async () => {
    const { old, release, writes } = await scene();
    const changes = movedChanges(writes, noPlainHttp);
    expect(changes.map((c) => [c.state, c.before, c.now])).toEqual([
      ['moved', old, release],
      ['moved', '', release],
    ]);
    expect(changes[0].restore).toContain(`@${old}`);
    expect(changes[1].restore).toBe('');
  });

  it('a creation whose answer never came is unknown, with the command that completes it', async () => {
    const { release, writes } = await scene();
    const [change] = movedChanges([{ ...writes[1], uncertain: true }], noPlainHttp);
    expect(change).toMatchObject({ state: 'unknown', before: '', now: '' });
    expect(change.restore).toBe(restoreCommand(withTag(repo, '1'), release, false));
    expect(isPartial([change])).toBe(true);
  });
});

describe('a tag the run stopped before creating', () => {
  it('is missing, partial, and listed with the command that creates it at the release', async () => {
    const { release } = await scene();
    const change = missingChange(withTag(repo, '1.2'), release, true);
    expect(change).toMatchObject({ ref: `${APP}:1.2`, state: 'missing', before: '', now: '' });
    expect(change.restore).toBe(restoreCommand(withTag(repo, '1.2'), release, true));
    expect(change.restore).toContain('--dest-tls-verify=false');
    expect(describeChange(change)).toBe(
      `${APP}:1.2: absent, not created (the run stopped first); create it with: ${change.restore}`,
    );
    expect(isPartial([change])).toBe(true);
  });
});

describe('PartialReleaseError', () => {
  it('is the cause, then one line per changed tag', async () => {
    const { registry, writes, log } = await scene();
    registry.headManifest = unreachable;
    const changes = await rollBack(registry, writes, log, noPlainHttp);
    const error = new PartialReleaseError(new CibError('Could not reach registry.test'), changes);
    expect(error).toBeInstanceOf(CibError);
    expect(error.message.split('\n')).toEqual([
      'Could not reach registry.test',
      'This run changed 2 tag(s) before it stopped:',
      `  ${describeChange(changes[0])}`,
      `  ${describeChange(changes[1])}`,
    ]);
  });
});
