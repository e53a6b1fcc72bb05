// latest-manager: moves `latest` (and optionally `<major>`, `<major>.<minor>`) to a release only
// when it is a real release (annotated tag, not a prerelease) and newer than what the tag holds
// now (packages/core/src/latest/). This file parses inputs, wires git, the GitHub API and the
// registry client in, and writes outputs and the job summary.
import { InputError } from '@cib/core/errors/input-error';
import { execProcess } from '@cib/core/exec/exec';
import { createGithubClient } from '@cib/core/github/api-client';
import { createRegistryClient, readRegistryLogin, type RegistryLoginInputs } from '@cib/core/registry/login-inputs';
import { parseLatestTag } from '@cib/core/latest/latest-tag';
import { PartialReleaseError } from '@cib/core/latest/tag-changes';
import { STRATEGIES } from '@cib/core/latest/outcome';
import { manageLatest, type LatestRequest } from '@cib/core/latest/manage-latest';
import { changeOutputs, latestOutputs, latestSummary, partialSummary } from '@cib/core/latest/report';
import { resolveTagType, type TagTypeMode } from '@cib/core/latest/tag-type';
import { readCiContext, type CiContext } from '@cib/core/runner/ci-context';
import {
  actionInputs,
  readBoolean,
  readImages,
  readSecret,
  readString,
  readToken,
  readWithEnv,
} from '@cib/core/runner/inputs';
import { writeOutputs } from '@cib/core/runner/outputs';
import type { Runtime } from '@cib/core/runner/runtime';
import { compilePrereleasePattern, DEFAULT_PRERELEASE_PATTERN } from '@cib/core/version/prerelease';
import { parseTagPrefix } from '@cib/core/version/tag-prefix';

const TAG_TYPES: readonly TagTypeMode[] = ['auto', 'annotated', 'lightweight'];

export interface LatestManagerInputs extends LatestRequest, RegistryLoginInputs {
  githubToken: string;
}

/** Parses every input; fails here, before any git or registry call. */
export function readInputs(
  rt: Pick<Runtime, 'getInput' | 'env'>,
  ci: CiContext = readCiContext(rt.env),
): LatestManagerInputs {
  const inputs = actionInputs(rt, 'latest-manager');
  // Default: the pushed tag (GITHUB_REF_NAME on tag pushes, CI_COMMIT_TAG under GitLab).
  const version = readString(inputs, 'version') || (ci.refType === 'tag' ? ci.refName : '');
  if (!version) {
    throw new InputError(
      'version',
      '',
      'the released version (default: the pushed tag, but this run is not for a tag)',
    );
  }
  const tagPrefix = parseTagPrefix(readString(inputs, 'tag-prefix'));
  const latestTag = parseLatestTag(readString(inputs, 'latest-tag', { fallback: 'latest' }), tagPrefix);
  return {
    images: readImages(inputs, 'images', 'repository'),
    version,
    strategy: readWithEnv(inputs, 'strategy', 'UPDATE_LATEST_STRATEGY', STRATEGIES, 'auto'),
    tagType: readWithEnv(inputs, 'tag-type', 'TAG_TYPE_OVERRIDE', TAG_TYPES, 'auto'),
    tagPrefix,
    prereleasePattern: compilePrereleasePattern(
      readString(inputs, 'prerelease-pattern', { fallback: DEFAULT_PRERELEASE_PATTERN }),
    ),
    latestTag,
    floatingTags: readBoolean(inputs, 'floating-tags', false),
    dryRun: readBoolean(inputs, 'dry-run', false),
    githubToken: readString(inputs, 'github-token'),
    ...readRegistryLogin(inputs),
  };
}

export async function run(rt: Runtime): Promise<void> {
  // Masked before anything can print them, input errors included.
  const declared = actionInputs(rt, 'latest-manager');
  readSecret(declared, 'password', (s) => rt.setSecret(s));
  readToken(declared, 'github-token', (s) => rt.setSecret(s));
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
    plainHttp: (host) => registry.allowsPlainHttp(host),
    resolveTagType: (tag, mode, version) =>
      resolveTagType(tag, mode, version, {
        exec: execProcess,
        cwd: ci.workspace,
        github,
        prereleasePattern: inputs.prereleasePattern,
        log: rt.log,
      }),
  }).catch((error: unknown) => {
    // Stopped after writing: say where every tag stands before failing the step.
    if (error instanceof PartialReleaseError) {
      writeOutputs(rt, 'latest-manager', changeOutputs(error.changes, true));
      rt.appendSummary(partialSummary(error.message, error.changes));
    }
    throw error;
  });
  writeOutputs(rt, 'latest-manager', latestOutputs(outcome));
  rt.appendSummary(latestSummary(outcome));
  rt.log.debug(`Registry requests: ${registry.stats.requests}`);
}
