// ScanJobs.settled(): the bench times a rescan from its request to its result through it, so it must
// wait for every job asked for (queued ones too) and never hang once the jobs are stopped.
import { describe, expect, it } from 'vitest';
import { ScanJobs, type ScanWork } from '../../src/content/scan-jobs';
import type { ScanRoot } from '../../src/content/text-runs';

/** Work whose jobs finish only when the test lets them. */
function heldWork(): { work: ScanWork; log: string[]; release(): void } {
  const log: string[] = [];
  let held: (() => void)[] = [];
  const job = (name: string, signal: AbortSignal): Promise<boolean> =>
    new Promise((resolve) => {
      log.push(`start ${name}`);
      held.push(() => {
        log.push(`end ${name}`);
        resolve(!signal.aborted);
      });
      signal.addEventListener('abort', () => resolve(false));
    });
  return {
    log,
    work: {
      full: (signal) => job('full', signal),
      subtrees: (roots, signal) => job(`subtrees ${roots.length}`, signal),
    },
    release() {
      const now = held;
      held = [];
      for (const end of now) end();
    },
  };
}

const root = (): ScanRoot => ({ isConnected: true, contains: () => false }) as unknown as ScanRoot;

async function hasSettled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 20; i++) await Promise.resolve();
  return done;
}

describe('ScanJobs.settled', () => {
  it('resolves at once when no job was asked for', async () => {
    const { work } = heldWork();
    expect(await hasSettled(new ScanJobs(work).settled())).toBe(true);
  });

  it('waits for the running job and the subtrees queued behind it', async () => {
    const held = heldWork();
    const jobs = new ScanJobs(held.work);
    void jobs.full();
    const settled = jobs.settled();
    jobs.subtrees([root()]);
    held.release();
    expect(await hasSettled(settled)).toBe(false);
    expect(held.log).toEqual(['start full', 'end full', 'start subtrees 1']);
    held.release();
    expect(await hasSettled(settled)).toBe(true);
    expect(held.log.at(-1)).toBe('end subtrees 1');
  });

  it('resolves once stopped jobs have wound down', async () => {
    const held = heldWork();
    const jobs = new ScanJobs(held.work);
    jobs.subtrees([root(), root()]);
    const settled = jobs.settled();
    jobs.stop();
    expect(await hasSettled(settled)).toBe(true);
  });
});
