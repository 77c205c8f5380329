import { fr } from '@/lib/i18n/fr';
import { OG_FONT_FAMILY } from '@/lib/seo/og-fonts';
import { toDrawableText } from '@/lib/seo/og-text';

const PAPER = '#fbfaf7';
const INK = '#17171b';
const ACCENT = '#a8251a';
const MUTED = '#54545e';

/** Smaller type for longer headlines, so that the longest (200 characters) still fits. */
function getTitleSize(title: string): number {
  if (title.length <= 60) return 72;
  if (title.length <= 110) return 60;
  if (title.length <= 150) return 50;
  return 42;
}

/**
 * The 1200×630 sharing card of an article: section, headline and the site's name, in the
 * site's colours. Satori lays it out: every element with children uses flexbox.
 */
export function OgCard({ title, section }: { title: string; section: string | undefined }) {
  const headline = toDrawableText(title);
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        backgroundColor: PAPER,
        borderTop: `18px solid ${ACCENT}`,
        padding: '56px 72px 52px',
        fontFamily: OG_FONT_FAMILY,
      }}
    >
      <div
        style={{
          display: 'flex',
          fontSize: 30,
          fontWeight: 600,
          color: ACCENT,
          textTransform: 'uppercase',
          letterSpacing: 3,
        }}
      >
        {section ? toDrawableText(section) : fr.site.name}
      </div>
      <div
        style={{
          display: 'flex',
          fontSize: getTitleSize(headline),
          fontWeight: 700,
          lineHeight: 1.12,
          color: INK,
        }}
      >
        {headline}
      </div>
      <div style={{ display: 'flex', alignItems: 'center' }}>
        <svg width="64" height="64" viewBox="0 0 64 64">
          <rect width="64" height="64" rx="12" fill={ACCENT} />
          <path d="M14 48V16h8l10 17 10-17h8v32h-8V30l-10 16-10-16v18z" fill="#fff" />
        </svg>
        <div style={{ display: 'flex', marginLeft: 20, fontSize: 40, fontWeight: 700, color: INK }}>
          {fr.site.name}
        </div>
        <div
          style={{ display: 'flex', marginLeft: 24, fontSize: 26, fontWeight: 600, color: MUTED }}
        >
          {toDrawableText(fr.site.tagline)}
        </div>
      </div>
    </div>
  );
}
