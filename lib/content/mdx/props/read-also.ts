import { z } from 'zod';
import { SLUG_PATTERN } from '@/lib/format/slug';

/** Props of `<LireAussi>`: the slug of another published article. */
export const readAlsoPropsSchema = z.strictObject({
  slug: z
    .string()
    .regex(SLUG_PATTERN, { error: 'expected an article slug such as "log4shell-faille-log4j"' }),
});
