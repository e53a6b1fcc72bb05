// What bench/quality-gate.mjs needs from the TypeScript test support, bundled by it with ncc at
// start: the big-report writers the hardening suite's huge inputs use too.
export { writeJunit, writeLcov, writeTrivy } from '../test/support/big-reports';
