// On-click mode for the shortcuts: where no content script answers, the key press starts the scan in
// that tab and the command is retried; where the browser refuses, the first error stands.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const platform = vi.hoisted(() => ({ start: 'started', calls: [] as number[] }));
vi.mock('../../src/platform/site-access', () => ({
  startScanInTab: async (tabId: number) => {
    platform.calls.push(tabId);
    return platform.start;
  },
}));

const { withScanInTab } = await import('../../src/background/on-click');

beforeEach(() => {
  platform.calls.length = 0;
});

describe('withScanInTab', () => {
  it('asks once and starts nothing where the scan already answers', async () => {
    const ask = vi.fn(async () => 'step');
    await expect(withScanInTab(4, ask)).resolves.toBe('step');
    expect(ask).toHaveBeenCalledOnce();
    expect(platform.calls).toEqual([]);
  });

  it('starts the scan in that tab and retries until it answers', async () => {
    platform.start = 'started';
    let n = 0;
    const ask = vi.fn(async () => {
      n += 1;
      if (n < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return 'step';
    });
    await expect(withScanInTab(9, ask)).resolves.toBe('step');
    expect(platform.calls).toEqual([9]);
  });

  it('keeps the first error where the browser refuses (no click grant) or a scan already runs', async () => {
    for (const start of ['refused', 'running'] as const) {
      platform.start = start;
      const ask = vi.fn(async () => {
        throw new Error('no receiver');
      });
      await expect(withScanInTab(2, ask)).rejects.toThrow('no receiver');
      expect(ask).toHaveBeenCalledOnce();
    }
  });
});
