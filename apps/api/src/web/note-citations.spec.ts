import type { NoteSection } from '@convene/synthesis';
import { annexLabel, citationLabels, splitCitations, visibleParagraphs } from './note-citations';

describe('citation labels of a note', () => {
  it('reads which contribution each label stands for from the annex and the quotes', () => {
    const sections: NoteSection[] = [
      {
        heading: 'Objective 6',
        objectiveNumber: 6,
        paragraphs: [
          {
            text: 'A quote [C2]: “…”',
            sourceIds: ['b'],
            kind: 'practice',
            quotes: [{ text: '…', contributionId: 'b', language: 'fr', label: 'C2' }],
          },
        ],
      },
      {
        heading: 'Annex: contributions cited',
        paragraphs: [
          { text: 'C1: Member State, English.', sourceIds: ['a'], kind: 'annex', quotes: [] },
        ],
      },
    ];
    expect([...citationLabels(sections)]).toEqual([
      ['C2', 'b'],
      ['C1', 'a'],
    ]);
  });

  it('cuts a paragraph around its citations, the "and N more" kept', () => {
    expect(splitCitations('Three report it [C1, C4] and more [C1, C2 and 3 more].')).toEqual([
      'Three report it ',
      { labels: ['C1', 'C4'], more: 0 },
      ' and more ',
      { labels: ['C1', 'C2'], more: 3 },
      '.',
    ]);
    expect(splitCitations('No citation [here].')).toEqual(['No citation [here].']);
    expect(annexLabel('C12: Academia, Spanish.')).toBe('C12');
    expect(annexLabel('Costs: C12')).toBeUndefined();
  });

  it('leaves out every paragraph drawn on a contribution the reader may no longer see', () => {
    const paragraph = (text: string, sourceIds: string[]) => ({
      text,
      sourceIds,
      kind: 'practice' as const,
      quotes: [],
    });
    const sections: NoteSection[] = [
      {
        heading: 'Objective 5',
        objectiveNumber: 5,
        paragraphs: [
          paragraph('Overview, no source.', []),
          paragraph('From a and b [C1, C2].', ['a', 'b']),
          paragraph('From a [C1].', ['a']),
        ],
      },
    ];
    expect(visibleParagraphs(sections, new Set(['a']))).toEqual({
      sections: [
        {
          heading: 'Objective 5',
          objectiveNumber: 5,
          paragraphs: [paragraph('Overview, no source.', []), paragraph('From a [C1].', ['a'])],
        },
      ],
      withheld: 1,
    });
  });
});
