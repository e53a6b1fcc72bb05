// What bench/manifest-merge.mjs needs from the TypeScript sources, bundled by it with ncc at
// start: the real registry and program lookup of the test support, the exec seam, and the Node
// that `runs.using: node24` means (as the runner harness picks it).
export { startRegistry } from '../test/support/registry/registry-server';
export { requireProgram } from '../test/support/registry/components';
export { execProcess } from '@cib/core/exec/exec';
export { nodeFor } from '../test/support/runner-harness';
