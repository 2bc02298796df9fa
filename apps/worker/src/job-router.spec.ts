import { ALL_QUEUES, jobNamesOf } from '@convene/messaging';
import { unhandledJobs } from './job-router';

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
