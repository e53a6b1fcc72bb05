// Lint configuration: typescript-eslint's recommended type-aware rules over sources and tests
// (through the TypeScript project service, so the rules see the types tsc sees), plain
// recommended rules for the .mjs scripts, and the guarded seams: one file may start processes
// and one file may open network connections.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Modules that start processes; only the exec seam may load them. */
const PROCESS_MODULES = ['child_process'];
/** Modules that open connections; only the HTTP transport may load them. */
const NETWORK_MODULES = ['http', 'https', 'net', 'tls', 'http2'];

const EXEC_SEAM = 'packages/core/src/exec/exec.ts';
const HTTP_SEAM = 'packages/core/src/http/transport.ts';

/**
 * Import bans for `modules`, with and without `node:`: static imports (type-only imports load
 * nothing and stay allowed), dynamic `import()` and `require()`.
 */
function restrict(modules, message) {
  const names = modules.flatMap((name) => [name, `node:${name}`]);
  const pattern = `^(node:)?(${modules.join('|')})$`;
  return {
    paths: names.map((name) => ({ name, message, allowTypeImports: true })),
    syntax: [
      { selector: `ImportExpression[source.value=/${pattern}/]`, message },
      { selector: `CallExpression[callee.name='require'][arguments.0.value=/${pattern}/]`, message },
    ],
  };
}

const processes = restrict(
  PROCESS_MODULES,
  `Start processes through the Exec seam (${EXEC_SEAM}): argv arrays, never a shell, timeouts and last lines on failure.`,
);
const network = restrict(
  NETWORK_MODULES,
  `Talk HTTP through the HttpClient (packages/core/src/http/http-client.ts); only ${HTTP_SEAM} opens connections.`,
);

/** The seam rules for a file group that may load `allowed` (processes, network or neither). */
function seams(...allowed) {
  const banned = [processes, network].filter((group) => !allowed.includes(group));
  return {
    '@typescript-eslint/no-restricted-imports': ['error', { paths: banned.flatMap((group) => group.paths) }],
    'no-restricted-syntax': ['error', ...banned.flatMap((group) => group.syntax)],
    // The global fetch would be a second HTTP stack beside the HttpClient.
    'no-restricted-globals': banned.includes(network)
      ? ['error', { name: 'fetch', message: network.paths[0].message }]
      : 'off',
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '**/*.cjs',
      // Sample projects whose test runs produce the quality-gate fixtures (their own runtimes).
      'test/fixtures/quality/projects/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        performance: 'readonly',
      },
    },
  },
  {
    // One input layer and one way to report: actions and core read inputs through runner/inputs.ts
    // and write outputs through runner/outputs.ts, both typed by action.yml.
    files: ['actions/**/*.ts', 'packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/runner/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='getInput']",
          message: 'Read inputs through runner/inputs.ts (actionInputs and the read* functions), typed by action.yml.',
        },
        {
          selector: "CallExpression[callee.property.name='setOutput']",
          message: 'Write outputs through writeOutputs (runner/outputs.ts), typed by action.yml.',
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      // An async function without await is how a function keeps an async contract (an action's
      // run(), a double of the registry client): a throw inside it still rejects, as the real
      // one's would, where a plain function returning a promise would throw instead.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Jest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any` by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  // The seams: shipped code (core, CLI, action entries) starts processes only in exec.ts and
  // opens connections only in transport.ts. Tests, test support, scripts and benchmarks start
  // registries, servers and bundles themselves, so they are exempt.
  { files: ['packages/**/*.ts', 'actions/**/*.ts'], rules: seams() },
  { files: [EXEC_SEAM], rules: seams(processes) },
  { files: [HTTP_SEAM], rules: seams(network) },
);
