import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gotoReady } from './ready';

const RAW = readFileSync(join(import.meta.dirname, 'fixtures', 'postfix-user-unknown.eml'), 'utf8');
const BODY_ONLY = `Delivery has failed to these recipients or groups:

someone@example.net
The email address you entered couldn't be found.

Diagnostic information for administrators:
Generating server: mail.example.net
someone@example.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'`;
const LINE = '554 5.7.1 <info@example.com>: Relay access denied';

/** Every request the page makes, with its URL and body, to prove no pasted text leaves the browser. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(`${r.url()} ${r.postData() ?? ''}`));
  return seen;
}

async function analyze(page: Page, text: string) {
  await gotoReady(page, '/analyze/');
  await page.getByRole('textbox', { name: 'Bounce message' }).fill(text);
  await page.getByRole('button', { name: 'Analyze', exact: true }).click();
}

test('a raw bounce gives a verdict, the evidence and the article, and nothing is uploaded', async ({ page }) => {
  const requests = recordRequests(page);
  await analyze(page, RAW);
  const verdict = page.getByRole('heading', { level: 3 }).first();
  await expect(verdict).toContainText('nobody@example.com');
  await expect(verdict).toContainText('does not exist');
  await expect(page.getByText('You, the sender.')).toBeVisible();
  await expect(page.getByRole('link', { name: /User unknown in virtual alias table|5\.1\.1/ })).toBeVisible();
  await page.getByText(/^Evidence/).click();
  await expect(page.getByText(/Diagnostic-Code|User unknown/).last()).toBeVisible();
  expect(requests.filter((r) => r.includes('nobody') || r.includes('MARKER-ORIGINAL') || r.includes('Quarterly'))).toEqual([]);
});

test('a body-only paste still finds the recipient and the code', async ({ page }) => {
  await analyze(page, BODY_ONLY);
  await expect(page.getByRole('heading', { level: 3 }).first()).toContainText('someone@example.net');
  await expect(page.getByText('550 5.1.10', { exact: true })).toBeVisible();
});

test('a single server line is understood', async ({ page }) => {
  await analyze(page, LINE);
  await expect(page.getByRole('heading', { level: 3 }).first()).toContainText(/relay/i);
  await expect(page.getByRole('link', { name: /Relay access denied/ })).toBeVisible();
});

test('a dropped .eml file is analyzed', async ({ page }) => {
  await gotoReady(page, '/analyze/');
  await page.getByLabel('Or choose an .eml file').setInputFiles(join(import.meta.dirname, 'fixtures', 'postfix-user-unknown.eml'));
  await expect(page.getByRole('heading', { level: 3 }).first()).toContainText('nobody@example.com');
});

test('the share link restores the verdict without the email', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await analyze(page, RAW);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('/analyze/#v=');
  const fragment = link.slice(link.indexOf('#'));
  expect(Buffer.from(fragment.slice(3).replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString()).not.toContain('nobody@example.com');
  const shared = await context.newPage();
  await shared.goto(`/analyze/${fragment}`);
  await expect(shared.getByRole('heading', { name: 'Shared verdict' })).toBeVisible();
  await expect(shared.getByRole('heading', { level: 3 })).toContainText('does not exist');
});

test('pasted markup is shown as text, never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  const payload = `550 5.1.1 <script>alert('x')</script> <img src=x onerror="alert('y')"> user unknown <bad@example.com>`;
  await analyze(page, payload);
  await expect(page.getByText("<script>alert('x')</script>", { exact: false }).first()).toBeVisible();
  expect(dialogs).toEqual([]);
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
});

test('the home page paste box hands the text to the analyzer', async ({ page }) => {
  await gotoReady(page, '/');
  await page.getByRole('textbox', { name: 'Bounce message' }).fill(LINE);
  await page.getByRole('button', { name: 'Analyze' }).click();
  await expect(page).toHaveURL(/\/analyze\/$/);
  await expect(page.getByRole('heading', { level: 3 }).first()).toContainText(/relay/i);
});

const FORGED = readFileSync(join(import.meta.dirname, 'fixtures', 'backscatter-forged-original.eml'), 'utf8');
const SENT_THROUGH_HOST = readFileSync(join(import.meta.dirname, 'fixtures', 'genuine-bounce-sent-through-host.eml'), 'utf8');

test('a bounce of a forged message says nothing needs fixing and links the guide', async ({ page }) => {
  await analyze(page, FORGED);
  const notice = page.getByRole('region', { name: /You did not send this message/ });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('not the cause');
  await expect(notice.getByRole('listitem').first()).toContainText('Received');
  await expect(page.getByText('Nobody on your side.')).toBeVisible();
  await expect(page.getByText('Something must change before you send again.')).toHaveCount(0);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${scheme} ${v.id}`)).toEqual([]);
  }
  const guide = notice.getByRole('link', { name: /bounces for mail you never sent/ });
  await guide.focus();
  await expect(guide).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guides\/bounce-for-mail-i-never-sent\/$/);
});

test('a genuinely sent bounce is not called backscatter', async ({ page }) => {
  await analyze(page, SENT_THROUGH_HOST);
  await expect(page.getByRole('heading', { level: 3 }).first()).toContainText('nobody.here@example.net');
  await expect(page.getByRole('region', { name: /You did not send this message/ })).toHaveCount(0);
});

test('a misspelt provider domain gets a suggestion', async ({ page }) => {
  await analyze(page, '550 5.1.1 <bob@gmial.com>: Recipient address rejected: User unknown in virtual alias table');
  const hint = page.getByRole('note').filter({ hasText: 'Did you mean bob@gmail.com?' });
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('gmial.com');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${scheme} ${v.id}`)).toEqual([]);
  }
});

test('a report in another language says which language it was in', async ({ page }) => {
  await analyze(page, `Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

bob@example.org
Die eingegebene E-Mail-Adresse wurde nicht gefunden.

Diagnoseinformationen für Administratoren:
Generierender Server: mail.example.com
bob@example.org
Remoteserver hat '550 5.1.1 User unknown' zurückgegeben`);
  await expect(page.getByRole('heading', { level: 3 }).first()).toContainText('bob@example.org');
  await expect(page.getByText(/Report language:\s*German/)).toBeVisible();
});

test('words no rule names get an honest "unclear" with at most two closest known messages', async ({ page }) => {
  await analyze(page, '<gina@example.org>: host mx.example.org[192.0.2.5] said: 550 Requested action aborted: the destination is not accepting this kind of traffic right now (in reply to RCPT TO command)');
  const note = page.getByRole('note', { name: 'Closest known messages' });
  await expect(note).toContainText('The reason is unclear');
  const guesses = await note.getByRole('listitem').count();
  expect(guesses).toBeGreaterThan(0);
  expect(guesses).toBeLessThanOrEqual(2);
  await expect(page.getByText('You, the sender.')).toBeVisible();
});
