import { runMain } from '@cib/core/runner/run-main';
import { readString } from '@cib/core/runner/inputs';

void runMain(async (rt) => {
  const v = readString(rt, 'version', { required: true });
  rt.setOutput('version', v);
  const { default: semver } = await import('semver');
  rt.log.info(String(semver.valid(v)));
});
