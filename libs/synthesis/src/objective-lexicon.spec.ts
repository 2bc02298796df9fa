import { OBJECTIVE_LEXICON } from './objective-lexicon';
import { lexicalTokens, tokenize } from './terms';

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

  // A phrase whose other words are all grammatical words matches its one content word anywhere:
  // "before departure" counted every "departures" of a statistics table, "came back" every "back".
  it('keeps two content words in every phrase of several words, but for a few whose one word says it all', () => {
    const alone = new Set([
      'dans leur langue',
      'sans papiers',
      'de su bolsillo',
      'most vulnerable',
      'at risk',
      'the dead',
      'no vinculante',
      'no vinculantes',
    ]);
    const collapsed: string[] = [];
    for (const { facets } of OBJECTIVE_LEXICON) {
      for (const facet of facets) {
        for (const language of ['en', 'fr', 'es'] as const) {
          for (const raw of facet.terms[language].split(';')) {
            const phrase = raw.trim().replace(/^~/, '');
            if (phrase.startsWith('=') || !/[\s'’-]/.test(phrase) || alone.has(phrase)) continue;
            const stems = new Set(
              lexicalTokens(tokenize(phrase, language), language).map((t) => t.stem),
            );
            if (stems.size < 2) collapsed.push(`${language}: ${phrase}`);
          }
        }
      }
    }
    expect(collapsed).toEqual([]);
  });
});
