/** A view's heading: focused when the reader moves to the view, so screen readers announce it. */
import type { ComponentChildren } from 'preact';

export function ViewHeading({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <h2 id={id} tabIndex={-1} data-autofocus>
      {children}
    </h2>
  );
}
