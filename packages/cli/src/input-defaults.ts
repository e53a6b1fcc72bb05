// action.yml defaults may hold `${{ }}` expressions the runner evaluates (`${{ github.token }}`).
// The CLI has no runner, so it gives each expression the value it would have in the pipeline at
// hand: from GitHub's variables when present, else GitLab's (through the CI context), else empty.
import { tmpdir } from 'node:os';
import type { CiContext } from '@cib/core/runner/ci-context';

type Env = Readonly<Record<string, string | undefined>>;

export interface ExpandedDefault {
  value: string;
  /** Values that came from credentials (the token), to be masked. */
  secrets: string[];
  /** Expressions the CLI has no value for (expanded to ''). */
  unknown: string[];
}

function runnerOs(): string {
  return process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux';
}

/** The value of one expression, or undefined when the CLI does not know it. */
function evaluate(expression: string, env: Env, ci: CiContext): { value: string; secret?: boolean } | undefined {
  const envMatch = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(expression);
  if (envMatch) return { value: env[envMatch[1]] ?? '' };
  switch (expression) {
    case 'github.token':
    case 'secrets.GITHUB_TOKEN':
      // GitLab's job token stands in for GitHub's where the action talks to its own forge.
      return { value: env.GITHUB_TOKEN || env.CI_JOB_TOKEN || '', secret: true };
    case 'github.workspace':
      return { value: ci.workspace };
    case 'github.repository':
      return { value: ci.repository };
    case 'github.repository_owner':
      return { value: env.GITHUB_REPOSITORY_OWNER || env.CI_PROJECT_NAMESPACE || '' };
    case 'github.server_url':
      return { value: env.GITHUB_SERVER_URL || env.CI_SERVER_URL || '' };
    case 'github.api_url':
      return { value: env.GITHUB_API_URL || (env.CI_API_V4_URL ?? '') };
    case 'github.sha':
      return { value: ci.sha };
    case 'github.ref':
      return { value: ci.ref };
    case 'github.ref_name':
      return { value: ci.refName };
    case 'github.ref_type':
      return { value: ci.refType === 'pull_request' ? '' : ci.refType };
    case 'github.event_name':
      return { value: ci.eventName };
    case 'github.run_id':
      return { value: ci.runId };
    case 'github.run_attempt':
      return { value: ci.runAttempt };
    case 'github.job':
      return { value: ci.job };
    case 'github.actor':
      return { value: env.GITHUB_ACTOR || env.GITLAB_USER_LOGIN || '' };
    case 'runner.temp':
      return { value: env.RUNNER_TEMP || tmpdir() };
    case 'runner.os':
      return { value: env.RUNNER_OS || runnerOs() };
    default:
      return undefined;
  }
}

/** Expands the `${{ }}` expressions of an action.yml default for the CLI. */
export function expandDefault(value: string, env: Env, ci: CiContext): ExpandedDefault {
  const secrets: string[] = [];
  const unknown: string[] = [];
  const expanded = value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    const result = evaluate(expression, env, ci);
    if (!result) {
      unknown.push(expression);
      return '';
    }
    if (result.secret && result.value) secrets.push(result.value);
    return result.value;
  });
  return { value: expanded, secrets, unknown };
}
