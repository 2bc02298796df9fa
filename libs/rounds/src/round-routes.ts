import { jobFor, on } from '@convene/messaging';
import type { RoundOpenedEvent } from './round-opened.event';

export const roundRoutes = [
  on<RoundOpenedEvent>('round.opened', (p, _event, now) => [
    jobFor.closeRound(p.roundId, Math.max(0, Date.parse(p.closesAt) - now)),
  ]),
];
