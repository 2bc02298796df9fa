import { sentenceActors, sentenceKinds } from './cues';

describe('sentenceKinds', () => {
  it.each([
    ['en', 'Governments should ratify ILO conventions.'],
    ['en', 'Implement flexible solutions for seasonal workers.'],
    ['fr', 'Les États doivent garantir le travail décent.'],
    ['fr', 'créer des cadres de concertation avec la société civile'],
    ['es', 'Es necesario garantizar el acceso a la justicia.'],
  ])('finds an ask in %s: %s', (language, text) => {
    expect(sentenceKinds(text, language as 'en')).toContain('ask');
  });

  it.each([
    ['en', 'A pilot programme in Kenya trained 500 workers.'],
    ['fr', 'Comme bonne pratique, je salue l’initiative de la Commission.'],
    ['es', 'La pandemia aceleró una tendencia hacia los servicios digitales.'],
  ])('finds a practice in %s: %s', (language, text) => {
    expect(sentenceKinds(text, language as 'en')).toContain('practice');
  });

  it('finds neither in a plain statement', () => {
    expect(sentenceKinds('Migration is as old as humanity.', 'en')).toEqual([]);
    expect(sentenceKinds('La migration est ancienne.', 'fr')).toEqual([]);
  });
});

describe('sentenceActors', () => {
  it('names the actors in a fixed order', () => {
    expect(
      sentenceActors('Employers and governments should work with trade unions.', 'en'),
    ).toEqual(['governments', 'employers and the private sector', 'trade unions']);
    expect(sentenceActors('Les gouvernements et les syndicats doivent agir.', 'fr')).toEqual([
      'governments',
      'trade unions',
    ]);
    expect(sentenceActors('Los gobiernos y la sociedad civil deben actuar.', 'es')).toEqual([
      'governments',
      'civil society',
    ]);
  });

  it('does not take the French article "un" for the UN', () => {
    expect(sentenceActors('Il faut un cadre et une stratégie.', 'fr')).toEqual([]);
    expect(sentenceActors('The UN should help.', 'en')).toEqual(['the UN system']);
  });
});
