import { analyseContribution } from './analyse-contribution';
import { contributionsForObjective } from './assignment';
import { synthesiseObjective } from './synthesise-objective';
import type { AnalysedContribution } from './types';

function contribution(id: string, text: string, stakeholderType: string): AnalysedContribution {
  return { id, text, stakeholderType, ...analyseContribution({ text }) };
}

/** Invented contributions on fair recruitment and decent work, in three languages. */
const CONTRIBUTIONS = [
  contribution(
    'k1',
    'Recruitment fees are still charged to workers in most corridors. Governments should ban recruitment fees and license recruitment agencies. A pilot programme in the Gulf reimbursed fees to 2,000 workers.',
    'trade_union',
  ),
  contribution(
    'k2',
    'Domestic workers lack labour protection. States must extend labour law and labour inspection to domestic work. Employers should pay at least the minimum wage.',
    'civil_society',
  ),
  contribution(
    'k3',
    'Les frais de recrutement endettent les travailleurs migrants. Les gouvernements doivent interdire ces frais et contrôler les agences de recrutement.',
    'trade_union',
  ),
  contribution(
    'k4',
    'Las comisiones de contratación siguen cobrándose a los trabajadores. Los gobiernos deben garantizar el trabajo decente y la libertad sindical.',
    'civil_society',
  ),
  contribution(
    'k5',
    'Freedom of association matters: trade unions help migrant workers claim decent work. Collective bargaining should cover migrant workers too.',
    'academia',
  ),
  contribution(
    'k6',
    'Remittances are expensive to send. Transfer costs should fall below three percent.',
    'private_sector',
  ),
];

describe('synthesiseObjective', () => {
  const assigned = contributionsForObjective(CONTRIBUTIONS, 6);
  const synthesis = synthesiseObjective({
    objectiveNumber: 6,
    contributions: assigned,
    moderatorReplies: [
      {
        contributionId: 'k1',
        text: 'Thank you. Could you say more about recruitment fees in the Gulf pilot programme?',
      },
    ],
  });

  it('takes the contributions on the objective and leaves the others out', () => {
    expect(assigned.map((c) => c.id)).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
    expect(synthesis.contributionIds).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
  });

  it('finds themes across languages, each with its terms and contributions', () => {
    const recruitment = synthesis.themes.find((t) => t.label === 'Fair and ethical recruitment')!;
    expect(recruitment.contributionIds).toEqual(['k1', 'k3', 'k4']);
    expect(recruitment.terms).toEqual(expect.arrayContaining(['recruitment fees']));
    expect(
      synthesis.themes.find((t) => t.label === 'Decent work and labour rights')?.contributionIds,
    ).toEqual(expect.arrayContaining(['k2', 'k4', 'k5']));
  });

  it('picks verbatim key points that cite the contribution they came from, from several contributions', () => {
    expect(synthesis.keyPoints.length).toBeGreaterThan(3);
    for (const point of synthesis.keyPoints) {
      const source = CONTRIBUTIONS.find((c) => c.id === point.contributionIds[0])!;
      expect(source.text).toContain(point.text);
    }
    expect(
      new Set(synthesis.keyPoints.map((k) => k.contributionIds[0])).size,
    ).toBeGreaterThanOrEqual(4);
  });

  it('labels asks, practices and whom they address', () => {
    const ban = synthesis.keyPoints.find((k) => k.text.startsWith('Governments should ban'));
    expect(ban).toMatchObject({ kinds: ['ask'] });
    expect(ban?.actors[0]).toBe('governments');
    expect(synthesis.asks[0]).toEqual({
      actor: 'governments',
      contributionIds: ['k1', 'k2', 'k3', 'k4'],
    });
  });

  it('counts contributions by stakeholder type and language', () => {
    expect(synthesis.counts).toEqual({
      byStakeholderType: { academia: 1, civil_society: 2, trade_union: 2 },
      byLanguage: { en: 3, es: 1, fr: 1 },
    });
  });

  it('never cites or quotes a moderator reply', () => {
    for (const point of synthesis.keyPoints) expect(point.text).not.toMatch(/Could you say more/);
  });

  it('only ever cites ids it was given', () => {
    const given = new Set(assigned.map((c) => c.id));
    const cited = [
      ...synthesis.contributionIds,
      ...synthesis.themes.flatMap((t) => t.contributionIds),
      ...synthesis.keyPoints.flatMap((k) => k.contributionIds),
      ...synthesis.asks.flatMap((a) => a.contributionIds),
    ];
    for (const id of cited) expect(given.has(id)).toBe(true);
    const withoutK1 = synthesiseObjective({
      objectiveNumber: 6,
      contributions: assigned.filter((c) => c.id !== 'k1'),
      moderatorReplies: [
        { contributionId: 'k1', text: 'Recruitment fees are still charged to workers.' },
      ],
    });
    expect(JSON.stringify(withoutK1)).not.toContain('"k1"');
    expect(JSON.stringify(withoutK1)).not.toContain('Gulf');
  });

  it('is deterministic and independent of input order', () => {
    const again = synthesiseObjective({
      objectiveNumber: 6,
      contributions: [...assigned].reverse(),
    });
    const once = synthesiseObjective({ objectiveNumber: 6, contributions: assigned });
    expect(JSON.stringify(again)).toBe(JSON.stringify(once));
  });

  it('merges a sentence several contributions wrote into one key point citing all of them', () => {
    const copies = ['x1', 'x2', 'x3'].map((id) =>
      contribution(id, 'Recruitment fees must be banned everywhere.', 'individual'),
    );
    const merged = synthesiseObjective({ objectiveNumber: 6, contributions: copies });
    expect(merged.keyPoints).toEqual([
      expect.objectContaining({
        text: 'Recruitment fees must be banned everywhere.',
        contributionIds: ['x1', 'x2', 'x3'],
      }),
    ]);
  });

  it('returns an empty synthesis for an objective nobody addressed', () => {
    expect(synthesiseObjective({ objectiveNumber: 12, contributions: [] })).toEqual({
      objectiveNumber: 12,
      contributionIds: [],
      themes: [],
      keyPoints: [],
      asks: [],
      counts: { byStakeholderType: {}, byLanguage: {} },
    });
  });

  it('respects maxKeyPoints', () => {
    expect(
      synthesiseObjective({ objectiveNumber: 6, contributions: assigned, maxKeyPoints: 2 })
        .keyPoints,
    ).toHaveLength(2);
  });
});
