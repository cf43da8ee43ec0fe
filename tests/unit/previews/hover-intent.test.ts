import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../../../src/content/page-mention';
import { GRACE_MS, HoverIntent } from '../../../src/content/previews/hover-intent';

const m = (id: number) => ({ id, topic: `t${id}` }) as PageMention;

function setup(delay = 500) {
  const log: string[] = [];
  const intent: HoverIntent = new HoverIntent({
    intend: (x) => log.push(`intend ${x.id}`),
    open: (x) => {
      log.push(`open ${x.id}`);
      intent.opened(x, true);
    },
    close: () => {
      log.push('close');
      intent.closed(false);
    },
    delayMs: () => delay,
  });
  return { intent, log };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('HoverIntent', () => {
  it('opens after the pointer rests for the delay, not before', () => {
    const { intent, log } = setup();
    intent.over(m(1));
    vi.advanceTimersByTime(499);
    expect(log).toEqual(['intend 1']);
    intent.over(m(1));
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['intend 1', 'open 1']);
  });

  it('does not open when the pointer passes over a mention', () => {
    const { intent, log } = setup();
    intent.over(m(1));
    vi.advanceTimersByTime(200);
    intent.over(null);
    vi.advanceTimersByTime(2000);
    expect(log).toEqual(['intend 1']);
  });

  it('closes after the grace period once the pointer leaves, unless it reaches the card', () => {
    const { intent, log } = setup();
    intent.over(m(1));
    vi.advanceTimersByTime(500);
    intent.over(null);
    vi.advanceTimersByTime(GRACE_MS - 50);
    intent.overCard();
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['intend 1', 'open 1']);
    intent.over(null);
    vi.advanceTimersByTime(GRACE_MS);
    expect(log).toEqual(['intend 1', 'open 1', 'close']);
  });

  it('keeps the card when the pointer comes back to its mention in time', () => {
    const { intent, log } = setup();
    intent.over(m(1));
    vi.advanceTimersByTime(500);
    intent.over(null);
    vi.advanceTimersByTime(100);
    intent.over(m(1));
    vi.advanceTimersByTime(2000);
    expect(log).toEqual(['intend 1', 'open 1']);
  });

  it('moves to another mention: the old card goes after the grace, the new one after the delay', () => {
    const { intent, log } = setup();
    intent.over(m(1));
    vi.advanceTimersByTime(500);
    intent.over(m(2));
    vi.advanceTimersByTime(GRACE_MS);
    expect(log).toEqual(['intend 1', 'open 1', 'intend 2', 'close']);
    vi.advanceTimersByTime(500 - GRACE_MS);
    expect(log.at(-1)).toBe('open 2');
  });

  it('does not reopen a dismissed card until the pointer has left its mention', () => {
    const { intent, log } = setup();
    intent.over(m(1));
    vi.advanceTimersByTime(500);
    intent.closed(true);
    intent.over(m(1));
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['intend 1', 'open 1']);
    intent.over(null);
    intent.over(m(1));
    vi.advanceTimersByTime(500);
    expect(log.at(-1)).toBe('open 1');
  });

  it('leaves cards opened by focus or a command to whoever opened them', () => {
    const { intent, log } = setup();
    intent.opened(m(3), false);
    intent.over(null);
    vi.advanceTimersByTime(5000);
    expect(log).toEqual([]);
  });

  it('uses the delay the settings give at the moment', () => {
    const { intent, log } = setup(1200);
    intent.over(m(1));
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['intend 1']);
    vi.advanceTimersByTime(200);
    expect(log).toEqual(['intend 1', 'open 1']);
  });
});
