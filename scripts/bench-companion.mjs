// npm run bench, companion part (issue 16): export of 1,000 notes (target < 1 s), search over 10,000
// trail records (< 50 ms), address-bar suggestions (< 30 ms), and in Chromium the side panel following
// a tab switch (< 200 ms). Each figure sits next to a floor that does not use our code, measured in the
// same run: JSON.stringify of the same notes; a lower-cased substring test over each record's JSON; a
// lower-cased substring test over every name in data/. Notes, records and queries are generated here
// (seeded), not taken from any test. Exits 0 whether targets pass or not.
import { join } from 'node:path';
import { importTs } from './import-ts.mjs';
import { REPO } from '../tests/browser/server.mjs';

const core = await importTs('scripts/bench/companion-entry.ts');
const { kb, matcher, pinyin } = core.prepareData(join(REPO, 'data'));

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (list) => list[Math.floor(random() * list.length)];
const WORDS =
  'treaty railway Moscow Beijing alliance 条约 铁路 同盟 договор союз Москва split fleet island border'.split(' ');
const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const topics = kb.topics.map((t) => t.id);

function time(fn, runs) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { median: q(0.5), p95: q(0.95), max: times[times.length - 1], result };
}
const ms = (x) => `${x.toFixed(2)} ms`;
const lines = [];
const row = (what, ours, floor, target) => {
  const ratio = floor ? ` (floor ${ms(floor.median)}, ×${(ours.median / floor.median).toFixed(2)})` : '';
  const pass = target === undefined ? '' : ours.median < target ? `  PASS < ${target} ms` : `  FAIL ≥ ${target} ms`;
  lines.push(`${what}: median ${ms(ours.median)}, p95 ${ms(ours.p95)}, max ${ms(ours.max)}${ratio}${pass}`);
};

// 1,000 notes of the three kinds, with Chinese and Russian text.
const t0 = new Date('2026-01-01T00:00:00Z');
const notes = Array.from({ length: 1000 }, (_, i) => {
  const kind = ['topic', 'evidence', 'passage'][i % 3];
  const at = new Date(t0.getTime() + i * 3_600_000);
  return core.createNote(
    {
      kind,
      topic: pick(topics),
      evidence: kind === 'evidence' ? pick(kb.evidence).id : null,
      url: kind === 'passage' ? `https://example.org/article/${i}` : null,
      title: kind === 'passage' ? `Article ${i} ${sentence(4)}` : null,
      quote: kind === 'passage' ? { exact: sentence(12), prefix: sentence(4), suffix: sentence(4) } : null,
      text: sentence(30),
    },
    `note-${i}`,
    at,
  );
});
const store = { notes, trail: [], settings: core.DEFAULT_SETTINGS };
const labels = { topic: (id) => id, evidence: (id) => id, noTopic: 'No topic' };
const exportFloor = time(() => JSON.stringify(notes), 20);
row(
  'export 1,000 notes, JSON backup',
  time(() => core.backupText(store, t0), 20),
  exportFloor,
  1000,
);
row(
  'export 1,000 notes, Markdown',
  time(() => core.notesMarkdown(notes, labels, 'Notes'), 20),
  exportFloor,
  1000,
);
row(
  'export 1,000 notes, CSV',
  time(() => core.notesCsv(notes, labels), 20),
  exportFloor,
  1000,
);

// 10,000 trail records over 400 days.
let trail = [];
for (let i = 0; i < 10_000; i++) {
  const day = new Date(2026, 0, 1 + Math.floor(i / 25), 12);
  const topic = pick(topics);
  const text = kb.topics.find((t) => t.id === topic).label.en;
  trail = [
    ...core.recordSightings(
      trail,
      { url: `https://site${i % 50}.example/p/${i}`, title: `Page ${i} ${sentence(5)}` },
      [{ topic, text, context: `${sentence(6)} ${text} ${sentence(6)}` }],
      day,
    ),
  ];
}
const label = new Map(kb.topics.map((t) => [t.id, Object.values(t.label).join(' ')]));
const queries = ['khrushchev', 'railway', 'москва', '条约 beijing', 'site7', '2026-03', 'zzz-nothing'];
const indexed = time(() => core.indexTrail(trail, (id) => label.get(id) ?? id), 5);
lines.push(
  `trail of ${trail.length} records: building the search index ${ms(indexed.median)} (once; afterwards only new records are folded)`,
);
const index = indexed.result;
row(
  'search 10,000 trail records (index built)',
  time((i) => core.searchTrail(index, queries[i % queries.length]), 70),
  time((i) => {
    const q = queries[i % queries.length].toLowerCase();
    return trail.filter((r) => JSON.stringify(r).toLowerCase().includes(q));
  }, 70),
  50,
);
const cache = new Map();
core.indexTrail(trail, (id) => label.get(id) ?? id, cache);
row(
  'search 10,000 trail records just after a page added one (keys cached by record)',
  time((i) => {
    const page = { url: `https://new.example/${i}`, title: 'New' };
    const more = core.recordSightings(
      trail,
      page,
      [{ topic: topics[0], text: 'x', context: 'a x b' }],
      new Date(2027, 1, 1),
    );
    return core.searchTrail(
      core.indexTrail(more, (id) => label.get(id) ?? id, cache),
      queries[i % queries.length],
    );
  }, 35),
  undefined,
  50,
);
row(
  'search 10,000 trail records (index rebuilt from nothing each time)',
  time(
    (i) =>
      core.searchTrail(
        core.indexTrail(trail, (id) => label.get(id) ?? id),
        queries[i % queries.length],
      ),
    7,
  ),
  undefined,
  50,
);

// The background keeps no index across a restart: the first search reads the stored records (a
// structured clone, made outside the timing) and indexes them with an empty cache.
const stored = Array.from({ length: 7 }, () => structuredClone(trail));
row(
  'first trail search after the background restarts (10,000 stored records)',
  time(
    (i) =>
      core.searchTrail(
        core.indexTrail(stored[i], (id) => label.get(id) ?? id, new Map()),
        queries[i % queries.length],
      ),
    7,
  ),
  undefined,
  50,
);
lines.push(`trail of ${trail.length} records as stored: ${(JSON.stringify(trail).length / 1e6).toFixed(2)} MB of JSON`);

// Address bar: every prefix of names typed in four scripts, as a reader types them.
const romanize = (han) => (pinyin[han] ? [pinyin[han]] : []);
const built = time(() => core.buildLookupIndex(kb.topics, { zh: matcher.zhFold, romanize }), 5);
lines.push(`lookup index for the address bar: built once in ${ms(built.median)}`);
const lookup = built.result;
const typed = [
  'khrushchov',
  'Mao Tse-tung',
  '毛澤東',
  'хрущев',
  'zhenbaodao',
  'sino-soviet treaty',
  '中苏友好同盟互助条约',
].flatMap((w) => [...w].map((_, i) => [...w].slice(0, i + 1).join('')));
const names = kb.topics
  .flatMap((t) => [...Object.values(t.label), ...Object.values(t.aliases).flat()])
  .map((n) => n.toLowerCase());
row(
  `address-bar suggestions (${typed.length} keystrokes)`,
  time((i) => core.omniboxSuggestions(kb, lookup, typed[i % typed.length], 'en'), typed.length * 3),
  time((i) => {
    const q = typed[i % typed.length].toLowerCase();
    return names.filter((n) => n.includes(q)).slice(0, 6);
  }, typed.length * 3),
  30,
);

// The side panel following tab switches, in Chromium (skipped with --no-browser).
if (!process.argv.includes('--no-browser')) {
  const { launchWithExtension } = await import('../tests/browser/launch.mjs');
  const ext = await launchWithExtension();
  try {
    const a = await ext.context.newPage();
    await a.goto('data:text/html,<p>Stalin</p>');
    const b = await ext.context.newPage();
    await b.goto('data:text/html,<p>Mao</p>');
    const ids = await ext.worker.evaluate(async () => (await chrome.tabs.query({ url: 'data:*' })).map((t) => t.id));
    const tabs =
      ids.length >= 2 ? ids : await ext.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    const windowId = await ext.worker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabs[0]);
    const opened = ext.context.waitForEvent('page');
    await ext.worker.evaluate(
      (u) => chrome.windows.create({ url: u, type: 'popup', width: 420, height: 800 }),
      `chrome-extension://${ext.extensionId}/sidepanel.html?window=${windowId}`,
    );
    const panel = await opened;
    await panel.locator('.panel').waitFor();
    const switches = [];
    for (let i = 0; i < 20; i++) {
      const target = tabs[i % 2];
      const seen = panel.evaluate(
        (id) =>
          new Promise((done) => {
            const el = document.querySelector('.panel');
            if (el?.getAttribute('data-tab-id') === String(id)) return done(Date.now());
            new MutationObserver(() => {
              if (document.querySelector('.panel')?.getAttribute('data-tab-id') === String(id)) done(Date.now());
            }).observe(document.body, { subtree: true, attributes: true, childList: true });
          }),
        target,
      );
      await new Promise((r) => setTimeout(r, 50));
      const sent = await ext.worker.evaluate(async (id) => {
        const at = Date.now();
        await chrome.tabs.update(id, { active: true });
        return at;
      }, target);
      switches.push((await seen) - sent);
    }
    switches.sort((x, y) => x - y);
    const q = (p) => switches[Math.min(switches.length - 1, Math.floor(p * switches.length))];
    lines.push(
      `side panel follows a tab switch (20 switches): median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${switches[switches.length - 1]} ms  ${q(0.5) < 200 ? 'PASS' : 'FAIL'} < 200 ms`,
    );
  } finally {
    await ext.close();
  }
}

console.log('\n## Research companion (issue 16)\n');
for (const line of lines) console.log(`- ${line}`);
