import { readJsonFixture } from '@convene/testing/fixtures';
import { analyseContribution } from './analyse-contribution';
import { draftBackgroundNote, type BackgroundNote, type NoteRound } from './draft-note';
import { checkQuotes, type ConsultationFixture } from './evaluation';
import { synthesiseRound } from './synthesise-round';
import type { AnalysedContribution, ModeratorReply } from './types';
import { countWords } from './word-count';

const fixture = readJsonFixture<
  ConsultationFixture & { contributions: { participant: { handle: string } }[] }
>('imrf-rt1.json');

const analysed: AnalysedContribution[] = fixture.contributions.map((c) => ({
  id: c.ref,
  text: c.text,
  stakeholderType: c.participant.stakeholderType,
  questionNumber: c.question,
  ...analyseContribution({ text: c.text }),
}));
const replies: ModeratorReply[] = fixture.contributions.flatMap((c) =>
  c.replies.map((r) => ({ contributionId: c.ref, text: r.text })),
);
const texts = new Map(analysed.map((c) => [c.id, c.text]));

function draft(round: Partial<NoteRound>, contributions = analysed): BackgroundNote {
  return synthesiseRound({
    round: { ...fixture.round, ...round },
    contributions,
    moderatorReplies: replies,
  }).note;
}

function paragraphWords(note: BackgroundNote): number {
  return note.sections.flatMap((s) => s.paragraphs).reduce((n, p) => n + countWords(p.text), 0);
}

/** The length rule: within 10% of the target, or short only when the input itself is shorter than the target. */
function expectLengthRule(note: BackgroundNote) {
  const { wordCount, wordTarget, inputWordCount } = note;
  if (wordCount < wordTarget * 0.9) expect(inputWordCount).toBeLessThan(wordTarget);
  else expect(wordCount).toBeLessThanOrEqual(wordTarget * 1.1);
}

describe('draftBackgroundNote on the IMRF fixture', () => {
  const note = draft({});

  it('has the sections of a background note, one per objective under review', () => {
    expect(note.sections.map((s) => s.heading)).toEqual([
      'Background',
      'Objectives under review',
      'Objective 2: Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
      'Objective 5: Enhance availability and flexibility of pathways for regular migration',
      'Objective 6: Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
      'Objective 12: Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
      'Objective 18: Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
      'Contributions on other objectives',
      'Guiding questions for the roundtable',
    ]);
    expect(note.sections.filter((s) => s.objectiveNumber).map((s) => s.objectiveNumber)).toEqual([
      2, 5, 6, 12, 18,
    ]);
  });

  it('counts the words of its paragraphs, within 10% of the 1,000-word target', () => {
    expect(note.wordCount).toBe(paragraphWords(note));
    expect(Math.abs(note.wordCount - 1000)).toBeLessThanOrEqual(100);
  });

  it('quotes contributions verbatim, from the paragraph’s own sources, marking French and Spanish', () => {
    const check = checkQuotes(note, (id) => texts.get(id));
    expect(check.total).toBeGreaterThan(5);
    expect(check.failures).toEqual([]);
    for (const paragraph of note.sections.flatMap((s) => s.paragraphs)) {
      for (const quote of paragraph.quotes) {
        if (quote.language === 'fr') expect(paragraph.text).toContain(`${quote.text}”`);
        if (quote.language !== 'en') expect(paragraph.text).toMatch(/\(in (French|Spanish)\)/);
      }
    }
  });

  it('says who took part by type and language, without names', () => {
    const participation = note.sections[0].paragraphs[1].text;
    expect(participation).toContain('25 contributions');
    expect(participation).toContain('19 in English, 4 in French and 2 in Spanish');
    for (const c of fixture.contributions)
      expect(participation).not.toContain(c.participant.handle);
  });

  it('never cites or quotes moderators', () => {
    const json = JSON.stringify(note);
    for (const reply of replies) expect(json).not.toContain(reply.text.slice(0, 40));
  });

  it('notes the contributions on objectives outside the round', () => {
    const other = note.sections.find((s) => s.heading === 'Contributions on other objectives')!;
    expect(other.paragraphs[0].text).toMatch(/objective 1 \(data and evidence: 1\)/);
    expect(other.paragraphs[0].sourceIds).toContain('rt1-33');
  });

  it.each([500, 1000, 1500])('keeps a %i-word target within 10%', (target) => {
    const sized = draft({ noteWordTarget: target });
    expect(Math.abs(sized.wordCount - target)).toBeLessThanOrEqual(target * 0.1);
  });

  it('renders the same paragraphs as Markdown', () => {
    expect(note.markdown.startsWith('# Background note: IMRF Roundtable 1 Consultation\n')).toBe(
      true,
    );
    for (const section of note.sections) expect(note.markdown).toContain(`## ${section.heading}`);
    expect(note.markdown).toContain('*Sources: rt1-00, ');
  });

  it('is the same for the same input, in any order', () => {
    const again = draft({}, [...analysed].reverse());
    expect(JSON.stringify(again)).toBe(JSON.stringify(note));
  });
});

describe('draftBackgroundNote on small and odd rounds', () => {
  const two = analysed.filter((c) => c.id === 'rt1-36a' || c.id === 'rt1-00');

  it('falls short of the target only when the input is shorter than it, and says when nobody addressed an objective', () => {
    const note = draft({ objectiveNumbers: [5, 13] }, two);
    expect(note.inputWordCount).toBeLessThan(1000);
    expect(note.wordCount).toBeLessThan(900);
    expectLengthRule(note);
    const detention = note.sections.find((s) => s.objectiveNumber === 13)!;
    expect(detention.paragraphs[0].text).toMatch(/^No contribution addressed this objective/);
  });

  it('meets the target on a round reviewing all 23 objectives', () => {
    const note = draft({ objectiveNumbers: Array.from({ length: 23 }, (_, i) => i + 1) });
    expect(note.sections.filter((s) => s.objectiveNumber)).toHaveLength(23);
    expectLengthRule(note);
    expect(Math.abs(note.wordCount - 1000)).toBeLessThanOrEqual(100);
  });

  it('drafts a note with no contributions at all', () => {
    const note = draft({}, []);
    expect(note.sections[0].paragraphs[1].text).toBe('No contributions were received.');
    expectLengthRule(note);
  });

  it('never cites a contribution that is not in its input, even if a synthesis names it', () => {
    const visible = analysed.filter((c) => c.id !== 'rt1-34');
    const { syntheses } = synthesiseRound({ round: fixture.round, contributions: analysed });
    const note = draftBackgroundNote({ round: fixture.round, contributions: visible, syntheses });
    expect(JSON.stringify(note)).not.toContain('rt1-34');
    expect(note.markdown).not.toContain('rt1-34');
    expect(note.markdown).not.toContain('labor movement is calling');
  });

  it('escapes Markdown and HTML in contributors’ text', () => {
    const hostile: AnalysedContribution = {
      id: 'h1',
      stakeholderType: 'individual',
      text: '# Regular pathways <script>alert(1)</script> should grow, see [link](http://x) and **visa fees** _now_ with `code`.',
      ...analyseContribution({
        text: '# Regular pathways <script>alert(1)</script> should grow, see [link](http://x) and **visa fees** _now_ with `code`.',
      }),
    };
    const note = draft({ title: 'Round <b>1</b> *draft*', objectiveNumbers: [5] }, [hostile]);
    expect(note.markdown).not.toMatch(/<script>|<b>|[^\\]\*\*visa|[^\\][[]link|[^\\]`code/);
    expect(note.markdown).toContain('\\<script\\>');
    expect(note.markdown.split('\n')[0]).toBe(
      '# Background note: Round \\<b\\>1\\</b\\> \\*draft\\*',
    );
  });
});
