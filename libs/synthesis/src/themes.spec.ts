import { facetKey, findThemes, type ContributionFacets } from './themes';

const contribution = (
  id: string,
  facets: [number, number, string, number][],
): ContributionFacets => {
  const map = new Map<string, Map<string, number>>();
  for (const [objective, facet, phrase, count] of facets) {
    const key = facetKey(objective, facet);
    map.set(key, new Map([...(map.get(key) ?? []), [phrase, count]]));
  }
  return { id, facets: map };
};

describe('findThemes', () => {
  const contributions = [
    contribution('c3', [
      [6, 0, 'recruitment fees', 2],
      [6, 1, 'decent work', 1],
    ]),
    contribution('c1', [
      [6, 0, 'frais de recrutement', 1],
      [2, 0, 'climate change', 1],
    ]),
    contribution('c2', [
      [6, 0, 'recruitment fees', 1],
      [2, 0, 'climate change', 1],
    ]),
    contribution('c4', [[20, 0, 'remittances', 1]]),
  ];

  it('makes a theme of each facet of the objective, largest first, with its terms and contributions', () => {
    const themes = findThemes(6, contributions);
    expect(themes[0]).toEqual({
      label: 'Fair and ethical recruitment',
      terms: ['recruitment fees', 'frais de recrutement'],
      contributionIds: ['c1', 'c2', 'c3'],
    });
    expect(themes.map((t) => t.label)).toContain('Decent work and labour rights');
  });

  it('adds recurring facets of other objectives as cross-cutting themes, not one-offs', () => {
    const labels = findThemes(6, contributions).map((t) => t.label);
    expect(labels).toContain(
      'Climate change, disasters and environmental degradation (Objective 2)',
    );
    expect(labels.some((l) => l.includes('Objective 20'))).toBe(false);
  });

  it('does not depend on input order', () => {
    expect(findThemes(6, [...contributions].reverse())).toEqual(findThemes(6, contributions));
  });

  it('finds no theme without contributions', () => {
    expect(findThemes(6, [])).toEqual([]);
  });
});
