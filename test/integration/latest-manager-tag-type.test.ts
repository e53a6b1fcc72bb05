// Step 2 of the latest decision against real git repositories and the local GitHub API
// stand-in: which method decides the tag type in each kind of checkout.
import { execProcess } from '@cib/core/exec/exec';
import { GithubClient } from '@cib/core/github/api-client';
import { resolveTagType, type TagTypeContext } from '@cib/core/latest/tag-type';
import { compilePrereleasePattern } from '@cib/core/version/prerelease';
import { parseVersion } from '@cib/core/version/version';
import { FakeGithubApi } from '../support/github-api';
import { createOrigin, emptyRepository, fullClone, git, shallowTagCheckout, type Origin } from '../support/git-repo';
import { RecordingLog } from '../support/recording-log';

const TOKEN = 'ghs_tagtype0123456789';
let origin: Origin;
let api: FakeGithubApi;

beforeAll(async () => {
  origin = createOrigin([
    { name: '1.8.6', annotated: true },
    { name: '1.8.7alpha', annotated: false },
    { name: '1.8.7', annotated: true },
  ]);
  api = new FakeGithubApi(TOKEN);
  api.addTag('octo-org/octo-app', '1.8.7', { type: 'tag', sha: 'a'.repeat(40) });
  api.addTag('octo-org/octo-app', '1.8.7alpha', { type: 'commit', sha: 'b'.repeat(40) });
  await api.start();
});
afterAll(() => api.stop());

function context(cwd: string, withGithub: boolean, log = new RecordingLog()): TagTypeContext {
  return {
    exec: execProcess,
    cwd,
    github: withGithub
      ? { client: new GithubClient({ token: TOKEN, apiUrl: api.url }), repository: 'octo-org/octo-app' }
      : undefined,
    prereleasePattern: compilePrereleasePattern(''),
    log,
  };
}

/** A shallow checkout whose origin has gone away, so only the API (or the heuristic) can tell. */
function shallowWithoutOrigin(tag: string): string {
  const dir = shallowTagCheckout(origin, tag);
  git(dir, 'remote', 'set-url', 'origin', 'file:///nonexistent/origin.git');
  return dir;
}

describe('resolveTagType', () => {
  it.each([
    ['full clone, annotated tag', '1.8.7', false, 'annotated', 'git', () => fullClone(origin)],
    [
      'full clone, lightweight tag (confirmed by fetch)',
      '1.8.7alpha',
      false,
      'lightweight',
      'git-fetch',
      () => fullClone(origin),
    ],
    [
      'shallow checkout before checkout v6.0.2, annotated tag',
      '1.8.7',
      false,
      'annotated',
      'git-fetch',
      () => shallowTagCheckout(origin, '1.8.7'),
    ],
    [
      'shallow checkout, real lightweight tag',
      '1.8.7alpha',
      false,
      'lightweight',
      'git-fetch',
      () => shallowTagCheckout(origin, '1.8.7alpha'),
    ],
    [
      'shallow checkout, origin unreachable, GitHub API says annotated',
      '1.8.7',
      true,
      'annotated',
      'github-api',
      () => shallowWithoutOrigin('1.8.7'),
    ],
    [
      'shallow checkout, origin unreachable, GitHub API says lightweight',
      '1.8.7alpha',
      true,
      'lightweight',
      'github-api',
      () => shallowWithoutOrigin('1.8.7alpha'),
    ],
    [
      'shallow checkout, nothing remote: heuristic, release',
      '1.8.7',
      false,
      'annotated',
      'heuristic',
      () => shallowWithoutOrigin('1.8.7'),
    ],
    [
      'tag missing everywhere: heuristic, prerelease word',
      '1.8.7alpha',
      false,
      'lightweight',
      'heuristic',
      () => emptyRepository(),
    ],
    ['tag missing locally and on GitHub: heuristic', '2.0.0', true, 'annotated', 'heuristic', () => emptyRepository()],
  ])('%s: tag %s, GitHub API %s -> %s from %s', async (_, tag, withGithub, type, source, checkout) => {
    const log = new RecordingLog();
    const resolved = await resolveTagType(tag, 'auto', parseVersion(tag), context(checkout(), withGithub, log));
    expect(resolved).toEqual({ type, source });
    // The deciding method is named in the last log line.
    expect(log.lines('info').at(-1)).toMatch(new RegExp(`^Tag type: ${type} \\(`));
  });

  it.each(['annotated', 'lightweight'] as const)('the override %s wins without asking git', async (mode) => {
    const resolved = await resolveTagType('1.8.7', mode, parseVersion('1.8.7'), {
      ...context('/nonexistent', false),
      exec: () => Promise.reject(new Error('git must not run')),
    });
    expect(resolved).toEqual({ type: mode, source: 'override' });
  });
});
