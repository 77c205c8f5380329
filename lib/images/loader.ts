import { getVariantPath } from '@/lib/images/variants';

/**
 * next/image's loader (`images.loaderFile`): every `srcset` entry is a variant built ahead of
 * time, so no request ever resizes an image and `/_next/image` is not served at all.
 */
export default function variantLoader({ src, width }: { src: string; width: number }): string {
  return getVariantPath(src, width);
}
