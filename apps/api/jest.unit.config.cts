// The unit tier (`nx run api:test-unit`): the specs beside the code, without the global set-up that
// starts PostgreSQL — a unit spec that reaches for a database fails here instead of waiting for one.
const all = require('./jest.config.cts');

module.exports = {
  ...all,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
};
