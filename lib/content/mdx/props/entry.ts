import { z } from 'zod';
import { instant } from '@/lib/content/mdx/props/shared';
import { editorFr } from '@/lib/i18n/editor-fr';

/** Props of `<Entry>`, one update of a live blog: when it was posted and its headline. */
export const entryPropsSchema = z.strictObject({
  time: instant,
  title: z.string().trim().min(1, { error: editorFr.embeds.notEmpty }).max(200),
});
