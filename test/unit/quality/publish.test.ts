// Where the verdict goes for each report mode, and what happens on a 403 (a fork's read-only
// token, a PAT without checks permission).
import { publishVerdict, type GateGithubPort, type Verdict } from '@cib/core/quality/publish';
import { RecordingLog } from '../../support/recording-log';

const verdict: Verdict = {
  checkName: 'quality-gate',
  sha: 'a'.repeat(40),
  conclusion: 'failure',
  title: '1 of 2 rules failed: max-critical',
  summary: '## report',
  annotations: [{ path: 'src/a.js', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' }],
};

const forbidden = () => Object.assign(new Error('Resource not accessible by integration'), { status: 403 });

function port(options: { check?: 'ok' | 403 | 500; status?: 'ok' | 403 } = {}) {
  const calls: string[] = [];
  const api: GateGithubPort = {
    createCheckRun: jest.fn(async (run) => {
      calls.push(`check ${run.head_sha} ${run.conclusion}`);
      if (options.check === 403) throw forbidden();
      if (options.check === 500) throw Object.assign(new Error('boom'), { status: 500 });
      return { id: 42, html_url: 'https://github.com/o/r/runs/42' } as Awaited<
        ReturnType<GateGithubPort['createCheckRun']>
      >;
    }),
    createCommitStatus: jest.fn(async (sha, status) => {
      calls.push(`status ${sha} ${status.state} ${status.description}`);
      if (options.status === 403) throw forbidden();
      return {} as Awaited<ReturnType<GateGithubPort['createCommitStatus']>>;
    }),
  };
  return { api, calls };
}

describe('publishVerdict', () => {
  it('auto: a check run with annotations on the given SHA', async () => {
    const { api, calls } = port();
    expect(await publishVerdict(api, 'auto', verdict, new RecordingLog())).toEqual({
      via: 'check',
      checkRunId: 42,
      url: 'https://github.com/o/r/runs/42',
    });
    expect(calls).toEqual([`check ${verdict.sha} failure`]);
    expect(api.createCheckRun).toHaveBeenCalledWith(
      expect.objectContaining({ output: expect.objectContaining({ annotations: verdict.annotations }) }),
    );
  });

  it('auto: 403 on the check falls back to a commit status, saying why', async () => {
    const { api, calls } = port({ check: 403 });
    const published = await publishVerdict(api, 'auto', verdict, new RecordingLog());
    expect(published.via).toBe('status');
    expect(published.reason).toMatch(/a check run could not be created: the token may not write \(403/);
    expect(calls[1]).toBe(`status ${verdict.sha} failure 1 of 2 rules failed: max-critical`);
  });

  it('auto: 403 on both leaves the job summary, with a warning', async () => {
    const log = new RecordingLog();
    const published = await publishVerdict(port({ check: 403, status: 403 }).api, 'auto', verdict, log);
    expect(published.via).toBe('summary');
    expect(log.messages.filter((m) => m.level === 'warning').map((m) => m.message)).toEqual([
      expect.stringMatching(/^Quality gate result only in the job summary: neither a check run nor a commit status/),
    ]);
  });

  it('auto: other errors are not hidden by the fallback', async () => {
    await expect(publishVerdict(port({ check: 500 }).api, 'auto', verdict, new RecordingLog())).rejects.toThrow('boom');
  });

  it('check: a 403 is an error, not a silent downgrade', async () => {
    await expect(publishVerdict(port({ check: 403 }).api, 'check', verdict, new RecordingLog())).rejects.toThrow(
      /not accessible/,
    );
  });

  it('status: only a status', async () => {
    const { api, calls } = port();
    expect((await publishVerdict(api, 'status', verdict, new RecordingLog())).via).toBe('status');
    expect(calls).toHaveLength(1);
  });

  it('summary: no API call; without a token auto says why and check refuses', async () => {
    const { api, calls } = port();
    expect(await publishVerdict(api, 'summary', verdict, new RecordingLog())).toEqual({ via: 'summary' });
    expect(calls).toEqual([]);
    expect((await publishVerdict(undefined, 'auto', verdict, new RecordingLog())).reason).toMatch(/no GitHub token/);
    await expect(publishVerdict(undefined, 'check', verdict, new RecordingLog())).rejects.toThrow(
      /report: check needs the GitHub API/,
    );
  });
});
