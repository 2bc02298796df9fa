export * from './analyse-contributions.command';
export * from './analysis.repository';
export * from './analysis.module';
export * from './analysis-routes';
