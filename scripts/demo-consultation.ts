/**
 * The sample consultation that `npm run demo` plays through the HTTP API: who takes part,
 * the round under review, what each participant says. Written for the demo; the people,
 * countries and organisations other than the two moderating UN agencies are invented.
 */

export type Language = 'en' | 'fr' | 'es';
export type Role = 'moderator' | 'co_chair' | 'stakeholder';
export type StakeholderType =
  | 'member_state'
  | 'un_entity'
  | 'international_organization'
  | 'civil_society'
  | 'academia'
  | 'private_sector'
  | 'trade_union'
  | 'local_authority'
  | 'migrant_organization'
  | 'nhri'
  | 'individual';

export interface Participant {
  /** Also the local part of the e-mail address, made unique per run by the demo. */
  key: string;
  displayName: string;
  organisation: string;
  stakeholderType: StakeholderType;
  roles: Role[];
}

export interface Question {
  number: number;
  text: Record<Language, string>;
}

export interface RoundPlan {
  title: string;
  description: string;
  objectiveNumbers: number[];
  languages: Language[];
  questions: Question[];
}

export interface ContributionPlan {
  key: string;
  author: string;
  questionNumber: number;
  /** Left out on some, so that the analysis has a language to find. */
  language?: Language;
  objectiveNumbers?: number[];
  body: string;
}

export const PARTICIPANTS: Participant[] = [
  {
    key: 'ilo',
    displayName: 'Amina Diallo',
    organisation: 'International Labour Organization (ILO)',
    stakeholderType: 'un_entity',
    roles: ['moderator'],
  },
  {
    key: 'undp',
    displayName: 'Lars Eriksen',
    organisation: 'United Nations Development Programme (UNDP)',
    stakeholderType: 'un_entity',
    roles: ['moderator'],
  },
  {
    key: 'marenia',
    displayName: 'Ambassador Nadia Haddad',
    organisation: 'Permanent Mission of the Republic of Marenia',
    stakeholderType: 'member_state',
    roles: ['co_chair'],
  },
  {
    key: 'costaverde',
    displayName: 'Tomás Ferreira',
    organisation: 'Ministerio de Trabajo, República de Costaverde',
    stakeholderType: 'member_state',
    roles: ['stakeholder'],
  },
  {
    key: 'hub',
    displayName: 'Helena Kovač',
    organisation: 'UN Regional Hub on Human Mobility',
    stakeholderType: 'un_entity',
    roles: ['stakeholder'],
  },
  {
    key: 'sahel',
    displayName: 'Awa Ndiaye',
    organisation: 'Réseau Sahel Mobilité et Droits',
    stakeholderType: 'civil_society',
    roles: ['stakeholder'],
  },
  {
    key: 'union',
    displayName: "Michael O'Brien",
    organisation: 'Federation of Construction and Care Workers',
    stakeholderType: 'trade_union',
    roles: ['stakeholder'],
  },
  {
    key: 'observatorio',
    displayName: 'Prof. Lucía Romero',
    organisation: 'Observatorio de Movilidad Humana, Universidad de Valdemar',
    stakeholderType: 'academia',
    roles: ['stakeholder'],
  },
  {
    key: 'portlumiere',
    displayName: 'Claire Martin',
    organisation: "Ville de Port-Lumière, service de l'inclusion",
    stakeholderType: 'local_authority',
    roles: ['stakeholder'],
  },
  {
    key: 'diaspora',
    displayName: 'Joseph Mensah',
    organisation: 'Diaspora Workers Association',
    stakeholderType: 'migrant_organization',
    roles: ['stakeholder'],
  },
  {
    key: 'visadeals',
    displayName: 'Fast Visa Deals',
    organisation: 'Fast Visa Deals Ltd',
    stakeholderType: 'individual',
    roles: ['stakeholder'],
  },
];

/** Whose voice runs which part of the play. */
export const CAST = {
  moderator: 'ilo',
  secondModerator: 'undp',
  coChair: 'marenia',
  spammer: 'visadeals',
} as const;

/** How long the main round stays open after it is created; it then closes by itself. */
export const ROUND_OPEN_SECONDS = 20;

export const ROUND: RoundPlan = {
  title: 'Regional review of GCM objectives 2, 5, 6, 12 and 18 (demo)',
  description:
    'Online consultation ahead of the regional review of the Global Compact for Safe, Orderly ' +
    'and Regular Migration. Contributions in English, French or Spanish feed a background note ' +
    'for the co-chairs. Please answer the numbered questions and say which objectives you address.',
  objectiveNumbers: [2, 5, 6, 12, 18],
  languages: ['en', 'fr', 'es'],
  questions: [
    {
      number: 1,
      text: {
        en: 'Which measures have done most to reduce the adverse drivers that compel people to leave their country of origin?',
        fr: "Quelles mesures ont le plus contribué à réduire les facteurs négatifs qui obligent les personnes à quitter leur pays d'origine ?",
        es: '¿Qué medidas han contribuido más a reducir los factores adversos que obligan a las personas a abandonar su país de origen?',
      },
    },
    {
      number: 2,
      text: {
        en: 'How can regular pathways and fair, ethical recruitment be expanded so that migrant workers find decent work?',
        fr: 'Comment élargir les voies de migration régulière et le recrutement équitable afin que les travailleurs migrants accèdent à un travail décent ?',
        es: '¿Cómo ampliar las vías de migración regular y la contratación equitativa para que las personas trabajadoras migrantes accedan a un trabajo decente?',
      },
    },
    {
      number: 3,
      text: {
        en: 'What has improved screening, assessment and referral at borders, so that people in vulnerable situations are identified early?',
        fr: "Qu'est-ce qui a amélioré le filtrage, l'évaluation et l'orientation aux frontières, afin que les personnes en situation de vulnérabilité soient repérées tôt ?",
        es: '¿Qué ha mejorado la detección, evaluación y derivación en las fronteras para identificar a tiempo a las personas en situación de vulnerabilidad?',
      },
    },
    {
      number: 4,
      text: {
        en: 'Which practices help recognise the skills, qualifications and competences of migrants?',
        fr: 'Quelles pratiques aident à reconnaître les aptitudes, qualifications et compétences des migrants ?',
        es: '¿Qué prácticas ayudan a reconocer las habilidades, cualificaciones y competencias de las personas migrantes?',
      },
    },
  ],
};

export const CONTRIBUTIONS: ContributionPlan[] = [
  {
    key: 'bilateral',
    author: 'costaverde',
    questionNumber: 2,
    language: 'es',
    objectiveNumbers: [5, 6],
    body:
      'Costaverde firmó en 2023 un acuerdo bilateral de trabajo temporal agrícola con dos países ' +
      'vecinos. El acuerdo prohíbe cobrar comisiones de contratación a las personas trabajadoras y ' +
      'obliga a los empleadores a cubrir el transporte y el seguro médico. Un comité conjunto de ' +
      'seguimiento revisa cada temporada las quejas recibidas por la línea telefónica gratuita. ' +
      'En dos temporadas, la proporción de trabajadores que regresa con deudas se redujo a la mitad.',
  },
  {
    key: 'fees',
    author: 'union',
    questionNumber: 2,
    language: 'en',
    objectiveNumbers: [6],
    body:
      'Our members in construction and home care still pay recruitment fees of up to six months ' +
      'of wages, and some have their passports held by employers. Fair recruitment will remain a ' +
      'slogan until governments make the employer-pays principle enforceable and inspect labour ' +
      'supply chains. Workers must be free to join a union and to change employer without losing ' +
      'their residence permit. Social security contributions should follow the worker home.',
  },
  {
    key: 'sahel',
    author: 'sahel',
    questionNumber: 1,
    language: 'fr',
    objectiveNumbers: [2],
    body:
      'Au Sahel, la dégradation des terres et les sécheresses répétées poussent les jeunes ruraux ' +
      'vers les villes puis vers les routes migratoires. Les programmes qui ont le mieux ' +
      'fonctionné combinent la restauration des sols, le crédit aux coopératives de femmes et la ' +
      'formation professionnelle locale. Ils doivent être financés sur plusieurs années, pas ' +
      'projet par projet, et associer les organisations communautaires dès la conception.',
  },
  {
    key: 'screening',
    author: 'hub',
    questionNumber: 3,
    language: 'en',
    objectiveNumbers: [12],
    body:
      'Joint screening teams at three land borders now pair border officials with child ' +
      'protection and health staff. Every person receives information in a language they ' +
      'understand, and unaccompanied children are referred to guardianship services within 24 ' +
      'hours. The main gaps are interpreters for minority languages and shared referral data ' +
      'between agencies, which we are addressing with a common, rights-based case form.',
  },
  {
    key: 'credentials',
    author: 'observatorio',
    questionNumber: 4,
    language: 'es',
    objectiveNumbers: [18],
    body:
      'Nuestro observatorio encuestó a 1.200 personas migrantes con título universitario: el 58 % ' +
      'trabaja en empleos que no requieren su cualificación. Los procedimientos de homologación ' +
      'tardan en promedio catorce meses y cuestan el equivalente a dos salarios mínimos. ' +
      'Proponemos reconocimientos parciales y microcredenciales evaluadas en el puesto de ' +
      'trabajo, además de acuerdos de reconocimiento mutuo entre universidades de la región.',
  },
  {
    key: 'onestop',
    author: 'portlumiere',
    questionNumber: 4,
    body:
      'La ville de Port-Lumière a ouvert un guichet unique où les nouveaux arrivants font ' +
      'valider leurs compétences professionnelles en une journée, avec un conseiller et un ' +
      'interprète. Les cours de langue sont liés aux métiers en tension de la région. Depuis ' +
      "l'ouverture, quatre cents personnes ont obtenu une attestation reconnue par les " +
      "employeurs locaux. Les villes ont besoin d'un accès direct aux financements nationaux.",
  },
  {
    key: 'remittances',
    author: 'diaspora',
    questionNumber: 1,
    language: 'en',
    objectiveNumbers: [20],
    body:
      'Sending 200 dollars home still costs our members close to eight per cent in fees, well ' +
      'above the three per cent target. Cheaper and faster remittances, including through ' +
      'mobile money, would let families invest in small businesses and schooling, so that the ' +
      'next generation does not feel forced to leave. Diaspora savings could also be matched by ' +
      'development banks for local investment.',
  },
  {
    key: 'warning',
    author: 'hub',
    questionNumber: 1,
    body:
      'Early warning systems for floods and droughts, linked to anticipatory cash transfers, ' +
      'have reduced distress displacement in the coastal districts where we work. People who ' +
      'receive support before a disaster are far less likely to move irregularly. National ' +
      'disaster plans should include planned relocation as a last resort, with the consent and ' +
      'participation of affected communities.',
  },
  {
    key: 'mobileteams',
    author: 'costaverde',
    questionNumber: 3,
    language: 'es',
    objectiveNumbers: [12],
    body:
      'Hemos creado equipos móviles interinstitucionales en los puestos fronterizos del norte, ' +
      'con personal de migración, de protección de la infancia y de salud. Un protocolo único ' +
      'de derivación permite atender en el mismo día a víctimas de trata y a personas con ' +
      'necesidades de protección internacional. Seguimos necesitando apoyo para capacitar al ' +
      'personal y para la interpretación en lenguas indígenas.',
  },
  {
    key: 'detention',
    author: 'sahel',
    questionNumber: 3,
    language: 'fr',
    objectiveNumbers: [12],
    body:
      'Le filtrage aux frontières ne doit jamais devenir une détention de fait. Nous observons ' +
      'des personnes retenues plusieurs jours sans accès à un avocat ni à une information dans ' +
      'leur langue. Les mécanismes de repérage des vulnérabilités doivent être indépendants, ' +
      'associer la société civile et prévoir un recours effectif. Les enfants ne devraient ' +
      'jamais être placés en rétention.',
  },
  {
    key: 'spam',
    author: 'visadeals',
    questionNumber: 2,
    language: 'en',
    body:
      'WORK VISA IN 48 HOURS GUARANTEED!!! Europe, Canada, Gulf. No documents needed, best ' +
      'price, pay only after approval. Message us today for a free consultation.',
  },
];

/** The moderator's follow-up to one contribution, and its author's answer in the thread. */
export const THREAD = {
  contribution: 'bilateral',
  question:
    'Gracias por este ejemplo. ¿Podrían precisar quién integra el comité conjunto de ' +
    'seguimiento y si participan en él organizaciones de trabajadores de ambos países?',
  answer:
    'El comité reúne a los dos ministerios de trabajo, a las asociaciones de empleadores ' +
    'agrícolas y, desde 2024, a un sindicato de cada país. Publica un informe anual con las ' +
    'quejas recibidas y las sanciones impuestas.',
};

export const HIDE = {
  contribution: 'spam',
  reason: 'Commercial advertising, unrelated to the questions of this round.',
};

/** A short side round that the second moderator opens and then closes by hand. */
export const SIDE_ROUND: RoundPlan & { contributions: ContributionPlan[] } = {
  title: 'Remittances and diaspora investment: rapid stocktake (demo)',
  description:
    'A short exchange on objectives 19 and 20, outside the scope of the regional review, ' +
    'closed by its moderator once the first inputs are in.',
  objectiveNumbers: [19, 20],
  languages: ['en', 'fr', 'es'],
  questions: [
    {
      number: 1,
      text: {
        en: 'What would most reduce the cost of sending remittances in your corridor?',
        fr: "Qu'est-ce qui réduirait le plus le coût des envois de fonds dans votre corridor ?",
        es: '¿Qué reduciría más el costo de las remesas en su corredor?',
      },
    },
  ],
  contributions: [
    {
      key: 'corridor',
      author: 'diaspora',
      questionNumber: 1,
      language: 'en',
      objectiveNumbers: [20],
      body:
        'Open the national payment systems to licensed mobile money operators and publish the ' +
        'full cost of each transfer, exchange-rate margin included, so that senders can compare.',
    },
  ],
};
