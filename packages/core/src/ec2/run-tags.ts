// The tags every instance and volume e2c-runner creates carries from creation (TagSpecifications,
// never tagged afterwards, so even an instance whose id was never saved is findable), and the
// ClientToken that makes a retried RunInstances launch nothing twice.

export interface RunIdentity {
  repository: string;
  runId: string;
  runAttempt: string;
  job: string;
  /** The step within the job (GITHUB_ACTION), so two e2c-runner steps of one job get other tokens. */
  step?: string;
}

/** The tags that find this job's instances again (teardown with lost state). */
export function runTags(run: RunIdentity): Record<string, string> {
  return {
    'cib:managed': 'true',
    'cib:repository': run.repository,
    'cib:run-id': run.runId,
    'cib:run-attempt': run.runAttempt,
    'cib:job': run.job,
  };
}

/** Every tag of a launch: ours, the expiry, then the user's extra tags (which cannot override ours). */
export function launchTags(
  run: RunIdentity,
  launchedAt: Date,
  maxLifetimeMinutes: number,
  extra: ReadonlyMap<string, string>,
): Record<string, string> {
  const expiresAt = new Date(launchedAt.getTime() + maxLifetimeMinutes * 60_000)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  return {
    ...Object.fromEntries([...extra].filter(([key]) => !key.startsWith('cib:'))),
    ...runTags(run),
    'cib:expires-at': expiresAt,
  };
}

/**
 * RunInstances' ClientToken for try `tryNumber` of this run, attempt and job: the same inputs give
 * the same token, so a retried call returns the instance already launched instead of a second one.
 * EC2 allows 64 ASCII characters; a hash keeps long job names within that.
 */
export function clientToken(run: RunIdentity, tryNumber: number): string {
  const digest = process
    .getBuiltinModule('node:crypto')
    .createHash('sha256')
    .update(`${run.repository}\n${run.runId}\n${run.runAttempt}\n${run.job}\n${run.step ?? ''}`)
    .digest('hex')
    .slice(0, 40);
  return `cib-${digest}-${tryNumber}`;
}
