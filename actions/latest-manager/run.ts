// latest-manager: moves `latest` (and optionally `<major>`, `<major>.<minor>`) to a release only
// when it is a real release (annotated tag, not a prerelease) and newer than what the tag holds
// now (packages/core/src/latest/). This file parses inputs, wires git, the GitHub API and the
// registry client in, and writes outputs and the job summary.
import { InputError } from '@cib/core/errors/input-error';
import { execProcess } from '@cib/core/exec/exec';
import { createGithubClient } from '@cib/core/github/api-client';
import { createRegistryClient, readRegistryLogin, type RegistryLoginInputs } from '@cib/core/registry/login-inputs';
import { isValidTag, MalformedReferenceError, parseReference, type ImageReference } from '@cib/core/registry/reference';
import { STRATEGIES, type Strategy } from '@cib/core/latest/outcome';
import { manageLatest, type LatestRequest } from '@cib/core/latest/manage-latest';
import { latestOutputs, latestSummary } from '@cib/core/latest/report';
import { resolveTagType, type TagTypeMode } from '@cib/core/latest/tag-type';
import { readCiContext, type CiContext } from '@cib/core/runner/ci-context';
import { readBoolean, readLines, readString } from '@cib/core/runner/inputs';
import type { Runtime } from '@cib/core/runner/runtime';
import { compilePrereleasePattern, DEFAULT_PRERELEASE_PATTERN } from '@cib/core/version/prerelease';
import { parseTagPrefix } from '@cib/core/version/tag-prefix';

const TAG_TYPES: readonly TagTypeMode[] = ['auto', 'annotated', 'lightweight'];

export interface LatestManagerInputs extends LatestRequest, RegistryLoginInputs {
  githubToken: string;
}

/** The input, else the environment variable the original pipeline read, else `fallback`; checked against `allowed`. */
function readWithEnv<T extends string>(
  rt: Runtime,
  name: string,
  variable: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const fromInput = readString(rt, name);
  const value = fromInput || (rt.env[variable] ?? '').trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    const source = fromInput ? name : `${name} (from ${variable})`;
    throw new InputError(source, value, `one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function readImages(rt: Runtime): ImageReference[] {
  const lines = readLines(rt, 'images').flatMap((line) =>
    line
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  if (lines.length === 0) throw new InputError('images', '', 'one or more repositories, such as ghcr.io/org/app');
  return lines.map((text) => {
    try {
      const ref = parseReference(text);
      return { registry: ref.registry, repository: ref.repository };
    } catch (error) {
      // As in manifest-merge: why it is malformed, without the parser's repeated value and example.
      if (!(error instanceof MalformedReferenceError)) throw error;
      throw new InputError('images', text, 'a repository such as ghcr.io/org/app', `Here ${error.reason}`);
    }
  });
}

/** Parses every input; fails here, before any git or registry call. */
export function readInputs(rt: Runtime, ci: CiContext = readCiContext(rt.env)): LatestManagerInputs {
  // Default: the pushed tag (GITHUB_REF_NAME on tag pushes, CI_COMMIT_TAG under GitLab).
  const version = readString(rt, 'version') || (ci.refType === 'tag' ? ci.refName : '');
  if (!version) {
    throw new InputError(
      'version',
      '',
      'the released version (default: the pushed tag, but this run is not for a tag)',
    );
  }
  const latestTag = readString(rt, 'latest-tag', { fallback: 'latest' });
  if (!isValidTag(latestTag)) throw new InputError('latest-tag', latestTag, 'an image tag such as latest or stable');
  return {
    images: readImages(rt),
    version,
    strategy: readWithEnv<Strategy>(rt, 'strategy', 'UPDATE_LATEST_STRATEGY', STRATEGIES, 'auto'),
    tagType: readWithEnv<TagTypeMode>(rt, 'tag-type', 'TAG_TYPE_OVERRIDE', TAG_TYPES, 'auto'),
    tagPrefix: parseTagPrefix(readString(rt, 'tag-prefix')),
    prereleasePattern: compilePrereleasePattern(
      readString(rt, 'prerelease-pattern', { fallback: DEFAULT_PRERELEASE_PATTERN }),
    ),
    latestTag,
    floatingTags: readBoolean(rt, 'floating-tags', false),
    dryRun: readBoolean(rt, 'dry-run', false),
    githubToken: readString(rt, 'github-token'),
    ...readRegistryLogin(rt),
  };
}

export async function run(rt: Runtime): Promise<void> {
  // Masked before anything can print them, input errors included.
  rt.setSecret(rt.getInput('password'));
  rt.setSecret(rt.getInput('github-token'));
  const ci = readCiContext(rt.env);
  const inputs = readInputs(rt, ci);
  // The input credentials are for the registry of the first image.
  const registry = createRegistryClient(rt, inputs, inputs.images[0].registry);
  const github =
    ci.platform === 'github' && inputs.githubToken && ci.repository
      ? { client: createGithubClient(rt, inputs.githubToken), repository: ci.repository }
      : undefined;
  const outcome = await manageLatest(inputs, {
    registry,
    log: rt.log,
    resolveTagType: (tag, mode, version) =>
      resolveTagType(tag, mode, version, {
        exec: execProcess,
        cwd: ci.workspace,
        github,
        prereleasePattern: inputs.prereleasePattern,
        log: (line) => rt.log.info(line),
      }),
  });
  for (const [name, value] of Object.entries(latestOutputs(outcome))) rt.setOutput(name, value);
  rt.appendSummary(latestSummary(outcome));
  rt.log.debug(`Registry requests: ${registry.stats.requests}`);
}
