import { readJsonFixture } from '@convene/testing/fixtures';
import { analyseContribution } from './analyse-contribution';
import { contributionsForObjective } from './assignment';
import { extractClaims } from './claims';
import {
  draftBackgroundNote,
  PARAGRAPH_KINDS,
  type BackgroundNote,
  type NoteRound,
} from './draft-note';
import { checkQuotes, type ConsultationFixture } from './evaluation';
import type { AnalysedContribution } from './types';
import { countWords } from './word-count';

type Fixture = ConsultationFixture & {
  contributions: {
    participant: { handle: string; organisation: string | null };
    replies: { text: string; participant: { handle: string } }[];
  }[];
};

function analyse(fixture: Fixture): AnalysedContribution[] {
  return fixture.contributions.map((c) => ({
    id: c.ref,
    text: c.text,
    stakeholderType: c.participant.stakeholderType,
    questionNumber: c.question,
    authorId: c.participant.handle,
    organisation: c.participant.organisation,
    authorReplies: c.replies
      .filter((r) => r.participant.handle === c.participant.handle)
      .map((r) => r.text),
    ...analyseContribution({ text: c.text, declaredLanguage: c.language }),
  }));
}

const imrf = readJsonFixture<Fixture>('imrf-rt1.json');
const analysed = analyse(imrf);
const texts = new Map(analysed.map((c) => [c.id, c.text]));

function draft(round: Partial<NoteRound>, contributions = analysed, base = imrf): BackgroundNote {
  return draftBackgroundNote({ round: { ...base.round, ...round }, contributions });
}

const paragraphsOf = (note: BackgroundNote) => note.sections.flatMap((s) => s.paragraphs);
const quotesOf = (note: BackgroundNote) =>
  note.sections.flatMap((s) =>
    s.paragraphs.flatMap((p) => p.quotes.map((q) => ({ ...q, section: s, paragraph: p }))),
  );

/** Within 10% of the target, or shorter and saying so. */
function expectLengthRule(note: BackgroundNote) {
  const { wordCount, wordTarget } = note;
  expect(wordCount).toBeLessThanOrEqual(wordTarget * 1.1);
  if (wordCount < wordTarget * 0.9) {
    expect(note.sections[0].paragraphs[0].text).toContain('shorter rather than padded');
  }
}

/** The guarantees every note keeps, whatever its input. */
function expectSoundNote(note: BackgroundNote, contributions: readonly AnalysedContribution[]) {
  const byId = new Map(contributions.map((c) => [c.id, c]));
  const claims = new Map(contributions.map((c) => [c.id, extractClaims(c)]));
  expect(note.wordCount).toBe(paragraphsOf(note).reduce((n, p) => n + countWords(p.text), 0));
  for (const p of paragraphsOf(note)) expect(PARAGRAPH_KINDS).toContain(p.kind);
  const quotes = quotesOf(note);
  expect(new Set(quotes.map((q) => q.text)).size).toBe(quotes.length);
  const annex = note.sections.find((s) => s.heading.startsWith('Annex'))!;
  const labels = new Map(annex.paragraphs.map((p) => [p.text.split(':')[0], p.sourceIds[0]]));
  for (const q of quotes) {
    // A whole claim of its own contribution, about the objective of its section.
    const claim = claims.get(q.contributionId)!.find((c) => c.inBody && c.text === q.text);
    expect(claim).toBeDefined();
    if (q.section.objectiveNumber) expect(claim!.objective).toBe(q.section.objectiveNumber);
    expect(q.paragraph.text).toContain(`${q.text}”`);
    expect(labels.get(q.label)).toBe(q.contributionId);
    if (q.language === 'en') expect(q.english).toBeUndefined();
    else expect(q.english).toMatch(/^[A-Z].+\.$/);
    expect(byId.get(q.contributionId)!.text).toContain(q.text);
  }
  for (const id of byId.keys()) expect(note.markdown).not.toContain(id);
  for (const p of paragraphsOf(note)) for (const id of p.sourceIds) expect(byId.has(id)).toBe(true);
  // A point with no topic says something only in its contributor's words.
  for (const p of paragraphsOf(note))
    expect(p.text).not.toMatch(
      / other (?:points|practices|challenges) \[[^\]]+\]\.(?! \[C\d+\]: “)/,
    );
}

describe('draftBackgroundNote on the IMRF fixture', () => {
  const note = draft({});

  it('has the sections of a background note, one per objective under review, then the annex', () => {
    expect(note.sections.map((s) => s.heading)).toEqual([
      'Background',
      'Objectives under review',
      'Objective 2: Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
      'Objective 5: Enhance availability and flexibility of pathways for regular migration',
      'Objective 6: Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
      'Objective 12: Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
      'Objective 18: Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
      'Cross-cutting points',
      'Guiding questions for the roundtable',
      'Annex: contributions cited',
    ]);
  });

  it('keeps its promises: whole verbatim quotes under their objective, once each, labels in the annex, no ids', () => {
    expectSoundNote(note, analysed);
    expect(quotesOf(note).length).toBeGreaterThan(3);
    expect(checkQuotes(note, (id) => texts.get(id)).failures).toEqual([]);
  });

  it('cites every contribution by a label the annex explains', () => {
    const annex = note.sections.at(-1)!;
    expect(annex.paragraphs.map((p) => p.sourceIds[0]).sort()).toEqual(
      analysed.map((c) => c.id).sort(),
    );
    expect(annex.paragraphs[0].text).toMatch(/^C1: [A-Z][^,]*.*, (English|French|Spanish), Q\d\.$/);
    for (const p of annex.paragraphs) expect(note.markdown).toContain(`- ${p.text}`);
  });

  it('counts people and says who took part by type and language, without names', () => {
    const participation = note.sections[0].paragraphs[0].text;
    expect(participation).toContain('15 contributors');
    expect(participation).toContain('25 contributions');
    expect(participation).toContain('19 in English, 4 in French and 2 in Spanish');
    for (const c of imrf.contributions) expect(participation).not.toContain(c.participant.handle);
  });

  it('never quotes moderators', () => {
    const json = JSON.stringify(note);
    for (const c of imrf.contributions)
      for (const r of c.replies) expect(json).not.toContain(r.text.slice(0, 40));
  });

  it('notes the contributions on objectives outside the round in the cross-cutting points', () => {
    const cross = note.sections.find((s) => s.heading === 'Cross-cutting points')!;
    expect(cross.paragraphs[0].kind).toBe('links');
    expect(cross.paragraphs[0].text).toMatch(/objective 1 \(data and evidence\) \[C\d+\]/);
    expect(cross.paragraphs[0].sourceIds).toContain('rt1-33');
  });

  it('asks guiding questions drawn from what contributors raised', () => {
    const questions = note.sections.find((s) => s.heading.startsWith('Guiding'))!.paragraphs;
    expect(questions.length).toBeGreaterThanOrEqual(3);
    for (const q of questions) {
      expect(q.kind).toBe('question');
      expect(q.text).toMatch(/\?$/);
      expect(q.text).toMatch(/\[C\d+/);
    }
    expect(new Set(questions.map((q) => q.text.replace(/\[[^\]]*\]/g, ''))).size).toBe(
      questions.length,
    );
  });

  it.each([500, 1000, 1500])('keeps a %i-word target, or says why it is shorter', (target) => {
    const sized = draft({ noteWordTarget: target });
    expectLengthRule(sized);
    expectSoundNote(sized, analysed);
  });

  it('is within 10% of the 1,000-word target', () => {
    expect(Math.abs(note.wordCount - 1000)).toBeLessThanOrEqual(100);
  });

  it('is the same for the same input, in any order', () => {
    const again = draft({}, [...analysed].reverse());
    expect(JSON.stringify(again)).toBe(JSON.stringify(note));
  });
});

describe('draftBackgroundNote on a trilingual round with practices, asks and a disagreement', () => {
  const tuning = readJsonFixture<Fixture>('eval/tuning-a.json');
  const contributions = analyse(tuning);
  const note = draft({}, contributions, tuning);

  it('keeps its promises', () => {
    expectSoundNote(note, contributions);
    expectLengthRule(note);
  });

  it('gives English for every French and Spanish quote', () => {
    const foreign = quotesOf(note).filter((q) => q.language !== 'en');
    expect(foreign.length).toBeGreaterThan(0);
    for (const q of foreign) expect(q.paragraph.text).toContain(q.english);
  });

  it('types practices, challenges and recommendations, and says whom recommendations address', () => {
    const kinds = new Set(paragraphsOf(note).map((p) => p.kind));
    for (const kind of ['practice', 'challenge', 'recommendation', 'question', 'annex'])
      expect(kinds).toContain(kind);
    expect(paragraphsOf(note).some((p) => /ask(s)? governments to act/.test(p.text))).toBe(true);
  });

  it('says “no point on this objective” only where no claim is about it and no contribution is filed under it', () => {
    for (const section of note.sections.filter((s) => s.objectiveNumber)) {
      const empty = section.paragraphs.some((p) => /No contribution made a point/.test(p.text));
      const n = section.objectiveNumber!;
      const claimed = contributions.some((c) => extractClaims(c).some((k) => k.objective === n));
      const filed = contributionsForObjective(contributions, n).length > 0;
      expect(empty).toBe(!claimed && !filed);
    }
  });
});

describe('draftBackgroundNote on small and odd rounds', () => {
  const two = analysed.filter((c) => c.id === 'rt1-36a' || c.id === 'rt1-00');

  it('is shorter rather than padded when there is little input, and says once when no one addressed an objective', () => {
    const note = draft({ objectiveNumbers: [5, 13] }, two);
    expect(note.wordCount).toBeLessThan(900);
    expectLengthRule(note);
    expectSoundNote(note, two);
    const detention = note.sections.find((s) => s.objectiveNumber === 13)!;
    expect(detention.paragraphs).toHaveLength(1);
    expect(detention.paragraphs[0].text).toMatch(
      /No contribution made a point on this objective\.$/,
    );
  });

  it('says who touched on an objective when their contributions are filed under it but no statement is about it', () => {
    const [first] = two;
    const filed: AnalysedContribution = {
      ...first,
      objectives: [
        { number: 5, score: 1, source: 'declared' },
        { number: 13, score: 1, source: 'declared' },
      ],
    };
    expect(extractClaims(filed).some((c) => c.objective === 13)).toBe(false);
    const note = draft({ objectiveNumbers: [5, 13] }, [filed]);
    const detention = note.sections.find((s) => s.objectiveNumber === 13)!;
    expect(detention.paragraphs[0].text).toMatch(
      /^1 contributor touched on it \[C1\], but none of their statements is mainly about it\.$/,
    );
    expect(detention.paragraphs[0].sourceIds).toEqual([first.id]);
  });

  it('puts a disagreement in both contributors’ words, or leaves it to the questions when the budget is tight', () => {
    const post = (id: string, authorId: string, text: string): AnalysedContribution => ({
      id,
      text,
      authorId,
      stakeholderType: 'civil_society',
      ...analyseContribution({ text, declaredObjectives: [12], roundObjectives: [12] }),
    });
    const posts = [
      post(
        'a',
        'p1',
        'Joint screening teams at three land borders now refer unaccompanied children to child protection within 24 hours.',
      ),
      post('b', 'p2', 'Screening at the border must never become de facto detention of children.'),
    ];
    const tension = (noteWordTarget: number) =>
      paragraphsOf(draft({ objectiveNumbers: [12], noteWordTarget }, posts)).find(
        (p) => p.kind === 'tension',
      );
    expect(
      tension(1000)
        ?.quotes.map((q) => q.contributionId)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(tension(200)).toBeUndefined();
  });

  it('stays within its target on a round reviewing all 23 objectives', () => {
    const note = draft({ objectiveNumbers: Array.from({ length: 23 }, (_, i) => i + 1) });
    expect(note.sections.filter((s) => s.objectiveNumber)).toHaveLength(23);
    expectLengthRule(note);
    expectSoundNote(note, analysed);
  });

  it('drafts a note with no contributions at all', () => {
    const note = draft({}, []);
    expect(note.sections[0].paragraphs[0].text).toContain('No contributions were received.');
    expectSoundNote(note, []);
  });

  it('never cites a contribution that is not in its input', () => {
    const visible = analysed.filter((c) => c.id !== 'rt1-34');
    const note = draft({}, visible);
    expect(JSON.stringify(note)).not.toContain('rt1-34');
    expect(note.markdown).not.toContain('labor movement is calling');
  });

  it('escapes Markdown and HTML in contributors’ text', () => {
    const text =
      '# Regular pathways <script>alert(1)</script> should grow, see [link](http://x) and **visa fees** _now_ with `code`.';
    const hostile: AnalysedContribution = {
      id: 'h1',
      stakeholderType: 'individual',
      text,
      ...analyseContribution({ text }),
    };
    const note = draft({ title: 'Round <b>1</b> *draft*', objectiveNumbers: [5] }, [hostile]);
    expect(note.markdown).not.toMatch(/<script>|<b>|[^\\]\*\*visa|[^\\][[]link|[^\\]`code/);
    expect(note.markdown.split('\n')[0]).toBe(
      '# Background note: Round \\<b\\>1\\</b\\> \\*draft\\*',
    );
  });
});

describe('draftBackgroundNote with machine glosses', () => {
  const tuning = readJsonFixture<Fixture>('eval/tuning-a.json');
  const contributions = analyse(tuning);
  // A roomier target, so that the glosses' words fit beside their quotes.
  const round = { ...tuning.round, noteWordTarget: 1500 };
  const plain = draftBackgroundNote({ round, contributions });
  const spanish = quotesOf(plain).filter((q) => q.language === 'es');
  const glosses = new Map(spanish.map((q) => [q.text, `Gloss of ${q.label}.`]));
  const glossed = draftBackgroundNote({ round, contributions, glosses });

  it('labels each gloss it was given as a machine gloss, apart from the statement and the quote', () => {
    expect(spanish.length).toBeGreaterThan(0);
    const quotes = quotesOf(glossed).filter((q) => q.gloss !== undefined);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q.gloss).toBe(glosses.get(q.text));
      expect(q.paragraph.text).toContain(`${q.text}”`);
      expect(q.paragraph.text).toContain(`Machine gloss (Apertium): ‘${q.gloss}’.`);
      expect(q.english).toBeDefined();
    }
    expect(JSON.stringify(plain)).not.toContain('Machine gloss');
  });

  it('counts the glosses in the length and keeps its other promises', () => {
    expectSoundNote(glossed, contributions);
    expectLengthRule(glossed);
  });
});
