// Lint configuration: typescript-eslint's recommended type-aware rules over sources and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs'],
    languageOptions: {
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
    },
  },
);
