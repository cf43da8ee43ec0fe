// nextTask() must leave the current task: the render after a scan's last idle slice relies on it to
// stay out of that slice's task (a 52 ms task on the bench's Russian article before).
import { describe, expect, it } from 'vitest';
import { nextTask } from '../../src/content/idle-chunks';

describe('nextTask', () => {
  it('resolves after the current task and all its microtasks, not within them', async () => {
    let resolved = false;
    const waiting = nextTask().then(() => (resolved = true));
    for (let i = 0; i < 100; i++) await Promise.resolve();
    expect(resolved).toBe(false);
    await waiting;
    expect(resolved).toBe(true);
  });
});
