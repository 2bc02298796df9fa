import { eventRouter, jobFor, JOBS, on, type JobRequest } from '@convene/messaging';
import type { RoundOpenedEvent } from '@convene/rounds';
import { EVENT_ROUTE_TABLE, LOST_WORK_TABLE } from './event-routes';

const routeEvent = eventRouter(EVENT_ROUTE_TABLE);

describe('the event routes the capabilities declare', () => {
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

  it('routes events nobody consumes to no job', () => {
    expect(routeEvent({ id: '11', type: 'round.created', payload: {} }, now)).toEqual([]);
  });

  it('analyses each submitted contribution once', () => {
    const event = { id: '12', type: 'contribution.submitted', payload: { contributionId: 'c1' } };
    expect(routeEvent(event, now)).toEqual([
      {
        queue: 'analysis',
        name: 'analyse-contribution',
        data: { contributionId: 'c1' },
        jobId: 'analyse-c1',
      },
    ]);
  });

  it('asks for a draft when a round closes, keyed by the round so a repeat asks once', () => {
    const [job] = routeEvent({ id: '13', type: 'round.closed', payload: { roundId: 'r1' } }, now);
    expect(job).toEqual({
      queue: 'drafting',
      name: 'request-draft',
      data: { roundId: 'r1', reason: 'round_closed', sourceKey: 'closed:r1' },
      jobId: 'request-draft-closed-r1',
    });
  });

  it('asks for a redraft on each moderation event (corrections too), keyed by the event', () => {
    const jobs = ['contribution.hidden', 'contribution.restored', 'contribution.corrected'].map(
      (type, i) =>
        routeEvent(
          { id: String(20 + i), type, payload: { roundId: 'r1' } },
          now,
        )[0] as JobRequest<'requestDraft'>,
    );
    expect(jobs.map((j) => [j.jobId, j.data.sourceKey, j.data.reason])).toEqual([
      ['request-draft-outbox-20', 'outbox:20', 'moderation'],
      ['request-draft-outbox-21', 'outbox:21', 'moderation'],
      ['request-draft-outbox-22', 'outbox:22', 'moderation'],
    ]);
  });

  it('prepares a requested draft and announces a drafted note, with ids only', () => {
    const [prepare] = routeEvent(
      {
        id: '30',
        type: 'background_note.requested',
        payload: { draftRequestId: 'd1', roundId: 'r1' },
      },
      now,
    );
    expect(prepare).toMatchObject({
      name: 'prepare-draft',
      jobId: 'prepare-draft-d1',
      data: { draftRequestId: 'd1' },
    });
    const [notify] = routeEvent(
      {
        id: '31',
        type: 'background_note.drafted',
        payload: { noteId: 'n1', roundId: 'r1', version: 2 },
      },
      now,
    );
    expect(notify).toMatchObject({
      queue: 'notifications',
      name: 'notify-note-ready',
      jobId: 'notify-note-n1',
      data: { noteId: 'n1' },
    });
  });
});

describe('job payload types', () => {
  it('are checked where jobs are made (the type check fails if they loosen)', () => {
    const wrong: JobRequest<'closeRound'> = {
      ...JOBS.closeRound,
      // @ts-expect-error: a close-round job carries a roundId, not a contributionId
      data: { contributionId: 'c1' },
      jobId: 'close-round-x',
    };
    expect(wrong.data).toEqual({ contributionId: 'c1' });
  });
});

describe('eventRouter', () => {
  it('refuses two routes for one event', () => {
    expect(() => eventRouter([...EVENT_ROUTE_TABLE, EVENT_ROUTE_TABLE[0]])).toThrow(
      'two routes for the event round.opened',
    );
  });

  it('ties a route to its event class (the type check fails on a wrong type or field)', () => {
    // @ts-expect-error: a RoundOpenedEvent is 'round.opened'
    const wrongType = on<RoundOpenedEvent>('round.closed', () => []);
    const wrongField = on<RoundOpenedEvent>('round.opened', (p) => [
      // @ts-expect-error: a RoundOpenedEvent carries no contributionId
      jobFor.analyseContribution(p.contributionId),
    ]);
    expect([wrongType.type, wrongField.type]).toEqual(['round.closed', 'round.opened']);
  });
});

describe('the lost-work queries the capabilities declare', () => {
  it('look for every kind of work an event starts but the close (swept by the schedule)', () => {
    const jobs = new Set(LOST_WORK_TABLE.map((w) => w.job('x').name));
    const started = new Set(
      EVENT_ROUTE_TABLE.map((r) => r.type)
        .flatMap((type) =>
          routeEvent(
            {
              id: '1',
              type,
              payload: { roundId: 'r', closesAt: '2026-01-01T00:00:00Z', byModerator: true },
            },
            Date.parse('2026-01-01T00:00:00Z'),
          ),
        )
        .map((j) => j.name),
    );
    expect([...started].filter((name) => !jobs.has(name))).toEqual([JOBS.closeRound.name]);
  });
});
