export type Language = 'en' | 'fr' | 'es';

export interface ObjectiveTitle {
  number: number;
  title: Record<Language, string>;
}

/**
 * The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration
 * (A/RES/73/195), with the titles of its English, French and Spanish texts.
 */
export const GCM_OBJECTIVES: readonly ObjectiveTitle[] = [
  {
    number: 1,
    title: {
      en: 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
      fr: 'Collecter et utiliser des données précises et ventilées qui serviront à l’élaboration de politiques fondées sur la connaissance des faits',
      es: 'Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica',
    },
  },
  {
    number: 2,
    title: {
      en: 'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
      fr: 'Lutter contre les facteurs négatifs et les problèmes structurels qui poussent des personnes à quitter leur pays d’origine',
      es: 'Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen',
    },
  },
  {
    number: 3,
    title: {
      en: 'Provide accurate and timely information at all stages of migration',
      fr: 'Fournir dans les meilleurs délais des informations exactes à toutes les étapes de la migration',
      es: 'Proporcionar información exacta y oportuna en todas las etapas de la migración',
    },
  },
  {
    number: 4,
    title: {
      en: 'Ensure that all migrants have proof of legal identity and adequate documentation',
      fr: 'Munir tous les migrants d’une preuve d’identité légale et de papiers adéquats',
      es: 'Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada',
    },
  },
  {
    number: 5,
    title: {
      en: 'Enhance availability and flexibility of pathways for regular migration',
      fr: 'Accroître la disponibilité et la flexibilité des filières de migration régulière',
      es: 'Aumentar la disponibilidad y flexibilidad de las vías de migración regular',
    },
  },
  {
    number: 6,
    title: {
      en: 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
      fr: 'Favoriser des pratiques de recrutement justes et éthiques et assurer les conditions d’un travail décent',
      es: 'Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente',
    },
  },
  {
    number: 7,
    title: {
      en: 'Address and reduce vulnerabilities in migration',
      fr: 'S’attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire',
      es: 'Abordar y reducir las vulnerabilidades en la migración',
    },
  },
  {
    number: 8,
    title: {
      en: 'Save lives and establish coordinated international efforts on missing migrants',
      fr: 'Sauver des vies et mettre en place une action internationale coordonnée pour retrouver les migrants disparus',
      es: 'Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos',
    },
  },
  {
    number: 9,
    title: {
      en: 'Strengthen the transnational response to smuggling of migrants',
      fr: 'Renforcer l’action transnationale face au trafic de migrants',
      es: 'Reforzar la respuesta transnacional al tráfico ilícito de migrantes',
    },
  },
  {
    number: 10,
    title: {
      en: 'Prevent, combat and eradicate trafficking in persons in the context of international migration',
      fr: 'Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales',
      es: 'Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional',
    },
  },
  {
    number: 11,
    title: {
      en: 'Manage borders in an integrated, secure and coordinated manner',
      fr: 'Gérer les frontières de manière intégrée, sûre et coordonnée',
      es: 'Gestionar las fronteras de manera integrada, segura y coordinada',
    },
  },
  {
    number: 12,
    title: {
      en: 'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
      fr: 'Renforcer la sécurité juridique et la prévisibilité des procédures migratoires pour garantir des contrôles, des évaluations et une orientation appropriés',
      es: 'Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación',
    },
  },
  {
    number: 13,
    title: {
      en: 'Use migration detention only as a measure of last resort and work towards alternatives',
      fr: 'Ne recourir au placement en rétention administrative des migrants qu’en dernier ressort et chercher des solutions de rechange',
      es: 'Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas',
    },
  },
  {
    number: 14,
    title: {
      en: 'Enhance consular protection, assistance and cooperation throughout the migration cycle',
      fr: 'Renforcer la protection, l’assistance et la coopération consulaires tout au long du cycle migratoire',
      es: 'Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio',
    },
  },
  {
    number: 15,
    title: {
      en: 'Provide access to basic services for migrants',
      fr: 'Assurer l’accès des migrants aux services de base',
      es: 'Proporcionar a los migrantes acceso a servicios básicos',
    },
  },
  {
    number: 16,
    title: {
      en: 'Empower migrants and societies to realize full inclusion and social cohesion',
      fr: 'Donner aux migrants et aux sociétés les moyens de réaliser la pleine intégration et la cohésion sociale',
      es: 'Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la cohesión social',
    },
  },
  {
    number: 17,
    title: {
      en: 'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
      fr: 'Éliminer toutes les formes de discrimination et encourager un débat public fondé sur l’analyse des faits afin de faire évoluer la manière dont les migrations sont perçues',
      es: 'Eliminar todas las formas de discriminación y promover un discurso público con base empírica para modificar las percepciones de la migración',
    },
  },
  {
    number: 18,
    title: {
      en: 'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
      fr: 'Investir dans le perfectionnement des compétences et faciliter la reconnaissance mutuelle des aptitudes, qualifications et compétences',
      es: 'Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias',
    },
  },
  {
    number: 19,
    title: {
      en: 'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
      fr: 'Créer les conditions permettant aux migrants et aux diasporas de contribuer pleinement au développement durable dans tous les pays',
      es: 'Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países',
    },
  },
  {
    number: 20,
    title: {
      en: 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
      fr: 'Promouvoir des transferts de fonds plus rapides, plus sûrs et moins coûteux et favoriser l’inclusion financière des migrants',
      es: 'Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la inclusión financiera de los migrantes',
    },
  },
  {
    number: 21,
    title: {
      en: 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
      fr: 'Coopérer en vue de faciliter le retour et la réadmission des migrants en toute sécurité et dans la dignité, ainsi que leur réintégration durable',
      es: 'Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible',
    },
  },
  {
    number: 22,
    title: {
      en: 'Establish mechanisms for the portability of social security entitlements and earned benefits',
      fr: 'Mettre en place des mécanismes de portabilité de la sécurité sociale et des avantages acquis',
      es: 'Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas',
    },
  },
  {
    number: 23,
    title: {
      en: 'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
      fr: 'Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières',
      es: 'Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular',
    },
  },
];
