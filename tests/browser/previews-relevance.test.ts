// Issue 10: the card says what the paper argues about *this* passage. The same name (Mao Zedong)
// in a 1939, a 1950, a 1957 and a 1958 paragraph leads with four different points of the paper, each
// with the reason and the nearest evidence; in a paragraph the paper does not address, the card says so.
// The page's report (what the popup and `npm run scan` read) gives each mention the same thesis.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './launch.mjs';
import { cardText, pointOf, scanOfPage, waitForCard } from './preview-card.mjs';
import { REPO, startServer } from './server.mjs';

const theses = JSON.parse(readFileSync(join(REPO, 'data', 'theses.json'), 'utf8')) as {
  id: string;
  title: { en: string };
}[];
/** "… argues (paraphrase of the abstract)" followed by the thesis's title: the point the card leads with. */
const leadsWith = (id: string): string =>
  `argues (paraphrase of the abstract)${theses.find((t) => t.id === id)?.title.en}`;

let ext: Awaited<ReturnType<typeof launchWithExtension>>;
let server: Awaited<ReturnType<typeof startServer>>;
let page: Page;
let mentions: { topic: string; text: string; thesis?: string | null }[];

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  page = await ext.context.newPage();
  await page.goto(server.url('/previews-passages.html'));
  mentions = (await scanOfPage(ext.worker, page)).mentions;
  await page.bringToFront();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The card of the nth "Mao Zedong" in a paragraph (0: 1939, 1: 1950, 2: 1957, 3: 1958, 4: 1966). */
async function maoCard(nth: number): Promise<string> {
  await page.mouse.move(2, 2);
  await waitForCard(page, { open: false }).catch(() => undefined);
  await page.locator('p').nth(nth).scrollIntoViewIfNeeded();
  const p = await pointOf(page, 'Mao Zedong', nth);
  await page.mouse.move(p.x, p.y);
  return (await waitForCard(page)) ?? '';
}

describe('the card leads with the point of the paper this paragraph is about', () => {
  it('1958: the sovereignty point, the date that decided it, and the 21 July 1958 evidence', async () => {
    const text = await maoCard(3);
    expect(text).toContain(leadsWith('conclusion-sovereignty-equality'));
    expect(text).toContain('This paragraph is about 21 July 1958.');
    expect(text).toContain('Evidence nearest this passage21 Jul 1958');
    expect(text).toContain('4 more points the paper makes about Mao Zedong');
  });

  it('1939: the pact interviews, with the 1 September 1939 interview as evidence', async () => {
    const text = await maoCard(0);
    expect(text).toContain(leadsWith('pact-1939-interviews'));
    expect(text).toContain('This paragraph is about 1 September 1939.');
    expect(text).toContain('Evidence nearest this passage1 Sept 1939');
    // The other points follow the "more points" button (folded); before it, only the leading one.
    const conclusion = theses.find((t) => t.id === 'conclusion-sovereignty-equality')?.title.en ?? '';
    expect(text.split('more points')[0]).not.toContain(conclusion);
  });

  it('1950 and 1957: the new treaty, and "headed by the USSR"', async () => {
    expect(await maoCard(1)).toContain(leadsWith('new-treaty-1950'));
    expect(await maoCard(2)).toContain(leadsWith('headed-by-ussr-not-father-son'));
  });

  it('1966: says the abstract does not address the passage, and claims nothing for the paper', async () => {
    const text = await maoCard(4);
    expect(text).toContain("The paper's abstract does not address what this passage is about.");
    expect(text).not.toContain('argues');
    // Nor evidence from another decade passed off as "nearest".
    expect(text).not.toContain('Evidence nearest');
  });

  it('the report gives each mention the thesis its card leads with', () => {
    const mao = mentions.filter((m) => m.topic === 'mao-zedong').map((m) => m.thesis);
    expect(mao).toEqual([
      null, // "Mao" in the title, "Mao and Moscow, 1939–1958": no one point
      'pact-1939-interviews',
      'new-treaty-1950',
      'headed-by-ussr-not-father-son',
      'conclusion-sovereignty-equality',
      null,
    ]);
  });

  it('the card stays closed-shadow content (nothing in the page world)', async () => {
    expect(await page.evaluate(() => document.querySelector('html > div')?.shadowRoot ?? null)).toBeNull();
    expect(await cardText(page)).not.toBeNull();
  });
});
