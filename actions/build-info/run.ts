// build-info: computes the build record (version, commit, date, cache-bust value, build args,
// OCI labels), writes it as JSON / JS / dotenv files and outputs; or, in verify mode, polls a
// deployment until it reports the expected commit. Inputs are parsed here, the rest is core.
import { quoteForMessage } from '@cib/core/errors/cib-error';
import { InputError } from '@cib/core/errors/input-error';
import { execProcess } from '@cib/core/exec/exec';
import { readHeadCommit } from '@cib/core/git/head-commit';
import {
  actionInputs,
  readBoolean,
  readHttpUrl,
  readKeyValues,
  readNumber,
  readSecret,
  readString,
  type ActionInputs,
  type InputName,
} from '@cib/core/runner/inputs';
import { readCiContext } from '@cib/core/runner/ci-context';
import { writeOutputs } from '@cib/core/runner/outputs';
import type { Runtime } from '@cib/core/runner/runtime';
import { parseBuildDateInput } from '@cib/core/build-info/build-date';
import { buildArgs } from '@cib/core/build-info/build-args';
import { parseCacheBust, type CacheBust } from '@cib/core/build-info/cache-bust';
import { parseCommit, shortCommit } from '@cib/core/build-info/commit';
import { computeBuildInfo, resolveCommit, type BuildInfoSources } from '@cib/core/build-info/compute';
import { renderEnvFile } from '@cib/core/build-info/env-file';
import { parseJsGlobal, renderJsFile } from '@cib/core/build-info/js-file';
import { isJsonPath } from '@cib/core/build-info/json-path';
import { mergeMetadata, ociMetadata } from '@cib/core/build-info/oci-labels';
import { ANNOTATION_INPUT_KEY } from '@cib/core/manifest/index-annotations';
import { requirePlainValue } from '@cib/core/build-info/plain-value';
import { renderJsonFile } from '@cib/core/build-info/record';
import { buildInfoOutputs, buildInfoSummary, verifyOutputs, verifySummary } from '@cib/core/build-info/report';
import { splitUrlCredentials, urlSecrets } from '@cib/core/build-info/verify-request';
import { writeFilesAtomically, type PlannedFile } from '@cib/core/build-info/write-files';

interface VerifyInputs {
  url: URL;
  field: string;
  timeoutSeconds: number;
  intervalSeconds: number;
  token: string;
}

interface BuildInfoInputs {
  version: string;
  commit?: string;
  shortShaLength: number;
  buildDate?: Date;
  cacheBust: CacheBust;
  jsonFile: string;
  jsFile: string;
  jsGlobal: string;
  envFile: string;
  labels: Map<string, string>;
  annotations: Map<string, string>;
  exportEnv: boolean;
  verify?: VerifyInputs;
}

type Inputs = ActionInputs<InputName<'build-info'>>;

function readPlain(inputs: Inputs, name: InputName<'build-info'>): string {
  return requirePlainValue(name, readString(inputs, name));
}

/** Every input, parsed and checked before anything is computed or written. */
function readInputs(rt: Runtime): BuildInfoInputs {
  const inputs = actionInputs(rt, 'build-info');
  const commit = readString(inputs, 'commit');
  const buildDate = readString(inputs, 'build-date');
  const verifyUrl = readHttpUrl(inputs, 'verify-url');
  const verifyField = readString(inputs, 'verify-field', { fallback: 'git_commit' });
  if (!isJsonPath(verifyField)) {
    throw new InputError('verify-field', verifyField, 'a field name or dotted path (build.git_commit)');
  }
  const token = readString(inputs, 'verify-token');
  return {
    version: readPlain(inputs, 'version'),
    commit: commit ? parseCommit('commit', commit) : undefined,
    shortShaLength: readNumber(inputs, 'short-sha-length', { fallback: 7, min: 4, max: 40 }),
    buildDate: buildDate ? parseBuildDateInput('build-date', buildDate) : undefined,
    cacheBust: parseCacheBust('cache-bust', readString(inputs, 'cache-bust')),
    jsonFile: readPlain(inputs, 'json-file'),
    jsFile: readPlain(inputs, 'js-file'),
    jsGlobal: parseJsGlobal('js-global', readString(inputs, 'js-global', { fallback: 'BUILD_INFO' })),
    envFile: readPlain(inputs, 'env-file'),
    labels: readKeyValues(inputs, 'labels'),
    annotations: readKeyValues(inputs, 'annotations', ANNOTATION_INPUT_KEY),
    exportEnv: readBoolean(inputs, 'export-env', false),
    verify: verifyUrl
      ? {
          url: verifyUrl,
          field: verifyField,
          timeoutSeconds: readNumber(inputs, 'verify-timeout', {
            fallback: 300,
            min: 0,
            max: 86_400,
            integer: false,
            unit: 'seconds',
          }),
          intervalSeconds: readNumber(inputs, 'verify-interval', {
            fallback: 5,
            min: 0.1,
            max: 3_600,
            integer: false,
            unit: 'seconds',
          }),
          token,
        }
      : undefined,
  };
}

export async function run(rt: Runtime): Promise<void> {
  // Secrets first: nothing may print them, not even an input error.
  const declared = actionInputs(rt, 'build-info');
  readSecret(declared, 'verify-token', (s) => rt.setSecret(s));
  const rawUrl = declared.raw('verify-url');
  if (rawUrl && URL.canParse(rawUrl)) for (const secret of urlSecrets(new URL(rawUrl))) rt.setSecret(secret);

  const inputs = readInputs(rt);
  const context = readCiContext(rt.env);
  const sources: BuildInfoSources = {
    context,
    sourceDateEpoch: rt.env.SOURCE_DATE_EPOCH,
    now: rt.now(),
    readGitHead: () => readHeadCommit(execProcess, context.workspace),
  };
  if (inputs.verify) await verify(rt, inputs, inputs.verify, sources);
  else await generate(rt, inputs, sources);
}

async function generate(rt: Runtime, inputs: BuildInfoInputs, sources: BuildInfoSources): Promise<void> {
  const info = await computeBuildInfo(inputs, sources);
  const generated = ociMetadata(info);
  const labels = mergeMetadata(generated, inputs.labels);
  const annotations = mergeMetadata(generated, inputs.annotations);

  const files: PlannedFile[] = [];
  if (inputs.jsonFile) files.push({ input: 'json-file', path: inputs.jsonFile, content: renderJsonFile(info) });
  if (inputs.jsFile)
    files.push({ input: 'js-file', path: inputs.jsFile, content: renderJsFile(info, inputs.jsGlobal) });
  if (inputs.envFile) files.push({ input: 'env-file', path: inputs.envFile, content: renderEnvFile(info) });
  // Under the runner files stay in the workspace or the runner's temp folder; the CLI writes
  // where its user asks, as any command on their own machine does.
  const roots =
    rt.kind === 'github-actions'
      ? [sources.context.workspace, rt.env.RUNNER_TEMP].filter((root): root is string => !!root)
      : undefined;
  const written = writeFilesAtomically(files, sources.context.workspace, roots);
  const jsonFile = inputs.jsonFile ? written[0] : '';

  writeOutputs(rt, 'build-info', buildInfoOutputs(info, { labels, annotations, jsonFile }));
  if (inputs.exportEnv) for (const [name, value] of buildArgs(info)) rt.exportVariable(name, value);

  // Each value once, shortened: a version of any length never floods the log.
  const tagNote = info.imageTag === info.version ? '' : ` (image tag ${quoteForMessage(info.imageTag, 40)})`;
  rt.log.info(
    `Build info: version ${quoteForMessage(info.version)}${tagNote}, commit ${info.commit}, date ${info.buildDate}`,
  );
  for (const file of written) rt.log.info(`Wrote ${file}`);
  rt.appendSummary(buildInfoSummary(info, written, inputs.exportEnv));
}

async function verify(rt: Runtime, inputs: BuildInfoInputs, options: VerifyInputs, sources: BuildInfoSources) {
  const commit = await resolveCommit(inputs.commit, sources);
  const short = shortCommit(commit, inputs.shortShaLength);
  const shownUrl = splitUrlCredentials(options.url).url.href;
  rt.log.info(`Waiting for ${shownUrl} to report commit ${short} in ${options.field}`);
  // Loaded here: the HTTP client (node:http, node:stream) costs start-up to every other run.
  const { verifyDeployment } = await import('@cib/core/build-info/verify');
  const result = await verifyDeployment(
    {
      url: options.url,
      field: options.field,
      commit,
      minShortLength: inputs.shortShaLength,
      timeoutSeconds: options.timeoutSeconds,
      intervalSeconds: options.intervalSeconds,
      token: options.token || undefined,
    },
    { now: () => rt.now().getTime(), log: rt.log },
  );
  rt.log.info(`${result.url} reports ${options.field} = ${result.seen}: verified after ${result.attempts} attempt(s)`);
  const verified = {
    url: shownUrl,
    field: options.field,
    commit,
    shortCommit: short,
    ref: sources.context.ref,
    seen: result.seen,
    document: result.document,
    attempts: result.attempts,
  };
  writeOutputs(rt, 'build-info', verifyOutputs(verified));
  rt.appendSummary(verifySummary(verified));
}
