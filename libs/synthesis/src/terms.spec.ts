import {
  contentTokens,
  foldDiacritics,
  lexicalTokens,
  stem,
  textLanguage,
  tokenize,
} from './terms';

describe('terms', () => {
  it('stems each language with its own stemmer and folds accents', () => {
    expect(stem('remittances', 'en')).toBe(stem('remittance', 'en'));
    expect(stem('compétences', 'fr')).toBe(stem('competences', 'fr'));
    expect(stem('remesas', 'es')).toBe(stem('remesa', 'es'));
    expect(foldDiacritics('reconnaître')).toBe('reconnaitre');
  });

  it('tokenizes with offsets and splits elisions', () => {
    const text = "L'accès à l’information";
    const tokens = tokenize(text, 'fr');
    expect(tokens.map((t) => t.word)).toEqual(['l', 'accès', 'à', 'l', 'information']);
    for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.word);
  });

  it('drops grammatical words from lexical tokens and also domain words from content tokens', () => {
    const tokens = tokenize('The rights of migrants to decent work', 'en');
    expect(lexicalTokens(tokens, 'en').map((t) => t.word)).toEqual([
      'rights',
      'migrants',
      'decent',
      'work',
    ]);
    expect(contentTokens(tokens, 'en').map((t) => t.word)).toEqual(['rights', 'decent', 'work']);
  });

  it('falls back to English for other languages', () => {
    expect(textLanguage('other')).toBe('en');
    expect(textLanguage('fr')).toBe('fr');
  });
});
