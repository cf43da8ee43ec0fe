// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { PreviewCard } from '../../../src/core/preview-card';
import { ENGLISH_CARD_STRINGS } from '../../../src/content/previews/card-strings-english';
import { renderCard } from '../../../src/content/previews/card-view';

const strings = ENGLISH_CARD_STRINGS;

const card: PreviewCard = {
  topic: 'stalin',
  label: 'Joseph <b>Stalin</b>',
  dates: '1945–1953',
  argues: 'He <img src=x onerror=alert(1)> wanted a buffer.',
  background: null,
  evidence: { date: '1950-02-14', title: 'Treaty & <i>annex</i>', source: 'AVPRF, f. 07', status: 'verified' },
};

describe('renderCard', () => {
  it('shows the data as text, never as HTML', () => {
    const el = renderCard(document, card, strings, { more: () => {}, close: () => {} }, 'ltr', 'en');
    expect(el.querySelector('img, b, i')).toBeNull();
    expect(el.textContent).toContain('Joseph <b>Stalin</b>');
    expect(el.textContent).toContain('He <img src=x onerror=alert(1)> wanted a buffer.');
    expect(el.textContent).toContain('Treaty & <i>annex</i>');
  });

  it("labels the paper's claim as the paper's, and background as background", () => {
    const el = renderCard(document, card, strings, { more: () => {}, close: () => {} }, 'ltr', 'en');
    expect([...el.querySelectorAll('.kicker')].map((k) => k.textContent)).toEqual([strings.paperArgues, strings.evidence]);
    const context = renderCard(document, { ...card, argues: null, background: 'Context.' }, strings, { more: () => {}, close: () => {} }, 'ltr', 'en');
    expect(context.querySelector('.kicker')?.textContent).toBe(strings.background);
    expect(context.textContent).not.toContain(strings.paperArgues);
  });

  it('shows the evidence date, title, source and status', () => {
    const el = renderCard(document, card, strings, { more: () => {}, close: () => {} }, 'ltr', 'en');
    expect(el.querySelector('time')?.getAttribute('datetime')).toBe('1950-02-14');
    expect(el.querySelector('.evidence')?.textContent).toBe('Strongest evidence1950-02-14 · Treaty & <i>annex</i>AVPRF, f. 07 · verified');
  });

  it('says what the status word means', () => {
    const verified = renderCard(document, card, strings, { more: () => {}, close: () => {} }, 'ltr', 'en');
    expect(verified.querySelector<HTMLElement>('.status')?.title).toBe(strings.verifiedHelp);
    const secondary = renderCard(document, { ...card, evidence: { ...card.evidence!, status: 'secondary' } }, strings, { more: () => {}, close: () => {} }, 'ltr', 'en');
    expect(secondary.querySelector<HTMLElement>('.status')?.title).toBe(strings.secondaryHelp);
  });

  it('follows the page direction and names itself for assistive technology', () => {
    const el = renderCard(document, card, strings, { more: () => {}, close: () => {} }, 'rtl', 'zh-Hans');
    expect(el.dir).toBe('rtl');
    expect(el.lang).toBe('zh-Hans');
    expect(el.getAttribute('role')).toBe('dialog');
    expect(el.getAttribute('aria-label')).toBe(card.label);
  });

  it('calls back for More and ×', () => {
    const more = vi.fn();
    const close = vi.fn();
    const el = renderCard(document, card, strings, { more, close }, 'ltr', 'en');
    (el.querySelector('.more') as HTMLButtonElement).click();
    (el.querySelector('.close') as HTMLButtonElement).click();
    expect(more).toHaveBeenCalledOnce();
    expect(close).toHaveBeenCalledOnce();
  });
});
