import { runMain } from '@cib/core/runner/run-main';
import { run } from './run';

void runMain('multiarch-bake', run);
