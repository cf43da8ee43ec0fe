// The bench's attribution of a trace to an extension (scripts/bench/ext/attribute.mjs), on a made-up
// trace: samples under its frames count (native calls they make included), GC right after them counts,
// others' samples do not, each sample is scaled by its task's CPU/wall ratio, evaluations count whole.
import { describe, expect, it } from 'vitest';
import { attribute } from '../../scripts/bench/ext/attribute.mjs';

const OURS = 'chrome-extension://ours/';
const frame = (id: number, name: string, url = '', parent?: number) => ({
  id,
  parent,
  callFrame: { functionName: name, url, scriptId: 0 },
});

function trace() {
  const nodes = [
    frame(1, '(root)'),
    frame(2, '(idle)', '', 1),
    frame(3, 'scan', `${OURS}content.js`, 1),
    frame(4, 'exec', '', 3), // a native call of ours
    frame(5, '(garbage collector)', '', 1),
    frame(6, 'pageCode', 'http://127.0.0.1/page.js', 1),
  ];
  // Samples 1 ms apart from t = 1000 µs: idle, ours, ours-native, GC, page, idle.
  const samples = [2, 3, 4, 5, 6, 2];
  return [
    { name: 'Profile', ph: 'P', pid: 1, tid: 1, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid: 1,
      tid: 9,
      ts: 0,
      id: '0x1',
      args: { data: { cpuProfile: { nodes, samples }, timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000] } },
    },
    // One task around the samples of ours and the GC: 4 ms wall, 2 ms CPU (the thread waited half the time).
    { name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts: 1900, dur: 4000, tdur: 2000 },
    // The content script's evaluation: 3 ms wall, 2.5 ms CPU, in a task of its own.
    { name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts: 10_000, dur: 3100, tdur: 2600 },
    {
      name: 'EvaluateScript',
      ph: 'X',
      pid: 1,
      tid: 1,
      ts: 10_050,
      dur: 3000,
      tdur: 2500,
      args: { data: { url: `${OURS}content.js`, frame: 'F1' } },
    },
  ];
}

describe('attribute', () => {
  it("counts the extension's samples, the GC after them and its evaluations, in CPU time", () => {
    const r = attribute(trace(), OURS);
    // Samples at 2, 3 (ours, native) and 4 ms (GC after ours), 1 ms each, scaled by 2000/4000; + 2.5 ms evaluation.
    expect(r.ms).toBeCloseTo(1.5 + 2.5, 5);
    expect(r.wallMs).toBeCloseTo(3 + 3, 5);
    expect(r.evaluations).toEqual([{ frame: 'F1', ms: 2.5 }]);
    expect(r.longestTask).toBeCloseTo(2.6, 5);
    expect(r.longestTaskWall).toBeCloseTo(4, 5);
  });

  it('counts nothing for an extension that did not run', () => {
    const r = attribute(trace(), 'chrome-extension://other/');
    expect(r.ms).toBe(0);
    expect(r.evaluations).toEqual([]);
    expect(r.longestTask).toBe(0);
  });

  it("leaves the page's own long task to the page, but not one the extension pushed over 50 ms", () => {
    // Our document_start script evaluated (5 ms CPU) inside the task that parses the page's HTML.
    const inParse = (cpu: number) => [
      { name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts: 0, dur: cpu * 1000, tdur: cpu * 1000 },
      {
        name: 'EvaluateScript',
        ph: 'X',
        pid: 1,
        tid: 1,
        ts: 100,
        dur: 5000,
        tdur: 5000,
        args: { data: { url: `${OURS}page-style.js`, frame: 'F1' } },
      },
    ];
    expect(attribute(inParse(60), OURS).longestTask).toBe(0);
    expect(attribute(inParse(53), OURS).longestTask).toBeCloseTo(53, 5);
  });
});

describe('attribute, one load of a longer trace', () => {
  it('reads only what starts inside the window', () => {
    // The made-up trace's samples span 1–6 ms; its evaluation starts at 10.05 ms.
    const samplesOnly = attribute(trace(), OURS, { from: 0, to: 9000 });
    expect(samplesOnly.ms).toBeCloseTo(1.5, 5);
    expect(samplesOnly.evaluations).toEqual([]);
    const evaluationOnly = attribute(trace(), OURS, { from: 9000, to: 20_000 });
    expect(evaluationOnly.ms).toBeCloseTo(2.5, 5);
    expect(evaluationOnly.longestTask).toBeCloseTo(2.6, 5);
  });

  it("leaves out threads that are not a page's main thread (the extension's service worker)", () => {
    const named = (tid: number, name: string) => ({ name: 'thread_name', ph: 'M', pid: 1, tid, ts: 0, args: { name } });
    // The profile of thread 1 is the page's when thread 1 is CrRendererMain, not when it is the worker.
    expect(attribute([named(1, 'CrRendererMain'), ...trace()], OURS).ms).toBeCloseTo(4, 5);
    expect(attribute([named(1, 'ServiceWorker thread'), ...trace()], OURS).ms).toBeCloseTo(2.5, 5);
  });
});
