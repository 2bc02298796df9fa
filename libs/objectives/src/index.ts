export * from './gcm-objectives';
export * from './objective.entity';
export * from './objective-reader';
export * from './objectives.module';
