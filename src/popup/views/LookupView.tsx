/**
 * Lookup: type-ahead over every topic by any name in any language, as an ARIA combobox —
 * arrows choose, Enter opens, Esc clears (and, when empty, goes back).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { searchTopics, type LookupHit } from '../../core/lookup';
import { useEnv } from '../env';
import { topicLabel } from '../i18n';
import { useLookupIndex } from '../use-lookup-index';
import { ViewHeading } from '../parts/ViewHeading';

const optionId = (topic: string): string => `lookup-option-${topic}`;

export function LookupView({ query, onQuery, notice }: { query: string; onQuery(q: string): void; notice?: string }) {
  const { kb, lang, t, zhFold, romanize, open, back } = useEnv();
  const index = useLookupIndex(kb, zhFold, romanize);
  const everyTopic = useMemo<LookupHit[]>(() => {
    const sorted = [...kb.topics].sort((a, b) => topicLabel(a, lang).localeCompare(topicLabel(b, lang), lang));
    return sorted.map((topic) => ({ topic: topic.id, matched: topicLabel(topic, lang), tier: 'exact' }));
  }, [kb, lang]);
  const searching = query.trim().length > 0;
  const hits = useMemo(
    () => (searching ? searchTopics(index, query) : everyTopic),
    [searching, index, query, everyTopic],
  );
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [query]);
  const activeHit = hits[Math.min(active, hits.length - 1)];
  useEffect(() => {
    if (activeHit) document.getElementById(optionId(activeHit.topic))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeHit]);

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>): void => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5 };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setActive((a) => Math.max(0, Math.min(hits.length - 1, a + move)));
    } else if (event.key === 'Enter' && activeHit) {
      event.preventDefault();
      open({ name: 'topic', id: activeHit.topic });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (query) onQuery('');
      else back();
    }
  };
  const count = hits.length === 1 ? t('lookupResultsOne') : t('lookupResultsMany', hits.length);

  return (
    <section class="view view-lookup" aria-labelledby="lookup-heading">
      <ViewHeading id="lookup-heading" focus={false}>
        {t('lookupHeading')}
      </ViewHeading>
      {notice && <p class="notice">{notice}</p>}
      <label for="lookup-input">{t('lookupLabel')}</label>
      <input
        id="lookup-input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={hits.length > 0}
        aria-controls="lookup-list"
        aria-activedescendant={activeHit ? optionId(activeHit.topic) : undefined}
        aria-describedby="lookup-hint"
        placeholder={t('lookupPlaceholder')}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        data-autofocus
      />
      <p id="lookup-hint" class="hint">
        {t('lookupHint')}
      </p>
      <p class="lookup-count" role="status">
        {searching ? (hits.length === 0 ? t('lookupNoResults', query.trim()) : count) : ''}
      </p>
      <ul id="lookup-list" role="listbox" aria-label={searching ? t('lookupResultsLabel') : t('lookupAllTopics')}>
        {hits.map((hit, i) => (
          <LookupOption
            key={hit.topic}
            hit={hit}
            active={hit === activeHit}
            showMatch={searching}
            onHover={() => setActive(i)}
          />
        ))}
      </ul>
    </section>
  );
}

function LookupOption({
  hit,
  active,
  showMatch,
  onHover,
}: {
  hit: LookupHit;
  active: boolean;
  showMatch: boolean;
  onHover(): void;
}) {
  const { kb, lang, t, open } = useEnv();
  const topic = kb.topics.find((x) => x.id === hit.topic);
  if (!topic) return null;
  const label = topicLabel(topic, lang);
  return (
    <li
      id={optionId(hit.topic)}
      role="option"
      aria-selected={active}
      class={active ? 'option active' : 'option'}
      data-topic={hit.topic}
      onMouseMove={onHover}
      onClick={() => open({ name: 'topic', id: hit.topic })}
    >
      <span class="option-label">{label}</span> <span class="kind">{t(`kind_${topic.kind}`)}</span>
      {showMatch && hit.matched !== label && <Matched text={hit.matched} />}
    </li>
  );
}

/** "matched: Сталин": the name keeps its own language (for screen readers), the words around it the reader's. */
function Matched({ text }: { text: string }) {
  const { t } = useEnv();
  const [before = '', after = ''] = t('lookupMatched', SLOT).split(SLOT);
  return (
    <span class="matched">
      {before}
      <span lang={scriptLang(text)}>{text}</span>
      {after}
    </span>
  );
}

const SLOT = '\u2063';

/** The language a name is written in, by its script (Han: Chinese, Cyrillic: Russian, else English or pinyin). */
function scriptLang(text: string): string {
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  return 'en';
}
