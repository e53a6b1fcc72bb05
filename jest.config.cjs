// Tests run from TypeScript sources through swc (CommonJS for jest); end-to-end tests run the
// bundles in dist/ as separate processes through test/support/runner-harness.ts.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  resolver: '<rootDir>/test/support/jest-resolver.cjs',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  // The ESM-only packages we import are transformed too.
  transformIgnorePatterns: ['/node_modules/(?!(@actions|@octokit)/).+\.(c?js|json)$'],
  moduleNameMapper: { '^@cib/core/(.*)$': '<rootDir>/packages/core/src/$1' },
  // The shared real build engine (test/support/engine): a run folder here, stopped at the end.
  globalSetup: '<rootDir>/test/support/engine/jest-global-setup.ts',
  globalTeardown: '<rootDir>/test/support/engine/jest-global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
