import { z } from 'zod';
import { publicImagePath } from '@/lib/content/source/schema';

/** Props of `<YouTube>`: the video id, its title and, optionally, our own poster image. */
export const youTubePropsSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{11}$/, {
    error: 'expected a YouTube video id: the 11 characters after "v=" in the link',
  }),
  title: z.string().trim().min(1, { error: 'must not be empty' }).max(200),
  /** A poster under public/: nothing is loaded from YouTube before the reader asks. */
  poster: publicImagePath.optional(),
});
