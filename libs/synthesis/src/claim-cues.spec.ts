import { claimCues, findEntities, findFigures, findPrinciples } from './claim-cues';

describe('claimCues', () => {
  it.each([
    ['In 2021 we signed a bilateral agreement that bans recruitment fees.', 'en', 'practice'],
    ['La mairie a ouvert un guichet unique pour les nouveaux arrivants.', 'fr', 'practice'],
    ['Firmamos un acuerdo con dos países vecinos en 2023.', 'es', 'practice'],
    ['We trained 300 labour inspectors on fair recruitment.', 'en', 'practice'],
    [
      'La proporción de trabajadores que regresa con deudas se redujo a la mitad.',
      'es',
      'practice',
    ],
    ['Interpreters for minority languages are lacking at every border post.', 'en', 'challenge'],
    ['Il manque des interprètes dans les zones d’attente.', 'fr', 'challenge'],
    ['Despite the agreement, workers still pay recruitment fees.', 'en', 'challenge'],
    ['Governments should ban recruitment fees.', 'en', 'recommendation'],
    ['Les employeurs doivent payer les frais de recrutement.', 'fr', 'recommendation'],
    ['More funding is needed for interpretation.', 'en', 'recommendation'],
    [
      'Employers know, or should know, that fees are charged further down the chain.',
      'en',
      'position',
    ],
    ['Les employeurs savent, ou devraient savoir, que des frais sont prélevés.', 'fr', 'position'],
    ['Migration is a positive force for development.', 'en', 'position'],
    ['Nous organisons des séances de médiation avec les familles.', 'fr', 'practice'],
    ['Cada semana revisamos la lista de servicios con los albergues.', 'es', 'practice'],
    ['We publish the figures every quarter.', 'en', 'practice'],
    ['Nous pensons que la médiation est utile.', 'fr', 'position'],
    ['In 2023, only 12 of the 96 women we supported saw a consular officer.', 'en', 'challenge'],
    ['Beaucoup d’entre elles ont été expulsées sans préavis.', 'fr', 'challenge'],
    ['Las promotoras trabajamos sin sueldo y con nuestro propio coche.', 'es', 'challenge'],
    ['What more can be done?', 'en', 'position'],
  ] as const)('reads %j as %s', (text, language, kind) => {
    expect(claimCues(text, language).kind).toBe(kind);
  });

  it.each([
    ['States should ban recruitment fees.', 'en', 'governments'],
    ['We call on governments to end child detention.', 'en', 'governments'],
    ['Civil society asks States to regularise undocumented workers.', 'en', 'governments'],
    ['Local authorities should open one-stop shops.', 'en', 'local authorities'],
    ['Les employeurs doivent couvrir le transport.', 'fr', 'employers and the private sector'],
    ['Il faut que les États ratifient la convention.', 'fr', 'governments'],
    ['Los gobiernos deberían digitalizar los visados.', 'es', 'governments'],
    [
      'Instamos a los donantes a financiar la adaptación.',
      'es',
      'donors and the international community',
    ],
    ['The UN regional commissions could host a common template.', 'en', 'the UN system'],
    [
      'Les bailleurs pourraient financer une petite indemnité.',
      'fr',
      'donors and the international community',
    ],
    ['Sería bueno que los gobiernos apoyaran puntos de retiro rurales.', 'es', 'governments'],
    ['Il faudrait aussi que le ministère publie ces statistiques.', 'fr', 'governments'],
    [
      'Social media platforms should take down fraudulent recruitment ads.',
      'en',
      'employers and the private sector',
    ],
    ['Newspapers should moderate the comments under their articles.', 'en', 'the media'],
  ] as const)('takes the addressee of %j from its subject or call', (text, language, addressee) => {
    expect(claimCues(text, language)).toMatchObject({ kind: 'recommendation', addressee });
  });

  it('reads a suggestion as a recommendation only when an actor is its subject', () => {
    expect(claimCues('We could not reach the northern districts.', 'en').kind).not.toBe(
      'recommendation',
    );
    expect(claimCues('A register could help, but it raises hard questions.', 'en').kind).not.toBe(
      'recommendation',
    );
  });

  it('names no addressee where the recommendation names nobody', () => {
    expect(claimCues('Workers must be free to change employer.', 'en').addressee).toBeUndefined();
    expect(claimCues('More funding is needed.', 'en').addressee).toBeUndefined();
  });

  it('marks warnings, not every negative sentence', () => {
    expect(
      claimCues('Le filtrage ne doit jamais devenir une détention de fait.', 'fr').warning,
    ).toBe(true);
    expect(claimCues('We are concerned about proposals for closed centres.', 'en').warning).toBe(
      true,
    );
    expect(claimCues('Subcontractors hire through brokers we never see.', 'en').warning).toBe(
      false,
    );
  });
});

describe('findFigures', () => {
  it('keeps numbers with their unit and leaves objective numbers out', () => {
    expect(
      findFigures('Within 24 hours, 58 % of 1,200 workers; objective 5 says so; by half.'),
    ).toEqual(['24 hours', '58 %', '1,200 workers', 'by half']);
  });
});

describe('findEntities', () => {
  it('finds acronyms, conventions and instruments as written', () => {
    expect(findEntities('The ILO and UNHCR cite C189 and the Kampala Convention.')).toEqual([
      'Kampala Convention',
      'ILO',
      'UNHCR',
      'C189',
    ]);
  });

  it('reads nothing into a text set in capitals', () => {
    expect(findEntities('WORK VISA IN 48 HOURS GUARANTEED')).toEqual([]);
  });
});

describe('findPrinciples', () => {
  it('finds the guiding principles a claim invokes, in each language', () => {
    expect(findPrinciples('Unaccompanied children need guardians.', 'en')).toEqual([
      'child-sensitive',
    ]);
    expect(findPrinciples('Les femmes et les droits humains.', 'fr')).toEqual([
      'gender-responsive',
      'human rights',
    ]);
    expect(findPrinciples('Un enfoque de toda la sociedad.', 'es')).toEqual(['whole-of-society']);
  });
});
