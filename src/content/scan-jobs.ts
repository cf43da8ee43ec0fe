/**
 * Scans run one at a time: a full scan, or a batch of changed subtrees. A request for a full scan
 * while one runs is kept for after it (restarting would let a page that never stops changing keep
 * us from ever finishing); subtrees that change meanwhile are batched for after the running job,
 * BATCH_ROOTS at a time, and a full scan about to start covers them.
 */
import { logOnce } from './log-once';
import { outermost } from './page-observer';
import type { ScanRoot } from './text-runs';

/** Changed subtrees read in one job. */
const BATCH_ROOTS = 200;

export interface ScanWork {
  /** Resolves false when aborted. */
  full(signal: AbortSignal): Promise<boolean>;
  subtrees(roots: readonly ScanRoot[], signal: AbortSignal): Promise<boolean>;
}

export class ScanJobs {
  private controller = new AbortController();
  private running = false;
  private wantFull = false;
  /** Resolved when the next full scan to start finishes. */
  private waiters: ((done: boolean) => void)[] = [];
  private roots = new Set<ScanRoot>();
  /** Resolved once no job runs and none is queued. */
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly work: ScanWork) {}

  full(): Promise<boolean> {
    this.wantFull = true;
    const done = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    this.pump();
    return done;
  }

  subtrees(roots: readonly ScanRoot[]): void {
    for (const r of roots) this.roots.add(r);
    this.pump();
  }

  /** Resolves once every job asked for so far has run (or been stopped) and none is queued. */
  settled(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops the running job and forgets queued ones; full() callers get false. */
  stop(): void {
    this.controller.abort();
    this.controller = new AbortController();
    this.wantFull = false;
    this.roots.clear();
    this.settle(false, this.waiters.splice(0));
  }

  private pump(): void {
    if (this.running) return;
    this.running = true;
    void this.loop()
      .catch((error: unknown) => logOnce('scan', error))
      .finally(() => {
        this.running = false;
        // stop() during the last job may have been followed by new requests.
        if (this.wantFull || this.roots.size) this.pump();
        else for (const resolve of this.idleWaiters.splice(0)) resolve();
      });
  }

  private async loop(): Promise<void> {
    while (this.wantFull || this.roots.size) {
      const signal = this.controller.signal;
      if (this.wantFull) {
        this.wantFull = false;
        this.roots.clear();
        const waiters = this.waiters.splice(0);
        try {
          this.settle(await this.work.full(signal), waiters);
        } catch (error) {
          this.settle(false, waiters);
          throw error;
        }
      } else {
        // A feed that grows faster than we read is read BATCH_ROOTS subtrees a job, never whole
        // (a full scan's first task grows with the page).
        const batch: ScanRoot[] = [];
        for (const r of this.roots) {
          if (batch.length >= BATCH_ROOTS) break;
          batch.push(r);
        }
        for (const r of batch) this.roots.delete(r);
        await this.work.subtrees(outermost(batch), signal);
      }
      if (signal.aborted) return;
    }
  }

  private settle(done: boolean, waiters: ((done: boolean) => void)[]): void {
    for (const resolve of waiters) resolve(done);
  }
}
