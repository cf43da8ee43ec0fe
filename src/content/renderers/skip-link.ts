/**
 * Accessible mode: each mention is one Tab stop, so a page with a hundred of them needs a way past.
 * One button of ours, just before the first focusable mark, in a closed shadow root (page CSS and
 * scripts cannot reach it), shown only while focused: "Skip all N highlights" takes every mark out of
 * the Tab order (pressed again, puts them back).
 */
/** The host is out of the flow (never a flex or grid item, never a line break), with or without focus. */
const HOST = 'position:absolute !important;display:inline !important;z-index:2147483647 !important;';
const HIDDEN = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;';
const SHOWN =
  'position:static;display:inline-block;padding:4px 10px;margin:2px;font:14px system-ui,sans-serif;' +
  'background:#fffdf8;color:#1d1b18;border:2px solid #1d4ed8;border-radius:4px;';

export interface SkipLink {
  /** After marks changed: moves the button before the first focusable mark and updates its count. */
  update(): void;
  remove(): void;
}

export function createSkipLink(doc: Document, label: (count: number) => string): SkipLink {
  let host: HTMLElement | null = null;
  let button: HTMLButtonElement | null = null;
  let skipping = false;

  const marks = (): HTMLElement[] => [...doc.querySelectorAll<HTMLElement>('mark.ssn-mark[data-ssn-stop]')];

  function apply(): void {
    for (const mark of marks()) mark.tabIndex = skipping ? -1 : 0;
  }

  function ensure(): HTMLButtonElement {
    if (host && button) return button;
    host = doc.createElement('span');
    host.setAttribute('style', HOST);
    const root = host.attachShadow({ mode: 'closed' });
    const b = doc.createElement('button');
    b.type = 'button';
    b.setAttribute('style', HIDDEN);
    b.addEventListener('focus', () => b.setAttribute('style', SHOWN));
    b.addEventListener('blur', () => b.setAttribute('style', HIDDEN));
    b.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      skipping = !skipping;
      b.setAttribute('aria-pressed', String(skipping));
      apply();
    });
    b.setAttribute('aria-pressed', 'false');
    root.append(b);
    button = b;
    return b;
  }

  return {
    update() {
      const all = marks();
      const first = all[0];
      if (!first) return this.remove();
      const b = ensure();
      b.textContent = label(all.length);
      if (skipping) apply();
      if (host && first.previousSibling !== host) first.before(host);
    },
    remove() {
      host?.remove();
      host = null;
      button = null;
    },
  };
}
