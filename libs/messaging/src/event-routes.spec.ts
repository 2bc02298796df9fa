import { routeEvent } from './event-routes';

describe('routeEvent', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('schedules the close of an opened round at its closing time', () => {
    const [job] = routeEvent(
      {
        id: '7',
        type: 'round.opened',
        payload: { roundId: 'r1', closesAt: '2026-01-01T00:01:00Z' },
      },
      now,
    );
    expect(job).toMatchObject({
      queue: 'round-lifecycle',
      name: 'close-round',
      jobId: 'close-round-r1',
      delay: 60_000,
      data: { roundId: 'r1' },
    });
  });

  it('never schedules with a negative delay', () => {
    const [job] = routeEvent(
      {
        id: '8',
        type: 'round.opened',
        payload: { roundId: 'r1', closesAt: '2025-01-01T00:00:00Z' },
      },
      now,
    );
    expect(job.delay).toBe(0);
  });

  it('notifies only for moderator replies, once per reply', () => {
    const byModerator = routeEvent(
      { id: '9', type: 'reply.posted', payload: { replyId: 'x', byModerator: true } },
      now,
    );
    expect(byModerator.map((j) => j.jobId)).toEqual(['notify-reply-x']);
    expect(
      routeEvent(
        { id: '10', type: 'reply.posted', payload: { replyId: 'y', byModerator: false } },
        now,
      ),
    ).toEqual([]);
  });

  it('routes events nobody consumes yet to no job', () => {
    expect(routeEvent({ id: '11', type: 'contribution.submitted', payload: {} }, now)).toEqual([]);
  });
});
