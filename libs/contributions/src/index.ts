export * from './contribution-policy';
export * from './submission-rules';
export * from './contribution-views';
export * from './contribution-reader';
export * from './correction-rules';
export type {
  CorrectionChange,
  CorrectionKind,
  ObjectiveCorrection,
} from './contribution-corrections.repository';
export * from './contribution-corrections-reader';
export * from './correction-log-reader';
export * from './contribution-analysis-marks';
export * from './idempotency-key-pruner';
export * from './submit-contribution.command';
export * from './post-reply.command';
export * from './hide-contribution.command';
export * from './restore-contribution.command';
export * from './correct-objectives.command';
export * from './correct-claim.command';
export * from './contribution-submitted.event';
export * from './reply-posted.event';
export * from './contribution-hidden.event';
export * from './contribution-restored.event';
export * from './contribution-corrected.event';
export * from './dto/submit-contribution.dto';
export * from './dto/list-contributions.query';
export * from './dto/post-reply.dto';
export * from './dto/moderation.dto';
export * from './dto/correct-objectives.dto';
export * from './dto/correct-claim.dto';
export * from './dto/claim-correction-log-entry.response';
export * from './dto/claims-corrected.response';
export * from './dto/contribution-detail.response';
export * from './dto/contribution-page.response';
export * from './dto/contribution-visibility.response';
export * from './dto/objectives-corrected.response';
export * from './dto/objectives-correction-log-entry.response';
export * from './dto/posted-reply.response';
export * from './dto/submission-receipt.response';
export * from './contributions.module';
