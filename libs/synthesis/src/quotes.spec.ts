import { extractQuotations, languageName } from './quotes';

describe('extractQuotations', () => {
  it('reads back the quotations of a paragraph, and nothing in single quotes', () => {
    const text =
      'A [C1]: “créer des cadres” (French; in English, from the analysis: …). B: ‘a title’ and “decent work”.';
    expect(extractQuotations(text)).toEqual(['créer des cadres', 'decent work']);
  });
});

describe('languageName', () => {
  it('names the languages in English', () => {
    expect(['en', 'fr', 'es', 'other'].map((l) => languageName(l as 'en'))).toEqual([
      'English',
      'French',
      'Spanish',
      'another language',
    ]);
  });
});
