import { apertiumPairs } from '../../libs/background-notes/src/machine-gloss';
import { eventually, roundInput, startTestApp, type TestApp } from '@convene/testing';

const SPANISH = [
  'Costaverde firmó en 2023 un acuerdo bilateral de trabajo temporal con dos países vecinos. ' +
    'El acuerdo prohíbe cobrar comisiones de contratación a las personas trabajadoras.',
  'Los gobiernos deberían eliminar las comisiones de contratación que pagan los trabajadores migrantes. ' +
    'En dos temporadas, la proporción de trabajadores que regresa con deudas se redujo a la mitad.',
];

interface Quote {
  text: string;
  language: string;
  english?: string;
  gloss?: string;
}

/**
 * MACHINE_GLOSS=apertium through the real worker: Spanish quotes in the note carry Apertium's
 * gloss, labelled as such. Where the pair is not installed the processes refuse to start.
 */
describe('machine glosses of Spanish quotes', () => {
  it('glosses the Spanish quotes of a drafted note, or refuses to start without the pair', async () => {
    if (!(await apertiumPairs()).includes('spa-eng')) {
      await expect(startTestApp({ env: { MACHINE_GLOSS: 'apertium' } })).rejects.toThrow(
        /apertium-eng-spa/,
      );
      return;
    }
    const app: TestApp = await startTestApp({ env: { MACHINE_GLOSS: 'apertium' } });
    try {
      const [moderator, coChair, author] = await Promise.all([
        app.api.user(['moderator']),
        app.api.user(['co_chair']),
        app.api.user(),
      ]);
      const created = await app.api
        .as(moderator)
        .post('/rounds', roundInput({ objectiveNumbers: [5, 6], coChairIds: [coChair.id] }));
      const roundId = created.body.id as string;
      expect((await app.api.as(moderator).post(`/rounds/${roundId}/open`)).status).toBe(200);
      for (const body of SPANISH) {
        const res = await app.api
          .as(author)
          .post(`/rounds/${roundId}/contributions`, { questionNumber: 1, body, language: 'es' });
        expect(res.status).toBe(202);
      }
      await app.drain();
      expect((await app.api.as(moderator).post(`/rounds/${roundId}/close`)).status).toBe(202);
      const note = await eventually(
        async () => {
          const res = await app.api.as(coChair).get(`/rounds/${roundId}/background-notes/latest`);
          return res.status === 200 && res.body;
        },
        { timeoutMs: 30_000, what: 'the note' },
      );
      const paragraphs = (
        note.sections as { paragraphs: { text: string; quotes: Quote[] }[] }[]
      ).flatMap((s) => s.paragraphs);
      const glossed = paragraphs.flatMap((p) =>
        p.quotes.filter((q) => q.gloss).map((q) => ({ ...q, paragraph: p.text })),
      );
      expect(glossed.length).toBeGreaterThan(0);
      for (const q of glossed) {
        expect(q.language).toBe('es');
        expect(q.english).toBeDefined();
        expect(q.gloss).toMatch(/\b(the|of|and|to|in)\b/);
        expect(q.paragraph).toContain(`Machine gloss (Apertium): ‘`);
      }
      expect(note.markdown).toContain('Machine gloss (Apertium)');
    } finally {
      await app.close();
    }
  });
});
