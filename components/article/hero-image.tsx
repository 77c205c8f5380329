import { ResponsiveImage } from '@/components/site/responsive-image';
import { CreditText } from '@/components/mdx/credit';
import type { ArticleImage } from '@/lib/content';

/** The article's main image, with its caption and « (Crédit photo : …) ». */
export function HeroImage({ image }: { image: ArticleImage }) {
  return (
    <figure className="mb-8">
      <ResponsiveImage
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        eager
        sizes="(min-width: 768px) 48rem, 100vw"
        className="h-auto w-full rounded"
      />
      <figcaption className="mt-2 text-sm text-muted">
        {image.caption ? <span>{image.caption} </span> : null}
        <CreditText>{image.credit}</CreditText>
      </figcaption>
    </figure>
  );
}
