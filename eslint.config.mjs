// Lint rules for the app, its emulator and its tests (typescript-eslint's recommended set; formatting is Prettier's).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.cache/',
      'dist/',
      'dist-emulator/',
      'coverage/',
      'bench/out/',
      'dist-bench/',
      'bench/profiles/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript's noUnusedLocals / noUnusedParameters report these (with `_` prefixes allowed for ignored values).
      '@typescript-eslint/no-unused-vars': 'off',
      // Every `any` left in the code says why in an eslint-disable comment beside it.
      '@typescript-eslint/no-explicit-any': 'error',
      // require() is how the tests load fixtures by file name and how core's untyped exports are reached.
      '@typescript-eslint/no-require-imports': 'off',
      // Prettier owns line breaks and splits long `nock(host)[method](…)` chains before the `[`; it never changes
      // their meaning (eslint-config-prettier turns this rule off for the same reason).
      'no-unexpected-multiline': 'off',
    },
  },
  {
    // The CommonJS scripts (jest config, bundle script) run on Node.
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
  },
  {
    files: ['test/**/*.ts', 'emulator/**/*.ts', 'bench/**/*.ts'],
    // Tests, the emulator and the benchmark handle arbitrary JSON; `any` there is the honest type.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
