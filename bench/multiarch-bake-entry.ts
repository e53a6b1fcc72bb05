// What bench/multiarch-bake.mjs needs from the TypeScript sources, bundled by it with ncc at
// start: the real engine, base images and bake project of the test support, a registry, the exec
// seam and the Node that `runs.using: node24` means.
export { startEngine } from '../test/support/engine/shared-engine';
export { stopDockerd, dockerEnv } from '../test/support/engine/dockerd';
export { pushBaseImage } from '../test/support/engine/base-images';
export { writeBakeProject } from '../test/support/engine/bake-project';
export { startRegistry } from '../test/support/registry/registry-server';
export { execProcess } from '@cib/core/exec/exec';
export { nodeFor } from '../test/support/runner-harness';
