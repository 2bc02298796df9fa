import { readJsonFixture, type GcmObjectivesFixture } from '@convene/testing/fixtures';
import { GCM_OBJECTIVES } from './gcm-objectives';

const fixture = readJsonFixture<GcmObjectivesFixture>('gcm-objectives.json');

describe('GCM objectives reference data', () => {
  it('holds the 23 objectives with the English titles of the Compact', () => {
    expect(GCM_OBJECTIVES.map((o) => o.number)).toEqual(fixture.objectives.map((o) => o.number));
    for (const objective of fixture.objectives) {
      expect(GCM_OBJECTIVES[objective.number - 1].title.en).toBe(objective.title.en);
    }
  });

  it('has a French and a Spanish title for every objective', () => {
    for (const objective of GCM_OBJECTIVES) {
      expect(objective.title.fr.length).toBeGreaterThan(20);
      expect(objective.title.es.length).toBeGreaterThan(20);
      expect(objective.title.fr).not.toBe(objective.title.en);
    }
  });
});
