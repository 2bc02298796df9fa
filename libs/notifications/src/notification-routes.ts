import type { BackgroundNoteDraftedEvent } from '@convene/background-notes';
import type { ReplyPostedEvent } from '@convene/contributions';
import { jobFor, LOST_WORK_BATCH, on, type LostWork } from '@convene/messaging';

export const notificationRoutes = [
  on<ReplyPostedEvent>('reply.posted', (p) =>
    p.byModerator ? [jobFor.notifyModeratorReply(p.replyId)] : [],
  ),
  on<BackgroundNoteDraftedEvent>('background_note.drafted', (p) => [
    jobFor.notifyNoteReady(p.noteId),
  ]),
];

// The source keys are those the notify handlers write ('reply:<id>', 'note:<id>'); a week on,
// a missed notification is no longer worth sending.
export const notificationLostWork: LostWork[] = [
  {
    what: 'moderator replies whose author was not told',
    sql: `SELECT p.id FROM replies p JOIN contributions c ON c.id = p.contribution_id
           WHERE p.is_moderator_reply AND p.author_id <> c.author_id
             AND p.created_at < now() - $1 * interval '1 millisecond'
             AND p.created_at > now() - interval '7 days'
             AND NOT EXISTS (SELECT 1 FROM notifications n
                              WHERE n.user_id = c.author_id AND n.source_key = 'reply:' || p.id)
           LIMIT ${LOST_WORK_BATCH}`,
    job: jobFor.notifyModeratorReply,
  },
  {
    what: 'notes a co-chair was not told of',
    sql: `SELECT n.id FROM background_notes n
           WHERE n.generated_at < now() - $1 * interval '1 millisecond'
             AND n.generated_at > now() - interval '7 days'
             AND EXISTS (SELECT 1 FROM round_members m
                          WHERE m.round_id = n.round_id AND m.role = 'co_chair'
                            AND NOT EXISTS (SELECT 1 FROM notifications x
                                             WHERE x.user_id = m.user_id AND x.source_key = 'note:' || n.id))
           LIMIT ${LOST_WORK_BATCH}`,
    job: jobFor.notifyNoteReady,
  },
];
