// @vitest-environment jsdom
// Issue 16: a note on an evidence item, made from the side panel's notes view, beside the topic note.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewNote, Note } from '../../../src/core/notes';
import type { CompanionHost } from '../../../src/panel/companion-host';
import { NotesView } from '../../../src/panel/NotesView';
import type { Translate } from '../../../src/popup/i18n';
import { fixtureKb } from '../popup/fixture-kb';

afterEach(cleanup);

const t: Translate = (key, ...subs) => (subs.length ? `${key}(${subs.join(',')})` : key);

function fakeCompanion() {
  const added: NewNote[] = [];
  const unused = () => Promise.reject(new Error('not used here'));
  const host: CompanionHost = {
    listNotes: async () => [],
    pageNotes: async () => ({ url: '', notes: [], attached: [] }),
    addNote: vi.fn(async (note: NewNote) => {
      added.push(note);
      return { id: 'n1' } as Note;
    }),
    editNote: unused,
    deleteNote: unused,
    trailEnabled: async () => false,
    searchTrail: async () => [],
    forgetSite: unused,
    clearTrail: unused,
    exportBackup: unused,
    importBackup: unused,
    copyText: unused,
    download: () => undefined,
    onChange: () => () => undefined,
  };
  return { host, added };
}

describe('notes view', () => {
  it('adds a note on the evidence item the reader picks among the topic’s', async () => {
    const { host, added } = fakeCompanion();
    render(<NotesView kb={fixtureKb} host={host} t={t} lang="en" tabId={null} topic="mao-zedong" />);
    const ofTopic = fixtureKb.evidence.filter((e) => e.topics.includes('mao-zedong')).map((e) => e.id);
    expect(ofTopic.length).toBeGreaterThan(1);
    const select = screen.getByLabelText<HTMLSelectElement>('noteEvidencePick');
    expect([...select.options].map((o) => o.value)).toEqual(ofTopic);
    fireEvent.change(select, { target: { value: ofTopic[1] } });
    fireEvent.click(screen.getByText('noteAddEvidence'));
    await waitFor(() => expect(added).toHaveLength(1));
    expect(added[0]).toEqual({ kind: 'evidence', topic: 'mao-zedong', evidence: ofTopic[1], text: '' });
  });

  it('labels evidence in the reader’s language', () => {
    const { host } = fakeCompanion();
    render(<NotesView kb={fixtureKb} host={host} t={t} lang="ru" tabId={null} topic="mao-zedong" />);
    const first = fixtureKb.evidence.find((e) => e.topics.includes('mao-zedong'));
    const select = screen.getByLabelText<HTMLSelectElement>('noteEvidencePick');
    expect(select.options[0]?.textContent).toContain(first?.title.ru);
  });

  it('offers no evidence note where no topic is shown', () => {
    const { host } = fakeCompanion();
    render(<NotesView kb={fixtureKb} host={host} t={t} lang="en" tabId={null} topic={null} />);
    expect(screen.queryByText('noteAddEvidence')).toBeNull();
  });
});
