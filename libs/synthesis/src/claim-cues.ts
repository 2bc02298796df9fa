import type { ClaimKind } from './claim';
import { actorMentions, type Actor } from './cues';
import type { ContributionLanguage } from './language';

type Lang = 'en' | 'fr' | 'es';
type Patterns = Record<Lang, string>;

/** Whole words only; \p{L} boundaries so accented words work. */
function words(pattern: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, flags);
}

function compile(patterns: Patterns, flags = 'iu'): Record<Lang, RegExp> {
  return {
    en: words(patterns.en, flags),
    fr: words(patterns.fr, flags),
    es: words(patterns.es, flags),
  };
}

function lang(language: ContributionLanguage): Lang {
  return language === 'other' ? 'en' : language;
}

/** Deontic modals and calls to act: the claim asks someone to do something. */
const DEONTIC = compile({
  en: String.raw`should|must|ought to|needs? to|have to|has to|shall|call(?:s|ed|ing)? (?:on|for|upon)|urge[sd]?|recommend(?:s|ed)?|it is (?:key|critical|crucial|essential|important|necessary|vital|urgent) (?:to|that)|(?:is|are) (?:urgently )?needed|(?:is|are) required|we ask|we invite|we propose|we suggest|asks? (?:\p{L}+ ){0,3}to|let us|we (?:also )?encourage`,
  fr: String.raw`devraient|devrait|doivent|doit|devons|il faut|il faudrait|faudrait|il est (?:nécessaire|essentiel|important|crucial|urgent|indispensable) (?:de|que)|nous demandons|demandons|appel(?:ons|le|lent) (?:à|les|le|la)|recommand(?:ons|e|ent)|exhort(?:ons|e)|invitons|proposons|suggérons|est nécessaire|sont nécessaires|il est (?:indispensable|primordial) que`,
  es: String.raw`debe|deben|debemos|debería|deberían|deberíamos|hay que|es (?:necesario|preciso|esencial|importante|fundamental|urgente|indispensable)|se requiere|se necesita|se necesitan|instamos|exhortamos|recomendamos|recomienda|pedimos|solicitamos|llamamos a|proponemos|sugerimos|piden a|pide a|exigen|exigimos|tienen que|tiene que|es (?:indispensable|imprescindible) que|se recomienda|sería (?:bueno|útil|deseable|conveniente) que`,
});

/** A suggestion: read as a recommendation only when its subject is one of the actors ("donors could fund"). */
const SUGGESTION = compile({
  en: String.raw`(?:could|might)(?= (?!not|have|be able))`,
  fr: String.raw`pourrai(?:t|ent)(?= (?!pas|être))`,
  es: String.raw`(?<!no )podría(?:n)?(?= (?!ser))`,
});

/** "Employers know, or should know": a modal of knowledge or likelihood, not a request. */
const EPISTEMIC = compile({
  en: String.raw`(?:should|must|ought to) (?:know|have known|be aware|realise|realize|expect|be expected)|must (?:have|be) (?:been|known)|should (?:not )?be surprised`,
  fr: String.raw`(?:devraient|devrait|doivent|doit) (?:savoir|connaître|se douter|être au courant|avoir su)`,
  es: String.raw`(?:debería|deberían|debe|deben|deberían de|debe de) (?:saber|conocer|estar al tanto|haber sabido)`,
});

/** A bare verb opening a list item: "Implement flexible solutions", "Créer des cadres", "Garantizar el acceso". */
const IMPERATIVE_START = compile({
  en: String.raw`^(?:make|implement|create|ensure|invest|establish|recognize|recognise|extend|take|consider|maintain|promote|develop|support|strengthen|provide|include|increase|reduce|adopt|guarantee|expand|facilitate|address|engage|protect|consult|enable|allow|remove|ratify|improve|integrate|build|end|stop|fund|prioriti[sz]e|foster|explore|abolish|simplify|harmoni[sz]e|involve)`,
  fr: String.raw`^(?:créer|mettre|garantir|assurer|renforcer|développer|promouvoir|soutenir|investir|reconnaître|faciliter|améliorer|intégrer|adopter|ratifier|supprimer|simplifier|harmoniser|élargir|étendre|impliquer|associer|financer|prévoir|établir|encourager)`,
  es: String.raw`^(?:crear|garantizar|asegurar|fortalecer|desarrollar|promover|apoyar|invertir|reconocer|facilitar|mejorar|integrar|adoptar|ratificar|eliminar|simplificar|armonizar|ampliar|extender|involucrar|financiar|establecer|fomentar|impulsar)`,
});

/** An actor did or runs something, or a measured result: practice or evidence. */
const PRACTICE = compile({
  en: String.raw`\p{L}+ (?:launched|signed|established|developed|created|opened|introduced|adopted|piloted|implemented|deployed|funded|hired|issued|granted|negotiated|concluded|regulari[sz]ed)|(?:we|they|it|has|have|had) (?:\p{L}+ )?(?:launched|signed|established|created|trained|opened|introduced|adopted|set up|piloted|implemented|developed|built|deployed|funded|financed|hired|recruited|reached|supported|started|issued|granted|regulari[sz]ed|amended|passed|enacted|negotiated|concluded|expanded|scaled up|partnered|helped|assisted|placed|certified|validated)|(?:launched|signed|established|created|opened|introduced|adopted|set up|piloted|implemented|enacted|concluded|negotiated) (?:in|a|an|the|its|our|their|jointly|together|with)|(?:runs?|operates?|manages?|funds?|offers?|provides?|trains?|hosts?|refers?|issues?|grants?|screens?|places?) (?:\p{L}+ ){0,3}(?:since|every|each|per|to|for|about|over|more than|\d)|since (?:19|20)\d\d|in (?:19|20)\d\d,|(?:fell|dropped|rose|declined|decreased|increased|halved|doubled|tripled|grew|went (?:up|down)) |(?:cut|reduced) (?:by|to|in half)|by half|within \d+ (?:hours|days|weeks)|good practices?|promising practices?|pilot (?:project|scheme|programme)|for (?:example|instance)|a (?:new )?(?:one-stop shop|hotline|helpline|app|platform|scheme|agreement|memorandum)|we (?:also |now |still |then |usually |regularly )?(?:run|publish|organi[sz]e|offer|provide|train|visit|check|support|meet|keep|send|hold|host|review|record|track|collect|refer|accompany|teach|match|distribute|translate|monitor|map|broadcast)`,
  fr: String.raw`(?:a|ont|avons|avait|avaient|sont|est) (?:\p{L}+ )?(?:signé|ouvert|mis en place|créé|lancé|formé|formés|formées|adopté|introduit|développé|établi|conclu|négocié|financé|recruté|accompagné|régularisé|déployé|permis|réduit|diminué|baissé|augmenté|doublé|étendu|piloté|soutenu|accueilli|délivré|certifié|validé)|signons|ouvrons|gérons|proposons|finançons|formons|accompagnons|orientons|gère(?:nt)?|finance(?:nt)?|accompagne(?:nt)?|oriente(?:nt)?|délivre(?:nt)?|accueille(?:nt)?|organise(?:nt)?|visite(?:nt)?|depuis (?:19|20)\d\d|en (?:19|20)\d\d,|de moitié|en (?:\d+) (?:heures|jours)|dans les \d+ (?:heures|jours)|bonnes? pratiques?|guichet unique|projet pilote|par exemple|nous (?:\p{L}+ )?(?!(?:pensons|croyons|estimons|considérons|espérons|souhaitons|regrettons|craignons|saluons|demandons|recommandons|proposons|suggérons|devons|pouvons|voulons|avons|savons|manquons|attendons|invitons|appelons)(?![\p{L}]))\p{L}+ons`,
  es: String.raw`(?:firmó|firmamos|firmaron|abrió|abrimos|creó|creamos|lanzó|lanzamos|puso en marcha|pusimos en marcha|implementó|implementamos|capacitamos|capacitó|formamos|formó|estableció|establecimos|adoptó|adoptamos|aprobó|aprobamos|negoció|concluyó|financió|financiamos|contrató|regularizó|amplió|ampliamos|redujo|redujimos|acompañamos|atendimos|atendió|desplegó|certificó|validó)|(?:ha|han|hemos) (?:\p{L}+ )?(?:firmado|abierto|creado|lanzado|puesto en marcha|implementado|capacitado|formado|establecido|adoptado|aprobado|financiado|regularizado|ampliado|reducido|atendido|acompañado)|se (?:redujo|reduj\p{L}+|duplicó|triplicó|multiplicó|logró|firmó|creó|abrió)|gestionamos|ofrecemos|financiamos|acompañamos|gestiona(?:n)?|ofrece(?:n)?|financia(?:n)?|acompaña(?:n)?|atiende(?:n)?|desde (?:19|20)\d\d|en (?:19|20)\d\d,|a la mitad|en (?:\d+) (?:horas|días)|buenas? prácticas?|ventanilla única|proyecto piloto|por ejemplo|(?!(?:creemos|pensamos|consideramos|esperamos|pedimos|necesitamos|podemos|queremos|debemos|tenemos|sabemos|hemos|estamos|vivimos|seguimos|sentimos|lamentamos|tememos|exigimos|proponemos|sugerimos|recomendamos|instamos|solicitamos|llamamos|celebramos|saludamos|agradecemos|estimamos|somos|vemos|decimos|invitamos)(?![\p{L}]))\p{L}{3,}(?:amos|emos|imos)`,
});

/** A problem stated: a gap, barrier, refusal, loss or risk. */
const CHALLENGE = compile({
  en: String.raw`lack(?:s|ing)?|gaps?|barriers?|obstacles?|challenges?|difficult(?:y|ies)?|insufficient|inadequate|limited|remains?|still|risks?|at risk|excluded|exclusion|debts?|unable|cannot|can't|could not|takes? up to|it took|longer than|too long|delays?|wait(?:s|ed|ing)? (?:for )?(?:\p{L}+ )?(?:weeks|months|years)|ruined|destroyed|lost|denied|refused|refuses|held for|held in|detained|gave up|give up|nobody|no one|face[sd]?|(?:does|do) not meet|ran out|fallen|collapsed|without (?:papers|documents|access)|not (?:able|enough|available|accessible|recognised|recognized)|no access|without access|too (?:few|little|slow|costly|expensive)|shortages?|below expectations|fail(?:s|ed|ing)?|concern(?:s|ed)?|denied|fear|de facto detention|unpaid|absence of|hardly|rarely|few|never (?:found|identified|arrived|recognised|recognized)|deaths|died|stalls|weakest|stop(?:s|ped)? (?:answering|reporting|coming)|shame|hate speech|arrested|sent back|pushed back|expelled|deported|abused|beaten|violence|lose|loses|losing|only (?:\d+|one|two|three|four|five|a few|a handful|a fraction)|left out|leaves? out|without (?:a|any|pay|contracts?|compensation|warning)|forced|threat\p{L}*|afraid|hide|owe|owed|overcrowded|no (?:safe|support|contract|information)|problems?|none|(?:has|have|had) not|far (?:less|fewer|below)|only about|hesitat\p{L}*|unfinished`,
  fr: String.raw`manque(?:nt)?|lacunes?|obstacles?|barrières?|difficult\p{L}*|défis?|insuffisa\p{L}*|limité\p{L}*|risques?|exclu\p{L}*|dettes?|endettés?|ne peuvent pas|ne peut pas|pas d'accès|sans accès|faute de|trop peu|pénurie|reste(?:nt)?|toujours|absence de|détention de fait|rarement|peu de|il manque|il a fallu|attend(?:ent)? (?:des semaines|des mois|des années|jusqu)|délais|ruiné\p{L}*|détruit\p{L}*|perdu\p{L}*|refus\p{L}*|n['’]ont (?:aucun|pas)|aucun(?:e)? (?:accès|compte|papier)|retenu\p{L}*|retenus dans|personne ne|se heurtent|font face|ne respecte(?:nt)? pas|jamais (?:été|arrivé\p{L}*|retrouvé\p{L}*)|sans aucun(?:e)?|ne portent pas plainte|honte|insultes|décès|morts|seul(?:e)?s? \d+|seulement|expuls\p{L}*|arrêté\p{L}*|violences?|perd(?:ent|re)?|sans (?:contrat|papiers|ressources|préavis)|renvoy\p{L}*|refoul\p{L}*|menac\p{L}*|peur|problèmes?|aucun(?:e)?|n['’](?:a|ont) pas|ne couvre(?:nt)? (?:pas|ni)|renonc\p{L}*`,
  es: String.raw`falta(?:n)?|carece(?:n)?|brechas?|obstáculos?|barreras?|desafíos?|retos?|difícil\p{L}*|dificultad\p{L}*|insuficiente\p{L}*|limitad\p{L}*|riesgos?|exclu\p{L}*|deudas?|endeudad\p{L}*|no pueden|no puede|sin acceso|escas\p{L}*|por debajo|todavía|sigue(?:n)?|ausencia de|detención de facto|rara vez|pocos?|tard(?:ó|an|a) (?:\p{L}+ )?(?:meses|años|semanas)|esperan|arruin\p{L}*|destru\p{L}*|perdi\p{L}*|neg(?:ó|aron|aba|aban)|rechaz\p{L}*|retenid\p{L}*|no tienen|no tiene|sin (?:papeles|documentos|acceso)|cerraron|nadie|enfrentan|no cumple(?:n)?|nunca (?:llegó|llegaron|fue|fueron)|sin poder|muertes|murieron|vergüenza|insultos|odio|s[oó]lo \d+|apenas|deten(?:idos|idas|ido|ida|ción)|expuls\p{L}*|deport\p{L}*|violencia|pierden?|perder|sin (?:contrato|papeles|previo aviso)|devuelt\p{L}*|amenaz\p{L}*|miedo|problemas?|ningun[oa]?|nunca|no (?:han|ha) |sin (?:sueldo|pago)|recort\p{L}*|a medias|nos cobran`,
});

/** Words of troubled topics: a problem when nothing is reported done, a topic when something is. */
const TOPICAL = compile({
  en: String.raw`complaints|discriminat\p{L}*|abuses?|exploitation|exploited|problem\p{L}*|concern(?:s|ed)?|vulnerab\p{L}*|undocumented|irregular(?:ity)?|precarious|informal(?:ity)?`,
  fr: String.raw`plaintes|discrimin\p{L}*|abus|exploitation|exploité\p{L}*|précarité|précaires?|informel\p{L}*|problème\p{L}*|préoccup\p{L}*|vulnérab\p{L}*|sans papiers|irrégul\p{L}*`,
  es: String.raw`quejas|discrimina\p{L}*|abusos?|explotación|explotad\p{L}*|precari\p{L}*|informal\p{L}*|problema\p{L}*|preocupa\p{L}*|vulnerab\p{L}*|indocumentad\p{L}*|irregular\p{L}*`,
});

/** What turns a challenge cue back into news of progress: "the share that returns in debt fell by half". */
const RESULT = compile({
  en: String.raw`fell|dropped|declined|decreased|halved|reduced|cut|by half|no longer`,
  fr: String.raw`de moitié|a diminué|ont diminué|a baissé|ont baissé|a réduit|ont réduit|réduit de|ne sont plus|n'est plus`,
  es: String.raw`a la mitad|se redujo|se reduj\p{L}+|disminuyó|bajó|ya no`,
});

/** A warning against something: marks a recommendation or challenge that may oppose others. */
const WARNING = compile({
  en: String.raw`should not|must not|must never|should never|warn\p{L}*|beware|de facto|at the expense of|counterproductive|backfire|concern(?:ed|s)? (?:about|that|over)|worried|we fear|fear that`,
  fr: String.raw`ne (?:doit|doivent|devrait|devraient) (?:jamais|pas)|mettons en garde|attention à|de fait|au détriment de|contre-productif|inquiét\p{L}*|préoccup\p{L}*|craignons`,
  es: String.raw`no (?:debe|deben|debería|deberían)|nunca (?:debe|deben|debería|deberían)|advertimos|de facto|de hecho|a costa de|contraproducente|preocupa\p{L}*|tememos`,
});

/** Callers that name their addressee after the verb: "we call on States to", "instamos a los gobiernos". */
const CALL_ON = compile({
  en: String.raw`call(?:s|ed|ing)? (?:on|upon)|urge[sd]?|ask(?:s|ed)?|invite[sd]?|encourage[sd]?|recommend(?:s|ed)? (?:that)?`,
  fr: String.raw`demand(?:ons|e|ent) (?:aux|à|au)|exige(?:ons|nt)?|appel(?:ons|le|lent) (?:les|le|la|à)|exhort(?:ons|e|ent)|invit(?:ons|e|ent)|encourage(?:ons|e|ent)?|recommand(?:ons|e|ent) (?:aux|à|au|que)|il faut (?:aussi |également )?que|il faudrait (?:aussi |également )?que|il est (?:nécessaire|essentiel|important|urgent|indispensable|primordial) que`,
  es: String.raw`piden? a|exig(?:en|imos) a|inst(?:amos|a|an) a|exhort(?:amos|a|an) a|pedimos a|solicitamos a|llamamos a|recomend(?:amos|a|an) a|invit(?:amos|a|an) a|alent(?:amos|a|an) a|es (?:necesario|preciso|esencial|importante|fundamental|urgente|indispensable|imprescindible) que|hay que lograr que|se recomienda (?:\p{L}+ )?que|sería (?:bueno|útil|deseable|conveniente) que`,
});

/** A need stated without a modal: "cities need direct access", "les villes ont besoin de". */
const NEED = compile({
  en: String.raw`need(?:s)? (?:to be|more|better|direct|access|support|funding|resources)|calls? for`,
  fr: String.raw`(?:a|ont) besoin d`,
  es: String.raw`necesita(?:n)? (?:más|mejor|acceso|apoyo|financiación|recursos)|hace(?:n)? falta`,
});

/** A view, a hope or a hypothesis: the claim holds something rather than reports it. */
const OPINION = compile({
  en: String.raw`would|could|might|believe|think|in our view|we consider|is key|are key|priorit\p{L}*|crucial|essential|important`,
  fr: String.raw`pourrai(?:t|ent)|permettrai(?:t|ent)|serai(?:t|ent)|pensons|croyons|estimons|considérons|clé|essentiel\p{L}*|important\p{L}*|priorit\p{L}*`,
  es: String.raw`podría(?:n)?|permitiría(?:n)?|sería(?:n)?|creemos|pensamos|consideramos|estimamos|clave|esencial\p{L}*|importante\p{L}*|priorit\p{L}*|prioridad\p{L}*`,
});

/** What something in place does, told in the present: "the agreement bans fees", "un comité revisa". */
const DESCRIPTIVE = compile({
  en: String.raw`now|each (?:season|year|month|week)|every (?:season|year|month|week)|combine[sd]?|pair(?:s|ed)?|link(?:s|ed) (?:to|with)|review(?:s|ed)?|bans?|banned|prohibit(?:s|ed)?|obliges?|cover(?:s|ed)?|refer(?:s|red)?|receive[sd]?|obtained|surveyed|found that|show(?:s|ed)? that|according to|compared|our (?:study|survey|research|data)|makes? the|lets?|allows?`,
  fr: String.raw`combinent|combine|associe(?:nt)?|sont liés|est lié|interdit|obligent|oblige|couvre(?:nt)?|oriente(?:nt)?|reçoi(?:t|vent)|ont obtenu|a obtenu|enquête|montre(?:nt)? que|chaque (?:saison|année|mois|semaine)|désormais`,
  es: String.raw`combina(?:n)?|prohíbe(?:n)?|obliga(?:n)?|cubre(?:n)?|revisa(?:n)?|permite(?:n)?|atiende(?:n)?|recibe(?:n)?|obtuvieron|encuestó|muestra(?:n)? que|según|cada (?:temporada|año|mes|semana)|ahora`,
});

/** A result that falls short: "but only 23 cases reached court". */
const SHORTFALL = compile({
  en: String.raw`(?:but|yet|however),? (?:only|just|barely|hardly)`,
  fr: String.raw`(?:mais|pourtant),? (?:seulement|seuls?|seules?|à peine)`,
  es: String.raw`(?:pero|sin embargo),? (?:solo|sólo|apenas)`,
});

const QUESTION = /[?¿]\s*$/;

export interface ClaimCues {
  kind: ClaimKind;
  addressee?: Actor;
  /** The claim warns against something, or says something must not happen. */
  warning: boolean;
}

/** What a claim does, by what it says rather than by topic words. */
export function claimCues(text: string, language: ContributionLanguage): ClaimCues {
  const l = lang(language);
  const warning = WARNING[l].test(text);
  if (QUESTION.test(text)) return { kind: 'position', warning };
  const deontic = DEONTIC[l].exec(text);
  const epistemic = EPISTEMIC[l].test(text);
  if ((deontic && !epistemic) || IMPERATIVE_START[l].test(text.trimStart()) || NEED[l].test(text)) {
    const addressee = recommendationAddressee(text, l, deontic?.index);
    return { kind: 'recommendation', warning, ...(addressee ? { addressee } : {}) };
  }
  const suggestion = SUGGESTION[l].exec(text);
  if (suggestion) {
    const addressee = recommendationAddressee(text, l, suggestion.index);
    if (addressee) return { kind: 'recommendation', warning, addressee };
  }
  const problem = CHALLENGE[l].test(text);
  if (SHORTFALL[l].test(text)) return { kind: 'challenge', warning };
  // Something done, unless what it reports is a problem that no result answers.
  if (PRACTICE[l].test(text)) {
    return { kind: problem && !RESULT[l].test(text) ? 'challenge' : 'practice', warning };
  }
  if (problem) return { kind: 'challenge', warning };
  const described = DESCRIPTIVE[l].test(text);
  // "A committee reviews the complaints": a troubled topic, handled.
  if (TOPICAL[l].test(text) && !described) return { kind: 'challenge', warning };
  if (OPINION[l].test(text)) return { kind: 'position', warning };
  if (described || findFigures(text).length > 0) return { kind: 'practice', warning };
  return { kind: 'position', warning };
}

/** Words of a span, at most n, from its end or its start. */
function lastWords(text: string, n: number): string {
  return text.split(/\s+/).slice(-n).join(' ');
}
function firstWords(text: string, n: number): string {
  return text.split(/\s+/).slice(0, n).join(' ');
}

const SELF = /^(?:we|nous|nosotros|nosotras|i|je|yo)$/i;

/**
 * Whom a recommendation asks to act: the grammatical subject of its modal ("States should",
 * "les employeurs doivent"), or the object of a call ("we call on governments to", "il faut que
 * les États"), or the agent of a passive ("should be adopted by municipalities").
 */
function recommendationAddressee(text: string, l: Lang, modalAt?: number): Actor | undefined {
  const call = CALL_ON[l].exec(text);
  if (call) {
    // The first actor named after the call: "we call on governments and employers to…".
    const after = firstWords(text.slice(call.index + call[0].length), 8);
    const first = actorMentions(after, l).sort((a, b) => a.index - b.index)[0];
    if (first) return first.actor;
  }
  if (modalAt !== undefined) {
    // The subject stands right before the modal: the actor named last, within its clause or,
    // when the clause has none ("Si los Estados quieren…, deberían…"), the sentence.
    const before = text.slice(0, modalAt);
    const clause = before.split(/[,;:—–()]|\b(?:that|que|où|donde)\b/iu).pop() ?? '';
    for (const span of [lastWords(clause.trim(), 8), lastWords(before.trim(), 12)]) {
      if (!span || SELF.test(lastWords(span, 1))) continue;
      // The subject opens its clause ("Trade unions in destination countries should…"); at one
      // place the longer name wins ("local authorities" over "authorities").
      const first = actorMentions(span, l).sort((a, b) => a.index - b.index || b.end - a.end)[0];
      if (first) return first.actor;
    }
    const agent = /\b(?:by|par|por)\s+((?:\S+\s*){1,6})/iu.exec(text.slice(modalAt));
    if (agent) {
      const first = actorMentions(agent[1], l).sort((a, b) => a.index - b.index)[0];
      if (first) return first.actor;
    }
  }
  return undefined;
}

const FIGURE =
  /(?<![\p{L}\p{N}])(?:\d{1,3}(?:[ ,.\u00a0]\d{3})+|\d+(?:[.,]\d+)?)(?:\s?(?:%|per ?cent|pour ?cent|por ?ciento|million|millions|millones|billion|milliards|USD|EUR|US\$|dollars|euros|hours|heures|horas|days|jours|días|weeks|semaines|semanas|months|mois|meses|years|ans|años|workers|travailleurs|trabajadores|people|personnes|personas|migrants|migrantes|children|enfants|niños))?(?![\p{L}\p{N}])|(?<![\p{L}])(?:by half|de moitié|a la mitad|doubled|halved|tripled)(?![\p{L}])/giu;
const OBJECTIVE_NUMBER = /(?:objectives?|objectifs?|objetivos?|obj\.?|n[º°o]\.?)\s*$/iu;

/** Figures as written, with their unit: "50%", "24 hours", "2019", "by half". */
export function findFigures(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const figure = m[0].trim();
    // "objective 5" is a reference, not a figure; a lone one-digit number says little.
    if (OBJECTIVE_NUMBER.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    if (/^\d$/.test(figure)) continue;
    if (!found.includes(figure)) found.push(figure);
  }
  return found;
}

const ACRONYM = /(?<![\p{L}\p{N}])(?:[A-Z]{2,}[0-9]*|C\d{2,3})(?![\p{L}\p{N}])/gu;
const INSTRUMENT =
  /(?<![\p{L}])(?:(?:[A-Z][\p{L}-]+\s){1,3}(?:Convention|Protocol|Compact|Agreement|Declaration|Framework|Programme|Act|Plan)|(?:Convention|Protocole|Pacte|Accord|Déclaration|Convenio|Protocolo|Pacto|Acuerdo|Declaración|Convención)\s(?:(?:de|d’|d'|du|des|sur|sobre|para|la|le|les|el|los|del)\s){0,3}[A-ZÉ][\p{L}-]+)/gu;
/** A cheap look for an instrument's noun before the costly pattern runs. */
const INSTRUMENT_NOUN =
  /Convention|Protocol|Compact|Agreement|Declaration|Framework|Programme|Act\b|Plan\b|Protocole|Pacte|Accord|Déclaration|Convenio|Protocolo|Pacto|Acuerdo|Declaración|Convención/u;
/** Capitals that are words, not names. */
const NOT_ENTITY = new Set(['I', 'OK', 'II', 'III', 'IV', 'NB', 'COVID', 'PS']);

/** Named organisations and instruments as written: "ILO", "C189", "Kampala Convention". */
export function findEntities(text: string): string[] {
  const found: string[] = [];
  const letters = text.replace(/[^\p{L}]/gu, '');
  // In a text set in capitals every word looks like an acronym.
  const shouting =
    letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length > 0.6 * letters.length;
  if (INSTRUMENT_NOUN.test(text)) {
    for (const m of text.matchAll(INSTRUMENT)) if (!found.includes(m[0])) found.push(m[0]);
  }
  for (const m of shouting ? [] : text.matchAll(ACRONYM)) {
    if (NOT_ENTITY.has(m[0]) || found.some((f) => f.includes(m[0]))) continue;
    found.push(m[0]);
  }
  return found;
}

/** The GCM guiding principles contributors most often invoke, by what they say. */
export const PRINCIPLES = [
  'child-sensitive',
  'gender-responsive',
  'human rights',
  'whole-of-society',
] as const;
export type Principle = (typeof PRINCIPLES)[number];

const PRINCIPLE_PATTERNS: Record<Principle, Record<Lang, RegExp>> = {
  'child-sensitive': compile({
    en: String.raw`child(?:ren)?|child-sensitive|minors?|unaccompanied|best interests? of the child`,
    fr: String.raw`enfants?|mineurs?|non accompagnés?|intérêt supérieur de l'enfant`,
    es: String.raw`niñ(?:o|a|os|as)|menores|no acompañad\p{L}*|interés superior del niño`,
  }),
  'gender-responsive': compile({
    en: String.raw`gender\p{L}*|women|girls|female`,
    fr: String.raw`genre|femmes|filles|sexospécifique`,
    es: String.raw`género|mujeres|niñas`,
  }),
  'human rights': compile({
    en: String.raw`human rights|rights-based|rights of (?:all )?migrants`,
    fr: String.raw`droits (?:de l['’]homme|humains|fondamentaux)|droits des migrants`,
    es: String.raw`derechos humanos|derechos de (?:las personas )?migrantes|enfoque de derechos`,
  }),
  'whole-of-society': compile({
    en: String.raw`whole[- ]of[- ]society|multi-stakeholder|civil society participation|social partners`,
    fr: String.raw`ensemble de la société|multipartite|partenaires sociaux`,
    es: String.raw`toda la sociedad|múltiples actores|multiactor|interlocutores sociales`,
  }),
};

export function findPrinciples(text: string, language: ContributionLanguage): Principle[] {
  const l = lang(language);
  return PRINCIPLES.filter((p) => PRINCIPLE_PATTERNS[p][l].test(text));
}
