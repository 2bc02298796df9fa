/**
 * Two projects in one run: unit specs beside the code need no services; e2e suites under
 * test/ drive the real apps against PostgreSQL and Redis, on databases the global setup makes.
 */
const swc = ['@swc/jest', require('./libs/testing/src/child-process/swc-options')];

const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@convene/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@convene/([a-z-]+)/(.+)$': '<rootDir>/libs/$1/src/$2',
  },
};

module.exports = {
  testTimeout: 30_000,
  maxWorkers: 2,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
      testRegex: '\\.spec\\.ts$',
    },
    {
      ...shared,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testRegex: '\\.e2e-spec\\.ts$',
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
