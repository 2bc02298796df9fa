import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import {
  eventually,
  launchChromium,
  newPage,
  roundInput,
  screenshot,
  seriousViolations,
  signInThroughPage,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

const CONTRIBUTORS = [
  {
    profile: {
      displayName: 'Grace Otieno',
      organisation: 'Migrant Workers Rights Network',
      stakeholderType: 'civil_society' as const,
    },
    input: {
      questionNumber: 1,
      language: 'en' as const,
      objectiveNumbers: [6],
      body: 'Recruitment agencies should be licensed and barred from charging any fee to workers. In our region a zero-fee pilot halved debt bondage among domestic workers.',
    },
  },
  {
    profile: {
      displayName: 'Awa Ndiaye',
      organisation: 'Ministère du Travail du Sénégal',
      stakeholderType: 'member_state' as const,
    },
    input: {
      questionNumber: 1,
      language: 'fr' as const,
      objectiveNumbers: [5],
      body: 'Les accords bilatéraux de mobilité de main-d’œuvre doivent garantir la portabilité des droits sociaux. Le Sénégal a signé deux accords qui prévoient la reconnaissance des compétences.',
    },
  },
  {
    profile: {
      displayName: 'Lucía Ferrer',
      organisation: 'Confederación Sindical de Trabajadores',
      stakeholderType: 'trade_union' as const,
    },
    input: {
      questionNumber: 2,
      language: 'es' as const,
      objectiveNumbers: [6],
      body: 'Los visados de trabajo temporal deben permitir cambiar de empleador. La falta de inspección laboral agrava la explotación de los trabajadores agrícolas.',
    },
  },
  {
    profile: {
      displayName: 'Tomás Rivera',
      organisation: 'Municipality of San Marcos',
      stakeholderType: 'local_authority' as const,
    },
    input: {
      questionNumber: 2,
      language: 'en' as const,
      objectiveNumbers: [2],
      body: 'Repeated droughts push young people to leave rural districts. Municipalities need funding for local employment programmes so that migration is a choice.',
    },
  },
];
const REPLY = 'Thank you. Which countries have adopted the zero-fee model?';

/**
 * A co-chair's journey in Debian's Chromium with the worker running: sign in, open the round's
 * background note while it is being drafted and see the status change live, follow a citation
 * to the contribution, ask for a redraft and compare versions, download the .docx. Every page is
 * screenshotted and passes axe with no serious violation.
 */
describe('browser: a co-chair follows the background note from draft to download', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let base: string;
  let moderator: TestUser;
  let coChair: TestUser;
  let roundId: string;
  const ids: string[] = [];
  const visited: string[] = [];

  async function check(name: string): Promise<void> {
    visited.push(name);
    await screenshot(page, `co-chair-${name}`);
    expect([name, await seriousViolations(page)]).toEqual([name, []]);
  }

  const statusText = () => page.locator('[data-status-text]').textContent();

  /** Marks the document, so that a later check can tell it was not reloaded. */
  const markDocument = () => page.evaluate('window.notReloaded = true');
  const stillSameDocument = () => page.evaluate('window.notReloaded === true');

  /** Waits for the live status line to say `text` while the worker drafts. */
  const statusBecomes = (text: string) =>
    page.waitForSelector(`[data-status-text]:text-is(${JSON.stringify(text)})`, {
      timeout: 30_000,
    });

  beforeAll(async () => {
    app = await startTestApp();
    // Listening first: supertest would otherwise bind the server itself and close it after.
    base = await app.url();
    [browser, moderator, coChair] = await Promise.all([
      launchChromium(),
      app.api.user(['moderator']),
      app.api.user(['co_chair'], { displayName: 'Co-chair Helena Berg' }),
    ]);
    const created = await app.api.as(moderator).post(
      '/rounds',
      roundInput({
        title: 'Roundtable on fair recruitment and decent work',
        coChairIds: [coChair.id],
      }),
    );
    roundId = created.body.id as string;
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/open`)).status).toBe(200);
    for (const { profile, input } of CONTRIBUTORS) {
      const author = await app.api.user(['stakeholder'], profile);
      const res = await app.api.as(author).post(`/rounds/${roundId}/contributions`, input);
      expect(res.status).toBe(202);
      ids.push(res.body.id as string);
    }
    const reply = await app.api.as(moderator).post(`/contributions/${ids[0]}/replies`, {
      body: REPLY,
    });
    expect(reply.status).toBe(201);
    await app.drain();
    page = await newPage(browser);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in, watches the draft arrive, follows a citation, compares versions, downloads', async () => {
    await page.goto(`${base}/sign-in`);
    await check('sign-in');
    await signInThroughPage(page, base, coChair);

    // The worker waits while the round closes, so the page opens before the draft exists.
    await app.stopWorker();
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/close`)).status).toBe(202);
    await page
      .getByRole('link', { name: 'Roundtable on fair recruitment and decent work' })
      .click();
    await check('round');
    await page.getByRole('link', { name: 'Read the background note' }).click();
    await page.waitForURL(`${base}/notes/${roundId}`);
    expect(await statusText()).toBe(
      'The consultation has closed: drafting the note will start shortly.',
    );
    expect(await page.locator('article.note').count()).toBe(0);
    await check('note-waiting');

    await markDocument();
    await app.startWorker();
    await statusBecomes('Version 1 is ready.');
    expect(await stillSameDocument()).toBe(true);
    await page.getByRole('link', { name: 'Show version 1' }).click();
    await page.waitForSelector('article.note');
    expect(await statusText()).toBe('Version 1 is the latest draft.');
    expect(await page.locator('svg[role="img"] title').count()).toBeGreaterThan(0);
    await check('note');

    // A label opens the contribution it cites: author, language, question, thread.
    const cite = page.locator('article.note a.cite').first();
    const target = (await cite.getAttribute('href'))!;
    await cite.click();
    const cited = page.locator(`details${target}`);
    await page.waitForSelector(`details${target}[open]`);
    const citedText = (await cited.textContent()) ?? '';
    const contributor = CONTRIBUTORS.find((c) => citedText.includes(c.input.body));
    expect(contributor).toBeDefined();
    expect(citedText).toContain(contributor!.profile.organisation);
    expect(citedText).toMatch(/Question \d: /);
    expect(await cited.getByText(contributor!.input.body).isVisible()).toBe(true);
    const replied = page.locator('details.citation', { hasText: CONTRIBUTORS[0].input.body });
    expect(await replied.textContent()).toContain(REPLY);
    await check('citation');

    // The moderator hides a contribution (a redraft follows by itself), then the co-chair asks
    // for one more: the worker waits again, so the page shows the request under way.
    const hidden = CONTRIBUTORS[3].input.body;
    expect(
      (await app.api.as(moderator).post(`/contributions/${ids[3]}/hide`, { reason: 'Duplicate' }))
        .status,
    ).toBe(200);
    // The redraft goes through the outbox and three jobs: wait for it as a reader would.
    await eventually(
      async () => {
        await app.drain();
        await page.reload();
        return (await statusText()) === 'Version 2 is the latest draft.';
      },
      { timeoutMs: 30_000, intervalMs: 500, what: 'version 2 on the page' },
    );
    expect(await page.getByText(hidden).count()).toBe(0);

    await app.stopWorker();
    await page.getByRole('button', { name: 'Request a new draft' }).click();
    await page.waitForURL(/requested=1/);
    expect(await page.locator('.notice').textContent()).toContain('A new draft was requested.');
    expect(await statusText()).toBe('A new draft is being prepared. This takes a minute or two.');
    await check('redraft-requested');
    await markDocument();
    await app.startWorker();
    await statusBecomes('Version 3 is ready.');
    expect(await stillSameDocument()).toBe(true);
    await page.getByRole('link', { name: 'Show version 3' }).click();
    await page.waitForSelector('article.note');
    expect(await page.locator('table.versions tbody tr').count()).toBe(3);

    await page.getByRole('link', { name: 'What changed from version 2' }).click();
    await page.waitForURL(/compare\?from=2&to=3/);
    expect(await page.locator('h1').textContent()).toBe('What changed from version 2 to version 3');
    await check('compare-2-3');
    await page.getByLabel('From version').selectOption('1');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/compare\?from=1&to=3/);
    expect(await page.locator('.diff li').count()).toBeGreaterThan(0);
    expect(await page.getByText(hidden).count()).toBe(0);
    await check('compare-1-3');

    await page.getByRole('link', { name: 'Back to the note' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Word document (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('background-note-v3.docx');
    expect(
      readFileSync(await download.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(visited).toHaveLength(8);
  }, 180_000);
});
