import type { LiveStatus } from '@/lib/content';
import { fr } from '@/lib/i18n/fr';

/** « En direct » (red, with a dot) while the coverage runs, « Terminé » once it has ended. */
export function LiveBadge({ status }: { status: LiveStatus }) {
  const live = status === 'live';
  return (
    <p className="mb-3">
      <span
        className={`live-badge inline-flex items-center gap-2 rounded-sm px-2 py-0.5 font-sans text-sm font-bold tracking-wide uppercase ${
          live ? 'bg-[#b3261e] text-white' : 'border border-line text-muted'
        }`}
        data-status={status}
      >
        {live ? (
          <span
            aria-hidden="true"
            className="h-2 w-2 rounded-full bg-white motion-safe:animate-pulse"
          />
        ) : null}
        {live ? fr.live.badge : fr.live.ended}
      </span>
    </p>
  );
}
