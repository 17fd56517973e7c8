import nx from '@nx/eslint-plugin';

// Shared libraries are framework-free: they may be imported by the API and the web app alike.
const FRAMEWORK_PACKAGES = [
  '@nestjs/*',
  '@angular/*',
  'typeorm',
  'bullmq',
  'rxjs',
  'ioredis',
  'pg',
  'nodemailer',
  '@fastify/*',
  'fastify',
];

/**
 * Options of `@nx/enforce-module-boundaries`. `apiTestTools`: the API's tests may also use tools/
 * (the development identity provider, the SCIM client); the API itself may not.
 */
export function moduleBoundaries({ apiTestTools = false } = {}) {
  return {
    enforceBuildableLibDependency: true,
    allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
    depConstraints: [
      {
        sourceTag: 'scope:shared',
        onlyDependOnLibsWithTags: ['scope:shared'],
        bannedExternalImports: FRAMEWORK_PACKAGES,
      },
      {
        sourceTag: 'scope:api',
        onlyDependOnLibsWithTags: [
          'scope:shared',
          'scope:api',
          ...(apiTestTools ? ['scope:tools'] : []),
        ],
      },
      { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared', 'scope:web'] },
      { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared', 'scope:tools'] },
      {
        sourceTag: 'type:app',
        onlyDependOnLibsWithTags: [
          'type:domain',
          'type:contract',
          'type:feature',
          'type:data-access',
          'type:ui',
          'type:util',
        ],
      },
      {
        sourceTag: 'type:feature',
        onlyDependOnLibsWithTags: [
          'type:domain',
          'type:contract',
          'type:feature',
          'type:data-access',
          'type:ui',
          'type:util',
        ],
      },
      {
        sourceTag: 'type:data-access',
        onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:data-access', 'type:util'],
      },
      {
        sourceTag: 'type:ui',
        onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:ui', 'type:util'],
      },
      {
        sourceTag: 'type:util',
        onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:util'],
      },
      // The browser tests drive the built app; they may share its rules and types, not its code.
      {
        sourceTag: 'type:e2e',
        onlyDependOnLibsWithTags: ['type:domain', 'type:contract', 'type:util'],
      },
      { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
      {
        sourceTag: 'type:contract',
        onlyDependOnLibsWithTags: ['type:domain', 'type:contract'],
      },
    ],
  };
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/node_modules', '.data', 'tmp'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries()],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `const { version: _v, ...changes } = dto` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
];
