import { readJsonFixture } from '@convene/testing/fixtures';
import { evaluateOnFixture, type ConsultationFixture, type ObjectiveLabels } from './evaluation';

const fixture = readJsonFixture<ConsultationFixture>('imrf-rt1.json');
const labels = readJsonFixture<ObjectiveLabels>('imrf-rt1-labels.json');

describe('the engine on the IMRF Roundtable 1 fixture', () => {
  const report = evaluateOnFixture(fixture, labels);

  it('has a label for every contribution', () => {
    expect(Object.keys(labels).sort()).toEqual(fixture.contributions.map((c) => c.ref).sort());
  });

  it('reads every language right', () => {
    expect(report.language.misses).toEqual([]);
    expect(report.language.accuracy).toBe(1);
  });

  it('maps contributions to the objectives a reader assigned', () => {
    expect(report.objectives.top1Accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.objectives.precision).toBeGreaterThanOrEqual(0.8);
    expect(report.objectives.recall).toBeGreaterThanOrEqual(0.75);
    expect(report.objectives.unlabelledLeftOut).toBe(report.objectives.unlabelled);
  });

  it('drafts a note within 10% of its 1,000-word target whose quotations are all verbatim', () => {
    expect(report.note.target).toBe(1000);
    expect(Math.abs(report.note.deviation)).toBeLessThanOrEqual(0.1);
    expect(report.note.quotes.total).toBeGreaterThan(5);
    expect(report.note.quotes.share).toBe(1);
  });

  it('is deterministic', () => {
    expect(report.deterministic).toBe(true);
  });
});
