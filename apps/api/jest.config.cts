// Every API test tier; `nx run api:test-integration` and `api:test-e2e` narrow it by file name,
// `jest.unit.config.cts` drops the database. One file of any tier: `npx jest -c apps/api/jest.config.cts <name>`.
module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
    // A few Fastify dependencies ship only as ES modules; jest's CommonJS runtime needs them transpiled.
    '^.+\\.js$': [
      'babel-jest',
      {
        plugins: [
          '@babel/plugin-transform-export-namespace-from',
          '@babel/plugin-transform-modules-commonjs',
        ],
      },
    ],
  },
  // openid-client, oauth4webapi, jose and oidc-provider (the test identity provider) are ES modules too.
  transformIgnorePatterns: [
    '^(?!.*/node_modules/(content-disposition|cookie|openid-client|oauth4webapi|jose|oidc-provider)/).*/node_modules/',
  ],
  moduleFileExtensions: ['ts', 'js', 'html'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // One PostgreSQL (TEST_DATABASE_URL or embedded) and a seeded template per run; each file copies it.
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60_000,
  coverageDirectory: '../../coverage/apps/api',
};
