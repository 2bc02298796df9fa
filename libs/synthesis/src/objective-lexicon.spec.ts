import { OBJECTIVE_LEXICON } from './objective-lexicon';

describe('OBJECTIVE_LEXICON', () => {
  it('covers the 23 objectives in order', () => {
    expect(OBJECTIVE_LEXICON.map((o) => o.number)).toEqual(
      Array.from({ length: 23 }, (_, i) => i + 1),
    );
  });

  it('has phrases in English, French and Spanish for every facet', () => {
    for (const objective of OBJECTIVE_LEXICON) {
      expect(objective.short.length).toBeGreaterThan(3);
      expect(objective.facets.length).toBeGreaterThan(0);
      for (const facet of objective.facets) {
        for (const language of ['en', 'fr', 'es'] as const) {
          const phrases = facet.terms[language].split(';').map((p) => p.trim());
          expect(phrases.length).toBeGreaterThan(0);
          expect(phrases.every((p) => p.length > 1)).toBe(true);
        }
      }
    }
  });

  it('has distinct facet labels', () => {
    const labels = OBJECTIVE_LEXICON.flatMap((o) => o.facets.map((f) => f.label));
    expect(new Set(labels).size).toBe(labels.length);
  });
});
