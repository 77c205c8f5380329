import { frClient } from '@/lib/i18n/fr-client';
import { typesetTable } from '@/lib/i18n/typeset-table';

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/**
 * Every French string of the interface, in one place, typeset at load (narrow no-break spaces,
 * typographic apostrophes): write them with plain spaces and straight apostrophes.
 */
export const fr = typesetTable({
  site: {
    name: frClient.siteName,
    tagline: "L'actualité de la tech et des télécoms",
    description:
      "Manchette, site d'information sur la tech, le mobile, les télécoms et la cybersécurité.",
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Navigation principale',
    home: 'À la une',
    topics: 'Sujets',
    archives: 'Archives',
    search: 'Recherche',
    footerNavigation: 'Liens du site',
    footer: "Manchette — site d'information open source, sans traceurs ni publicité.",
    breadcrumb: "Fil d'Ariane",
  },
  theme: frClient.theme,
  article: {
    by: 'Par',
    and: 'et',
    published: 'Publié le',
    updated: 'Mis à jour le',
    at: 'à',
    tags: 'Sujets',
    readingTime: (minutes: number) => `Lecture : ${minutes} min`,
    headingAnchor: 'Lien vers cette section',
    corrections: 'Rectificatif',
    correctionOf: (date: string) => `Rectificatif du ${date}`,
    related: 'À lire aussi',
    neighbours: 'Dans la même rubrique',
    previous: 'Article précédent',
    next: 'Article suivant',
    share: 'Partager',
    shareOn: (network: string) => `Partager sur ${network}`,
    shareByEmail: 'Envoyer par courriel',
    draft: 'Brouillon',
    draftNotice: 'cet article n’est pas publié ; seuls la rédaction et l’aperçu le voient.',
    scheduled: (when: string) =>
      `Programmé — cet article sera publié le ${when} ; seuls la rédaction et l’aperçu le voient.`,
  },
  credit: {
    label: 'Crédit photo :',
  },
  post: {
    label: (author: string, network: string) => `Publication de ${author} sur ${network}`,
    network: (network: string) => `sur ${network}`,
    viewOriginal: "Voir la publication d'origine",
    profile: (handle: string, network: string) => `Profil de ${handle} sur ${network}`,
  },
  video: frClient.video,
  readAlso: {
    label: 'Lire aussi',
  },
  live: {
    ...frClient.live,
    badge: 'En direct',
    ended: 'Terminé',
    startedAt: (when: string) => `Suivi en direct depuis le ${when}`,
    endedAt: (when: string) => `Suivi terminé le ${when}`,
    entries: 'Les entrées du direct, de la plus récente à la plus ancienne',
    entryLink: (time: string) => `Lien vers l’entrée de ${time}`,
  },
  home: {
    title: 'À la une',
    lead: "L'article à la une",
    latest: 'Derniers articles',
    allArticles: 'Tous les articles',
    moreIn: (section: string) => `Toute la rubrique ${section}`,
    empty: "Aucun article n'est publié pour le moment.",
  },
  listing: {
    count: (count: number) => plural(count, 'article', 'articles'),
    pageTitle: (title: string, page: number) => (page > 1 ? `${title} (page ${page})` : title),
    pagination: 'Pagination',
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
    page: (page: number) => `Page ${page}`,
    pageOf: (page: number, count: number) => `Page ${page} sur ${count}`,
  },
  archive: {
    title: 'Archives',
    description: 'Tous les articles publiés par Manchette, du plus récent au plus ancien.',
  },
  topic: {
    title: (label: string) => `#${label}`,
    count: (count: number) => plural(count, 'article', 'articles'),
    description: (label: string) => `Tous les articles de Manchette sur le sujet ${label}.`,
    indexTitle: 'Tous les sujets',
    indexDescription: 'Les sujets traités par Manchette, avec le nombre d’articles de chacun.',
  },
  author: {
    description: (name: string) => `${name}, journaliste à Manchette : biographie et articles.`,
    links: 'Liens',
  },
  search: {
    title: 'Recherche',
    label: 'Rechercher un article',
    placeholder: 'Ex. : sécurité, 5G, Huawei…',
    submit: 'Rechercher',
    empty: 'Saisissez un ou plusieurs mots pour chercher dans tous les articles publiés.',
    resultsFor: (query: string, count: number) =>
      `${plural(count, 'résultat', 'résultats')} pour « ${query} »`,
    noResults: (query: string) =>
      `Aucun article ne correspond à « ${query} ». Essayez un autre mot ou vérifiez l’orthographe.`,
    description: 'Rechercher dans les articles de Manchette.',
  },
  preview: {
    formTitle: 'Aperçu d’un brouillon',
    secretLabel: 'Secret d’aperçu',
    slugLabel: 'Article (slug)',
    open: 'Ouvrir l’aperçu',
    exit: 'Quitter l’aperçu',
    off: 'L’aperçu est désactivé : PREVIEW_SECRET n’est pas défini sur ce serveur.',
    tooShort:
      'L’aperçu est désactivé : PREVIEW_SECRET doit compter au moins 32 caractères (par exemple : openssl rand -base64 32).',
    wrongSecret: 'Secret d’aperçu incorrect.',
    badBody: 'Requête d’aperçu illisible : envoyez un formulaire (secret, slug).',
    unknownArticle: 'Aucun article ne porte ce slug.',
    useForm:
      'Le secret ne passe plus dans l’adresse : envoyez-le par le formulaire ci-dessous ou dans l’en-tête X-Preview-Secret.',
  },
  badRequest: {
    title: 'Adresse invalide',
    text: 'Cette adresse contient des caractères mal encodés : vérifiez le lien ou recopiez-le en entier.',
  },
  notFound: {
    title: 'Page introuvable',
    text: "La page demandée n'existe pas ou n'est plus disponible.",
    back: "Revenir à l'accueil",
  },
  error: frClient.error,
  feeds: {
    siteTitle: 'Manchette',
    sectionTitle: (name: string) => `${name} — Manchette`,
    topicTitle: (label: string) => `#${label} — Manchette`,
    sectionDescription: (name: string) => `Les derniers articles de la rubrique ${name}.`,
    topicDescription: (label: string) => `Les derniers articles sur le sujet ${label}.`,
    /** The `title` of a `<link rel="alternate">`, as feed readers list it. */
    linkTitle: (title: string, format: string) => `${title} (${format})`,
    formatNames: { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
  },
  about: {
    title: 'Qui sommes-nous',
    description:
      "Manchette, site d'information open source sur la tech et les télécoms : la rédaction, ses principes et son éditeur.",
    intro:
      "Manchette est un site d'information sur la tech, le mobile, les télécoms et la cybersécurité. Son code est ouvert : chaque rédaction peut le déployer et le relire.",
    principlesTitle: 'Nos principes',
    principles: [
      "Aucun traceur ni publicité : les publications de réseaux sociaux et les vidéos sont affichées depuis nos pages, et le lecteur de YouTube ne se charge qu'au clic.",
      'Chaque article est signé ; la page de chaque auteur présente sa biographie et ses articles.',
      'Les corrections sont visibles : un article modifié indique sa date de mise à jour, et un rectificatif dit ce qui a changé et quand.',
      'Les sources sont citées et liées ; les publications reprises gardent leur lien vers l’original.',
    ],
    newsroomTitle: 'La rédaction',
    publisherTitle: 'Éditeur',
    publisher: 'Éditeur',
    legalForm: 'Forme',
    director: 'Directeur ou directrice de la publication',
    address: 'Adresse',
    founded: 'Création',
    host: 'Hébergement',
  },
  contact: {
    title: 'Contact',
    description:
      'Écrire à la rédaction de Manchette, signaler une erreur ou demander un rectificatif.',
    intro:
      'Une information, une réaction, une erreur à signaler ? La rédaction lit tous les messages.',
    newsroom: 'Écrire à la rédaction',
    corrections: 'Signaler une erreur ou demander un rectificatif',
    correctionsHelp:
      "Indiquez l'adresse de l'article et le passage en cause : la correction sera datée et signalée en fin d'article.",
    post: 'Par courrier',
    about: 'Qui sommes-nous',
  },
  seo: {
    ogImageAlt: (title: string) => `${title} — Manchette`,
    organizationDescription: "Site d'information open source sur la tech et les télécoms.",
  },
} as const);
