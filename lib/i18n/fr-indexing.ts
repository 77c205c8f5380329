/** French messages of push indexing (IndexNow, WebSub), for the people who run the site. */
export const frIndexing = {
  invalidKey: (length: number) =>
    `⚠ INDEXNOW_KEY est ignorée : une clé IndexNow compte de 8 à 128 caractères parmi a-z, A-Z, 0-9 et « - » (la valeur donnée en compte ${length}). IndexNow reste désactivé.`,
  invalidEndpoint:
    '⚠ INDEXNOW_ENDPOINT n’est pas une adresse http(s) valide : IndexNow reste désactivé.',
  invalidHub: '⚠ WEBSUB_HUB n’est pas une adresse http(s) valide : WebSub reste désactivé.',
  refused: (service: string, host: string, status: number) =>
    `[indexation] ${service} (${host}) a refusé la notification : réponse ${status}. La publication n’est pas affectée.`,
  timedOut: (service: string, host: string, seconds: number) =>
    `[indexation] ${service} (${host}) n’a pas répondu en ${seconds.toLocaleString('fr-FR')} s : notification abandonnée. La publication n’est pas affectée.`,
  unreachable: (service: string, host: string, reason: string) =>
    `[indexation] ${service} (${host}) est injoignable (${reason}). La publication n’est pas affectée.`,
  baseline: (count: number) =>
    `[indexation] Première construction suivie : ${count} ${count > 1 ? 'articles publiés enregistrés' : 'article publié enregistré'} comme référence, aucune notification envoyée.`,
  sent: (service: string, count: number) =>
    `[indexation] ${service} : ${count} ${count > 1 ? 'adresses notifiées' : 'adresse notifiée'}.`,
};
