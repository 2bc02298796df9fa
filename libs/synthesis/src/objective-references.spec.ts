import { countObjectiveReferences, findObjectiveReferences } from './objective-references';

const numbers = (text: string) => findObjectiveReferences(text).map((r) => r.number);

describe('findObjectiveReferences', () => {
  it.each([
    ['Objective 5', [5]],
    ['objectives 2 and 5', [2, 5]],
    ['objectives 2, 5, and 6', [2, 5, 6]],
    ['objectif 5', [5]],
    ['objectifs 2, 5 et 6', [2, 5, 6]],
    ["l'objectif n° 20", [20]],
    ['objetivo 18', [18]],
    ['objetivos 2 y 5', [2, 5]],
    ['objetivo nº 18', [18]],
    ['GCM objective 12', [12]],
    ['Obj. 6', [6]],
    ['objective #18', [18]],
    ['objectives 2-4', [2, 3, 4]],
    ['objectives 2 to 4, and 6', [2, 3, 4, 6]],
    ['Objective 2 (paragraphs 18.h-18.l) and Objective 5 (paragraph 21.g-21.h)', [2, 5]],
  ])('reads %s', (text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it.each([
    'objective 24',
    'objective 0',
    'objective 2019',
    'objective 2.5',
    'objective 6%',
    'SDG 8',
    '#18',
    'paragraph 18',
    'our objective is 5 new jobs',
    'the objectives: 5',
  ])('finds nothing in %s', (text) => {
    expect(numbers(text)).toEqual([]);
  });

  it('does not read quantities after a list as objectives', () => {
    expect(numbers('objective 5 and 2 million people')).toEqual([5]);
    expect(numbers('objectif 5 à 10 ans')).toEqual([5]);
  });

  it('gives the offsets of the whole reference', () => {
    const text = 'We support objectifs 2, 5 et 6 here.';
    const [first] = findObjectiveReferences(text);
    expect(text.slice(first.start, first.end)).toBe('objectifs 2, 5 et 6');
  });

  it('counts mentions per objective', () => {
    expect([
      ...countObjectiveReferences('Objective 6 matters. Objective 6 again, and objective 2.'),
    ]).toEqual([
      [6, 2],
      [2, 1],
    ]);
  });
});
