import type { ComponentPropsWithoutRef } from 'react';

/** `**…**`: strong importance, typically names in news copy. */
export function Strong(props: ComponentPropsWithoutRef<'strong'>) {
  return <strong className="font-semibold text-ink" {...props} />;
}

/** `*…*`: stress emphasis. */
export function Emphasis(props: ComponentPropsWithoutRef<'em'>) {
  return <em className="italic" {...props} />;
}
