import type { Browser, Page } from 'playwright-core';
import {
  eventually,
  launchChromium,
  newPage,
  roundInput,
  screenshot,
  seriousViolations,
  startTestApp,
  type TestApp,
  type TestUser,
} from '@convene/testing';

/**
 * A stakeholder's journey in Debian's Chromium against the real API and worker: register, find
 * the round, switch to French, contribute in French, and see the moderator's reply arrive as a
 * notification. Every page is screenshotted and passes axe with no serious violation.
 */
describe('browser: a stakeholder contributes in French and sees the moderator reply', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let base: string;
  let moderator: TestUser;
  let roundId: string;
  const visited: string[] = [];

  async function check(name: string): Promise<void> {
    visited.push(name);
    await screenshot(page, `stakeholder-${name}`);
    expect([name, await seriousViolations(page)]).toEqual([name, []]);
  }

  beforeAll(async () => {
    app = await startTestApp();
    // Listening first: supertest would otherwise bind the server itself and close it after.
    base = await app.url();
    [browser, moderator] = await Promise.all([launchChromium(), app.api.user(['moderator'])]);
    const created = await app.api
      .as(moderator)
      .post('/rounds', roundInput({ title: 'Consultation on decent work' }));
    roundId = created.body.id as string;
    expect((await app.api.as(moderator).post(`/rounds/${roundId}/open`)).status).toBe(200);
    page = await newPage(browser);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('registers, contributes in French and finds the reply', async () => {
    await page.goto(`${base}/`);
    await check('home');
    await page.getByRole('link', { name: 'Register' }).first().click();
    await check('register');

    await page.getByLabel('Your name').fill('Amina Diallo');
    await page.getByLabel('Organisation (optional)').fill('Réseau Migrations Sahel');
    await page.getByLabel('You contribute as').selectOption('civil_society');
    await page.getByLabel('Email').fill('amina@example.test');
    await page.getByLabel('Password').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.waitForURL(/\/consultations/);
    expect(await page.getByRole('status').textContent()).toMatch(/Your account is ready/);
    await check('consultations');

    await page.getByRole('link', { name: 'Français' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('link', { name: 'Consultation on decent work' }).click();
    expect(await page.getByText('Quelles priorités pour la table ronde ?').count()).toBe(1);
    await check('round');

    await page.getByRole('link', { name: 'Contribuer' }).click();
    await check('contribute');
    await page.getByLabel('Question').selectOption('1');
    await page.getByLabel('Langue de votre contribution').selectOption('fr');
    await page.locator('#objective-5').check();
    const text =
      'Les accords bilatéraux doivent interdire les frais de recrutement et garantir la portabilité des droits sociaux.';
    await page.getByLabel('Votre contribution', { exact: true }).fill(text);
    expect(await page.locator('#body-limit').textContent()).toBe(
      `${text.length} sur 20000 caractères`,
    );
    await page.getByRole('button', { name: 'Envoyer la contribution' }).click();
    await page.waitForURL(/contributed=1/);
    expect(await page.getByRole('status').textContent()).toMatch(/Merci/);
    expect(await page.getByText(text).count()).toBe(1);

    const stored: { id: string; language: string; body: string; declared_objectives: number[] }[] =
      await app.db.query(
        `SELECT id, declared_language AS language, body, declared_objectives FROM contributions WHERE round_id = $1`,
        [roundId],
      );
    expect(stored).toEqual([
      { id: expect.any(String), language: 'fr', body: text, declared_objectives: [5] },
    ]);

    const reply = await app.api.as(moderator).post(`/contributions/${stored[0].id}/replies`, {
      body: 'Merci. Quels pays appliquent déjà cette interdiction ?',
    });
    expect(reply.status).toBe(201);
    await eventually(async () => {
      await page.goto(`${base}/my/notifications`);
      return (await page.getByText('Un modérateur a répondu').count()) > 0;
    });
    await check('notifications');
    await page.getByRole('link', { name: 'Ouvrir' }).first().click();
    const moderatorReply = page.locator('.reply.moderator');
    expect(await moderatorReply.textContent()).toContain('Modérateur');
    expect(await moderatorReply.textContent()).toContain(
      'Quels pays appliquent déjà cette interdiction ?',
    );

    await page.goto(`${base}/my/contributions`);
    expect(await page.getByText('Consultation on decent work').count()).toBe(1);
    await check('my-contributions');
    expect(visited).toHaveLength(7);
  }, 90_000);
});
