// @vitest-environment jsdom
// The page observer's batches (content/page-observer.ts): the subtrees to rescan, and whether the body's
// text changed where no rescan reads it (script, style, code), which drops a report's kept passages.
import { afterEach, describe, expect, it } from 'vitest';
import { PageObserver } from '../../src/content/page-observer';
import type { ScanRoot } from '../../src/content/text-runs';

function watch(): { rescans: ScanRoot[][]; unread: number[]; observer: PageObserver } {
  const rescans: ScanRoot[][] = [];
  const unread: number[] = [];
  const observer = new PageObserver(document, {
    rescan: (roots) => rescans.push(roots),
    rescanAll: () => undefined,
    unread: () => unread.push(rescans.length),
  });
  observer.start();
  return { rescans, unread, observer };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

let running: PageObserver | null = null;
afterEach(() => running?.stop());

describe('the page observer', () => {
  it('rescans an added paragraph, and says nothing of unread text', async () => {
    document.body.innerHTML = '<main><p>a</p></main>';
    const { rescans, unread, observer } = watch();
    running = observer;
    const p = document.createElement('p');
    p.textContent = 'Mao';
    document.querySelector('main')!.append(p);
    await settle();
    expect(rescans).toEqual([[p]]);
    expect(unread).toEqual([]);
  });

  it('reports text changed inside code, or a style added in the body, but not a style added to the head', async () => {
    document.body.innerHTML = '<p>Mao wrote <code>x = 1</code>.</p>';
    const { rescans, unread, observer } = watch();
    running = observer;
    (document.querySelector('code')!.firstChild as Text).data = 'x = 2';
    await settle();
    expect(unread).toEqual([0]);
    document.head.append(document.createElement('style'));
    await settle();
    expect(unread).toEqual([0]);
    document.querySelector('p')!.append(document.createElement('style'));
    await settle();
    expect(unread).toEqual([0, 0]);
    expect(rescans).toEqual([]);
  });
});
