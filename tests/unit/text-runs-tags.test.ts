// The fast path for a paragraph (one native query for anything not plain inline) must agree with
// textRuns(): a "plain inline" tag that cut runs or hid text would join or read what textRuns() does not.
import { describe, expect, it } from 'vitest';
import { BLOCK_TAGS, NOT_PLAIN_INLINE_SELECTOR, PLAIN_INLINE_TAGS, SKIPPED_TAGS } from '../../src/content/text-runs';

describe('plain inline tags', () => {
  it('are neither blocks nor skipped', () => {
    for (const tag of PLAIN_INLINE_TAGS) {
      expect(BLOCK_TAGS.has(tag), tag).toBe(false);
      expect(SKIPPED_TAGS.has(tag), tag).toBe(false);
    }
  });
  it('are all in the selector, with the attributes that hide or edit text', () => {
    for (const tag of PLAIN_INLINE_TAGS) expect(NOT_PLAIN_INLINE_SELECTOR).toContain(tag.toLowerCase());
    for (const attr of ['[hidden]', '[aria-hidden="true"]', '[contenteditable]'])
      expect(NOT_PLAIN_INLINE_SELECTOR).toContain(attr);
  });
});
