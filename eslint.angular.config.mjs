import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/** Lint rules of every Angular project (apps/web and libs/web/**): the workspace rules plus Angular's. */
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'tt', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'tt', style: 'kebab-case' },
      ],
    },
  },
];
