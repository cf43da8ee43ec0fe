/** The popup's four places; a topic opens on top of whichever the reader came from. */
import { useEnv, type View } from '../env';
import type { MessageKey } from '../i18n';

type Place = Exclude<View, { name: 'topic' }>['name'];

const PLACES: { name: Place; key: MessageKey; shortcut?: string }[] = [
  { name: 'page', key: 'navPage' },
  { name: 'lookup', key: 'navLookup', shortcut: '/' },
  { name: 'paper', key: 'navPaper' },
  { name: 'timeline', key: 'navTimeline' },
];

export function NavBar({ current }: { current: View['name'] }) {
  const { t, open } = useEnv();
  return (
    <nav aria-label={t('navLabel')}>
      {PLACES.map(({ name, key, shortcut }) => (
        <button
          key={name}
          type="button"
          aria-current={current === name ? 'page' : undefined}
          aria-keyshortcuts={shortcut}
          onClick={() => open({ name })}
        >
          {t(key)}
          {shortcut && <kbd aria-hidden="true">{shortcut}</kbd>}
        </button>
      ))}
    </nav>
  );
}
