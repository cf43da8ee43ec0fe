/** "Show on page" and next/previous through every mention of one topic in the tab. */
import { useState } from 'preact/hooks';
import { useEnv } from '../env';
import type { MessageKey } from '../i18n';

interface Position {
  index: number;
  count: number;
}

export function RevealControls({ topic, label }: { topic: string; label: string }) {
  const { host, tabId, t } = useEnv();
  const [position, setPosition] = useState<Position | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  if (tabId === null) return null;

  // The content script wraps any index into range, so -1 is the last mention.
  const reveal = async (index: number): Promise<void> => {
    try {
      const count = await host.reveal(tabId, topic, index);
      if (count === 0) {
        setPosition(null);
        setProblem('revealNotFound');
        return;
      }
      setProblem(null);
      setPosition({ index: ((index % count) + count) % count, count });
    } catch {
      setProblem('revealFailed');
    }
  };
  const current = position?.index;
  const status = position ? t('revealPosition', position.index + 1, position.count) : problem ? t(problem) : '';
  return (
    <div class="reveal" role="group" aria-label={label}>
      <button type="button" onClick={() => void reveal(current ?? 0)}>
        {t('revealShow')}
      </button>
      <button
        type="button"
        class="icon"
        aria-label={t('revealPrevious')}
        title={t('revealPrevious')}
        onClick={() => void reveal(current === undefined ? -1 : current - 1)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <button
        type="button"
        class="icon"
        aria-label={t('revealNext')}
        title={t('revealNext')}
        onClick={() => void reveal(current === undefined ? 0 : current + 1)}
      >
        <span aria-hidden="true">›</span>
      </button>
      <span class="reveal-status" role="status">
        {status}
      </span>
    </div>
  );
}
