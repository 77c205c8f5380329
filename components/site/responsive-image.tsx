import { getImageProps } from 'next/image';

interface ResponsiveImageProps {
  src: string;
  alt: string;
  width: number;
  height: number;
  sizes: string;
  className?: string;
  /** Above the fold (a hero, the lead story): fetched first instead of lazily. */
  eager?: boolean;
}

/**
 * A next/image picture (optimised, resized `srcset`, reserved space) rendered as a plain `<img>`
 * on the server. `getImageProps` gives the same attributes as `<Image>` without its client
 * component, so images cost readers no JavaScript.
 */
export function ResponsiveImage({ eager = false, ...image }: ResponsiveImageProps) {
  const { props } = getImageProps({
    ...image,
    ...(eager ? { loading: 'eager', fetchPriority: 'high' } : { loading: 'lazy' }),
  });
  // eslint-disable-next-line @next/next/no-img-element -- the attributes come from next/image
  return <img {...props} alt={image.alt} />;
}
