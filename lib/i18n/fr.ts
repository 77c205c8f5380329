/** Every French string of the interface, in one place. */
export const fr = {
  site: {
    name: 'Manchette',
    tagline: "L'actualité de la tech et des télécoms",
    description:
      "Manchette, site d'information sur la tech, le mobile, les télécoms et la cybersécurité.",
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Navigation principale',
    home: 'À la une',
    topics: 'Sujets',
    footer: "Manchette — site d'information open source, sans traceurs.",
  },
  article: {
    by: 'Par',
    and: 'et',
    published: 'Publié le',
    updated: 'Mis à jour le',
    at: 'à',
    tags: 'Sujets',
    sectionLink: (name: string) => `Rubrique ${name}`,
    headingAnchor: 'Lien vers cette section',
  },
  credit: {
    label: 'Crédit photo :',
  },
  tweet: {
    label: (author: string) => `Publication de ${author} sur X`,
    network: 'sur X',
    viewOriginal: "Voir la publication d'origine",
    profile: (handle: string) => `Profil de @${handle} sur X`,
  },
  home: {
    title: 'À la une',
    latest: 'Derniers articles',
    empty: "Aucun article n'est publié pour le moment.",
  },
  topic: {
    title: (label: string) => `#${label}`,
    count: (count: number) => `${count} article${count > 1 ? 's' : ''}`,
    description: (label: string) => `Tous les articles de Manchette sur le sujet ${label}.`,
  },
  notFound: {
    title: 'Page introuvable',
    text: "La page demandée n'existe pas ou n'est plus disponible.",
    back: "Revenir à l'accueil",
  },
  error: {
    title: 'Une erreur est survenue',
    text: "Cette page n'a pas pu être affichée. Les autres pages du site restent disponibles.",
    retry: 'Réessayer',
    back: "Revenir à l'accueil",
  },
} as const;
