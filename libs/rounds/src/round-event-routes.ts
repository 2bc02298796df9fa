import { jobFor, on } from '@convene/messaging';
import type { RoundClosedEvent } from './round-closed.event';
import type { RoundOpenedEvent } from './round-opened.event';

export const roundEventRoutes = [
  on<RoundOpenedEvent>('round.opened', (p, _event, now) => [
    jobFor.closeRound(p.roundId, Math.max(0, Date.parse(p.closesAt) - now)),
  ]),
  // Keyed by the round, so a round closed twice (moderator and schedule racing) asks once.
  on<RoundClosedEvent>('round.closed', (p) => [
    jobFor.requestDraft(p.roundId, 'round_closed', `closed:${p.roundId}`),
  ]),
];
