import { chooseLocale, formatDate, MESSAGES, translate } from './i18n';

describe('interface languages', () => {
  it('has every message in French and Spanish, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      for (const locale of ['fr', 'es'] as const) {
        expect(MESSAGES[locale][key]?.length).toBeGreaterThan(0);
        expect([key, placeholders(MESSAGES[locale][key])]).toEqual([
          key,
          placeholders(MESSAGES.en[key]),
        ]);
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('fr', 'rounds.counts', { contributions: 3, replies: 1 })).toBe(
      '3 contributions, 1 réponses',
    );
    expect(translate('en', 'contribute.title')).toBe('Contribute to “{title}”');
  });

  it('takes the language from the URL, then the cookie, then the browser', () => {
    expect(chooseLocale('es', 'fr', 'en')).toBe('es');
    expect(chooseLocale('xx', 'fr', 'en')).toBe('fr');
    expect(chooseLocale(undefined, undefined, 'de-DE,fr-CH;q=0.8,en;q=0.5')).toBe('fr');
    expect(chooseLocale(undefined, undefined, undefined)).toBe('en');
  });

  it('writes dates in the reader’s language', () => {
    expect(formatDate('fr', '2026-03-01T12:00:00Z')).toContain('mars');
    expect(formatDate('es', '2026-03-01T12:00:00Z')).toContain('marzo');
  });
});
