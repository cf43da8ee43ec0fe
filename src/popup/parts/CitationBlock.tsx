/** One citation style: the text as it will be copied, and a button that copies it. */
import { formatCitation, type CitationStyle } from '../../core/citation';
import type { Paper } from '../../core/kb-types';
import { useEnv } from '../env';

export function CitationBlock({
  paper,
  style,
  onCopied,
}: {
  paper: Paper;
  style: CitationStyle;
  onCopied(ok: boolean): void;
}) {
  const { host, t } = useEnv();
  const text = formatCitation(paper, style);
  const name = t(`cite_${style}`);
  const copy = (): void => {
    host.copyText(text).then(
      () => onCopied(true),
      () => onCopied(false),
    );
  };
  return (
    <div class="citation" data-style={style}>
      <div class="citation-head">
        <h4 id={`cite-${style}`}>{name}</h4>
        <button type="button" id={`copy-${style}`} aria-labelledby={`copy-${style} cite-${style}`} onClick={copy}>
          {t('copy')}
        </button>
      </div>
      {/* Each style is written in its own language: GB/T 7714 in Chinese, the others in English. */}
      <pre lang={style === 'gbt7714' ? 'zh-Hans' : 'en'} data-citation>
        {text}
      </pre>
    </div>
  );
}
