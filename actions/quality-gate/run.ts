// quality-gate: one verdict from coverage, vulnerability, test and budget reports
// (packages/core/src/quality/), reported as a check run on the commit, a commit status, or the
// job summary. This file wires inputs, the policy file, git, the registry, the baseline and the
// GitHub API in, and writes the outputs, the summary and the report file.
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CibError, errorMessage } from '@cib/core/errors/cib-error';
import type { Exec } from '@cib/core/exec/exec';
import { fileBaselineStore, noBaselineStore, type BaselineStore } from '@cib/core/quality/baseline';
import { runGate, type GateResult } from '@cib/core/quality/gate';
import { readGateInputs, type GateInputs, type QualityGateInputs } from '@cib/core/quality/gate-inputs';
import { gateAnnotations, gateOutputs, reportJson } from '@cib/core/quality/gate-outputs';
import { writeJsonFile } from '@cib/core/quality/json-writer';
import type { ManifestReader } from '@cib/core/quality/image-size';
import { DEFAULT_POLICY_PATH, loadPolicy } from '@cib/core/quality/policy';
import {
  publishVerdict,
  REPORT_MODES,
  type GateGithubPort,
  type ReportMode,
  type Verdict,
} from '@cib/core/quality/publish';
import { headline, reportMarkdown } from '@cib/core/quality/report-markdown';
import { headCommit, readCiContext, readEventPayload, type CiContext } from '@cib/core/runner/ci-context';
import { actionInputs, readString, readToken } from '@cib/core/runner/inputs';
import { writeOutputs } from '@cib/core/runner/outputs';
import type { Runtime } from '@cib/core/runner/runtime';

async function baselineStore(inputs: GateInputs, ci: CiContext, rt: Runtime): Promise<BaselineStore> {
  if (inputs.baseline.kind === 'none') return noBaselineStore;
  if (inputs.baseline.kind === 'file') return fileBaselineStore(resolve(ci.workspace, inputs.baseline.path));
  const { cacheBaselineStore } = await import('@cib/core/quality/baseline-cache');
  return cacheBaselineStore({
    repository: ci.repository || 'local',
    checkName: inputs.checkName,
    runId: `${ci.runId}-${ci.runAttempt}`,
    log: rt.log,
    env: rt.env,
  });
}

/** git, for patch coverage: the exec seam (and node:child_process) is loaded on its first use. */
const lazyExec: Exec = async (command, args, options) =>
  (await import('@cib/core/exec/exec')).execProcess(command, args, options);

/** The GitHub client, loaded only when there is a token and a repository to report to. */
async function githubPort(rt: Runtime, ci: CiContext, token: string): Promise<GateGithubPort | undefined> {
  if (ci.platform !== 'github' || !token || !ci.repository) return undefined;
  const [{ createGithubClient }, { GithubRepository }] = await Promise.all([
    import('@cib/core/github/api-client'),
    import('@cib/core/github/repository'),
  ]);
  return new GithubRepository(createGithubClient(rt, token), ci.repository);
}

/** The registry client, loaded only when image sizes are asked for. */
async function registryReader(rt: Runtime): Promise<ManifestReader> {
  const { createRegistryClient } = await import('@cib/core/registry/login-inputs');
  return createRegistryClient(rt, { username: '', password: '', insecureHosts: [] }, '');
}

/** Annotations need repository-relative paths; absolute ones outside the workspace are dropped. */
function inWorkspace(path: string, workspace: string): string | undefined {
  if (!isAbsolute(path)) return path.replace(/^\.\//, '');
  const rel = relative(workspace, path);
  return rel.startsWith('..') || isAbsolute(rel) ? undefined : rel;
}

function verdictOf(result: GateResult, inputs: GateInputs, ci: CiContext, summary: string): Verdict {
  return {
    checkName: inputs.checkName,
    sha: headCommit(ci),
    conclusion: result.conclusion,
    title: headline(result),
    summary,
    detailsUrl: ci.runUrl || undefined,
    annotations: gateAnnotations(result).flatMap((a) => {
      const path = inWorkspace(a.path, ci.workspace);
      return path
        ? [
            {
              path,
              start_line: a.startLine,
              end_line: a.endLine,
              annotation_level: a.level,
              title: a.title,
              message: a.message,
            },
          ]
        : [];
    }),
  };
}

/**
 * A gate that could not run (a bad input, policy or report) still reports a failure, so it never
 * shows as missing or green. Reads only what reporting needs, without failing on it.
 */
async function reportError(
  rt: Runtime,
  inputs: QualityGateInputs,
  token: string,
  ci: CiContext,
  error: CibError,
): Promise<void> {
  const checkName = inputs.raw('check-name') || 'quality-gate';
  const asked = inputs.raw('report');
  const mode = (REPORT_MODES as readonly string[]).includes(asked) ? (asked as ReportMode) : 'auto';
  const summary = `## ❌ Quality gate could not run (${checkName})\n\n${errorMessage(error)}\n`;
  rt.appendSummary(summary);
  const verdict: Verdict = {
    checkName,
    sha: headCommit(ci),
    conclusion: 'failure',
    title: 'The gate could not run',
    summary,
    annotations: [],
  };
  const port = await githubPort(rt, ci, token);
  await publishVerdict(port, mode, verdict, rt.log).catch((e: unknown) =>
    rt.log.warning(`Could not report the error: ${errorMessage(e)}`),
  );
}

export async function run(rt: Runtime): Promise<void> {
  const given = actionInputs(rt, 'quality-gate');
  // Masked before anything can print it, input errors included.
  const token = readToken(given, 'github-token', (secret) => rt.setSecret(secret));
  const ci = readCiContext(rt.env);
  let inputs: GateInputs;
  // Made on first use: a gate with nothing to compare never loads the cache client.
  let store: Promise<BaselineStore> | undefined;
  const baselineStoreOnce = () => (store ??= baselineStore(inputs, ci, rt));
  let result: GateResult;
  try {
    const policyInput = readString(given, 'policy');
    const policyFile = resolve(ci.workspace, policyInput || DEFAULT_POLICY_PATH);
    inputs = readGateInputs(given, await loadPolicy(policyFile, policyInput !== ''), policyFile);
    const pr =
      ci.pullRequest?.baseSha && ci.pullRequest.headSha
        ? { base: ci.pullRequest.baseSha, head: ci.pullRequest.headSha }
        : undefined;
    const { request } = inputs;
    const judged = request.coverageFiles.length + request.vulnerabilityFiles.length + request.testFiles.length;
    // Nothing a baseline could be compared with: do not fetch one.
    const baseline = judged + request.budgets.length > 0 ? await (await baselineStoreOnce()).load() : undefined;
    const registry = request.images.length > 0 ? await registryReader(rt) : undefined;
    result = await rt.log.group('Reading reports', () =>
      runGate(request, {
        cwd: ci.workspace,
        exec: lazyExec,
        log: rt.log,
        now: rt.now(),
        registry,
        pullRequest: pr,
        baseline,
      }),
    );
  } catch (error) {
    if (error instanceof CibError) await reportError(rt, given, token, ci, error);
    throw error;
  }
  const port = await githubPort(rt, ci, token);

  const summary = reportMarkdown(result, inputs.checkName);
  const reportPath = join(rt.env.RUNNER_TEMP || tmpdir(), `${inputs.checkName.replace(/[^\w.-]/g, '_')}-report.json`);
  writeJsonFile(reportPath, reportJson(result));
  const published = await publishVerdict(port, inputs.report, verdictOf(result, inputs, ci, summary), rt.log);
  const where = published.reason ? `\n> Reported in the job summary only: ${published.reason}.\n` : '';
  rt.appendSummary(summary + where);
  writeOutputs(rt, 'quality-gate', gateOutputs(result, reportPath, summary));

  const defaultBranch = (readEventPayload(rt.env).repository as { default_branch?: string } | undefined)
    ?.default_branch;
  if (
    inputs.baseline.kind === 'cache' &&
    ci.eventName === 'push' &&
    ci.refType === 'branch' &&
    ci.refName === defaultBranch
  ) {
    await baselineStoreOnce()
      .then((baselines) => baselines.save(result.nextBaseline))
      .catch((e: unknown) => rt.log.warning(`Baseline not saved: ${errorMessage(e)}`));
  }
  rt.log.info(`Quality gate: ${result.conclusion} (${headline(result)}), reported via ${published.via}`);
  if (result.conclusion === 'failure' && inputs.fail) throw new CibError(`Quality gate failed: ${headline(result)}`);
}
