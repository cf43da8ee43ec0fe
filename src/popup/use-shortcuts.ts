/**
 * Popup-wide keys: "/" goes to lookup from any view, Esc goes back from a topic. Keys typed into a
 * field stay with the field.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Shortcuts {
  lookup(): void;
  /** Absent where there is nowhere to go back to (Esc then keeps its usual meaning). */
  back?: () => void;
}

function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts(root: RefObject<HTMLElement | null>, shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    const doc = root.current?.ownerDocument;
    if (!doc) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isEditing(event.target)) return;
      if (event.key === '/') {
        event.preventDefault();
        latest.current.lookup();
      } else if (event.key === 'Escape' && latest.current.back) {
        event.preventDefault();
        latest.current.back();
      }
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [root]);
}
