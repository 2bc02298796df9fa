export * from './gcm-objectives';
export * from './objective.entity';
export * from './objective-reader';
export * from './dto/objective.response';
export * from './objectives.module';
