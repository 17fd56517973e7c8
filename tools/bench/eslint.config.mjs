import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      // The benches drive the API in-process, so they import the application itself, which Nx's
      // boundary rule forbids for any project; what they may reach is narrowed below instead.
      '@nx/enforce-module-boundaries': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/apps/api/src/modules/[^/]+/.+$',
              message:
                'Import an API feature through its public entry (`apps/api/src/modules/<feature>`, its index.ts).',
            },
          ],
        },
      ],
    },
  },
];
