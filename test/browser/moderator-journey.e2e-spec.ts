import type { Browser, Page } from 'playwright-core';
import {
  contributionInput,
  launchChromium,
  newPage,
  screenshot,
  seriousViolations,
  signInThroughPage,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/**
 * A moderator's journey in Debian's Chromium against the real API and worker: sign in, create
 * a round through the console's form (objectives, questions in three languages, a co-chair by
 * email), open it, answer a contribution in place and hide another with a reason. Every page
 * is screenshotted and passes axe with no serious violation; what the forms did is read back
 * from the database.
 */
describe('browser: a moderator creates a round, opens it and works through the queue', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let base: string;
  let moderator: TestUser;
  let coChair: TestUser;
  let stakeholder: TestUser;
  const visited: string[] = [];

  async function check(name: string): Promise<void> {
    visited.push(name);
    await screenshot(page, `moderator-${name}`);
    expect([name, await seriousViolations(page)]).toEqual([name, []]);
  }

  beforeAll(async () => {
    app = await startTestApp();
    // Listening first: supertest would otherwise bind the server itself and close it after.
    base = await app.url();
    [browser, moderator, coChair, stakeholder] = await Promise.all([
      launchChromium(),
      app.api.user(['moderator']),
      app.api.user(['co_chair']),
      app.api.user(),
    ]);
    page = await newPage(browser);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('creates and opens a round, replies in place and hides with a reason', async () => {
    await signInThroughPage(page, base, moderator);

    await page.getByRole('link', { name: 'Console' }).click();
    await page.waitForURL(/\/console$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Moderator console');
    await check('console');

    await page.getByRole('link', { name: 'Create a round' }).click();
    await check('new-round');
    await page.getByLabel('Title', { exact: true }).fill('Roundtable on fair recruitment');
    await page
      .getByLabel('Description (optional)')
      .fill('Inputs for the background note of roundtable 2.');
    await page.getByLabel('6. Facilitate fair and ethical recruitment').check();
    await page.locator('#objective-2').check();
    await page.getByLabel('Question 1 in English').fill('Which recruitment practices work?');
    await page
      .getByLabel('Question 1 in French')
      .fill('Quelles pratiques de recrutement fonctionnent ?');
    await page
      .getByLabel('Question 1 in Spanish')
      .fill('¿Qué prácticas de contratación funcionan?');
    await page.getByLabel('Question 2 in English').fill('What should change?');
    await page.getByLabel('Closing date and time (UTC)').fill('2031-05-01T12:00');
    await page.getByLabel('Length of the background note, in words (optional)').fill('900');
    await page.getByLabel('Co-chairs’ email addresses (optional)').fill(coChair.email);
    await page.getByRole('button', { name: 'Create the round' }).click();
    await page.waitForURL(/done=created/);
    expect(await page.getByRole('status').textContent()).toMatch(/created as a draft/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Moderate “Roundtable on fair recruitment”',
    );
    await check('round-draft');
    const roundId = /\/console\/rounds\/([0-9a-f-]{36})/.exec(page.url())![1];

    await page.getByRole('button', { name: 'Open the round' }).click();
    await page.waitForURL(/done=opened/);
    expect(await page.getByRole('status').textContent()).toMatch(/open for contributions/);
    expect(await page.getByRole('button', { name: 'Close the round now' }).count()).toBe(1);

    const useful =
      'Recruitment fees should be banned and agencies licensed, as in the bilateral agreements we studied.';
    const spam = 'Cheap flights and visas, click my link!';
    for (const body of [useful, spam]) {
      const res = await app.api
        .as(stakeholder)
        .post(`/rounds/${roundId}/contributions`, contributionInput({ body }));
      expect(res.status).toBe(202);
    }
    await page.reload();
    const usefulCard = page.locator('article.card', { hasText: useful });
    const spamCard = page.locator('article.card', { hasText: spam });
    expect(await usefulCard.locator('.badge').first().textContent()).toBe('Awaiting a reply');
    await check('queue');

    await usefulCard
      .getByLabel('Your reply as moderator')
      .fill('Thank you. Which agreements were these?');
    await usefulCard.getByRole('button', { name: 'Post the reply' }).click();
    await page.waitForURL(/done=replied/);
    expect(await page.getByRole('status').textContent()).toMatch(/Your reply is posted/);
    expect(await usefulCard.locator('.reply.moderator').textContent()).toContain(
      'Thank you. Which agreements were these?',
    );
    expect(await usefulCard.locator('.badge').first().textContent()).toBe('Answered');

    await spamCard.getByLabel('Reason for hiding').fill('Advertising, not a contribution');
    await spamCard.getByRole('button', { name: 'Hide the contribution' }).click();
    await page.waitForURL(/done=hidden/);
    expect(await spamCard.locator('.badge').first().textContent()).toBe('Hidden');
    const log = spamCard.getByRole('region', { name: 'Moderation log' });
    expect(await log.textContent()).toMatch(/Hidden by you/);
    expect(await log.textContent()).toContain('Reason: Advertising, not a contribution');
    expect(await spamCard.getByRole('button', { name: 'Restore the contribution' }).count()).toBe(
      1,
    );
    await check('moderation-log');

    await page.getByRole('link', { name: 'Français' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Modérer « Roundtable on fair recruitment »',
    );
    expect(await spamCard.locator('.badge').first().textContent()).toBe('Masquée');
    await check('queue-fr');

    const [round] = await app.db.query(
      `SELECT status, objective_numbers, languages, closes_at, note_word_target,
              (SELECT array_agg(user_id::text) FROM round_members
                WHERE round_id = r.id AND role = 'co_chair') AS co_chairs,
              (SELECT json_agg(json_build_object('number', number, 'en', text_en, 'fr', text_fr, 'es', text_es) ORDER BY number)
                 FROM questions WHERE round_id = r.id) AS questions
         FROM rounds r WHERE id = $1`,
      [roundId],
    );
    expect(round).toEqual({
      status: 'open',
      objective_numbers: [2, 6],
      languages: ['en', 'fr', 'es'],
      closes_at: new Date('2031-05-01T12:00:00Z'),
      note_word_target: 900,
      co_chairs: [coChair.id],
      questions: [
        {
          number: 1,
          en: 'Which recruitment practices work?',
          fr: 'Quelles pratiques de recrutement fonctionnent ?',
          es: '¿Qué prácticas de contratación funcionan?',
        },
        { number: 2, en: 'What should change?', fr: null, es: null },
      ],
    });
    const contributions: {
      body: string;
      hidden: boolean;
      replies: { body: string; moderator: boolean }[] | null;
      log: { action: string; reason: string; by: string }[] | null;
    }[] = await app.db.query(
      `SELECT c.body, c.hidden,
              (SELECT json_agg(json_build_object('body', p.body, 'moderator', p.is_moderator_reply))
                 FROM replies p WHERE p.contribution_id = c.id) AS replies,
              (SELECT json_agg(json_build_object('action', l.action, 'reason', l.reason, 'by', l.moderator_id))
                 FROM moderation_log l WHERE l.contribution_id = c.id) AS log
         FROM contributions c WHERE c.round_id = $1 ORDER BY c.created_at`,
      [roundId],
    );
    expect(contributions).toEqual([
      {
        body: useful,
        hidden: false,
        replies: [{ body: 'Thank you. Which agreements were these?', moderator: true }],
        log: null,
      },
      {
        body: spam,
        hidden: true,
        replies: null,
        log: [{ action: 'hide', reason: 'Advertising, not a contribution', by: moderator.id }],
      },
    ]);
    expect(visited).toHaveLength(6);
  }, 120_000);
});
