import type { ContributionLanguage } from './language';

/** What a sentence does: asks something of someone, or reports a practice or trend. */
export type SentenceKind = 'ask' | 'practice';

/** Whom contributors address, by English label. */
export const ACTORS = [
  'governments',
  'the UN system',
  'local authorities',
  'employers and the private sector',
  'trade unions',
  'civil society',
  'academia',
  'donors and the international community',
  'the media',
] as const;
export type Actor = (typeof ACTORS)[number];

type Patterns = Record<'en' | 'fr' | 'es', string>;

/** Whole words only; \p{L} boundaries so "états" and "estados" work. */
function words(pattern: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, flags);
}

/** Case-sensitive where acronyms would otherwise match words ("UN" and the French "un"). */
function compile(patterns: Patterns, flags = 'iu'): Record<'en' | 'fr' | 'es', RegExp> {
  return {
    en: words(patterns.en, flags),
    fr: words(patterns.fr, flags),
    es: words(patterns.es, flags),
  };
}

const ASK = compile({
  en: String.raw`should|must|ought to|needs? to|have to|has to|call(?:s|ing)? (?:on|for|upon)|urge[sd]?|recommend(?:s|ed)?|it is (?:key|critical|crucial|essential|important|necessary|vital) to|(?:is|are) needed|requires?`,
  fr: String.raw`devraient|devrait|doivent|doit|il faut|faudrait|il est (?:nécessaire|essentiel|important|crucial|urgent) de|nous demandons|appel(?:ons|le)|recommand\p{L}*|exhort\p{L}*`,
  es: String.raw`debe|deben|debería|deberían|hay que|es (?:necesario|preciso|esencial|importante|fundamental|urgente)|se requiere|instamos|exhortamos|recomend\p{L}*|pedimos`,
});

/** A list item that opens with a bare verb is an ask: "Implement flexible solutions", "créer des cadres". */
const IMPERATIVE_START = compile({
  en: String.raw`^(?:make|implement|create|ensure|invest|establish|recognize|recognise|extend|take|consider|maintain|regard|promote|develop|support|strengthen|provide|include|increase|reduce|adopt|guarantee|expand|facilitate|address|engage|protect|consult|enable|allow|remove|ratify|improve|integrate|build|aim|discourage|encourage|end|stop|use|fund|prioriti[sz]e|foster|move|explore)`,
  fr: String.raw`^(?:\p{L}{3,}(?:er|ir|re))`,
  es: String.raw`^(?:\p{L}{3,}(?:ar|er|ir))`,
});
const NOT_INFINITIVE =
  /^(?:premier|dernier|hier|entier|leur|pour|par|sur|cette|notre|votre|comme|lire|contre|mayor|menor|anterior|posterior|superior|interior|exterior|particular|por|ser|hacer)\b/iu;

const PRACTICE = compile({
  en: String.raw`good practices?|best practices?|promising practices?|initiatives?|programmes?|programs?|projects?|pilot\p{L}*|partnerships?|innovati\p{L}*|tools?|platforms?|launched|developed|established|trends?|increasing(?:ly)?|growing|emerging|covid(?:-19)?|pandemic|digital|for (?:example|instance)|e\.g\.`,
  fr: String.raw`bonnes? pratiques?|initiatives?|programmes?|projets?|pilotes?|partenariats?|innov\p{L}*|outils?|plateformes?|tendances?|croissante?s?|émergente?s?|par exemple|pandémie|covid(?:-19)?|numérique`,
  es: String.raw`buenas? prácticas?|iniciativas?|programas?|proyectos?|piloto|alianzas?|innova\p{L}*|herramientas?|plataformas?|tendencias?|creciente|emergentes?|por ejemplo|pandemia|covid(?:-19)?|digital`,
});

const ACTOR_PATTERNS: Record<Actor, Patterns> = {
  governments: {
    en: String.raw`governments?|states|member states|national authorities|policy-?makers|ministr\p{L}*|parliaments?|(?:destination|origin|transit|coastal|receiving|sending) (?:countries|states)|countries of (?:origin|destination|transit)|the state|authorities|regulators|legislators|statistics offices?|statistical offices?|statistical agencies|national statistical systems?|immigration offices|labou?r inspectorates?|labou?r inspectors|inspectors|police|equality bodies|equal treatment bodies|supervisors|central banks?|embassies|congress|the administration|public hospitals|(?:rescue )?coordination centres|prosecutors|investigators|consulates|child protection services`,
    fr: String.raw`gouvernements?|états|etats|l['’]état|l['’]etat|pouvoirs publics|autorités nationales|ministères?|pays (?:d['’]origine|de destination|de transit|d['’]accueil)|autorités|régulateurs|législateur|consulats|ambassades|procureurs|enquêteurs|police|inspecteurs|parlement|l['’]administration|hôpitaux publics|instituts statistiques|banques? centrales?|inspections? du travail|préfectures`,
    es: String.raw`gobiernos?|estados|el estado|autoridades nacionales|ministerios?|países de (?:origen|destino|tránsito|acogida)|autoridades|reguladores|legisladores|consulados|embajadas|fiscales|fiscalías|policía|inspectores|congreso|parlamento|la administración|hospitales públicos|institutos de estadística|bancos? centrales?|inspecciones? (?:de trabajo|laborales?)`,
  },
  'the UN system': {
    en: String.raw`UN|United Nations|UNNM|IOM|ILO|UNDP|UNHCR|UN Network on Migration`,
    fr: String.raw`ONU|Nations Unies|OIT|OIM|PNUD|HCR`,
    es: String.raw`ONU|Naciones Unidas|OIT|OIM|PNUD|ACNUR`,
  },
  'local authorities': {
    en: String.raw`local authorities|local governments?|municipalities|mayors|cities|city councils|local politicians`,
    fr: String.raw`collectivités locales|autorités locales|municipalités|maires|communes|mairies|villes|départements`,
    es: String.raw`autoridades locales|gobiernos locales|municipios|alcald\p{L}*|ayuntamientos|ciudades`,
  },
  'employers and the private sector': {
    en: String.raw`employers|private sector|businesses|companies|enterprises|buyers|brands|suppliers|recruiters|recruitment agencies|banks|financial institutions|microfinance institutions|money transfer operators|platforms|property portals|landlords|mobile operators|hotel associations|shipowners|manning agencies|firms`,
    fr: String.raw`employeurs|secteur privé|entreprises|acheteurs|marques|agences de recrutement|banques|institutions financières|institutions de microfinance|plateformes|opérateurs|sociétés de transfert|propriétaires|armateurs`,
    es: String.raw`empleadores|sector privado|empresas|compradores|marcas|agencias de contratación|bancos|instituciones financieras|instituciones de microfinanzas|plataformas|operadores|asociaciones hoteleras|hoteles|armadores|navieras|empresas de telefonía`,
  },
  'trade unions': {
    en: String.raw`trade unions?|labou?r unions?|unions|labou?r movement`,
    fr: String.raw`syndicats?`,
    es: String.raw`sindicatos?`,
  },
  'civil society': {
    en: String.raw`civil society|NGOs?|non-governmental organi[sz]ations?|migrant organi[sz]ations|diaspora organi[sz]ations|community organi[sz]ations`,
    fr: String.raw`société civile|ONG|associations|organisations de migrants`,
    es: String.raw`sociedad civil|ONG|asociaciones|organizaciones de migrantes`,
  },
  academia: {
    en: String.raw`academics?|academia|researchers|universities|scholars`,
    fr: String.raw`chercheurs|universités|universitaires`,
    es: String.raw`académicos|academia|investigadores|universidades`,
  },
  'donors and the international community': {
    en: String.raw`donors?|development partners|international community`,
    fr: String.raw`bailleurs|donateurs|partenaires (?:au|du) développement|partenaires (?:techniques et )?financiers|communauté internationale`,
    es: String.raw`donantes|socios para el desarrollo|comunidad internacional`,
  },
  'the media': {
    en: String.raw`journalists|(?<!social )media|newsrooms|editors|newspapers|broadcasters`,
    fr: String.raw`journalistes|médias|journaux|presse`,
    es: String.raw`periodistas|medios de comunicación|medios públicos|periódicos|prensa`,
  },
};
const ACTOR_REGEX = ACTORS.map(
  (actor) =>
    [actor, compile(ACTOR_PATTERNS[actor], actor === 'the UN system' ? 'u' : 'iu')] as const,
);

function cueLanguage(language: ContributionLanguage): 'en' | 'fr' | 'es' {
  return language === 'other' ? 'en' : language;
}

export function sentenceKinds(text: string, language: ContributionLanguage): SentenceKind[] {
  const l = cueLanguage(language);
  const kinds: SentenceKind[] = [];
  const imperative = IMPERATIVE_START[l].test(text) && !NOT_INFINITIVE.test(text);
  if (ASK[l].test(text) || imperative) kinds.push('ask');
  if (PRACTICE[l].test(text)) kinds.push('practice');
  return kinds;
}

/** Each actor a text names, with where its first mention ends. */
export function actorMentions(
  text: string,
  language: ContributionLanguage,
): { actor: Actor; index: number; end: number }[] {
  const l = cueLanguage(language);
  const found: { actor: Actor; index: number; end: number }[] = [];
  for (const [actor, regex] of ACTOR_REGEX) {
    const m = regex[l].exec(text);
    if (m) found.push({ actor, index: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Actors a sentence names, in the fixed order of ACTORS. */
export function sentenceActors(text: string, language: ContributionLanguage): Actor[] {
  const l = cueLanguage(language);
  return ACTOR_REGEX.filter(([, regex]) => regex[l].test(text)).map(([actor]) => actor);
}
