import { z } from 'zod';
import { SLUG_PATTERN } from '@/lib/format/slug';
import { editorFr } from '@/lib/i18n/editor-fr';

/** Props of `<LireAussi>`: the slug of another published article. */
export const readAlsoPropsSchema = z.strictObject({
  slug: z.string().regex(SLUG_PATTERN, { error: editorFr.embeds.readAlsoSlug }),
});
