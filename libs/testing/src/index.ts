export * from './test-config';
export * from './test-app';
export * from './api-client';
export * from './factories';
export * from './wait-for';
export * from './redis-server';
export * from './fixtures';
