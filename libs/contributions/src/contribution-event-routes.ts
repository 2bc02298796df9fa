import { jobFor, on } from '@convene/messaging';
import type { ContributionCorrectedEvent } from './contribution-corrected.event';
import type { ContributionHiddenEvent } from './contribution-hidden.event';
import type { ContributionRestoredEvent } from './contribution-restored.event';
import type { ContributionSubmittedEvent } from './contribution-submitted.event';
import type { ReplyPostedEvent } from './reply-posted.event';

// What a moderator removes, brings back or corrects must reach the note already drafted; before
// the close there is none, and the draft request is skipped.
const redraft = (p: { roundId: string }, event: { id: string }) => [
  jobFor.requestDraft(p.roundId, 'moderation', `outbox:${event.id}`),
];

export const contributionEventRoutes = [
  on<ContributionSubmittedEvent>('contribution.submitted', (p) => [
    jobFor.analyseContribution(p.contributionId),
  ]),
  on<ReplyPostedEvent>('reply.posted', (p) =>
    p.byModerator ? [jobFor.notifyModeratorReply(p.replyId)] : [],
  ),
  on<ContributionHiddenEvent>('contribution.hidden', redraft),
  on<ContributionRestoredEvent>('contribution.restored', redraft),
  on<ContributionCorrectedEvent>('contribution.corrected', redraft),
];
