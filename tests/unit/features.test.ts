// Feature detection where the browser has everything (desktop Chromium or Firefox).
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => [] as unknown[]);
vi.mock('../../src/platform/browser', () => ({
  ext: {
    commands: {},
    contextMenus: {},
    windows: {},
    sidePanel: {},
    omnibox: {},
    action: {
      setBadgeText: async (details: unknown) => void calls.push(details),
      setBadgeBackgroundColor: async (details: unknown) => void calls.push(details),
    },
  },
}));

const { features, setBadge, setBadgeColor } = await import('../../src/platform/features');

describe('features on a desktop browser', () => {
  it('finds every namespace and the badge', () => {
    expect(features).toEqual({
      commands: true,
      contextMenus: true,
      windows: true,
      sideView: true,
      omnibox: true,
      badge: true,
    });
  });

  it('sets the badge through the browser', async () => {
    await setBadge(3, '12');
    await setBadgeColor('#b02a1e');
    expect(calls).toEqual([{ tabId: 3, text: '12' }, { color: '#b02a1e' }]);
  });
});
