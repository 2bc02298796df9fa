export * from './data-source-options';
export * from './migrate';
export * from './database.module';
export * from './check-postgres';
export * from './pg-client';
