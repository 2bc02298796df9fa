import { assignedObjectives, contributionsForObjective } from './assignment';
import type { AnalysedContribution } from './types';

describe('assignedObjectives', () => {
  it('keeps declared and explicit objectives and the strong inferred ones', () => {
    expect(
      assignedObjectives([
        { number: 3, score: 1, source: 'declared' },
        { number: 9, score: 0.8, source: 'explicit' },
        { number: 2, score: 0.9, source: 'inferred' },
        { number: 5, score: 0.6, source: 'inferred' },
        { number: 7, score: 0.45, source: 'inferred' },
        { number: 11, score: 0.3, source: 'inferred' },
      ]),
    ).toEqual([3, 9, 2, 5]);
  });

  it('keeps nothing when nothing is strong enough', () => {
    expect(assignedObjectives([{ number: 2, score: 0.3, source: 'inferred' }])).toEqual([]);
  });
});

describe('contributionsForObjective', () => {
  it('returns the contributions assigned to an objective in id order', () => {
    const make = (id: string, number: number): AnalysedContribution => ({
      id,
      text: '',
      language: 'en',
      objectives: [{ number, score: 0.9, source: 'inferred' }],
    });
    expect(
      contributionsForObjective([make('b', 5), make('c', 6), make('a', 5)], 5).map((c) => c.id),
    ).toEqual(['a', 'b']);
  });
});
