import { analyseContribution } from './analyse-contribution';
import { synthesiseRound } from './synthesise-round';
import type { AnalysedContribution } from './types';

const contribution = (id: string, text: string): AnalysedContribution => ({
  id,
  text,
  stakeholderType: 'civil_society',
  ...analyseContribution({ text }),
});

describe('synthesiseRound', () => {
  const contributions = [
    contribution('a', 'Recruitment fees must be abolished and recruitment agencies licensed.'),
    contribution('b', 'La reconnaissance des compétences des migrants doit être accélérée.'),
    contribution('c', 'Las remesas son caras; hay que reducir el costo de las remesas.'),
  ];
  const { syntheses, note } = synthesiseRound({
    round: { title: 'Round', objectiveNumbers: [18, 6, 6] },
    contributions,
  });

  it('synthesises each objective under review once, in order', () => {
    expect(syntheses.map((s) => [s.objectiveNumber, s.contributionIds])).toEqual([
      [6, ['a']],
      [18, ['b']],
    ]);
  });

  it('drafts the note from them and notes the contribution on another objective', () => {
    expect(note.sections.filter((s) => s.objectiveNumber).map((s) => s.objectiveNumber)).toEqual([
      6, 18,
    ]);
    const other = note.sections.find((s) => s.heading === 'Cross-cutting points')!;
    expect(other.paragraphs[0].text).toMatch(
      /objective 20 \(remittances and financial inclusion\) \[C\d\]/,
    );
    expect(other.paragraphs[0].sourceIds).toEqual(['c']);
  });
});
