import { compareIds } from './assignment';
import type { ClaimKind } from './claim';
import type { ReadClaim } from './claims';
import type { Actor } from './cues';

/** A point several contributors may make: claims of one kind on one topic, or asking one addressee. */
export interface Point {
  objective: number;
  kind: ClaimKind;
  /** The facet key shared by its claims, or for recommendations the addressee. */
  key: string;
  addressee?: Actor;
  claims: ReadClaim[];
  contributionIds: string[];
  /** Distinct people who made it. */
  authors: string[];
}

/** Where two contributors pull apart: one reports or proposes, another warns, on one topic. */
export interface Tension {
  objective: number;
  facet: string;
  proposal: ReadClaim;
  warning: ReadClaim;
}

/** Appends to a list in a map of lists, making the list on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const GENERAL = 'general';
const UNADDRESSED = 'unaddressed';
export const GROUPED_KINDS: readonly ClaimKind[] = [
  'position',
  'practice',
  'challenge',
  'recommendation',
];

/**
 * The points of one objective's claims: claims of the same kind grouped across languages by the
 * lexicon facet they share (the trilingual lexicon is the common vocabulary), recommendations by
 * whom they address. Most-shared points first, counted in people, not posts.
 */
export function pointsOf(
  objective: number,
  claims: readonly ReadClaim[],
  authorOf: (contributionId: string) => string,
): Point[] {
  const groups = new Map<string, ReadClaim[]>();
  for (const claim of claims) {
    if (claim.objective !== objective || !GROUPED_KINDS.includes(claim.kind)) continue;
    const key =
      claim.kind === 'recommendation'
        ? (claim.addressee ?? UNADDRESSED)
        : (claim.facets[0] ?? GENERAL);
    const groupKey = `${claim.kind}|${key}`;
    pushTo(groups, groupKey, claim);
  }
  const points: Point[] = [];
  for (const [groupKey, members] of groups) {
    const [kind, key] = groupKey.split('|') as [ClaimKind, string];
    const contributionIds = [...new Set(members.map((c) => c.contributionId))].sort(compareIds);
    points.push({
      objective,
      kind,
      key,
      ...(kind === 'recommendation' && key !== UNADDRESSED ? { addressee: key as Actor } : {}),
      claims: members,
      contributionIds,
      authors: [...new Set(contributionIds.map(authorOf))].sort(compareIds),
    });
  }
  return points.sort(
    (a, b) =>
      b.authors.length - a.authors.length ||
      Number(a.key === GENERAL || a.key === UNADDRESSED) -
        Number(b.key === GENERAL || b.key === UNADDRESSED) ||
      compareIds(a.kind, b.kind) ||
      compareIds(a.key, b.key),
  );
}

/** The facet most of a point's claims touch, for recommendations grouped by addressee. */
export function mainFacet(claims: readonly ReadClaim[]): string | undefined {
  const counts = new Map<string, number>();
  for (const c of claims) for (const f of c.facets) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))[0]?.[0];
}

/**
 * Tensions on an objective: a claim that warns (a "must never", a "de facto detention", a
 * concern) against what another contributor reports or proposes on it. The warning is read with
 * the claims next to it, since a concern often names its topic a sentence before or after.
 * One per facet.
 */
export function tensionsOf(
  objective: number,
  claims: readonly ReadClaim[],
  authorOf: (contributionId: string) => string,
): Tension[] {
  const proposals = new Map<string, ReadClaim[]>();
  for (const c of claims) {
    if (c.objective !== objective || c.warning) continue;
    if (c.kind !== 'practice' && c.kind !== 'recommendation') continue;
    for (const facet of c.facets) pushTo(proposals, facet, c);
  }
  if (proposals.size === 0) return [];
  const tensions: Tension[] = [];
  const seen = new Set<string>();
  claims.forEach((warning, i) => {
    if (!warning.warning || warning.kind === 'practice') return;
    const window = new Set(warning.facets);
    for (const near of [claims[i - 1], claims[i + 1]]) {
      if (near?.contributionId === warning.contributionId)
        near.facets.forEach((f) => window.add(f));
    }
    for (const facet of [...window].sort()) {
      if (seen.has(facet)) continue;
      const proposal = proposals
        .get(facet)
        ?.find((c) => authorOf(c.contributionId) !== authorOf(warning.contributionId));
      if (!proposal) continue;
      seen.add(facet);
      tensions.push({ objective, facet, proposal, warning });
      return;
    }
  });
  return tensions;
}

/** Openers that lean on a sentence before: quoted alone, such a sentence loses its point. */
const LEANS_BACK =
  /^(?:against this backdrop|in this (?:regard|context)|particularly|in particular|for instance|for example|moreover|furthermore|however|therefore|thus|also|this|these|that|those|it|they|dans ce (?:cadre|contexte)|par ailleurs|en outre|de plus|cependant|ainsi|cela|ceci|ils|elles|en este (?:sentido|contexto)|además|sin embargo|por (?:lo tanto|ello)|esto|estos|ello)\b/iu;
/** A sentence the source itself cut short. */
const CUT_BY_SOURCE = /(?:\.\.\.|…)\s*$/;
const MAX_QUOTE_WORDS = 45;
const MIN_QUOTE_WORDS = 6;

/**
 * A quote must show, in its own words, the objective it is quoted under: a lexicon phrase of
 * that objective or the objective named, or a moderator's correction. A claim placed there only
 * by its neighbours or its contribution can be cited, never quoted.
 */
function ownEvidence(c: ReadClaim): boolean {
  return (
    c.objectiveSource === 'explicit' ||
    c.objectiveSource === 'corrected' ||
    (c.facets.length > 0 && c.topical !== false)
  );
}

/**
 * The claim a point quotes: whole, from the body, at most 45 words, standing on its own, on the
 * point's topic, carrying figures or names where one does. None when no claim qualifies.
 */
export function quotableClaim(
  point: Pick<Point, 'claims' | 'key'>,
  used: ReadonlySet<string>,
): ReadClaim | undefined {
  const candidates = point.claims.filter(
    (c) =>
      c.inBody &&
      !used.has(c.id) &&
      c.words >= MIN_QUOTE_WORDS &&
      c.words <= MAX_QUOTE_WORDS &&
      !CUT_BY_SOURCE.test(c.text) &&
      !/[?¿]\s*$/.test(c.text) &&
      !/^[a-zà-ÿ]/u.test(c.text) &&
      ownEvidence(c),
  );
  const score = (c: ReadClaim) =>
    (c.facets.includes(point.key) ? 0 : 4) +
    (LEANS_BACK.test(c.text) ? 3 : 0) -
    (c.figures.length > 0 ? 2 : 0) -
    (c.entities.length > 0 ? 1 : 0);
  // The best by one pass, not a sort: a point of a large round holds thousands of claims.
  let best: ReadClaim | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const value = score(c);
    const better =
      value < bestScore ||
      (value === bestScore &&
        best !== undefined &&
        (compareIds(c.contributionId, best.contributionId) || c.start - best.start) < 0);
    if (better) {
      best = c;
      bestScore = value;
    }
  }
  return best;
}
