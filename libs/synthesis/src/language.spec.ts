import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'Governments should expand regular pathways and protect the rights of migrant workers.'],
    [
      'fr',
      'Les gouvernements doivent élargir les voies régulières et protéger les droits des travailleurs.',
    ],
    [
      'es',
      'Los gobiernos deben ampliar las vías regulares y proteger los derechos de los trabajadores.',
    ],
    ['en', 'Decent work for all.'],
    ['fr', 'Travail décent pour tous.'],
    ['es', 'Trabajo decente para todos.'],
  ])('reads %s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it.each([
    [
      'Portuguese',
      'Os migrantes devem ter acesso aos serviços públicos de saúde e educação, independentemente do seu estatuto.',
    ],
    [
      'Italian',
      'I migranti devono avere accesso ai servizi pubblici di salute e istruzione, indipendentemente dal loro status.',
    ],
    [
      'German',
      'Migranten sollten unabhängig von ihrem Status Zugang zu öffentlichen Gesundheitsdiensten haben.',
    ],
    ['Arabic', 'يجب أن يحصل المهاجرون على الخدمات الأساسية'],
    ['Chinese', '移民应当获得基本服务'],
  ])('reads %s as other', (_, text) => {
    expect(detectLanguage(text)).toBe('other');
  });

  it('lets the declared language decide a text too short to tell', () => {
    expect(detectLanguage('Remittances', 'en')).toBe('en');
    expect(detectLanguage('OK', 'fr')).toBe('fr');
    expect(detectLanguage('Objetivo 5', 'es')).toBe('es');
  });

  it('does not let a declared language overrule a clear text', () => {
    expect(
      detectLanguage(
        'Les gouvernements doivent protéger les droits des travailleurs migrants.',
        'en',
      ),
    ).toBe('fr');
  });

  it('reads a text without words as other unless declared', () => {
    expect(detectLanguage('')).toBe('other');
    expect(detectLanguage('2022 — 18 / 23')).toBe('other');
    expect(detectLanguage('', 'es')).toBe('es');
  });

  it('ignores a declared language it does not know', () => {
    expect(detectLanguage('Decent work for all migrant workers.', 'pt')).toBe('en');
  });
});
