import { inferObjectives, matchLexicon, rawToScore } from './objective-inference';
import { lexicalTokens, tokenize } from './terms';

const best = (text: string, language: string) => inferObjectives(text, language)[0]?.number;

describe('inferObjectives', () => {
  it.each([
    [
      20,
      'en',
      'Sending remittances home is still far too expensive; transfer costs should fall and migrants need bank accounts.',
    ],
    [
      20,
      'fr',
      'Les envois de fonds coûtent trop cher : il faut réduire le coût des transferts et favoriser l’inclusion financière.',
    ],
    [
      20,
      'es',
      'Las remesas siguen siendo caras; hay que reducir el costo de las remesas y promover la inclusión financiera.',
    ],
    [
      6,
      'en',
      'Workers pay recruitment fees to unscrupulous recruitment agencies and end up in debt bondage.',
    ],
    [
      6,
      'fr',
      'Les frais de recrutement imposés par les agences de recrutement privent les travailleurs d’un travail décent.',
    ],
    [
      6,
      'es',
      'Las comisiones de contratación que cobran las agencias de empleo privadas impiden el trabajo decente.',
    ],
    [
      18,
      'en',
      'Recognition of qualifications and diplomas obtained abroad lets migrants use their skills.',
    ],
    [
      18,
      'fr',
      'La reconnaissance des compétences et des diplômes acquis à l’étranger reste trop lente.',
    ],
    [
      18,
      'es',
      'El reconocimiento de competencias y la convalidación de títulos siguen siendo muy lentos.',
    ],
    [
      13,
      'en',
      'Children should never be held in immigration detention; alternatives to detention exist and work.',
    ],
    [
      10,
      'fr',
      'La traite des êtres humains fait des milliers de victimes de la traite chaque année.',
    ],
    [8, 'es', 'Miles de migrantes desaparecidos: hace falta más búsqueda y rescate en el mar.'],
    [21, 'en', 'Returnees need sustainable reintegration support after voluntary return.'],
    [
      4,
      'es',
      'Sin registro de nacimientos ni documentos de identidad, los niños quedan en riesgo de apatridia.',
    ],
  ])('finds objective %i in %s text', (objective, language, text) => {
    expect(best(text, language)).toBe(objective);
  });

  it('reports an objective outside any round rather than forcing one', () => {
    const inferred = inferObjectives(
      'Consulates should offer consular assistance and consular protection to nationals abroad.',
      'en',
    );
    expect(inferred.map((o) => o.number)).toEqual([14]);
  });

  it('infers nothing from text with no objective content', () => {
    expect(
      inferObjectives('Thank you for organising this discussion, it is very useful.', 'en'),
    ).toEqual([]);
    expect(inferObjectives('', 'en')).toEqual([]);
  });

  it('needs a curated phrase: title words alone are not enough', () => {
    expect(inferObjectives('We must ensure and strengthen and promote and enhance.', 'en')).toEqual(
      [],
    );
  });

  it('orders best first with scores between 0 and 1', () => {
    const inferred = inferObjectives(
      'Climate change and drought drive people from rural areas; regular pathways and labour migration schemes can help, and remittances too.',
      'en',
    );
    expect(inferred.length).toBeGreaterThan(1);
    for (let i = 1; i < inferred.length; i++)
      expect(inferred[i - 1].score).toBeGreaterThanOrEqual(inferred[i].score);
    for (const o of inferred) {
      expect(o.score).toBeGreaterThan(0);
      expect(o.score).toBeLessThanOrEqual(1);
    }
    expect(inferred[0].number).toBe(2);
  });

  it('tries all three languages when the language is unknown', () => {
    expect(best('remesas remesas inclusión financiera', 'other')).toBe(20);
  });
});

describe('matchLexicon', () => {
  const hits = (text: string) => {
    const tokens = lexicalTokens(tokenize(text, 'en'), 'en');
    return matchLexicon(tokens, 'en').filter((h) => h.objective === 18 && h.facet >= 0);
  };

  it('matches phrases in any order, ignoring grammatical words', () => {
    expect(hits('the recognition of skills').map((h) => h.phrase)).toContain('skills recognition');
    expect(hits('skills recognition').map((h) => h.phrase)).toContain('skills recognition');
  });

  it('counts a word once per objective, for its longest phrase', () => {
    const found = hits('skills recognition');
    expect(found.map((h) => h.phrase)).not.toContain('skills');
  });

  it('keeps senses apart that stemming would merge', () => {
    const tokens = lexicalTokens(tokenize('regular migration', 'en'), 'en');
    expect(matchLexicon(tokens, 'en').map((h) => h.phrase)).not.toContain('regulariz');
  });
});

describe('rawToScore', () => {
  it('maps 0..∞ onto 0..1, increasing', () => {
    expect(rawToScore(0)).toBe(0);
    expect(rawToScore(3)).toBeLessThan(rawToScore(6));
    expect(rawToScore(1000)).toBeLessThanOrEqual(1);
  });
});
