import type { ReactNode } from 'react';
import { fr } from '@/lib/i18n/fr';

/** The words « (Crédit photo : X) », shared by the MDX component and hero image captions. */
export function CreditText({ children }: { children: ReactNode }) {
  return (
    <span className="credit-text">
      ({fr.credit.label} {children})
    </span>
  );
}

/** `<Credit>Huawei</Credit>`: a photo credit, as a caption. */
export function Credit({ children }: { children?: ReactNode }) {
  return (
    <figure className="credit not-prose my-6">
      <figcaption className="text-sm text-muted">
        <CreditText>{children}</CreditText>
      </figcaption>
    </figure>
  );
}
