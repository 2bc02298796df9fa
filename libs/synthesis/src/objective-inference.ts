import { GCM_OBJECTIVES } from '../../objectives/src/gcm-objectives';
import { OBJECTIVE_LEXICON } from './objective-lexicon';
import { isStopword, lexicalTokens, tokenize, type TextLanguage, type Token } from './terms';

export const OBJECTIVE_COUNT = 23;
const LANGUAGES: readonly TextLanguage[] = ['en', 'fr', 'es'];

interface Phrase {
  objective: number;
  /** Index of the facet in the objective's lexicon; -1 for a word of the objective's title. */
  facet: number;
  /** The phrase as written in the lexicon, in its language. */
  text: string;
  stems: string[];
  /** Matched on the start of the word instead of its stem, where stemming merges senses. */
  prefix?: string;
  weight: number;
  /** Curated and not weak: only such a phrase can make an objective inferred on its own. */
  strong: boolean;
  /** Position in the matching order: by objective, longer phrases first. */
  rank: number;
}

interface CompiledLexicon {
  /** Phrases by their first stem, so a text only tries the phrases it could hold. */
  byFirstStem: Record<TextLanguage, Map<string, Phrase[]>>;
  /** Phrases matched on a word prefix, tried on every text. */
  byPrefix: Record<TextLanguage, Phrase[]>;
  byObjective: Record<TextLanguage, Map<number, Phrase[]>>;
  /** Inverse document frequency of a phrase over the 23 objectives: shared phrases say less. */
  idf: Map<string, number>;
}

/** Title words are weaker evidence than the curated phrases. */
const TITLE_WEIGHT = 0.4;
const WEAK_WEIGHT = 0.5;
/** BM25 constants: term saturation, length normalisation and a typical contribution's length in lexical tokens. */
const K1 = 1.2;
const B = 0.4;
const AVERAGE_LENGTH = 80;
/** Raw score at which an objective's score reaches 1 − 1/e. */
const SCORE_SCALE = 6;

let compiled: CompiledLexicon | undefined;

function phraseKey(phrase: Pick<Phrase, 'stems' | 'prefix'>): string {
  return phrase.prefix ? `=${phrase.prefix}` : [...phrase.stems].sort().join(' ');
}

function compile(): CompiledLexicon {
  const phrases: Record<TextLanguage, Phrase[]> = { en: [], fr: [], es: [] };
  const objectivesByKey = new Map<string, Set<number>>();
  const seen = new Set<string>();
  const add = (language: TextLanguage, phrase: Phrase) => {
    const key = `${language}:${phraseKey(phrase)}`;
    const own = `${phrase.objective}:${key}`;
    if (seen.has(own)) return;
    seen.add(own);
    phrases[language].push(phrase);
    const set = objectivesByKey.get(key) ?? new Set<number>();
    set.add(phrase.objective);
    objectivesByKey.set(key, set);
  };
  for (const { number, facets } of OBJECTIVE_LEXICON) {
    facets.forEach((facet, facetIndex) => {
      for (const language of LANGUAGES) {
        for (const raw of facet.terms[language].split(';')) {
          const weak = raw.trim().startsWith('~');
          const text = raw.trim().replace(/^~/, '');
          const prefix = text.startsWith('=') ? text.slice(1).toLowerCase() : undefined;
          const stems = prefix
            ? [prefix]
            : [...new Set(lexicalTokens(tokenize(text, language), language).map((t) => t.stem))];
          if (stems.length === 0) continue;
          add(language, {
            objective: number,
            facet: facetIndex,
            text: prefix ?? text,
            stems,
            prefix,
            weight: weak ? WEAK_WEIGHT : 1,
            strong: !weak,
            rank: 0,
          });
        }
      }
    });
  }
  for (const { number, title } of GCM_OBJECTIVES) {
    for (const language of LANGUAGES) {
      const words = lexicalTokens(tokenize(title[language], language), language).filter(
        (t) => !isStopword(t.word, language),
      );
      for (const stem of new Set(words.map((t) => t.stem))) {
        add(language, {
          objective: number,
          facet: -1,
          text: stem,
          stems: [stem],
          weight: TITLE_WEIGHT,
          strong: false,
          rank: 0,
        });
      }
    }
  }
  // Longer phrases claim their words first, so "recruitment fees" is not also counted as "recruitment".
  for (const language of LANGUAGES) {
    phrases[language].sort(
      (a, b) =>
        a.objective - b.objective ||
        b.stems.length - a.stems.length ||
        b.weight - a.weight ||
        (a.facet < 0 ? 1 : 0) - (b.facet < 0 ? 1 : 0),
    );
  }
  const byObjective: Record<TextLanguage, Map<number, Phrase[]>> = {
    en: new Map(),
    fr: new Map(),
    es: new Map(),
  };
  const byFirstStem: Record<TextLanguage, Map<string, Phrase[]>> = {
    en: new Map(),
    fr: new Map(),
    es: new Map(),
  };
  const byPrefix: Record<TextLanguage, Phrase[]> = { en: [], fr: [], es: [] };
  for (const language of LANGUAGES) {
    phrases[language].forEach((phrase, rank) => {
      phrase.rank = rank;
      const list = byObjective[language].get(phrase.objective) ?? [];
      list.push(phrase);
      byObjective[language].set(phrase.objective, list);
      if (phrase.prefix) {
        byPrefix[language].push(phrase);
      } else {
        const first = byFirstStem[language].get(phrase.stems[0]) ?? [];
        first.push(phrase);
        byFirstStem[language].set(phrase.stems[0], first);
      }
    });
  }
  const idf = new Map<string, number>();
  for (const [key, objectives] of objectivesByKey) {
    const n = objectives.size;
    idf.set(key, Math.log(1 + (OBJECTIVE_COUNT - n + 0.5) / (n + 0.5)));
  }
  return { byFirstStem, byPrefix, byObjective, idf };
}

function lexicon(): CompiledLexicon {
  compiled ??= compile();
  return compiled;
}

export interface LexiconHit {
  objective: number;
  facet: number;
  phrase: string;
  count: number;
  /** idf × weight of the phrase. */
  strength: number;
  strong: boolean;
}

interface TokenIndex {
  tokens: Token[];
  /** Positions of each stem among the lexical tokens. */
  stems: Map<string, number[]>;
}

function indexTokens(tokens: Token[]): TokenIndex {
  const stems = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    const list = stems.get(token.stem);
    if (list) list.push(index);
    else stems.set(token.stem, [index]);
  });
  return { tokens, stems };
}

/** Each occurrence of the phrase as the token positions it covers, in any order within a short window. */
function occurrences(phrase: Phrase, index: TokenIndex): number[][] {
  if (phrase.prefix) {
    const found: number[][] = [];
    index.tokens.forEach((t, i) => {
      if (t.word.startsWith(phrase.prefix!)) found.push([i]);
    });
    return found;
  }
  const first = index.stems.get(phrase.stems[0]);
  if (!first) return [];
  if (phrase.stems.length === 1) return first.map((p) => [p]);
  const others = phrase.stems.slice(1).map((s) => index.stems.get(s));
  if (others.some((o) => !o)) return [];
  const window = phrase.stems.length + 1;
  const found: number[][] = [];
  for (const p of first) {
    const covered = [p];
    for (const list of others) {
      let nearest = -1;
      for (const q of list!) {
        if (Math.abs(q - p) <= window && (nearest < 0 || Math.abs(q - p) < Math.abs(nearest - p)))
          nearest = q;
      }
      if (nearest < 0) break;
      covered.push(nearest);
    }
    if (covered.length === phrase.stems.length) found.push(covered);
  }
  return found;
}

/**
 * Every lexicon phrase found in the lexical tokens of a text in one language, of all objectives
 * or of one. Within an objective a word counts once, for the longest phrase that holds it.
 */
export function matchLexicon(
  tokens: Token[],
  language: TextLanguage,
  onlyObjective?: number,
): LexiconHit[] {
  const { byFirstStem, byPrefix, idf } = lexicon();
  const index = indexTokens(tokens);
  const candidates: Phrase[] = [];
  for (const stem of index.stems.keys()) {
    for (const phrase of byFirstStem[language].get(stem) ?? []) {
      if (onlyObjective === undefined || phrase.objective === onlyObjective)
        candidates.push(phrase);
    }
  }
  for (const phrase of byPrefix[language]) {
    if (onlyObjective === undefined || phrase.objective === onlyObjective) candidates.push(phrase);
  }
  candidates.sort((a, b) => a.rank - b.rank);
  const hits: LexiconHit[] = [];
  let objective = 0;
  let covered = new Set<number>();
  for (const phrase of candidates) {
    if (phrase.objective !== objective) {
      objective = phrase.objective;
      covered = new Set<number>();
    }
    let count = 0;
    for (const positions of occurrences(phrase, index)) {
      if (positions.some((p) => covered.has(p))) continue;
      for (const p of positions) covered.add(p);
      count++;
    }
    if (count === 0) continue;
    const strength = phrase.weight * (idf.get(`${language}:${phraseKey(phrase)}`) ?? 0);
    hits.push({
      objective: phrase.objective,
      facet: phrase.facet,
      phrase: phrase.text,
      count,
      strength,
      strong: phrase.strong,
    });
  }
  return hits;
}

/** BM25 of each objective (index 1..23) over the hits of a text of the given length. */
export function objectiveRawScores(hits: LexiconHit[], length: number): number[] {
  const raw = new Array<number>(OBJECTIVE_COUNT + 1).fill(0);
  const norm = K1 * (1 - B + (B * length) / AVERAGE_LENGTH);
  for (const hit of hits)
    raw[hit.objective] += (hit.strength * hit.count * (K1 + 1)) / (hit.count + norm);
  return raw;
}

export function rawToScore(raw: number): number {
  return 1 - Math.exp(-raw / SCORE_SCALE);
}

export interface InferredObjective {
  number: number;
  score: number;
}

/** An objective is reported when it scores this much, at least this share of the best one, and a curated phrase of its own was found. */
const MIN_SCORE = 0.25;
const MIN_SHARE_OF_BEST = 0.3;
const MAX_INFERRED = 5;
/** A contribution answers its round's questions: the objectives under review weigh this much more. */
export const ROUND_FACTOR = 1.4;

/** Lexicon hits of a text: in its language, or in all three when the language is unknown. */
export function textHits(text: string, language: string): { hits: LexiconHit[]; length: number } {
  const languages: readonly TextLanguage[] =
    language === 'en' || language === 'fr' || language === 'es' ? [language] : LANGUAGES;
  let best: { hits: LexiconHit[]; length: number; total: number } | undefined;
  for (const l of languages) {
    const tokens = lexicalTokens(tokenize(text, l), l);
    const hits = matchLexicon(tokens, l);
    const total = hits.reduce((sum, h) => sum + h.strength * h.count, 0);
    if (!best || total > best.total) best = { hits, length: tokens.length, total };
  }
  return { hits: best!.hits, length: best!.length };
}

/**
 * Objectives a text is about, from its content alone, over all 23 objectives, best first
 * (ties by number).
 */
export function inferObjectives(
  text: string,
  language: string,
  roundObjectives: readonly number[] = [],
): InferredObjective[] {
  const { hits, length } = textHits(text, language);
  const raw = objectiveRawScores(hits, length);
  for (const n of roundObjectives) if (n >= 1 && n <= OBJECTIVE_COUNT) raw[n] *= ROUND_FACTOR;
  const best = Math.max(...raw);
  const anchored = new Set(hits.filter((h) => h.strong).map((h) => h.objective));
  const inferred: InferredObjective[] = [];
  for (let number = 1; number <= OBJECTIVE_COUNT; number++) {
    const score = rawToScore(raw[number]);
    if (anchored.has(number) && score >= MIN_SCORE && raw[number] >= MIN_SHARE_OF_BEST * best) {
      inferred.push({ number, score: roundScore(score) });
    }
  }
  return inferred.sort((a, b) => b.score - a.score || a.number - b.number).slice(0, MAX_INFERRED);
}

export function roundScore(value: number): number {
  return Math.round(value * 1000) / 1000;
}
