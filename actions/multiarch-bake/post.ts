import { runMain } from '@cib/core/runner/run-main';
import { post } from './run';

void runMain('multiarch-bake', post);
