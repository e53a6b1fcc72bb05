import { readCiContext } from '@cib/core/runner/ci-context';
import { expandDefault } from '../../../packages/cli/src/input-defaults';

const gitlab = {
  GITLAB_CI: 'true',
  CI_COMMIT_SHA: 'c'.repeat(40),
  CI_COMMIT_TAG: 'v1.4.0',
  CI_PROJECT_PATH: 'grp/app',
  CI_PIPELINE_ID: '4242',
  CI_JOB_ID: '777',
};

describe('expandDefault', () => {
  it.each([
    ['github.token from GITHUB_TOKEN', '${{ github.token }}', { GITHUB_TOKEN: 'ghs_x' }, 'ghs_x', ['ghs_x']],
    [
      'github.token from GitLab CI_JOB_TOKEN',
      '${{ github.token }}',
      { CI_JOB_TOKEN: 'glcbt-y' },
      'glcbt-y',
      ['glcbt-y'],
    ],
    ['github.token as empty when no token is set', '${{ github.token }}', {}, '', []],
    ['github.sha from GitLab', '${{ github.sha }}', gitlab, 'c'.repeat(40), []],
    ['github.ref from a GitLab tag', '${{github.ref}}', gitlab, 'refs/tags/v1.4.0', []],
    ['github.repository from GitLab', 'repo=${{ github.repository }}', gitlab, 'repo=grp/app', []],
    ['github.run_id from GitLab', '${{ github.run_id }}', gitlab, '4242', []],
    ['env.NAME', '${{ env.REGISTRY }}/app', { REGISTRY: 'ghcr.io' }, 'ghcr.io/app', []],
    ['a default without expressions', 'plain', {}, 'plain', []],
  ])('expands %s', (_, value, env, expected, secrets) => {
    const result = expandDefault(value, env, readCiContext(env));
    expect(result.value).toBe(expected);
    expect(result.secrets).toEqual(secrets);
    expect(result.unknown).toEqual([]);
  });

  it('expands what it does not know to empty and says which', () => {
    const result = expandDefault('a${{ steps.x.outputs.y }}b', {}, readCiContext({}));
    expect(result).toEqual({ value: 'ab', secrets: [], unknown: ['steps.x.outputs.y'] });
  });
});
