import type { ReadClaim } from './claims';
import { facetLabel } from './claims';
import { OBJECTIVE_LEXICON } from './objective-lexicon';

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** What the claim is about, in English: its lexicon facet, else its objective's short name. */
export function claimTopic(claim: Pick<ReadClaim, 'facets' | 'objective'>): string | undefined {
  const facet = claim.facets[0] && facetLabel(claim.facets[0]);
  if (facet) return lowerFirst(facet);
  return OBJECTIVE_LEXICON.find((o) => o.number === claim.objective)?.short;
}

const WHAT: Record<ReadClaim['kind'], string> = {
  practice: 'reports a practice or result',
  challenge: 'flags a challenge',
  recommendation: 'recommends action',
  position: 'states a position',
};

/**
 * An English statement of a French or Spanish claim, written from its analysis (not a
 * translation): what it does, on what, of whom it asks action, and the figures and names it
 * carries verbatim.
 */
export function englishStatement(claim: ReadClaim): string {
  const topic = claimTopic(claim);
  const what =
    claim.kind === 'recommendation' && claim.addressee
      ? `asks ${claim.addressee} to act`
      : claim.kind === 'recommendation' && claim.warning
        ? 'warns against a course of action'
        : WHAT[claim.kind];
  const parts = [`${what}${topic ? ` on ${topic}` : ''}`];
  if (claim.figures.length > 0) parts.push(`citing ${claim.figures.slice(0, 3).join(', ')}`);
  if (claim.entities.length > 0) parts.push(`naming ${claim.entities.slice(0, 3).join(', ')}`);
  const text = parts.join('; ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}
