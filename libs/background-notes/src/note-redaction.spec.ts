import type { NoteParagraph, ObjectiveSynthesis } from '@convene/synthesis';
import { redactHidden, redactSynthesis, WITHHELD, type RedactableNote } from './note-redaction';

const paragraph = (
  text: string,
  sourceIds: string[],
  extra: Partial<NoteParagraph> = {},
): NoteParagraph => ({ text, sourceIds, kind: 'practice', quotes: [], ...extra });

const note: RedactableNote = {
  title: 'Background note',
  wordCount: 0,
  wordTarget: 1000,
  markdown: 'stored',
  sections: [
    {
      heading: 'Objective 6',
      objectiveNumber: 6,
      paragraphs: [
        paragraph('Practices. [C1]: “Secret name quoted here.”', ['a', 'b'], {
          quotes: [
            { text: 'Secret name quoted here.', contributionId: 'a', language: 'en', label: 'C1' },
          ],
        }),
        paragraph('Challenges raised by a trade union [C2].', ['b']),
      ],
    },
    {
      heading: 'Annex: contributions cited',
      paragraphs: [
        paragraph('C1: Union A, trade union, English, question 1.', ['a'], { kind: 'annex' }),
        paragraph('C2: Ministry B, Member State, French, question 2.', ['b'], { kind: 'annex' }),
      ],
    },
  ],
};

describe('redactHidden', () => {
  it('withholds every paragraph that drew on a hidden contribution, and its annex entry', () => {
    const redacted = redactHidden(note, new Set(['a']));
    const text = JSON.stringify(redacted);
    expect(text).not.toContain('Secret name');
    expect(text).not.toContain('Union A');
    expect(text).not.toContain('"a"');
    expect(redacted.sections[0].paragraphs[0]).toEqual({
      text: WITHHELD,
      sourceIds: ['b'],
      kind: 'practice',
      quotes: [],
    });
    expect(redacted.sections[0].paragraphs[1].text).toBe(
      'Challenges raised by a trade union [C2].',
    );
    expect(redacted.sections[1].paragraphs.map((p) => p.text)).toEqual([
      'C2: Ministry B, Member State, French, question 2.',
    ]);
    expect(redacted.markdown).toContain('Withheld until the note is redrafted');
    expect(redacted.markdown).not.toContain('Secret name');
    expect(redacted.wordCount).toBeGreaterThan(10);
  });

  it('returns a note that cites nothing hidden unchanged', () => {
    expect(redactHidden(note, new Set(['z']))).toBe(note);
    expect(redactHidden(note, new Set())).toBe(note);
  });
});

describe('redactSynthesis', () => {
  const synthesis = {
    objectiveNumber: 6,
    contributionIds: ['a', 'b'],
    themes: [
      { label: 'Fees', terms: ['fees'], contributionIds: ['a'] },
      { label: 'Wages', terms: ['wages'], contributionIds: ['a', 'b'] },
    ],
    keyPoints: [
      { text: 'Words of a.', contributionIds: ['a', 'b'], language: 'en', kinds: [], actors: [] },
      { text: 'Words of b.', contributionIds: ['b', 'a'], language: 'en', kinds: [], actors: [] },
    ],
    asks: [
      { actor: 'employers', contributionIds: ['a'] },
      { actor: 'states', contributionIds: ['a', 'b'] },
    ],
    counts: { byStakeholderType: { trade_union: 2 }, byLanguage: { en: 2 } },
  } as unknown as ObjectiveSynthesis;

  it('leaves no trace of a hidden contribution: ids, its key points, themes and asks of it alone', () => {
    const redacted = redactSynthesis(synthesis, new Set(['a']));
    expect(JSON.stringify(redacted)).not.toMatch(/"a"|Words of a/);
    expect(redacted.keyPoints.map((k) => k.text)).toEqual(['Words of b.']);
    expect(redacted.themes.map((t) => t.label)).toEqual(['Wages']);
    expect(redacted.asks.map((a) => a.actor)).toEqual(['states']);
    expect(redactSynthesis(synthesis, new Set(['z']))).toBe(synthesis);
  });
});
