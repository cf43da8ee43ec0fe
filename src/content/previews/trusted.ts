/**
 * Only the reader's own input may open, close or act in a card. A page can dispatch any event it likes
 * (a synthetic pointermove over a mention, a click), but the browser marks those isTrusted = false.
 */
export function trustedOnly<E extends Event>(listener: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) listener(event);
  };
}
