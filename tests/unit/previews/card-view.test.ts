// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { PreviewCard } from '../../../src/core/preview-card';
import { ENGLISH_CARD_STRINGS } from '../../../src/content/previews/card-strings-english';
import { renderCard } from '../../../src/content/previews/card-view';

const strings = ENGLISH_CARD_STRINGS;

const card: PreviewCard = {
  topic: 'stalin',
  label: 'Joseph <b>Stalin</b>',
  names: [
    { text: '斯大林', lang: 'zh-Hans' },
    { text: 'Иосиф Сталин', lang: 'ru' },
    { text: 'sī dà lín', lang: 'zh-Latn-pinyin' },
  ],
  dates: '1945–1953',
  paper: 'XU Hao (2022)',
  lead: {
    thesis: 'new-treaty-1950',
    title: 'A new treaty in 1950',
    argues: 'He <img src=x onerror=alert(1)> wanted a buffer.',
    reason: { kind: 'date', text: 'February 1950', where: 'sentence' },
  },
  notAddressed: false,
  summary: null,
  background: null,
  evidence: {
    date: '1950-02-14',
    when: '14 Feb 1950',
    title: 'Treaty & <i>annex</i>',
    source: 'AVPRF, f. 07',
    status: 'verified',
  },
  others: [{ thesis: 'pact-1939-interviews', title: 'The 1939 pact interviews', argues: 'An objective view.' }],
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
    expect([...el.querySelectorAll('.kicker')].map((k) => k.textContent)).toEqual([
      'XU Hao (2022) argues (paraphrase of the abstract)',
      strings.evidence,
    ]);
    const context = renderCard(
      document,
      { ...card, lead: null, others: [], background: 'Context.' },
      strings,
      { more: () => {}, close: () => {} },
      'ltr',
      'en',
    );
    expect(context.querySelector('.kicker')?.textContent).toBe(strings.background);
    expect(context.textContent).not.toContain('argues');
  });

  it('leads with the point and the one-line reason', () => {
    const el = renderCard(document, card, strings, { more: () => {}, close: () => {} }, 'ltr', 'en');
    expect(el.querySelector('.point')?.textContent).toBe('A new treaty in 1950');
    expect(el.querySelector('.reason')?.textContent).toBe('This paragraph is about February 1950.');
    const heading = {
      ...card,
      lead: { ...card.lead!, reason: { kind: 'date' as const, text: 'July 1958', where: 'heading' as const } },
    };
    expect(
      renderCard(document, heading, strings, { more: () => {}, close: () => {} }, 'ltr', 'en').querySelector('.reason')
        ?.textContent,
    ).toBe('This section is about July 1958.');
  });

  it('says plainly when the paper does not address the passage, never stretching a point', () => {
    const none = { ...card, lead: null, notAddressed: true, summary: 'Soviet leader.' };
    const el = renderCard(document, none, strings, { more: () => {}, close: () => {} }, 'ltr', 'en');
    expect(el.querySelector('.note')?.textContent).toBe(strings.notAddressed);
    expect(el.textContent).toContain('Soviet leader.');
    expect(el.textContent).not.toContain('argues');
  });

  it('opens the other points in place', () => {
    const el = renderCard(document, card, strings, { more: () => {}, close: () => {} }, 'ltr', 'en');
    const toggle = el.querySelector('.points') as HTMLButtonElement;
    const list = el.querySelector('.others') as HTMLElement;
    expect(toggle.textContent).toBe('1 more point the paper makes about Joseph <b>Stalin</b>');
    expect(toggle.getAttribute('aria-controls')).toBe(list.id);
    expect([list.hidden, toggle.getAttribute('aria-expanded')]).toEqual([true, 'false']);
    toggle.click();
    expect([list.hidden, toggle.getAttribute('aria-expanded')]).toEqual([false, 'true']);
    expect(list.textContent).toBe('The 1939 pact interviewsAn objective view.');
  });

  it('shows the evidence date, title, source and status', () => {
    const el = renderCard(document, card, strings, { more: () => {}, close: () => {} }, 'ltr', 'en');
    expect(el.querySelector('time')?.getAttribute('datetime')).toBe('1950-02-14');
    expect(el.querySelector('.evidence')?.textContent).toBe(
      'Evidence nearest this passage14 Feb 1950 · Treaty & <i>annex</i>AVPRF, f. 07 · verified',
    );
  });

  it('says what the status word means', () => {
    const verified = renderCard(document, card, strings, { more: () => {}, close: () => {} }, 'ltr', 'en');
    expect(verified.querySelector<HTMLElement>('.status')?.title).toBe(strings.verifiedHelp);
    const secondary = renderCard(
      document,
      { ...card, evidence: { ...card.evidence!, status: 'secondary' } },
      strings,
      { more: () => {}, close: () => {} },
      'ltr',
      'en',
    );
    expect(secondary.querySelector<HTMLElement>('.status')?.title).toBe(strings.secondaryHelp);
  });

  it('follows the page direction and names itself for assistive technology', () => {
    const el = renderCard(document, card, strings, { more: () => {}, close: () => {} }, 'rtl', 'zh-Hans');
    expect(el.dir).toBe('rtl');
    expect(el.lang).toBe('zh-Hans');
    expect(el.getAttribute('role')).toBe('dialog');
    expect(el.getAttribute('aria-label')).toBe(card.label);
  });

  // The reader's own click reaches More and × (tests/browser/card-forgery.test.ts clicks them for real);
  // a click a script dispatched (isTrusted false, as every event made here is) must do nothing.
  it('ignores More and × clicked by a script', () => {
    const more = vi.fn();
    const close = vi.fn();
    const el = renderCard(document, card, strings, { more, close }, 'ltr', 'en');
    (el.querySelector('.more') as HTMLButtonElement).click();
    (el.querySelector('.close') as HTMLButtonElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(more).not.toHaveBeenCalled();
    expect(close).not.toHaveBeenCalled();
  });
  it('names the topic in the other scripts, each marked with its language, and dates evidence as written', () => {
    const el = renderCard(document, card, strings, { more: () => {}, close: () => {} }, 'ltr', 'en');
    expect(el.querySelector('.head .names')?.textContent).toBe('斯大林 · Иосиф Сталин · sī dà lín');
    expect([...el.querySelectorAll('.names .name')].map((n) => n.getAttribute('lang'))).toEqual([
      'zh-Hans',
      'ru',
      'zh-Latn-pinyin',
    ]);
    expect(el.querySelector('.evidence time')?.textContent).toBe('14 Feb 1950');
    expect(el.querySelector('.evidence time')?.getAttribute('datetime')).toBe('1950-02-14');
    const bare = renderCard(
      document,
      { ...card, names: [] },
      strings,
      { more: () => {}, close: () => {} },
      'ltr',
      'en',
    );
    expect(bare.querySelector('.names')).toBeNull();
  });
});
