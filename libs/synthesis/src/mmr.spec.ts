import { selectMmr } from './mmr';

describe('selectMmr', () => {
  const duplicates = (a: number, b: number) => ([a, b].sort().join() === '0,1' ? 1 : 0);

  it('takes the most relevant first, then skips near-duplicates of what it took', () => {
    expect(selectMmr([0.9, 0.85, 0.5], duplicates, { limit: 2 })).toEqual([0, 2]);
  });

  it('with lambda 1 is plain ranking by relevance', () => {
    expect(selectMmr([0.2, 0.9, 0.5], duplicates, { limit: 3, lambda: 1 })).toEqual([1, 2, 0]);
  });

  it('breaks ties by index and stops at the limit or the items', () => {
    expect(selectMmr([0.5, 0.5, 0.5], () => 0, { limit: 2 })).toEqual([0, 1]);
    expect(selectMmr([0.5], () => 0, { limit: 5 })).toEqual([0]);
    expect(selectMmr([], () => 0, { limit: 5 })).toEqual([]);
  });
});
