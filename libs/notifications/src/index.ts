export * from './notification.entity';
export * from './notification-reader';
export * from './notify-moderator-reply.command';
export * from './notify-note-ready.command';
export * from './mark-notification-read.command';
export * from './notifications.module';
export * from './notification-routes';
