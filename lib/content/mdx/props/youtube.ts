import { z } from 'zod';
import { publicImagePath } from '@/lib/content/source/schema';
import { editorFr } from '@/lib/i18n/editor-fr';

/** Props of `<YouTube>`: the video id, its title and, optionally, our own poster image. */
export const youTubePropsSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{11}$/, {
    error: editorFr.embeds.youtubeId,
  }),
  title: z.string().trim().min(1, { error: editorFr.embeds.notEmpty }).max(200),
  /** A poster under public/: nothing is loaded from YouTube before the reader asks. */
  poster: publicImagePath.optional(),
});
