import baseConfig, { moduleBoundaries } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      // Nest injects by the constructor's parameter types, read at run time from decorator metadata:
      // an import that looks type-only is a value here, so the rule would break dependency injection.
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // Tests read response bodies field by field and look up fixtures they just created.
    files: ['test/**/*.ts', 'src/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', moduleBoundaries({ apiTestTools: true })] },
  },
];
