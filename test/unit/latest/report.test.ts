import type { ImageOutcome, LatestOutcome, TagChange, TagOutcome } from '@cib/core/latest/outcome';
import { changeOutputs, latestOutputs, latestSummary, partialSummary } from '@cib/core/latest/report';

function tag(overrides: Partial<TagOutcome>): TagOutcome {
  return {
    tag: 'latest',
    ref: 'ghcr.io/org/app:latest',
    updated: true,
    reason: 'newer',
    detail: '1.2.0 > 1.1.0 (current latest)',
    previousVersion: '1.1.0',
    previousDigest: `sha256:${'1'.repeat(64)}`,
    previousVersionSource: 'label',
    ...overrides,
  };
}

function image(name: string, latest: TagOutcome, floating: TagOutcome[] = []): ImageOutcome {
  return { image: name, versionTag: '1.2.0', digest: `sha256:${'2'.repeat(64)}`, latest, floating };
}

function outcome(images: ImageOutcome[], dryRun = false): LatestOutcome {
  return {
    version: '1.2.0',
    strategy: 'auto',
    tagType: { type: 'annotated', source: 'git-fetch' },
    dryRun,
    images,
    changes: [],
  };
}

describe('latestOutputs', () => {
  it('gives plain values for one image', () => {
    const floating = [
      tag({ tag: '1', ref: 'ghcr.io/org/app:1' }),
      tag({ tag: '1.2', ref: 'ghcr.io/org/app:1.2', updated: false }),
    ];
    expect(latestOutputs(outcome([image('ghcr.io/org/app', tag({}), floating)]))).toEqual({
      updated: 'true',
      reason: 'newer',
      'reason-detail': '1.2.0 > 1.1.0 (current latest)',
      'tag-type': 'annotated',
      'tag-type-source': 'git-fetch',
      'previous-version': '1.1.0',
      'previous-digest': `sha256:${'1'.repeat(64)}`,
      digest: `sha256:${'2'.repeat(64)}`,
      'floating-tags-moved': 'ghcr.io/org/app:1',
      'floating-tags-protected': '',
      'changed-tags': '[]',
      partial: 'false',
    });
  });

  it('joins per-image values in images order only where the images differ', () => {
    const outputs = latestOutputs(
      outcome([
        image('ghcr.io/org/app', tag({})),
        image(
          'ghcr.io/org/worker',
          tag({ reason: 'no-latest-yet', detail: 'new', previousVersion: '', previousDigest: '' }),
        ),
      ]),
    );
    expect(outputs.updated).toBe('true');
    expect(outputs.reason).toBe('newer,no-latest-yet');
    expect(outputs['previous-version']).toBe('1.1.0,');
    expect(outputs.digest).toBe(`sha256:${'2'.repeat(64)}`);
  });
});

describe('latestSummary', () => {
  it('has one row per tag of each image, escaping cell text', () => {
    const summary = latestSummary(
      outcome([
        image('ghcr.io/org/app', tag({ detail: 'a | b' }), [tag({ tag: '1', updated: false, reason: 'not-newer' })]),
      ]),
    );
    expect(summary).toContain('## latest-manager');
    expect(summary).toContain('tag type annotated (from git-fetch)');
    expect(summary).toContain(
      '| ghcr.io/org/app | `latest` | 1.1.0 `sha256:111111111111` | 1.2.0 `sha256:222222222222` | moved | newer | a \\| b |',
    );
    expect(summary).toContain('| ghcr.io/org/app | `1` |');
    expect(summary).toContain('| kept | not-newer |');
  });

  it('says dry run', () => {
    const summary = latestSummary(outcome([image('ghcr.io/org/app', tag({ updated: false }))], true));
    expect(summary).toContain('**dry run: nothing written**');
    expect(summary).toContain('would move (dry run)');
  });
});

describe('after a failure that followed a write', () => {
  const change: TagChange = {
    ref: 'ghcr.io/org/app:latest',
    before: `sha256:${'1'.repeat(64)}`,
    beforeVersion: '1.1.0',
    now: `sha256:${'2'.repeat(64)}`,
    nowVersion: '1.2.0',
    state: 'left',
    restore: `skopeo copy --all docker://ghcr.io/org/app@sha256:${'1'.repeat(64)} docker://ghcr.io/org/app:latest`,
  };

  it('the outputs carry the partial state', () => {
    expect(changeOutputs([change], true)).toEqual({ 'changed-tags': JSON.stringify([change]), partial: 'true' });
    expect(changeOutputs([{ ...change, state: 'put-back', now: change.before, restore: '' }], true).partial).toBe(
      'false',
    );
  });

  it('the summary lists each changed tag with before, now and the command', () => {
    const summary = partialSummary('Could not reach ghcr.io\nThis run changed 1 tag(s)', [change]);
    expect(summary).toContain('Stopped after changing tags: Could not reach ghcr.io\n');
    expect(summary).toContain(
      `| \`ghcr.io/org/app:latest\` | \`sha256:111111111111\` 1.1.0 | \`sha256:222222222222\` 1.2.0 | left | \`${change.restore}\` |`,
    );
  });

  it('a floating tag kept as its own release is reported as protected', () => {
    const own = tag({ tag: '5.1', ref: 'ghcr.io/org/app:5.1', updated: false, reason: 'own-release' });
    expect(latestOutputs(outcome([image('ghcr.io/org/app', tag({}), [own])]))['floating-tags-protected']).toBe(
      'ghcr.io/org/app:5.1',
    );
  });
});
