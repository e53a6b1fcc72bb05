import { runMain } from '@cib/core/runner/run-main';
import { run } from './run';

void runMain('e2c-runner', run);
