import { draftNoteFlow } from './drafting-saga';

describe('draftNoteFlow', () => {
  it('has one synthesis child per distinct objective, in order, under the drafting job', () => {
    const flow = draftNoteFlow('d1', [5, 2, 5]);
    expect(flow).toMatchObject({
      queueName: 'drafting',
      name: 'draft-note',
      data: { draftRequestId: 'd1' },
      opts: { jobId: 'draft-note-d1' },
    });
    expect(flow.children?.map((c) => [c.queueName, c.name, c.opts?.jobId, c.data])).toEqual([
      [
        'synthesis',
        'synthesise-objective',
        'synthesise-d1-2',
        { draftRequestId: 'd1', objectiveNumber: 2 },
      ],
      [
        'synthesis',
        'synthesise-objective',
        'synthesise-d1-5',
        { draftRequestId: 'd1', objectiveNumber: 5 },
      ],
    ]);
  });

  it('fails the draft when a synthesis fails for good, instead of leaving it waiting', () => {
    expect(draftNoteFlow('d1', [1]).children?.[0].opts?.failParentOnFailure).toBe(true);
  });

  it('gives the same ids for the same request, so a repeated add is a no-op', () => {
    expect(draftNoteFlow('d1', [3, 1])).toEqual(draftNoteFlow('d1', [1, 3]));
  });
});
