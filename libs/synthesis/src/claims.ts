import type { ObjectiveMatch } from './analyse-contribution';
import { assignedObjectives } from './assignment';
import type {
  Claim,
  ClaimCorrection,
  ClaimObjectiveSource,
  ContributionCorrections,
} from './claim';
import { claimCues, findEntities, findFigures, findPrinciples, type Principle } from './claim-cues';
import type { ContributionLanguage } from './language';
import { OBJECTIVE_LEXICON } from './objective-lexicon';
import { matchLexicon, objectiveRawScores, OBJECTIVE_COUNT } from './objective-inference';
import { findObjectiveReferences } from './objective-references';
import { splitSentences, type Sentence } from './sentences';
import { lexicalTokens, textLanguage, tokenize, type Token } from './terms';

/** A contribution as the claim reader takes it: its text, its analysis and the author's replies. */
export interface ClaimSource {
  id: string;
  text: string;
  language: ContributionLanguage;
  /** As the analysis split them; re-computed when absent. */
  sentences?: readonly Sentence[];
  /** The contribution's objectives, best first: context for claims that name none. */
  objectives: readonly ObjectiveMatch[];
  /** The objectives the round reviews: a claim leans a little to them. */
  roundObjectives?: readonly number[];
  /** The author's own replies in the contribution's thread: part of what they contribute. */
  authorReplies?: readonly string[];
  corrections?: ContributionCorrections;
  /** The body's claims as the analysis stored them: read again only when corrections apply. */
  stored?: readonly StoredClaim[];
}

/** A claim with what the note needs beyond the stored shape. */
export interface ReadClaim extends Claim {
  /** Lexicon facets of the claim's objective that it touches, as "objective:facet" keys. */
  facets: string[];
  /**
   * Its own words point to its objective more than to any other, and so does its contribution:
   * what a quote needs. Absent in claims stored before it was computed.
   */
  topical?: boolean;
  principles: Principle[];
  /** It warns against something or says something must not happen. */
  warning: boolean;
  words: number;
}

/** A body claim as the analysis stores it: what the contribution's id and text do not already say. */
export type StoredClaim = Omit<ReadClaim, 'id' | 'contributionId' | 'text' | 'inBody' | 'language'>;

/** The body's claims, stripped to what must be stored. */
export function storedClaims(claims: readonly ReadClaim[]): StoredClaim[] {
  return claims
    .filter((c) => c.inBody)
    .map((c) => ({
      start: c.start,
      end: c.end,
      ...(c.objective !== undefined ? { objective: c.objective } : {}),
      ...(c.objectiveSource ? { objectiveSource: c.objectiveSource } : {}),
      kind: c.kind,
      ...(c.addressee ? { addressee: c.addressee } : {}),
      figures: c.figures,
      entities: c.entities,
      facets: c.facets,
      ...(c.topical !== undefined ? { topical: c.topical } : {}),
      principles: c.principles,
      warning: c.warning,
      words: c.words,
    }));
}

/** A clause must have this many words on each side of a split for the split to be made. */
const MIN_CLAUSE_WORDS = 6;
/** Sentences longer than this are split at a coordinating comma when they carry two points. */
const LONG_SENTENCE_WORDS = 45;
/** Lexical tokens from which the start of a claim says more about its topic than its end. */
const HEAD_SPLIT_TOKENS = 14;
const HEAD_SHARE = 0.6;
const TAIL_WEIGHT = 0.35;
/** A claim goes on with the topic of the claim before it unless it clearly turns to another. */
const CONTINUITY_FACTOR = 1.5;
const CONTINUITY_RAW = 0.5;
const EXPLICIT_RAW = 4;
/**
 * Contributions are mostly about their main objective: its claims lean to it strongly, and leave
 * it only for another objective their own words clearly point to (labelled data: readers give
 * 87% of claims their contribution's main objective).
 */
const MAIN_FACTOR = 5;

const META =
  /^(?:thank|thanks|many thanks|merci|gracias|dear|chers?|estimad|here are|voici|a continuación|hello|bonjour|hola)|comment above|as follows|ci-dessous|ci-dessus/i;
/** About the consultation itself rather than any objective: "this round", "the background note". */
const ABOUT_THE_CONSULTATION =
  /\b(?:this (?:round|consultation|discussion|roundtable)|the (?:roundtable|background note|organi[sz]ers|moderators)|future rounds|cette (?:table ronde|consultation)|la note de (?:fond|synthèse)|les organisateurs|esta (?:mesa redonda|consulta|ronda)|la nota (?:de antecedentes|conceptual)|los organizadores)\b/iu;

/** Runs of non-space characters: close enough to countWords for length rules, and much cheaper. */
function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

interface Span {
  start: number;
  end: number;
}

/**
 * A sentence split where it carries two points: at a semicolon, or, in a long sentence, at a
 * comma followed by a coordinator ("…, and the ministry…", "…, mais…", "…, pero…"), each side a
 * clause of its own.
 */
export function splitClauses(text: string, span: Span): Span[] {
  const sentence = text.slice(span.start, span.end);
  const long = wordCount(sentence) > LONG_SENTENCE_WORDS;
  const boundary = long
    ? /;\s+|,\s+(?=(?:and|but|while|whereas|yet|mais|alors que|tandis que|et|pero|mientras|sino|y)\s)/giu
    : /;\s+/gu;
  const spans: Span[] = [];
  let from = 0;
  for (const m of sentence.matchAll(boundary)) {
    const left = sentence.slice(from, m.index);
    const right = sentence.slice(m.index + m[0].length);
    if (wordCount(left) < MIN_CLAUSE_WORDS || wordCount(right) < MIN_CLAUSE_WORDS) continue;
    spans.push({ start: span.start + from, end: span.start + m.index + (m[0][0] === ';' ? 1 : 0) });
    from = m.index + m[0].length;
  }
  spans.push({ start: span.start + from, end: span.end });
  return spans.filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end)));
}

interface ObjectiveChoice {
  objective?: number;
  source?: ClaimObjectiveSource;
  facets: string[];
  topical: boolean;
}

/** Training of officials is capacity building, not the migrants' skills of objective 18. */
const SKILLS = 18;
const STAFF_TRAINING =
  /(?:train\p{L}*|capacit\p{L}*|form(?:er|ation|ar|ación|amos|ons))\s+(?:\p{L}+\s+){0,3}(?:staff|officials|officers|personnel|personal|agents|funcionari\p{L}*|fonctionnaires|inspectors|inspecteurs|inspectores|judges|juges|jueces|police|polic\p{L}*|guards|gardes|border)/iu;

function rawScores(
  tokens: Token[],
  language: 'en' | 'fr' | 'es',
): { raw: number[]; strong: Set<number>; facets: Map<number, Set<number>> } {
  const strong = new Set<number>();
  const facets = new Map<number, Set<number>>();
  const score = (part: Token[], weight: number, raw: number[]) => {
    const hits = matchLexicon(part, language);
    for (const h of hits) {
      if (h.strong) strong.add(h.objective);
      if (h.facet >= 0) {
        const set = facets.get(h.objective) ?? new Set<number>();
        set.add(h.facet);
        facets.set(h.objective, set);
      }
    }
    objectiveRawScores(hits, part.length).forEach((r, o) => (raw[o] += weight * r));
  };
  const raw = new Array<number>(OBJECTIVE_COUNT + 1).fill(0);
  if (tokens.length < HEAD_SPLIT_TOKENS) {
    score(tokens, 1, raw);
  } else {
    // What a sentence opens with is usually what it is about; a keyword late in it often is not.
    const cut = Math.ceil(tokens.length * HEAD_SHARE);
    score(tokens.slice(0, cut), 1, raw);
    score(tokens.slice(cut), TAIL_WEIGHT, raw);
  }
  return { raw, strong, facets };
}

/** How much a contribution's own objectives weigh in its claims, by how they were found… */
const CONTEXT_FACTOR: Record<ObjectiveMatch['source'] | 'corrected', number> = {
  corrected: 2,
  declared: 2,
  explicit: 1.6,
  inferred: 1.3,
};
/** …and the raw lexicon score (BM25) a claim needs to be about one of them, or about any other. */
const MIN_RAW: Record<ObjectiveMatch['source'] | 'corrected' | 'round' | 'outside', number> = {
  corrected: 0.3,
  declared: 0.3,
  explicit: 0.5,
  inferred: 2,
  round: 1.2,
  outside: 4,
};
const ROUND_CLAIM_FACTOR = 1.15;

interface ContextObjective {
  factor: number;
  minRaw: number;
  /** Named by a person (the author, a moderator, the text): weak phrases are evidence enough. */
  trusted: boolean;
  /**
   * For one of the contribution's own objectives (not one only its round reviews), its factor
   * without the main objective's lean: what a quote's own words must win by.
   */
  ownFactor?: number;
}

/**
 * The one objective a claim is about: named in it, or inferred from what it says (the
 * contribution's own objectives weighing more), or, when it names no topic, the contribution's
 * main objective.
 */
function chooseObjective(
  text: string,
  language: ContributionLanguage,
  context: ReadonlyMap<number, ContextObjective>,
  previous: number | undefined,
): ObjectiveChoice {
  const l = textLanguage(language);
  const tokens = lexicalTokens(tokenize(text, l), l);
  const named = new Set(findObjectiveReferences(text).map((r) => r.number));
  if (named.size === 0 && ABOUT_THE_CONSULTATION.test(text)) return { facets: [], topical: false };
  const { raw, strong, facets } = rawScores(tokens, l);
  if (STAFF_TRAINING.test(text)) raw[SKILLS] = 0;
  const facetKeys = (n: number) =>
    [...(facets.get(n) ?? [])].sort((a, b) => a - b).map((f) => `${n}:${f}`);
  let best = 0;
  let bestWeighted = 0;
  for (let n = 1; n <= OBJECTIVE_COUNT; n++) {
    const own = context.get(n);
    const continues = n === previous && raw[n] > 0;
    const eligible =
      named.has(n) ||
      continues ||
      (own?.trusted && raw[n] >= own.minRaw) ||
      (strong.has(n) && raw[n] >= (own?.minRaw ?? MIN_RAW.outside));
    if (!eligible) continue;
    const weighted =
      (raw[n] + (named.has(n) ? EXPLICIT_RAW : 0) + (continues ? CONTINUITY_RAW : 0)) *
      (own?.factor ?? 1) *
      (continues ? CONTINUITY_FACTOR : 1);
    if (weighted > bestWeighted) {
      best = n;
      bestWeighted = weighted;
    }
  }
  if (best > 0) {
    return {
      objective: best,
      source: named.has(best) ? 'explicit' : 'inferred',
      facets: facetKeys(best),
      topical: named.has(best) || standsAlone(best, raw, context),
    };
  }
  // A claim that names no topic belongs to what the contribution is about, not to whatever the
  // claim before it drifted to.
  const fallback = context.keys().next().value ?? previous;
  if (fallback !== undefined && tokens.length >= 4 && !META.test(text.trim())) {
    return { objective: fallback, source: 'context', facets: facetKeys(fallback), topical: false };
  }
  return { facets: [], topical: false };
}

/**
 * The objective is one of the contribution's own and wins on the claim's words weighted by the
 * contribution's objectives alone, none leaning more for being the main one: neither the
 * round's prior, nor the claim before it, nor the main objective's pull is needed.
 */
function standsAlone(
  objective: number,
  raw: readonly number[],
  context: ReadonlyMap<number, ContextObjective>,
): boolean {
  const weighted = (n: number) => raw[n] * (context.get(n)?.ownFactor ?? 1);
  if (context.get(objective)?.ownFactor === undefined) return false;
  for (let n = 1; n <= OBJECTIVE_COUNT; n++) if (weighted(n) > weighted(objective)) return false;
  return true;
}

/** The correction made on the span that overlaps this claim most, if any. */
function correctionFor(
  claim: Span,
  corrections: readonly ClaimCorrection[],
): ClaimCorrection | undefined {
  let best: ClaimCorrection | undefined;
  let bestOverlap = 0;
  for (const c of corrections) {
    const overlap = Math.min(c.end, claim.end) - Math.max(c.start, claim.start);
    if (overlap > bestOverlap) {
      best = c;
      bestOverlap = overlap;
    }
  }
  return best;
}

/**
 * A contribution's claims, in order: each sentence of the body (a clause where the sentence
 * carries two points) and of the author's own replies, with the one objective it is about, what
 * it does, whom it asks to act, and the figures and names it carries. Moderators' corrections win.
 */
export function extractClaims(source: ClaimSource): ReadClaim[] {
  const context = contextObjectives(source);
  const claimCorrections = source.corrections?.claims ?? [];
  const claims: ReadClaim[] = [];
  let previous: number | undefined;
  const read = (text: string, spans: readonly Span[], inBody: boolean, prefix: string) => {
    for (const sentence of spans) {
      for (const span of splitClauses(text, sentence)) {
        const claimText = text.slice(span.start, span.end);
        const cues = claimCues(claimText, source.language);
        const choice = chooseObjective(claimText, source.language, context, previous);
        const claim: ReadClaim = {
          id: `${source.id}:${prefix}${span.start}`,
          contributionId: source.id,
          start: span.start,
          end: span.end,
          text: claimText,
          inBody,
          language: source.language,
          ...(choice.objective !== undefined
            ? { objective: choice.objective, objectiveSource: choice.source }
            : {}),
          kind: cues.kind,
          ...(cues.addressee ? { addressee: cues.addressee } : {}),
          figures: findFigures(claimText),
          entities: findEntities(claimText),
          facets: choice.facets,
          topical: choice.topical,
          principles: findPrinciples(claimText, source.language),
          warning: cues.warning,
          words: wordCount(claimText),
        };
        const correction = inBody ? correctionFor(span, claimCorrections) : undefined;
        if (correction) applyCorrection(claim, correction);
        if (claim.objective !== undefined) previous = claim.objective;
        claims.push(claim);
      }
    }
  };
  if (source.stored && !source.corrections) {
    for (const s of source.stored) {
      claims.push({
        ...s,
        id: `${source.id}:${s.start}`,
        contributionId: source.id,
        text: source.text.slice(s.start, s.end),
        inBody: true,
        language: source.language,
      });
      if (s.objective !== undefined) previous = s.objective;
    }
  } else {
    const sentences = source.sentences ?? splitSentences(source.text, source.language);
    read(source.text, sentences, true, '');
  }
  (source.authorReplies ?? []).forEach((reply, i) => {
    // A reply answers a question of its own: it does not go on with the body's last topic.
    previous = undefined;
    read(reply, splitSentences(reply, source.language), false, `r${i}:`);
  });
  return claims;
}

/** The contribution's objectives, best first, each with the weight its claims give it. */
function contextObjectives(source: ClaimSource): Map<number, ContextObjective> {
  const corrected = source.corrections?.objectives;
  const of = (s: ObjectiveMatch['source'] | 'corrected') => ({
    factor: CONTEXT_FACTOR[s],
    minRaw: MIN_RAW[s],
    trusted: s !== 'inferred',
    ownFactor: CONTEXT_FACTOR[s],
  });
  if (corrected) return new Map(corrected.map((n) => [n, of('corrected')]));
  const assigned = new Set(assignedObjectives([...source.objectives]));
  const context = new Map<number, ContextObjective>(
    source.objectives
      .filter((o) => assigned.has(o.number))
      .map((o, i) => {
        const weights = of(o.source);
        return [o.number, i === 0 ? { ...weights, factor: weights.factor * MAIN_FACTOR } : weights];
      }),
  );
  for (const n of source.roundObjectives ?? []) {
    if (!context.has(n))
      context.set(n, { factor: ROUND_CLAIM_FACTOR, minRaw: MIN_RAW.round, trusted: false });
  }
  return context;
}

function applyCorrection(claim: ReadClaim, correction: ClaimCorrection): void {
  if (correction.objective === null) {
    delete claim.objective;
    claim.objectiveSource = 'corrected';
    claim.facets = [];
  } else if (correction.objective !== undefined) {
    claim.objective = correction.objective;
    claim.objectiveSource = 'corrected';
    claim.facets = claim.facets.filter((f) => f.startsWith(`${correction.objective}:`));
  }
  if (correction.kind) {
    claim.kind = correction.kind;
    if (correction.kind !== 'recommendation') delete claim.addressee;
  }
}

/** The English label of a lexicon facet key ("6:0" → "Fair and ethical recruitment"). */
export function facetLabel(key: string): string | undefined {
  const [objective, facet] = key.split(':').map(Number);
  return OBJECTIVE_LEXICON.find((o) => o.number === objective)?.facets[facet]?.label;
}
