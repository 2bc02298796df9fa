import { assignedObjectives, compareIds } from './assignment';
import { ACTORS, sentenceActors, sentenceKinds, type Actor, type SentenceKind } from './cues';
import type { ContributionLanguage } from './language';
import { selectMmr } from './mmr';
import { matchLexicon, objectiveRawScores } from './objective-inference';
import { findObjectiveReferences } from './objective-references';
import { splitSentences } from './sentences';
import {
  contentTokens,
  lexicalTokens,
  textLanguage,
  tokenize,
  type TextLanguage,
  type Token,
} from './terms';
import { cosine, norm, textRank, type TermVector } from './textrank';
import { facetKey, findThemes, type ContributionFacets, type Theme } from './themes';
import type { AnalysedContribution, ModeratorReply } from './types';
import { countWords } from './word-count';

export interface KeyPoint {
  /** A sentence of a contribution, verbatim. */
  text: string;
  /** The contribution it was taken from first, then any other that wrote the same sentence. */
  contributionIds: string[];
  language: ContributionLanguage;
  kinds: SentenceKind[];
  actors: Actor[];
}

export interface Ask {
  actor: Actor;
  contributionIds: string[];
}

export interface ObjectiveSynthesis {
  objectiveNumber: number;
  contributionIds: string[];
  themes: Theme[];
  /** Best first. */
  keyPoints: KeyPoint[];
  /** Whom the contributions ask to act, most asked first. */
  asks: Ask[];
  counts: {
    byStakeholderType: Record<string, number>;
    byLanguage: Record<string, number>;
  };
}

export interface SynthesiseObjectiveInput {
  objectiveNumber: number;
  /** The contributions assigned to the objective; hidden ones are left out by the caller. */
  contributions: readonly AnalysedContribution[];
  /** Context only: they weigh in the ranking of sentences and are never cited. */
  moderatorReplies?: readonly ModeratorReply[];
  maxKeyPoints?: number;
}

export const DEFAULT_MAX_KEY_POINTS = 12;
/** TextRank is quadratic: only the most promising distinct sentences of an objective enter the graph. */
export const MAX_CANDIDATES = 300;
const MAX_CONTEXT_SENTENCES = 60;
/** Lexicon facets are language-independent features, so French and English sentences on one facet are similar. */
const FACET_FEATURE_WEIGHT = 2;
const SAME_CONTRIBUTION_SIMILARITY = 0.3;
const MMR_LAMBDA = 0.7;
/** Raw lexicon score that a sentence naming the objective gets on top of its content. */
const EXPLICIT_REFERENCE_BOOST = 3;

/** Sentences that talk about the discussion rather than the subject. */
const META =
  /comment above|colleagues|thank you|thanks|many thanks|merci|gracias|here are|as follows|the following|ci-dessous|ci-dessus|a continuación/i;

interface Candidate {
  key: string;
  text: string;
  language: ContributionLanguage;
  contributionIds: string[];
  vector: TermVector;
  relevance: number;
  prior: number;
  kinds: SentenceKind[];
  actors: Actor[];
  /** Order of first appearance, for ties. */
  order: number;
}

function lengthPrior(words: number): number {
  if (words < 6) return 0.3;
  if (words <= 45) return 1;
  return 45 / words;
}

function shapePenalty(text: string): number {
  let factor = 1;
  if (META.test(text)) factor *= 0.3;
  if (/[:：]\s*$/.test(text)) factor *= 0.4;
  if (/[?¿]\s*$/.test(text)) factor *= 0.6;
  if (/https?:\/\/|www\./i.test(text)) factor *= 0.5;
  return factor;
}

function relevanceOf(raw: number): number {
  return 1 - Math.exp(-raw / 2);
}

function sorted(record: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...record.entries()].sort((a, b) => compareIds(a[0], b[0])));
}

/**
 * The synthesis of one objective: its contributions, themes, key points chosen by TextRank over
 * their sentences with MMR for diversity (each citing its contributions), whom they ask to act,
 * and counts by stakeholder type and language.
 */
export function synthesiseObjective(input: SynthesiseObjectiveInput): ObjectiveSynthesis {
  const { objectiveNumber } = input;
  const maxKeyPoints = input.maxKeyPoints ?? DEFAULT_MAX_KEY_POINTS;
  const byId = new Map<string, AnalysedContribution>();
  for (const c of input.contributions) if (!byId.has(c.id)) byId.set(c.id, c);
  const contributions = [...byId.values()].sort((a, b) => compareIds(a.id, b.id));

  const byStakeholderType = new Map<string, number>();
  const byLanguage = new Map<string, number>();
  const candidates = new Map<string, Candidate>();
  const facetsOf: ContributionFacets[] = [];
  const askers = new Map<Actor, Set<string>>();
  let order = 0;

  for (const contribution of contributions) {
    const type = contribution.stakeholderType ?? 'unspecified';
    byStakeholderType.set(type, (byStakeholderType.get(type) ?? 0) + 1);
    byLanguage.set(contribution.language, (byLanguage.get(contribution.language) ?? 0) + 1);

    const language = textLanguage(contribution.language);
    // A sentence that says nothing on this objective belongs to the contribution's other objectives.
    const focused = assignedObjectives(contribution.objectives).length <= 1;
    const allLexical: Token[] = [];
    // Where the analysis stored claims, only those about this objective are read: the rest
    // belong to the contribution's other objectives, and reading them costs most of the time.
    const sentences = contribution.claims
      ? contribution.claims
          .filter((c) => c.objective === objectiveNumber)
          .map((c) => ({
            text: contribution.text.slice(c.start, c.end),
            start: c.start,
            end: c.end,
          }))
      : (contribution.sentences ?? splitSentences(contribution.text, contribution.language));

    for (const sentence of sentences) {
      const tokens = tokenize(sentence.text, language);
      const lexical = lexicalTokens(tokens, language);
      allLexical.push(...lexical);
      const content = contentTokens(tokens, language);
      const hits = matchLexicon(lexical, language, objectiveNumber);
      // Title words ("development", "ensure") are too common to make a sentence relevant on their own.
      const facetHits = hits.filter((h) => h.facet >= 0);
      let raw = objectiveRawScores(facetHits, lexical.length)[objectiveNumber];
      if (findObjectiveReferences(sentence.text).some((r) => r.number === objectiveNumber)) {
        raw += EXPLICIT_REFERENCE_BOOST;
      }
      const relevance = relevanceOf(raw);

      const vector: TermVector = new Map();
      for (const t of content) vector.set(t.stem, (vector.get(t.stem) ?? 0) + 1);
      for (const hit of facetHits) vector.set(`facet:${hit.facet}`, FACET_FEATURE_WEIGHT);
      if (content.length === 0 || (!focused && relevance === 0)) continue;

      const kinds = sentenceKinds(sentence.text, contribution.language);
      const actors = sentenceActors(sentence.text, contribution.language);
      if (kinds.includes('ask')) {
        for (const actor of actors) {
          const set = askers.get(actor) ?? new Set<string>();
          set.add(contribution.id);
          askers.set(actor, set);
        }
      }

      const key = content.map((t) => t.stem).join(' ');
      const existing = candidates.get(key);
      if (existing) {
        // Contributions come in id order, so a repeat within one contribution is the last id.
        if (existing.contributionIds[existing.contributionIds.length - 1] !== contribution.id) {
          existing.contributionIds.push(contribution.id);
        }
        continue;
      }
      const prior =
        (0.25 + relevance) * lengthPrior(countWords(sentence.text)) * shapePenalty(sentence.text) +
        (kinds.length > 0 ? 0.1 : 0);
      candidates.set(key, {
        key,
        text: sentence.text,
        language: contribution.language,
        contributionIds: [contribution.id],
        vector,
        relevance,
        prior,
        kinds,
        actors,
        order: order++,
      });
    }
    facetsOf.push({
      id: contribution.id,
      facets: facetsTouched(allLexical, language, objectiveNumber),
    });
  }

  const keyPoints = selectKeyPoints(
    [...candidates.values()],
    contextVectors(input, byId),
    maxKeyPoints,
  );
  const asks = [...askers.entries()]
    .map(([actor, ids]) => ({ actor, contributionIds: [...ids].sort(compareIds) }))
    .sort(
      (a, b) =>
        b.contributionIds.length - a.contributionIds.length ||
        ACTORS.indexOf(a.actor) - ACTORS.indexOf(b.actor),
    );

  return {
    objectiveNumber,
    contributionIds: contributions.map((c) => c.id),
    themes: findThemes(objectiveNumber, facetsOf),
    keyPoints,
    asks,
    counts: { byStakeholderType: sorted(byStakeholderType), byLanguage: sorted(byLanguage) },
  };
}

/**
 * The lexicon facets a contribution touches, with the phrases found: any phrase of the objective,
 * and the strong phrases of the others.
 */
function facetsTouched(
  tokens: Token[],
  language: TextLanguage,
  objectiveNumber: number,
): Map<string, Map<string, number>> {
  const facets = new Map<string, Map<string, number>>();
  for (const hit of matchLexicon(tokens, language)) {
    if (hit.facet < 0 || (!hit.strong && hit.objective !== objectiveNumber)) continue;
    const key = facetKey(hit.objective, hit.facet);
    const phrases = facets.get(key) ?? new Map<string, number>();
    phrases.set(hit.phrase, (phrases.get(hit.phrase) ?? 0) + hit.count);
    facets.set(key, phrases);
  }
  return facets;
}

/** Sentence vectors of the moderators' replies to these contributions. */
function contextVectors(
  input: SynthesiseObjectiveInput,
  byId: Map<string, AnalysedContribution>,
): TermVector[] {
  const replies = (input.moderatorReplies ?? [])
    .filter((r) => byId.has(r.contributionId))
    .sort((a, b) => compareIds(a.contributionId, b.contributionId) || compareIds(a.text, b.text));
  const vectors: TermVector[] = [];
  for (const reply of replies) {
    const language = textLanguage(byId.get(reply.contributionId)!.language);
    for (const sentence of splitSentences(reply.text, language)) {
      if (vectors.length >= MAX_CONTEXT_SENTENCES) return vectors;
      const vector: TermVector = new Map();
      for (const t of contentTokens(tokenize(sentence.text, language), language)) {
        vector.set(t.stem, (vector.get(t.stem) ?? 0) + 1);
      }
      if (vector.size > 0) vectors.push(vector);
    }
  }
  return vectors;
}

function selectKeyPoints(all: Candidate[], context: TermVector[], limit: number): KeyPoint[] {
  const candidates = all
    .sort((a, b) => b.prior - a.prior || a.order - b.order)
    .slice(0, MAX_CANDIDATES)
    .sort((a, b) => a.order - b.order);
  if (candidates.length === 0 || limit <= 0) return [];

  const ranks = textRank([...candidates.map((c) => c.vector), ...context]).slice(
    0,
    candidates.length,
  );
  const maxRank = Math.max(...ranks);
  const norms = candidates.map((c) => norm(c.vector));
  const relevance = candidates.map(
    (c, i) =>
      (0.45 * (ranks[i] / maxRank) + 0.4 * c.relevance + (c.kinds.length > 0 ? 0.15 : 0)) *
      lengthPrior(countWords(c.text)) *
      shapePenalty(c.text),
  );
  const similarity = (a: number, b: number) =>
    Math.min(
      1,
      cosine(candidates[a].vector, candidates[b].vector, norms[a], norms[b]) +
        (candidates[a].contributionIds[0] === candidates[b].contributionIds[0]
          ? SAME_CONTRIBUTION_SIMILARITY
          : 0),
    );
  return selectMmr(relevance, similarity, { limit, lambda: MMR_LAMBDA }).map((i) => {
    const c = candidates[i];
    const [first, ...others] = c.contributionIds;
    return {
      text: c.text,
      contributionIds: [first, ...others.sort(compareIds)],
      language: c.language,
      kinds: c.kinds,
      actors: c.actors,
    };
  });
}
