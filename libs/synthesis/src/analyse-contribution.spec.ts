import { analyseContribution } from './analyse-contribution';

describe('analyseContribution', () => {
  it('gives language, sentences with offsets and objectives best first', () => {
    const text =
      'Recruitment fees must be abolished. Objective 18 also matters: the recognition of skills is too slow.';
    const result = analyseContribution({ text });
    expect(result.language).toBe('en');
    expect(result.sentences.map((s) => text.slice(s.start, s.end))).toEqual(
      result.sentences.map((s) => s.text),
    );
    expect(result.sentences).toHaveLength(2);
    expect(result.objectives[0]).toMatchObject({ number: 18, source: 'explicit' });
    expect(result.objectives.find((o) => o.number === 6)).toMatchObject({ source: 'inferred' });
  });

  it('reads explicit references in French and Spanish', () => {
    expect(
      analyseContribution({
        text: 'Nous parlons des objectifs 2, 5 et 6 du Pacte.',
      }).objectives.map((o) => [o.number, o.source]),
    ).toEqual(
      expect.arrayContaining([
        [2, 'explicit'],
        [5, 'explicit'],
        [6, 'explicit'],
      ]),
    );
    expect(
      analyseContribution({
        text: 'Sobre los objetivos 2 y 5 queremos decir algo.',
      }).objectives.map((o) => o.number),
    ).toEqual(expect.arrayContaining([2, 5]));
  });

  it('puts declared objectives first with score 1 and ignores invalid ones', () => {
    const result = analyseContribution({
      text: 'Remittances cost too much to send home.',
      declaredObjectives: [12, 0, 24, 12.5],
    });
    expect(result.objectives[0]).toEqual({ number: 12, score: 1, source: 'declared' });
    expect(result.objectives.map((o) => o.number)).toEqual([12, 20]);
  });

  it('keeps one entry per objective, the strongest source winning', () => {
    const result = analyseContribution({
      text: 'Objective 20: remittances and remittance costs.',
      declaredObjectives: [20],
    });
    expect(result.objectives).toEqual([{ number: 20, score: 1, source: 'declared' }]);
  });

  it('uses the declared language for a text too short to tell', () => {
    expect(analyseContribution({ text: 'Remesas', declaredLanguage: 'es' }).language).toBe('es');
  });

  it('is deterministic', () => {
    const input = { text: 'Les frais de recrutement et le travail décent. Objectif 6.' };
    expect(JSON.stringify(analyseContribution(input))).toBe(
      JSON.stringify(analyseContribution(input)),
    );
  });
});
