import type { Endpoint } from './endpoint';
import { bearers, type FuzzContext } from './probe';

/**
 * A round's syntheses and background notes: reading, redrafting, publishing. Aimed at the closed,
 * drafted round, whose syntheses and notes only its moderators and co-chairs read until published.
 */
export function noteEndpoints(ctx: FuzzContext): Endpoint[] {
  const as = bearers(ctx);
  const { draftRound, openRound, closedRound } = ctx;
  return [
    {
      method: 'get',
      path: '/rounds/:id/syntheses',
      id: closedRound,
      auth: as.author,
      refused: [{ id: draftRound }, { id: openRound }, { auth: as.author }],
    },
    {
      method: 'get',
      path: '/rounds/:id/background-notes',
      id: closedRound,
      auth: as.author,
      refused: [{ id: draftRound }, { auth: as.otherModerator }],
    },
    {
      method: 'get',
      path: '/rounds/:id/background-notes/latest',
      id: closedRound,
      auth: as.author,
      refused: [
        { auth: as.otherModerator, id: draftRound },
        { id: openRound },
        { auth: as.author },
      ],
    },
    {
      method: 'get',
      path: '/rounds/:id/background-notes/latest.docx',
      id: closedRound,
      auth: as.author,
      refused: [{ id: openRound }, { auth: as.author }],
    },
    {
      method: 'post',
      path: '/rounds/:id/background-notes',
      id: closedRound,
      auth: as.moderator,
      refused: [
        { id: openRound },
        { auth: as.author },
        { auth: as.otherModerator },
        // A body it takes none of, on a request refused anyway.
        { id: openRound, body: { version: 99 } },
      ],
    },
    {
      method: 'post',
      path: '/rounds/:id/background-notes/publish',
      id: closedRound,
      auth: as.moderator,
      refused: [
        { auth: as.author },
        { auth: as.coChair },
        { auth: as.otherModerator, id: draftRound },
        { auth: as.author, body: { force: true } },
      ],
    },
    {
      method: 'post',
      path: '/rounds/:id/background-notes/unpublish',
      id: closedRound,
      auth: as.moderator,
      refused: [{ auth: as.otherModerator }],
    },
  ];
}
