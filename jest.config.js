/** Unit specs beside the code, e2e suites under test/: one run, real PostgreSQL and Redis. */
const swc = ['@swc/jest', require('./libs/testing/src/child-process/swc-options')];

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testRegex: '(\\.spec|\\.e2e-spec)\\.ts$',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@convene/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@convene/([a-z-]+)/(.+)$': '<rootDir>/libs/$1/src/$2',
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30_000,
  maxWorkers: 2,
};
