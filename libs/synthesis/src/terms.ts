import { newStemmer, type Stemmer } from 'snowball-stemmers';
import { eng, fra, spa } from 'stopword';

export type TextLanguage = 'en' | 'fr' | 'es';

export interface Token {
  /** Lower-cased surface form. */
  word: string;
  stem: string;
  start: number;
  end: number;
}

/** Split at apostrophes and hyphens: "l'accès" → "l", "accès"; "evidence-based" → "evidence", "based". */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** Words that carry no topic in this domain, on top of each language's stop list. */
const DOMAIN_STOPWORDS: Record<TextLanguage, string> = {
  en:
    'also including include includes e g eg ie etc well within across towards however ' +
    'therefore thus whether without among via per upon often may will shall need needs key ' +
    'important example examples issue issues way ways particular particularly specific order ' +
    'one two three new us gcm migration migrants migrant migratory objective objectives ' +
    'roundtable compact global people countries country http https www para paras paragraph ' +
    'paragraphs de la el le les des y et',
  fr:
    'ainsi aussi afin car donc dont entre leurs lors plus tout tous toute toutes très peut ' +
    'peuvent faut fait comme cadre niveau notamment etc sous migration migrations migrants ' +
    'migrant migratoire migratoires objectif objectifs pmm pacte mondial table ronde ' +
    'personnes pays the and of',
  es:
    'es son ser está están este esta estos estas esa esas esos hay han ha había sido así todo ' +
    'todos toda todas cada entre tanto través manera marco nivel vez sea sus les e u ' +
    'migración migraciones migrantes migrante migratoria migratorias migratorio migratorios ' +
    'objetivo objetivos pacto mundial mesa redonda personas país países the and of',
};

const FUNCTION_WORDS: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set(eng),
  fr: new Set(fra),
  es: new Set(spa),
};
const STOPWORDS: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set([...eng, ...DOMAIN_STOPWORDS.en.split(' ')]),
  fr: new Set([...fra, ...DOMAIN_STOPWORDS.fr.split(' ')]),
  es: new Set([...spa, ...DOMAIN_STOPWORDS.es.split(' ')]),
};

const STEMMER_NAMES: Record<TextLanguage, string> = { en: 'english', fr: 'french', es: 'spanish' };
const stemmers = new Map<TextLanguage, Stemmer>();
/** Stems repeat across thousands of contributions; the cache is bounded so a long-lived worker cannot grow without limit. */
const stemCache: Record<TextLanguage, Map<string, string>> = {
  en: new Map(),
  fr: new Map(),
  es: new Map(),
};
const STEM_CACHE_LIMIT = 200_000;

/** A grammatical word of the language (the package's stop list). */
export function isFunctionWord(word: string, language: TextLanguage): boolean {
  return FUNCTION_WORDS[language].has(word);
}

/** A word that says nothing about the topic: grammatical, or ubiquitous in this domain ("migrants"). */
export function isStopword(word: string, language: TextLanguage): boolean {
  return STOPWORDS[language].has(word);
}

/** Accents are folded after stemming, so "reconnaître" and "reconnaitre" meet. */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

export function stem(word: string, language: TextLanguage): string {
  const cache = stemCache[language];
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    stemmer = newStemmer(STEMMER_NAMES[language]);
    stemmers.set(language, stemmer);
  }
  const result = foldDiacritics(stemmer.stem(word));
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

/** Every word of the text, lower-cased, with its stem and offsets; stop words included. */
export function tokenize(text: string, language: TextLanguage): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0].toLowerCase();
    tokens.push({
      word,
      stem: stem(word, language),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/** Tokens that can carry meaning in a phrase ("regular migration"): no grammatical words, numbers or single letters. */
export function lexicalTokens(tokens: Token[], language: TextLanguage): Token[] {
  return tokens.filter(
    (t) => t.word.length > 1 && !/^\p{N}+$/u.test(t.word) && !isFunctionWord(t.word, language),
  );
}

/** Tokens that carry the topic: lexical tokens less the domain's ubiquitous words. */
export function contentTokens(tokens: Token[], language: TextLanguage): Token[] {
  return lexicalTokens(tokens, language).filter((t) => !STOPWORDS[language].has(t.word));
}

/** The language whose stemmer and stop words apply to a text; 'other' falls back to English. */
export function textLanguage(language: string): TextLanguage {
  return language === 'fr' || language === 'es' ? language : 'en';
}
