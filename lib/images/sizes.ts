/**
 * The widths and quality of every image variant: next/image builds `srcset` from these, and
 * `npm run images` writes one WebP per source and width. Chosen for what the pages show:
 * cards 6–12rem wide (96–384 px at 1× and 2×), the lead story and the hero up to 48rem (768 px,
 * 1,536 at 2×); sources are 1600 px wide.
 */
export const IMAGE_SIZES = [96, 192, 384] as const;

/** Full-width breakpoints (`sizes` in `vw`): phones, tablets, the 48rem hero at 2×. */
export const IMAGE_DEVICE_SIZES = [640, 828, 1200, 1600] as const;

/** next/image's default quality, the only one our components use. */
export const IMAGE_QUALITIES = [75] as const;
