// npm run release: the next version, and a changelog entry on top of the earlier ones.
import { describe, expect, it } from 'vitest';
import { nextVersion, withEntry } from '../../scripts/release.mjs';

describe('release', () => {
  it('bumps major, minor and patch, or takes a later explicit version', () => {
    expect(nextVersion('0.1.9', 'patch')).toBe('0.1.10');
    expect(nextVersion('0.1.9', 'minor')).toBe('0.2.0');
    expect(nextVersion('0.1.9', 'major')).toBe('1.0.0');
    expect(nextVersion('0.1.9', '0.3.0')).toBe('0.3.0');
  });

  it('refuses an earlier or malformed version, or no argument', () => {
    expect(() => void nextVersion('0.2.0', '0.1.10')).toThrow(/not after/);
    expect(() => void nextVersion('0.2.0', '0.2.0')).toThrow(/not after/);
    expect(() => void nextVersion('0.2.0', 'v1')).toThrow(/usage/);
    expect(() => void nextVersion('0.2.0', undefined)).toThrow(/usage/);
  });

  it('puts the new entry first and keeps the earlier ones', () => {
    const first = withEntry('', '0.1.1', '2026-12-03', ['Site access in the popup', 'Reproducible zips']);
    expect(first).toMatch(/^# Changelog\n/);
    expect(first).toContain('## 0.1.1 \u2014 2026-12-03\n\n- Site access in the popup\n- Reproducible zips\n');
    const second = withEntry(first, '0.2.0', '2026-12-10', ['Intro view']);
    expect(second.indexOf('## 0.2.0')).toBeLessThan(second.indexOf('## 0.1.1'));
    expect(second).toContain('- Reproducible zips');
    expect(second.match(/^# Changelog/gm)).toHaveLength(1);
  });
});
