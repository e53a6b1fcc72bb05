// build-info's outputs and job summary, built in core as the other actions' reports are.
import { buildInfoOutputs, buildInfoSummary, verifyOutputs, verifySummary } from '@cib/core/build-info/report';
import type { BuildInfo } from '@cib/core/build-info/record';
import { ACTION_SPECS } from '../../../packages/cli/src/action-specs.generated';

const info: BuildInfo = {
  version: '1.2.3',
  imageTag: '1.2.3',
  commit: 'a'.repeat(40),
  shortCommit: 'aaaaaaa',
  ref: 'refs/tags/v1.2.3',
  buildDate: '2026-11-29T09:00:00Z',
  cacheBust: '1764406800',
  runId: '42',
  runUrl: 'https://github.com/org/app/actions/runs/42',
  repository: 'org/app',
  repositoryUrl: 'https://github.com/org/app',
};

describe('generate mode', () => {
  const outputs = buildInfoOutputs(info, {
    labels: new Map([['org.opencontainers.image.version', '1.2.3']]),
    annotations: new Map([['org.opencontainers.image.revision', info.commit]]),
    jsonFile: '/work/build-info.json',
  });

  it('sets every output action.yml declares, and only those', () => {
    expect(Object.keys(outputs).sort()).toEqual(ACTION_SPECS['build-info'].outputs.map((o) => o.name).sort());
  });

  it('formats the values', () => {
    expect(outputs).toMatchObject({
      version: '1.2.3',
      'short-commit': 'aaaaaaa',
      'build-args': `CACHE_BUST=1764406800\nBUILD_DATE=2026-11-29T09:00:00Z\nGIT_COMMIT=${'a'.repeat(40)}\nVERSION=1.2.3`,
      labels: 'org.opencontainers.image.version=1.2.3',
      'json-file': '/work/build-info.json',
      verified: 'false',
    });
    expect(JSON.parse(outputs.json!)).toMatchObject({ version: '1.2.3', git_commit_short: 'aaaaaaa', run_id: '42' });
  });

  it('a version with build metadata: the version output is its image tag, exact-version the version', () => {
    const withBuild = { ...info, version: '1.2.3+build.7', imageTag: '1.2.3_build.7' };
    const extras = { labels: new Map(), annotations: new Map(), jsonFile: '' };
    expect(buildInfoOutputs(withBuild, extras)).toMatchObject({
      version: '1.2.3_build.7',
      'exact-version': '1.2.3+build.7',
    });
    expect(buildInfoSummary(withBuild, [], false)).toContain(
      '| Version | `1.2.3+build.7` (image tag `1.2.3_build.7`) |',
    );
  });

  it('summarises the record, the files and what was exported', () => {
    const summary = buildInfoSummary(info, ['/work/build-info.json'], true);
    expect(summary).toContain('## Build info');
    expect(summary).toContain('| Version | `1.2.3` |');
    expect(summary).toContain('| Run | [42](https://github.com/org/app/actions/runs/42) |');
    expect(summary).toContain('| Files | `/work/build-info.json` |');
    expect(summary).toContain('| Exported to env | BUILD_DATE, GIT_COMMIT, CACHE_BUST, VERSION |');
    expect(buildInfoSummary(info, [], false)).toContain('| Exported to env | no |');
  });
});

describe('verify mode', () => {
  const verified = {
    url: 'https://app.example/build-info.json',
    field: 'build.git_commit',
    commit: info.commit,
    shortCommit: 'aaaaaaa',
    ref: 'refs/heads/main',
    seen: 'aaaaaaa',
    document: { build: { git_commit: 'aaaaaaa' } },
    attempts: 3,
  };

  it('sets the commit outputs, the document as json, and verified', () => {
    expect(verifyOutputs(verified)).toEqual({
      commit: info.commit,
      'short-commit': 'aaaaaaa',
      ref: 'refs/heads/main',
      json: '{"build":{"git_commit":"aaaaaaa"}}',
      verified: 'true',
    });
  });

  it('summarises what the deployment reported', () => {
    const summary = verifySummary(verified);
    expect(summary).toContain('## Build info: deployment verified');
    expect(summary).toContain('| Field | `build.git_commit` |');
    expect(summary).toContain('| Attempts | 3 |');
  });
});
