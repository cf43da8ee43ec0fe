/**
 * A view's heading: focused when the reader moves to the view, so screen readers announce it —
 * unless the view has a field that should take the focus instead (lookup).
 */
import type { ComponentChildren } from 'preact';

export function ViewHeading({
  id,
  focus = true,
  children,
}: {
  id: string;
  focus?: boolean;
  children: ComponentChildren;
}) {
  return (
    <h2 id={id} tabIndex={-1} data-autofocus={focus || undefined}>
      {children}
    </h2>
  );
}
