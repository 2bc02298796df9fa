import { cosine, textRank, type TermVector } from './textrank';

const vector = (...terms: string[]): TermVector => {
  const v: TermVector = new Map();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
  return v;
};

describe('cosine', () => {
  it('is 1 for the same direction, 0 for disjoint or empty vectors, and symmetric', () => {
    expect(cosine(vector('a', 'b'), vector('a', 'b', 'a', 'b'))).toBeCloseTo(1);
    expect(cosine(vector('a'), vector('b'))).toBe(0);
    expect(cosine(vector(), vector('a'))).toBe(0);
    expect(cosine(vector('a', 'b'), vector('b', 'c'))).toBeCloseTo(
      cosine(vector('b', 'c'), vector('a', 'b')),
    );
  });
});

describe('textRank', () => {
  it('ranks the sentence that shares most with the others highest', () => {
    const scores = textRank([
      vector('visa', 'fees'),
      vector('visa', 'fees', 'pathways', 'skills'),
      vector('pathways', 'skills'),
      vector('weather'),
    ]);
    expect(scores.indexOf(Math.max(...scores))).toBe(1);
    expect(scores[3]).toBeLessThan(scores[0]);
  });

  it('gives equal scores to symmetric graphs and handles empty input', () => {
    const scores = textRank([vector('a'), vector('a')]);
    expect(scores[0]).toBeCloseTo(scores[1]);
    expect(textRank([])).toEqual([]);
  });
});
