// "verified" means what docs/sources.md says, and the build says which entry and field break it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KB_FILES } from '../../src/build/data-error';
import { whyNotVerifying } from '../../src/build/kb-source-check';
import { formatDataErrors, validateKnowledgeBase, type KbFiles } from '../../src/build/validate-data';
import type { Evidence, SourceRef } from '../../src/core/kb-types';

const DATA = join(__dirname, '..', '..', 'data');
const load = (): KbFiles =>
  Object.fromEntries(KB_FILES.map((n) => [n, JSON.parse(readFileSync(join(DATA, `${n}.json`), 'utf8'))])) as KbFiles;
const messages = (files: KbFiles): string => formatDataErrors(validateKnowledgeBase(files));

/** A verified item of the committed data, to break in one way at a time. */
function verifiedItem(files: KbFiles): Evidence {
  const item = (files.evidence as Evidence[]).find((e) => e.status === 'verified');
  if (!item) throw new Error('the data has no verified item');
  return item;
}

describe('whyNotVerifying', () => {
  const doc: SourceRef = {
    type: 'document',
    title: 'Record',
    collection: 'Wilson Center Digital Archive',
    doc: '112088',
  };
  it('accepts the document in a named collection with a locator, and an edition with author and page', () => {
    expect(whyNotVerifying(doc)).toBeUndefined();
    expect(
      whyNotVerifying({
        type: 'edition',
        title: '毛泽东外交文选',
        author: 'Ministry of Foreign Affairs',
        page: '322–333',
      }),
    ).toBeUndefined();
  });
  it('refuses a document without collection or locator, a book without page, and the web or press', () => {
    expect(whyNotVerifying({ ...doc, collection: undefined })).toMatch(/collection/);
    expect(whyNotVerifying({ type: 'document', title: 'Record', collection: 'Archive' })).toMatch(
      /page, document number or url/,
    );
    expect(whyNotVerifying({ type: 'monograph', title: "China's Quest", author: 'J. W. Garver' })).toMatch(
      /page or document number/,
    );
    expect(whyNotVerifying({ type: 'monograph', title: 'Brothers in Arms', page: '285' })).toMatch(/author/);
    expect(whyNotVerifying({ type: 'press', title: 'TIME, 29 September 1952' })).toMatch(/never enough/);
    expect(
      whyNotVerifying({
        type: 'document',
        title: 'Zhenbao Island incident',
        collection: 'Wikipedia',
        url: 'https://en.wikipedia.org/',
      }),
    ).toMatch(/Wikipedia/);
  });
});

describe('the build refuses a verified item that nothing can verify', () => {
  it('verified resting on Wikipedia (the Zhenbao entry as it was)', () => {
    const f = load();
    const e = verifiedItem(f);
    e.source = 'Wikipedia (Zhenbao Island incident) and other accounts';
    e.sources = [{ type: 'web', title: 'Wikipedia (Zhenbao Island incident)' }];
    const text = messages(f);
    expect(text).toContain(
      `data/evidence.json: entry "${e.id}", field "source": is cited for a verified item but mentions Wikipedia`,
    );
    expect(text).toContain(
      `data/evidence.json: entry "${e.id}", field "status": is verified but no source can verify it`,
    );
  });

  it('verified with a citation that has no page or document number ("Liu Feng (2013)")', () => {
    const f = load();
    const e = verifiedItem(f);
    e.sources = [{ type: 'article', title: '(untitled)', author: 'Liu Feng' }];
    expect(messages(f)).toMatch(
      new RegExp(`data/evidence\\.json: entry "${e.id}", field "status": is verified but no source can verify it`),
    );
  });

  it('verified without structured sources', () => {
    const f = load();
    const e = verifiedItem(f);
    delete e.sources;
    expect(messages(f)).toContain(
      `data/evidence.json: entry "${e.id}", field "sources": is required for a verified item`,
    );
  });

  it('a url that is not an address', () => {
    const f = load();
    const e = verifiedItem(f);
    e.sources = [{ ...(e.sources?.[0] as SourceRef), url: 'digitalarchive/document/1' }];
    expect(messages(f)).toMatch(new RegExp(`data/evidence\\.json: entry "${e.id}", field "sources\\[0\\]\\.url"`));
  });

  it('the same item marked secondary passes', () => {
    const f = load();
    const e = verifiedItem(f);
    e.source = 'Wikipedia (Zhenbao Island incident) and other accounts';
    e.sources = [{ type: 'web', title: 'Wikipedia (Zhenbao Island incident)' }];
    e.status = 'secondary';
    expect(messages(f)).toBe('');
  });
});
