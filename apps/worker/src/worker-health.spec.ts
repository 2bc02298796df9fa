import { workerHealth } from './worker-health';

describe('workerHealth', () => {
  it('is ok while every processor runs, and names the queues that stopped', () => {
    const router = (queue: string, running: boolean) =>
      ({ queue, running: () => running }) as Parameters<typeof workerHealth>[0][number];
    expect(workerHealth([router('analysis', true), router('drafting', true)])).toEqual({
      status: 'ok',
      stopped: [],
    });
    expect(workerHealth([router('analysis', true), router('drafting', false)])).toEqual({
      status: 'down',
      stopped: ['drafting'],
    });
  });
});
