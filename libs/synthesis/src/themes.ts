import { compareIds } from './assignment';
import { OBJECTIVE_LEXICON } from './objective-lexicon';

export interface Theme {
  label: string;
  /** Characteristic terms, as the lexicon writes them in the contributors' languages, most frequent first. */
  terms: string[];
  contributionIds: string[];
}

/** The lexicon facets one contribution touches: "objective:facet" → phrase → occurrences. */
export interface ContributionFacets {
  id: string;
  facets: Map<string, Map<string, number>>;
}

export function facetKey(objective: number, facet: number): string {
  return `${objective}:${facet}`;
}

const MAX_TERMS = 5;
const MAX_CROSS_CUTTING = 2;
/** A facet of another objective is a cross-cutting theme when this share of the contributions, and at least two, touch it. */
const CROSS_CUTTING_MIN_SHARE = 0.25;

function topTerms(counts: Map<string, number>, limit: number): string[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
    .slice(0, limit)
    .map(([term]) => term);
}

interface Gathered {
  ids: string[];
  terms: Map<string, number>;
}

function gather(contributions: ContributionFacets[]): Map<string, Gathered> {
  const byFacet = new Map<string, Gathered>();
  for (const c of contributions) {
    for (const [key, phrases] of c.facets) {
      const entry = byFacet.get(key) ?? { ids: [], terms: new Map<string, number>() };
      entry.ids.push(c.id);
      for (const [phrase, count] of phrases)
        entry.terms.set(phrase, (entry.terms.get(phrase) ?? 0) + count);
      byFacet.set(key, entry);
    }
  }
  return byFacet;
}

/**
 * Themes of an objective's contributions by multilingual keyword scoring against the lexicon:
 * each facet of the objective that they touch, then up to two facets of other objectives that
 * recur among them (cross-cutting themes, e.g. climate change under regular pathways). Largest first.
 */
export function findThemes(objectiveNumber: number, contributions: ContributionFacets[]): Theme[] {
  const ordered = [...contributions].sort((a, b) => compareIds(a.id, b.id));
  const byFacet = gather(ordered);
  const themes: (Theme & { order: number })[] = [];

  const own = OBJECTIVE_LEXICON.find((o) => o.number === objectiveNumber)?.facets ?? [];
  own.forEach((facet, index) => {
    const entry = byFacet.get(facetKey(objectiveNumber, index));
    if (entry) {
      themes.push({
        label: facet.label,
        terms: topTerms(entry.terms, MAX_TERMS),
        contributionIds: entry.ids,
        order: index,
      });
    }
  });

  const minimum = Math.max(2, Math.ceil(CROSS_CUTTING_MIN_SHARE * ordered.length));
  const crossCutting: (Theme & { order: number })[] = [];
  for (const { number, facets } of OBJECTIVE_LEXICON) {
    if (number === objectiveNumber) continue;
    facets.forEach((facet, index) => {
      const entry = byFacet.get(facetKey(number, index));
      if (entry && entry.ids.length >= minimum) {
        crossCutting.push({
          label: `${facet.label} (Objective ${number})`,
          terms: topTerms(entry.terms, MAX_TERMS),
          contributionIds: entry.ids,
          order: own.length + number * 100 + index,
        });
      }
    });
  }
  crossCutting.sort(
    (a, b) => b.contributionIds.length - a.contributionIds.length || a.order - b.order,
  );
  themes.push(...crossCutting.slice(0, MAX_CROSS_CUTTING));

  return themes
    .sort((a, b) => b.contributionIds.length - a.contributionIds.length || a.order - b.order)
    .map(({ label, terms, contributionIds }) => ({ label, terms, contributionIds }));
}
