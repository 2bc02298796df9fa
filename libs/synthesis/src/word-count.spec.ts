import { countWords } from './word-count';

describe('countWords', () => {
  it('counts words, not punctuation or whitespace', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  — “ ” ( ) … ')).toBe(0);
    expect(countWords('Safe, orderly and regular migration.')).toBe(5);
  });

  it('keeps contractions, hyphenated words and numbers whole', () => {
    expect(countWords("Don't keep evidence-based data on 1,000 people (3.5%)")).toBe(8);
    expect(countWords("l'accès à l’information")).toBe(3);
  });

  it('counts accented and non-Latin letters', () => {
    expect(countWords('reconnaissance des compétences — reconocimiento de competencias')).toBe(6);
    expect(countWords('移民 миграция')).toBe(2);
  });
});
