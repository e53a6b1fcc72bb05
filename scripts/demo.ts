// The main job (`npm run demo`): the release flow of examples/sample-app on this machine, through
// the bundled actions run exactly as the GitHub runner runs them (test/support/runner-harness.ts),
// on the real build engine (or synthesised images where none can start) and a throwaway
// docker-registry on 127.0.0.1. Stops everything it started, on failure and Ctrl-C too.
// The flow is in scripts/demo/run.ts (CIB_DEMO_REGISTRY, a registry of your own, is described there).
import { Cleanup } from './demo/cleanup';
import { runDemo } from './demo/run';

const cleanup = new Cleanup();
cleanup.onSignals();

runDemo(cleanup)
  .catch((error: unknown) => {
    if (cleanup.interrupted) return;
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    if (cleanup.interrupted) return; // The signal handler stops everything and exits.
    await cleanup.run();
    console.log('\neverything the demo started is stopped; its temporary folders are removed');
  });
