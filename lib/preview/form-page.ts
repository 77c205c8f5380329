import { fr } from '@/lib/i18n/fr';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The small French page of `GET /api/preview`: a form that POSTs the secret, so that it never
 * travels in an address. No script, so the site's CSP needs nothing more.
 */
export function buildPreviewFormPage({ slug, notice }: { slug: string; notice?: string }): string {
  const t = fr.preview;
  return [
    '<!doctype html>',
    '<html lang="fr"><head><meta charset="utf-8"><meta name="robots" content="noindex">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${t.formTitle} — ${fr.site.name}</title></head>`,
    `<body><main><h1>${t.formTitle}</h1>`,
    notice ? `<p role="alert">${escapeHtml(notice)}</p>` : '',
    '<form method="post" action="/api/preview">',
    `<p><label for="slug">${t.slugLabel}</label> <input id="slug" name="slug" required value="${escapeHtml(slug)}"></p>`,
    `<p><label for="secret">${t.secretLabel}</label> <input id="secret" name="secret" type="password" required minlength="32" autocomplete="current-password"></p>`,
    `<p><button type="submit">${t.open}</button></p>`,
    '</form></main></body></html>',
  ].join('\n');
}
