import type { NoteParagraph, NoteSection } from '@convene/synthesis';
import { diffNotes } from './note-diff';

const p = (text: string, kind: NoteParagraph['kind'] = 'practice'): NoteParagraph => ({
  text,
  sourceIds: [],
  kind,
  quotes: [],
});
const annex = (label: string, id: string): NoteParagraph => ({
  text: `${label}: Member State (Ministry of Labour), English.`,
  sourceIds: [id],
  kind: 'annex',
  quotes: [],
});
const section = (heading: string, paragraphs: NoteParagraph[], objectiveNumber?: number) => ({
  heading,
  ...(objectiveNumber !== undefined ? { objectiveNumber } : {}),
  paragraphs,
});

describe('what changed between two versions of a note', () => {
  it('lists added and removed paragraphs per section, in reading order', () => {
    const from: NoteSection[] = [
      section('Background', [p('Six contributions.', 'overview')]),
      section('Objective 6: recruitment', [p('A'), p('B'), p('C')], 6),
    ];
    const to: NoteSection[] = [
      section('Background', [p('Six contributions.', 'overview')]),
      section('Objective 6: fair recruitment', [p('A'), p('B2'), p('C'), p('D')], 6),
    ];
    expect(diffNotes(from, to)).toEqual([
      { heading: 'Background', status: 'unchanged', changes: [], unchanged: 1 },
      {
        heading: 'Objective 6: fair recruitment',
        status: 'changed',
        changes: [
          { change: 'removed', text: 'B' },
          { change: 'added', text: 'B2' },
          { change: 'added', text: 'D' },
        ],
        unchanged: 2,
      },
    ]);
  });

  it('reports whole sections added and removed, a removed one where it stood', () => {
    const from = [
      section('Background', [p('x')]),
      section('Tensions', [p('t')]),
      section('Annex', []),
    ];
    const to = [
      section('Background', [p('x')]),
      section('Guiding questions', [p('q')]),
      section('Annex', []),
    ];
    expect(diffNotes(from, to).map((s) => [s.heading, s.status, s.changes.length])).toEqual([
      ['Background', 'unchanged', 0],
      ['Guiding questions', 'added', 1],
      ['Tensions', 'removed', 1],
      ['Annex', 'unchanged', 0],
    ]);
  });

  it('matches sections moved in the note instead of calling them new', () => {
    const from = [section('One', [p('a')], 1), section('Two', [p('b')], 2)];
    const to = [section('Two', [p('b')], 2), section('One', [p('a')], 1)];
    expect(diffNotes(from, to).map((s) => s.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('does not count renumbered labels as a change: labels stand for contributions', () => {
    const from = [
      section('Objective 5', [p('Portability of pensions [C1, C2].')], 5),
      section('Annex', [annex('C1', 'id-a'), annex('C2', 'id-b')]),
    ];
    const to = [
      section('Objective 5', [p('A new point [C1].'), p('Portability of pensions [C2, C3].')], 5),
      section('Annex', [annex('C1', 'id-new'), annex('C2', 'id-a'), annex('C3', 'id-b')]),
    ];
    expect(diffNotes(from, to)).toEqual([
      {
        heading: 'Objective 5',
        status: 'changed',
        changes: [{ change: 'added', text: 'A new point [C1].' }],
        unchanged: 1,
      },
      {
        heading: 'Annex',
        status: 'changed',
        changes: [{ change: 'added', text: 'C1: Member State (Ministry of Labour), English.' }],
        unchanged: 2,
      },
    ]);
  });

  it('finds nothing between a version and itself', () => {
    const note = [section('Background', [p('a'), p('b')]), section('Annex', [annex('C1', 'x')])];
    expect(diffNotes(note, note).every((s) => s.status === 'unchanged')).toBe(true);
  });
});
