/** The sources of an evidence item or other reading that a reader can open: each with a seen url. */
import type { SourceRef } from '../../core/kb-types';
import { useEnv } from '../env';

export function SourceLinks({ sources }: { sources: readonly SourceRef[] | undefined }) {
  const { t } = useEnv();
  const openable = (sources ?? []).filter((s): s is SourceRef & { url: string } => Boolean(s.url));
  if (openable.length === 0) return null;
  return (
    <ul class="source-links">
      {openable.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer" title={t('sourceOpen', s.title)} data-citation>
            {s.collection ? `${s.collection}: ${s.title}` : s.title}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The status badge, which opens to say what the word means (docs/sources.md). */
export function StatusBadge({ status }: { status: 'verified' | 'secondary' }) {
  const { t } = useEnv();
  const verified = status === 'verified';
  return (
    <details class={`status-help badge badge-${status}`}>
      <summary>{t(verified ? 'evidenceVerified' : 'evidenceSecondary')}</summary>
      <span class="status-meaning">{t(verified ? 'evidenceVerifiedHelp' : 'evidenceSecondaryHelp')}</span>
    </details>
  );
}
