export * from './actor';
export * from './domain-error';
export * from './languages';
export * from './stakeholder-types';
export * from './text-limits';
export * from './objective-numbers.validator';
export * from './distinct.validator';
export * from './request-context';
