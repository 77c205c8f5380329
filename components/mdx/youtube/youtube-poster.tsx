import { getImageProps } from 'next/image';

/**
 * Our own still for a video: the local image given in the MDX, or a styled placeholder with
 * the title. Never YouTube's thumbnail, which would be a request to Google on page load.
 */
export function YouTubePoster({ title, poster }: { title: string; poster: string | undefined }) {
  if (poster) {
    const { props } = getImageProps({
      src: poster,
      alt: '',
      fill: true,
      sizes: '(min-width: 768px) 48rem, 100vw',
      loading: 'lazy',
    });
    // eslint-disable-next-line @next/next/no-img-element -- the attributes come from next/image
    return <img {...props} alt="" className="absolute inset-0 h-full w-full object-cover" />;
  }
  return (
    <div
      aria-hidden="true"
      className="youtube-placeholder absolute inset-0 flex items-end bg-gradient-to-br from-[#2b2b33] to-[#0e0e12] p-4"
    >
      <span className="line-clamp-2 font-sans text-lg font-semibold text-white">{title}</span>
    </div>
  );
}
