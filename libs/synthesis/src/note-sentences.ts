/** The note's sentences about what the analysis found: points, tensions, questions, links. */
import { compareIds } from './assignment';
import type { ClaimKind } from './claim';
import { PRINCIPLES, type Principle } from './claim-cues';
import { facetLabel, type ReadClaim } from './claims';
import type { NoteRound } from './draft-note';
import { languageName } from './quotes';
import type { AnalysedContribution } from './types';
import { mainFacet, pushTo, type Point, type Tension } from './note-points';
import { cite, type Piece } from './note-layout';
import {
  contributorsPhrase,
  listOf,
  lowerFirst,
  objectiveShort,
  plural,
  STAKEHOLDER_NAMES,
  upperFirst,
} from './note-text';
export const KIND_LEAD: Record<ClaimKind, string> = {
  position: 'Priorities.',
  practice: 'Progress and practices.',
  challenge: 'Challenges and gaps.',
  recommendation: 'Recommendations.',
};

export function pointSentence(point: Point, groupsOf: (ids: readonly string[]) => string): string {
  const n = point.authors.length;
  const who =
    n === 1
      ? upperFirst(groupsOf(point.contributionIds))
      : `${upperFirst(plural(n, 'contributor'))} (${groupsOf(point.contributionIds)})`;
  const topicKey = point.kind === 'recommendation' ? mainFacet(point.claims) : point.key;
  const topic = topicKey ? (facetLabel(topicKey) ?? '') : '';
  const on = topic ? lowerFirst(topic) : undefined;
  const s = n === 1 ? 's' : '';
  let what: string;
  if (point.kind === 'position')
    what = on ? `stress${n === 1 ? 'es' : ''} ${on}` : `make${s} other points`;
  else if (point.kind === 'practice')
    what = on ? `report${s} practice or evidence on ${on}` : `report${s} other practices`;
  else if (point.kind === 'challenge')
    what = on ? `flag${s} gaps in ${on}` : `flag${s} other challenges`;
  else if (point.addressee) what = `ask${s} ${point.addressee} to act${on ? ` on ${on}` : ''}`;
  else what = `recommend${s} action${on ? ` on ${on}` : ''} without naming who should act`;
  return `${who} ${what} ${cite(point.contributionIds)}.`;
}

export function tensionPieces(
  tension: Tension,
  used: Set<string>,
  quotePiece: (claim: ReadClaim, lead: string) => Piece,
  glossPiece: (claim: ReadClaim) => Piece[],
): Piece[] {
  const topic = lowerFirst(facetLabel(tension.facet) ?? 'this objective');
  const pieces: Piece[] = [
    {
      text: `Contributors pull in different directions on ${topic} ${cite([tension.proposal.contributionId, tension.warning.contributionId])}.`,
      sourceIds: [tension.proposal.contributionId, tension.warning.contributionId],
    },
  ];
  for (const [claim, lead] of [
    [tension.proposal, 'One reports or proposes '],
    [tension.warning, 'another warns '],
  ] as const) {
    // A quote stands only under the objective its claim is about.
    if (used.has(claim.id) || claim.objective !== tension.objective) {
      pieces.push({
        text: `${upperFirst(lead)}${cite([claim.contributionId])}.`,
        sourceIds: [claim.contributionId],
      });
    } else {
      used.add(claim.id);
      pieces.push(quotePiece(claim, upperFirst(lead)), ...glossPiece(claim));
    }
  }
  return pieces;
}

export function tensionQuestion(tension: Tension): Piece {
  const topic = lowerFirst(facetLabel(tension.facet) ?? `objective ${tension.objective}`);
  return {
    text: `On ${topic} (objective ${tension.objective}), how can what ${cite([tension.proposal.contributionId])} describes be done without the risk ${cite([tension.warning.contributionId])} warns of?`,
    sourceIds: [tension.proposal.contributionId, tension.warning.contributionId],
  };
}

/** Questions from the gaps found: challenges no one proposed a remedy for, requests no one reports acting on. */
export function gapQuestions(
  n: number,
  points: readonly Point[],
): { weight: number; piece: Piece }[] {
  const questions: { weight: number; piece: Piece }[] = [];
  const remedied = new Set(
    points
      .filter((p) => p.kind === 'recommendation')
      .flatMap((p) => p.claims.flatMap((c) => c.facets)),
  );
  const practised = new Set(points.filter((p) => p.kind === 'practice').map((p) => p.key));
  for (const point of points) {
    const topic = facetLabel(point.key);
    if (point.kind === 'challenge' && topic && !remedied.has(point.key)) {
      questions.push({
        weight: 1 + point.authors.length,
        piece: {
          text: `Under objective ${n}, ${contributorsPhrase(point.authors.length)} flag${point.authors.length === 1 ? 's' : ''} gaps in ${lowerFirst(topic)} ${cite(point.contributionIds)} and no one proposes a remedy: what would close them, and who should act?`,
          sourceIds: point.contributionIds,
        },
      });
    }
    const focus = point.kind === 'recommendation' ? mainFacet(point.claims) : undefined;
    if (point.kind === 'recommendation' && point.addressee && focus && !practised.has(focus)) {
      questions.push({
        weight: point.authors.length,
        piece: {
          text: `Under objective ${n}, ${contributorsPhrase(point.authors.length)} ask${point.authors.length === 1 ? 's' : ''} ${point.addressee} to act on ${lowerFirst(facetLabel(focus) ?? '')} ${cite(point.contributionIds)}, and no one reports it done: what stands in the way, and where has it worked?`,
          sourceIds: point.contributionIds,
        },
      });
    }
  }
  return questions;
}

/** Where an objective shows no gap or tension: a question on what its contributors raised most. */
export function leadQuestion(
  n: number,
  points: readonly Point[],
): { weight: number; piece: Piece }[] {
  const top = points.find((p) => facetLabel(p.key) || mainFacet(p.claims));
  if (!top) return [];
  const topic = lowerFirst(facetLabel(top.key) ?? facetLabel(mainFacet(top.claims)!) ?? '');
  const ask: Record<ClaimKind, string> = {
    position: `contributors put ${topic} first ${cite(top.contributionIds)}: which commitments on it should the roundtable prioritise, and how should progress be measured?`,
    practice: `contributors report practice on ${topic} ${cite(top.contributionIds)}: what made it work, and could it be taken up elsewhere?`,
    challenge: `contributors flag gaps in ${topic} ${cite(top.contributionIds)}: what would close them?`,
    recommendation: `contributors ask for action on ${topic} ${cite(top.contributionIds)}: who should lead it, and with what means?`,
  };
  return [
    {
      weight: top.authors.length / 2,
      piece: { text: `Under objective ${n}, ${ask[top.kind]}`, sourceIds: top.contributionIds },
    },
  ];
}

/** Other objectives and guiding principles that contributors tied to this objective. */
export function linksPiece(
  n: number,
  own: readonly ReadClaim[],
  claimsOf: (contributionId: string) => readonly ReadClaim[],
  objectives: readonly number[],
): Piece | undefined {
  const contributors = new Set(own.map((c) => c.contributionId));
  const others = new Map<number, Set<string>>();
  for (const id of contributors) {
    for (const c of claimsOf(id)) {
      if (c.objective === undefined || c.objective === n) continue;
      others.set(c.objective, (others.get(c.objective) ?? new Set()).add(id));
    }
  }
  const principles = new Map<Principle, Set<string>>();
  for (const c of own) {
    for (const p of c.principles)
      principles.set(p, (principles.get(p) ?? new Set()).add(c.contributionId));
  }
  const parts: string[] = [];
  const ids = new Set<string>();
  const linked = [...others.entries()]
    .sort((a, b) => b[1].size - a[1].size || a[0] - b[0])
    .slice(0, 3);
  if (linked.length > 0) {
    parts.push(
      `tied it to ${listOf(
        linked.map(([m, set]) => {
          set.forEach((id) => ids.add(id));
          return `${objectives.includes(m) ? `objective ${m}` : objectiveShort(m)} ${cite([...set].sort(compareIds))}`;
        }),
      )}`,
    );
  }
  const invoked = PRINCIPLES.filter((p) => principles.has(p));
  if (invoked.length > 0) {
    parts.push(
      `invoked the ${listOf(
        invoked.map((p) => {
          const set = [...principles.get(p)!].sort(compareIds);
          set.forEach((id) => ids.add(id));
          return `${p} ${cite(set)}`;
        }),
      )} ${invoked.length === 1 ? 'principle' : 'principles'}`,
    );
  }
  if (parts.length === 0) return undefined;
  return { text: `Contributors ${listOf(parts)}.`, sourceIds: [...ids].sort(compareIds) };
}

export function addresseePiece(
  claims: readonly ReadClaim[],
  people: (ids: readonly string[]) => number,
  idsOf: (list: readonly ReadClaim[]) => string[],
): Piece | undefined {
  const by = new Map<string, ReadClaim[]>();
  for (const c of claims) {
    if (c.kind !== 'recommendation' || !c.addressee) continue;
    pushTo(by, c.addressee, c);
  }
  if (by.size === 0) return undefined;
  const ranked = [...by.entries()]
    .map(([actor, list]) => ({ actor, ids: idsOf(list) }))
    .sort((a, b) => people(b.ids) - people(a.ids) || compareIds(a.actor, b.actor))
    .slice(0, 4);
  return {
    text: `Across objectives, contributors most often asked ${listOf(
      ranked.map((r) => `${r.actor} (${plural(people(r.ids), 'contributor')})`),
    )} to act.`,
    sourceIds: idsOf(ranked.flatMap((r) => by.get(r.actor)!)),
  };
}

export function principlesPiece(
  claims: readonly ReadClaim[],
  people: (ids: readonly string[]) => number,
  idsOf: (list: readonly ReadClaim[]) => string[],
): Piece | undefined {
  const by = new Map<Principle, ReadClaim[]>();
  for (const c of claims) for (const p of c.principles) pushTo(by, p, c);
  const shared = PRINCIPLES.filter((p) => by.has(p) && people(idsOf(by.get(p)!)) >= 2);
  if (shared.length === 0) return undefined;
  return {
    text: `Across objectives, contributors called for a ${listOf(
      shared.map((p) => `${p} approach (${plural(people(idsOf(by.get(p)!)), 'contributor')})`),
    )}.`,
    sourceIds: idsOf(shared.flatMap((p) => by.get(p)!)),
  };
}

/** One line of the annex: "C3: civil society (Caritas Sahel), French, Q2." */
export function annexLine(label: string, c: AnalysedContribution, round: NoteRound): string {
  const type = STAKEHOLDER_NAMES[c.stakeholderType ?? ''] ?? 'Stakeholder type not given';
  const question =
    c.questionNumber !== undefined && (round.questions?.length ?? 0) > 1
      ? `, Q${c.questionNumber}`
      : '';
  return `${label}: ${type}${c.organisation ? ` (${c.organisation})` : ''}, ${languageName(c.language)}${question}.`;
}
