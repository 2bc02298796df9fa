import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { TestUser } from './api-client';

/** Debian's Chromium (`apt-get install -y chromium`, done by .ci/run): no browser download. */
export const CHROMIUM = '/usr/bin/chromium';

/** Screenshots of each page the browser tests visit, kept as CI artifacts. */
export const SCREENSHOT_DIR = resolve(__dirname, '../../../test-artifacts/screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // A closed network: no background connections, no first-run or component updates.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** The axe-core violations on the page that are serious or critical, as "rule: target" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** A page in a context of its own (axe needs one), in British English, failing fast. */
export async function newPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

/** Signs in through the sign-in page, as a person would, and waits for the consultations. */
export async function signInThroughPage(page: Page, base: string, user: TestUser): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/consultations$/);
}
