import { ALL_QUEUES, jobNamesOf } from '@convene/messaging';
import { routersFor, unhandledJobs } from './job-router';

describe('unhandledJobs', () => {
  const complete = ALL_QUEUES.map((queue) => ({ queue, handledJobs: () => jobNamesOf(queue) }));

  it('is empty when every declared job has a handler', () => {
    expect(unhandledJobs(complete)).toEqual([]);
  });

  it('names each job whose queue lacks a handler for it', () => {
    const [first, ...rest] = complete;
    const missing = jobNamesOf(first.queue)[0];
    const partial = [
      { queue: first.queue, handledJobs: () => jobNamesOf(first.queue).slice(1) },
      ...rest,
    ];
    expect(unhandledJobs(partial)).toEqual([`${first.queue}/${missing}`]);
    expect(unhandledJobs(rest)).toHaveLength(jobNamesOf(first.queue).length);
  });
});

describe('routersFor', () => {
  const routers = ALL_QUEUES.map((queue) => ({ processor: { queue } }));

  it('keeps every router when no queues are named, and only the named ones otherwise', () => {
    expect(routersFor(routers, undefined)).toEqual(routers);
    expect(routersFor(routers, ['drafting', 'synthesis']).map((r) => r.processor.queue)).toEqual(
      ALL_QUEUES.filter((q) => q === 'drafting' || q === 'synthesis'),
    );
  });

  it('refuses a name that is no queue, listing the queues there are', () => {
    expect(() => routersFor(routers, ['drafting', 'draftng'])).toThrow(
      /WORKER_QUEUES names no such queue: draftng \(the queues are .*drafting/,
    );
  });

  it('checks the handlers of the named queues only', () => {
    const drafting = [{ queue: 'drafting', handledJobs: () => jobNamesOf('drafting') }];
    expect(unhandledJobs(drafting, ['drafting'])).toEqual([]);
    expect(unhandledJobs(drafting, ['drafting', 'synthesis'])).toEqual(
      jobNamesOf('synthesis').map((name) => `synthesis/${name}`),
    );
  });
});
