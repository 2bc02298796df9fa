import { analyseContribution } from './analyse-contribution';
import { extractClaims, splitClauses, type ClaimSource } from './claims';

function source(text: string, extra: Partial<ClaimSource> = {}, declared?: number[]): ClaimSource {
  return {
    id: 'c1',
    text,
    ...analyseContribution({ text, declaredObjectives: declared }),
    ...extra,
  };
}

describe('splitClauses', () => {
  it('splits at a semicolon between two clauses, not inside a short list', () => {
    const text =
      'Recruitment fees must be banned for all workers; employers should pay visas and travel in full.';
    expect(
      splitClauses(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end)),
    ).toEqual([
      'Recruitment fees must be banned for all workers;',
      'employers should pay visas and travel in full.',
    ]);
    const list = 'Fees; visas; travel.';
    expect(splitClauses(list, { start: 0, end: list.length })).toHaveLength(1);
  });
});

describe('extractClaims', () => {
  const sahel =
    'Au Sahel, la dégradation des terres et les sécheresses poussent les jeunes ruraux vers les routes migratoires. ' +
    'Les programmes qui ont le mieux fonctionné combinent la restauration des sols, le crédit aux coopératives de femmes et la formation professionnelle locale.';

  it('gives each claim the objective it is about, not one a late keyword points to', () => {
    const claims = extractClaims(source(sahel, {}, [2]));
    expect(claims.map((c) => c.objective)).toEqual([2, 2]);
    expect(claims[1].kind).toBe('practice');
  });

  it('keeps offsets into the text and ids stable across runs', () => {
    const claims = extractClaims(source(sahel));
    for (const c of claims) expect(sahel.slice(c.start, c.end)).toBe(c.text);
    expect(extractClaims(source(sahel)).map((c) => c.id)).toEqual(claims.map((c) => c.id));
    expect(claims[0].id).toBe('c1:0');
  });

  it('does not take training of border staff for the migrants’ skills of objective 18', () => {
    const text =
      'We still need support to train border staff and interpreters in indigenous languages.';
    expect(extractClaims(source(text)).every((c) => c.objective !== 18)).toBe(true);
  });

  it('gives no objective to remarks about the consultation itself', () => {
    const text = 'We thank the organisers and hope this consultation hears migrants directly.';
    expect(extractClaims(source(text))[0].objective).toBeUndefined();
  });

  it('reads the author’s own replies as claims of the contribution, outside the body', () => {
    const claims = extractClaims(
      source('Recruitment fees must be banned.', {
        authorReplies: ['In 2023 our attachés helped 1,150 workers recover their fees.'],
      }),
    );
    expect(claims).toHaveLength(2);
    expect(claims[1]).toMatchObject({ inBody: false, kind: 'practice', id: 'c1:r0:0' });
    expect(claims[1].figures).toContain('1,150 workers');
  });

  it('applies a moderator’s corrections to the claim whose span they overlap most', () => {
    const text = 'Recruitment fees must be banned. The pilot ended when its funding ran out.';
    const second = text.indexOf('The pilot');
    const claims = extractClaims(
      source(text, {
        corrections: {
          objectives: [5],
          claims: [
            { start: 0, end: 10, objective: null },
            { start: second, end: text.length, kind: 'challenge', objective: 12 },
          ],
        },
      }),
    );
    expect(claims[0]).toMatchObject({ objectiveSource: 'corrected' });
    expect(claims[0].objective).toBeUndefined();
    expect(claims[1]).toMatchObject({
      objective: 12,
      kind: 'challenge',
      objectiveSource: 'corrected',
    });
  });

  it('leans to a corrected list of the contribution’s objectives', () => {
    const text = 'Families wait years to be reunited with their children.';
    expect(extractClaims(source(text, { corrections: { objectives: [5] } }))[0].objective).toBe(5);
  });

  it('marks a claim topical only when its own words and its contribution both point to its objective', () => {
    const text =
      'Recruitment agencies charge workers fees of up to 3,000 dollars. ' +
      'Droughts and land degradation push young farmers out of their villages.';
    const declared = { number: 6, score: 1, source: 'declared' } as const;
    const base = { id: 'c1', text, language: 'en' as const, roundObjectives: [2] };
    const [fees, drought] = extractClaims({ ...base, objectives: [declared] });
    expect(fees).toMatchObject({ objective: 6, topical: true });
    // Placed under objective 2 only because the round reviews it: citable there, not quotable.
    expect(drought).toMatchObject({ objective: 2, topical: false });
    const alsoAbout2 = { number: 2, score: 0.6, source: 'inferred' } as const;
    expect(extractClaims({ ...base, objectives: [declared, alsoAbout2] })[1]).toMatchObject({
      objective: 2,
      topical: true,
    });
  });
});
