const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/** French messages of the publishing webhook and watcher, for editors and their tools. */
export const frPublishing = {
  disabled: 'Rechargement du contenu désactivé : REVALIDATE_SECRET n’est pas défini.',
  unauthorized:
    'Secret absent ou incorrect : envoyez « Authorization: Bearer <REVALIDATE_SECRET> ».',
  unchanged: 'Aucun fichier de contenu n’a changé.',
  reloaded: (articles: number, problems: number) =>
    `Contenu rechargé : ${plural(articles, 'article concerné', 'articles concernés')}, ${plural(problems, 'problème', 'problèmes')}.`,
  keptLastGood:
    'Les fichiers en erreur ne remplacent pas leur dernière version valide, qui reste en ligne.',
  watching: (root: string) => `Surveillance du contenu active sur ${root}.`,
  watchFailed: 'Le rechargement déclenché par la surveillance du contenu a échoué :',
};
