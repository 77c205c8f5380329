/**
 * Every message an editor reads — `content:check`, `content:new`, the build failure, the dev
 * error panel and the runtime reload log — in French, in one table (as `fr.ts` is for readers).
 * Messages follow `file:line:col champ: message (conseil)`; values the editor typed are quoted
 * with `JSON.stringify` so that spaces and quotes stay visible.
 *
 * One file on purpose: translators and reviewers read the whole voice at once. Callers never
 * build an editor message of their own; a new message is a new entry here.
 */
import type { ErrorCode } from 'yaml';

/** French names of the value types zod and `typeof` report. */
const typeNames: Record<string, string> = {
  string: 'texte',
  number: 'nombre',
  boolean: 'booléen (true ou false)',
  array: 'liste',
  object: 'groupe de champs',
  undefined: 'rien',
  bigint: 'nombre',
};

const yamlMessages = {
  ALIAS_PROPS: 'un alias (*ancre) ne peut pas porter d’étiquette ni d’ancre',
  BAD_ALIAS: 'alias (*ancre) invalide',
  BAD_DIRECTIVE: 'directive YAML invalide',
  BAD_DQ_ESCAPE: 'séquence d’échappement invalide entre guillemets doubles',
  BAD_INDENT: 'indentation incorrecte',
  BAD_PROP_ORDER: 'ancre et étiquette mal placées',
  BAD_SCALAR_START:
    'une valeur ne peut pas commencer par ce caractère ; mettez-la entre guillemets',
  BLOCK_AS_IMPLICIT_KEY: 'un bloc ne peut pas servir de clé',
  BLOCK_IN_FLOW: 'un bloc ne peut pas figurer dans une liste entre crochets',
  DUPLICATE_KEY: 'ce champ est écrit deux fois',
  IMPOSSIBLE: 'YAML illisible',
  KEY_OVER_1024_CHARS: 'clé trop longue (plus de 1 024 caractères)',
  MISSING_CHAR: 'caractère manquant (guillemet, crochet ou accolade fermant ?)',
  MULTILINE_IMPLICIT_KEY:
    'une clé doit tenir sur une ligne (deux-points manquant à la ligne précédente ?)',
  MULTIPLE_ANCHORS: 'plusieurs ancres sur une même valeur',
  MULTIPLE_DOCS: 'un seul document YAML est permis (--- en trop ?)',
  MULTIPLE_TAGS: 'plusieurs étiquettes sur une même valeur',
  NON_STRING_KEY: 'une clé doit être un simple mot',
  RESOURCE_EXHAUSTION: 'document YAML trop coûteux à lire (alias en cascade ?)',
  TAB_AS_INDENT: 'une tabulation sert d’indentation ; utilisez des espaces',
  TAG_RESOLVE_FAILED: 'étiquette YAML (!…) inconnue',
  UNEXPECTED_TOKEN: 'caractère inattendu',
  BAD_COLLECTION_TYPE: 'type de collection invalide',
} satisfies Record<ErrorCode, string>;
const yamlCodes: ReadonlyMap<string, string> = new Map(Object.entries(yamlMessages));

const count = (value: number, one: string, many: string) => `${value} ${value > 1 ? many : one}`;
const quote = (value: unknown) => JSON.stringify(value) ?? String(value);
const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : 'aucun');

/** Editor messages, grouped by where they are raised. */
export const editorFr = {
  /** Appended to a message to show what the file holds. */
  got: (value: unknown) => `reçu ${quote(value)}`,

  /** The head of a content failure (build, page render, reload): one problem per line follows. */
  problems: {
    heading: (problems: number, files: number) =>
      `${count(problems, 'problème', 'problèmes')} de contenu dans ${count(files, 'fichier', 'fichiers')} :`,
  },

  /** `npm run content:check` (and `prebuild`). */
  check: {
    reused: (unchanged: number) =>
      `, ${count(unchanged, 'article inchangé', 'articles inchangés')} depuis la dernière vérification`,
    failed: (
      problems: number,
      files: number,
      articles: number,
      root: string,
      seconds: string,
      reused: string,
    ) =>
      `✗ ${count(problems, 'problème', 'problèmes')} dans ${count(files, 'fichier', 'fichiers')} ; ${count(articles, 'article vérifié', 'articles vérifiés')} dans ${root}/ (${seconds} s${reused})`,
    passed: (articles: number, root: string, seconds: string, reused: string) =>
      `✓ ${count(articles, 'article', 'articles')}, auteurs et rubriques dans ${root}/ : aucun problème (${seconds} s${reused})`,
    workerUnexpected: 'un processus de vérification a envoyé un message inattendu',
    workerExited: (code: number) =>
      `un processus de vérification s’est arrêté avec le code ${code}`,
    workerWithoutSlugs: 'processus de vérification lancé sans liste d’articles',
  },

  /** `npm run content:new`. */
  scaffold: {
    usage:
      'Usage : npm run content:new -- "Titre de l\'article" [--section <slug>] [--author <slug>]…',
    written: (file: string) => `✓ ${file} écrit (draft: true).`,
    preview: (url: string) => `  Prévisualisez-le avec npm run dev sur ${url}`,
    publish:
      '  Passez draft: false quand il est prêt à paraître, puis lancez npm run content:check.',
    failed: (error: string) => `✗ ${error}`,
    titleNeedsLetter: 'le titre doit contenir au moins une lettre ou un chiffre',
    unknownSection: (section: string, known: readonly string[]) =>
      `rubrique inconnue ${quote(section)} ; rubriques existantes : ${list(known)}`,
    unknownAuthors: (authors: readonly string[], known: readonly string[]) =>
      `auteur(s) inconnu(s) ${authors.join(', ')} ; auteurs existants : ${list(known)}`,
    exists: (file: string) =>
      `${file} existe déjà (ou c’est un ancien slug) ; choisissez un autre titre`,
  },

  /** Files and their frontmatter block. */
  files: {
    invalidSlug: (slug: string) => `le nom de fichier ${quote(slug)} n’est pas un slug valide`,
    slugHint: 'des mots en minuscules séparés par des tirets, par ex. huawei-att-ces-2018.mdx',
    missingFrontmatter: 'en-tête (frontmatter) absent',
    frontmatterHint:
      'commencez le fichier par un bloc --- contenant title, description, date, authors et section',
    sectionsMissing: 'le fichier est absent',
  },

  /** YAML syntax, by the `code` of the yaml package's errors. */
  yaml: {
    hint: 'vérifiez l’indentation et mettez entre guillemets les valeurs qui contiennent « : » ou « # »',
    tooManyAliases: 'trop d’alias YAML (*ancre) : le document est refusé',
    /** The French text of a yaml error code; unknown codes get a generic message. */
    byCode: (code: string) => yamlCodes.get(code) ?? 'erreur de syntaxe YAML',
  },

  /** Frontmatter fields checked against the schema. */
  fields: {
    unknownField: 'champ inconnu',
    didYouMean: (field: string) => `vouliez-vous dire ${quote(field)} ?`,
    knownFields: (fields: readonly string[]) => `champs possibles : ${list(fields)}`,
    required: 'champ obligatoire',
    expectedType: (expected: string, got: string) =>
      `${typeNames[expected] ?? expected} attendu, ${got} reçu`,
    atLeast: (minimum: number) => `au moins ${count(minimum, 'élément', 'éléments')} attendu`,
    value: {
      null: 'une valeur vide (null)',
      list: 'une liste',
      mapping: 'un groupe de champs',
      scalar: (value: unknown) => `${typeNames[typeof value] ?? typeof value} ${quote(value)}`,
    },
    invalid: 'valeur invalide',
  },

  /** Rules of the frontmatter schema. */
  schema: {
    notEmpty: 'ne doit pas être vide',
    tooLong: (max: number) => `${max} caractères au plus`,
    isoDate: 'date ISO 8601 avec décalage horaire attendue (par ex. 2018-01-09T18:30:00+01:00)',
    slug: 'slug attendu, comme "mobile" (a-z, 0-9, tirets)',
    boolean: 'true ou false attendu',
    tagNeedsLetter: 'un sujet doit contenir au moins une lettre ou un chiffre',
    publicImagePath: 'chemin sous public/ attendu, comme "/images/photo.jpg"',
    imageNotFound: 'image introuvable (ou illisible) dans public/',
    leadImageTooNarrow: (width: number, minimum: number) =>
      `image de ${width} px de large : il en faut au moins ${minimum} pour les grands aperçus de Google Discover`,
    unknownAuthor: (input: unknown, known: readonly string[]) =>
      `auteur inconnu ${quote(input)} ; auteurs existants : ${list(known)}`,
    unknownSection: (input: unknown, known: readonly string[]) =>
      `rubrique inconnue ${quote(input)} ; rubriques existantes : ${list(known)}`,
    needsAuthor: 'au moins un auteur attendu',
    needsSection: 'au moins une rubrique attendue',
    httpUrl: 'lien http(s) attendu',
    updatedBeforeDate: (date: string) => `ne doit pas précéder date (${date})`,
    svgImage:
      'les images SVG sont interdites (elles peuvent contenir du script) ; utilisez JPEG, PNG, WebP ou AVIF',
    liveEndBeforeStart: (start: string) =>
      `la couverture ne peut pas finir avant d’avoir commencé (${start})`,
    correctionBeforeDate: (date: string) =>
      `un rectificatif ne peut pas précéder l’article (${date})`,
  },

  /** `aliases` (former slugs). */
  aliases: {
    isLiveSlug: (alias: string) => `${quote(alias)} est le slug d’un article existant`,
    isAliasOf: (alias: string, owner: string) =>
      `${quote(alias)} est déjà un ancien slug de ${quote(owner)}`,
    hint: 'un ancien slug ne peut mener qu’à un seul article',
  },

  /** The MDX body. */
  body: {
    tooLarge: (kilobytes: number, max: number) =>
      `le corps de l’article est trop long (${kilobytes} Ko > ${max} Ko)`,
    splitHint: 'découpez-le en plusieurs articles',
    indentTooDeep: (characters: number) =>
      `imbrication trop profonde (${characters} caractères d’indentation ou de citation)`,
    nestedTooDeep: (levels: number) => `imbrication trop profonde (${levels} niveaux)`,
    nestingHint: (max: number) => `restez sous ${max} niveaux de listes, citations et composants`,
    markerRun: (length: number, marker: string) =>
      `une suite de ${length} caractères ${quote(marker)}`,
    markerHint: 'échappez-les avec \\ ou supprimez-les',
    importExport: 'les instructions import/export sont interdites dans un article',
    expression: 'les expressions JavaScript {…} sont interdites',
    braceHint: 'écrivez \\{ et \\} pour des accolades littérales',
    headingOne: 'titre de niveau 1 dans le corps',
    headingOneHint: 'le h1 est le title de l’en-tête ; utilisez ## pour les intertitres',
    headingLevel: (depth: number) => `titre de niveau ${depth}`,
    headingHint: 'utilisez ## ou ### seulement',
    image: 'les images dans le corps ne sont pas prises en charge',
    imageHint: 'utilisez l’image de l’en-tête, avec alt et credit',
    rawHtml: 'le HTML brut est interdit',
    fragment: 'les fragments <>…</> sont interdits',
    rawElement: (name: string) => `l’élément HTML brut <${name}> est interdit`,
    unknownComponent: (name: string) => `composant inconnu <${name}>`,
    componentHint: (components: string) =>
      `utilisez du Markdown ou l’un de ces composants : ${components}`,
    ownLine: (name: string) => `<${name}> doit être seul sur sa ligne`,
    ownLineHint: 'laissez une ligne vide avant et après',
    quotedProps:
      'les attributs doivent être des chaînes entre guillemets ; les expressions {…} sont retirées',
    quotedPropsHint: 'écrivez attribut="valeur"',
    unknownProps: (names: readonly string[]) => `attribut(s) inconnu(s) ${names.join(', ')}`,
    needsText: (name: string) => `<${name}> doit contenir du texte`,
    hashtagPlain: 'un mot simple attendu, comme <Hashtag>Huawei</Hashtag>',
    hashtagNotTag: (label: string) => `#${label} ne fait pas partie des sujets (tags) de l’article`,
    hashtagHint: (label: string) => `ajoutez ${quote(label)} à tags dans l’en-tête`,
  },

  /** Props of `<Tweet>`. */
  tweet: {
    authorEmpty: 'ne doit pas être vide',
    authorTooLong: (max: number) => `${max} caractères au plus`,
    handle: 'identifiant X attendu, comme "HuaweiMobile"',
    date: 'date attendue, comme 2018-01-09',
    url: 'lien http(s) vers la publication d’origine attendu',
    lang: 'code de langue attendu, comme "en"',
  },

  /** Props shared by the embeds (`<Bluesky>`, `<Mastodon>`, `<YouTube>`, `<Entry>`…). */
  embeds: {
    notEmpty: 'ne doit pas être vide',
    postDate: 'date attendue, comme 2018-01-09',
    dateTime: 'date et heure ISO 8601 avec décalage attendues, comme 2026-12-02T10:42:00+01:00',
    lang: 'code de langue attendu, comme "en"',
    xHost: 'lien sur x.com ou twitter.com attendu',
    blueskyHandle: 'identifiant Bluesky attendu, comme "alice.bsky.social"',
    blueskyHost: 'lien https://bsky.app vers la publication attendu',
    blueskyPath: 'lien de la forme https://bsky.app/profile/<identifiant>/post/<id> attendu',
    blueskyOwner: (owner: string, handle: string) =>
      `la publication appartient à ${quote(owner)}, pas à l’identifiant ${quote(handle)}`,
    mastodonAddress: 'adresse Mastodon attendue, comme "@alice@mastodon.social"',
    mastodonUrl: 'lien https vers la publication d’origine attendu',
    mastodonHost: (server: string) => `lien sur ${server}, le serveur de l’identifiant, attendu`,
    youtubeId: 'identifiant de vidéo YouTube attendu : les 11 caractères après "v=" dans le lien',
    readAlsoSlug: 'slug d’article attendu, comme "log4shell-faille-log4j"',
  },

  /** Live blogs: `<Entry>` updates and their times. */
  live: {
    entryOutsideLive: '<Entry> n’est permis que dans un direct',
    entryOutsideLiveHint: 'ajoutez live: avec start (et end une fois terminé) dans l’en-tête',
    entryNotTopLevel: '<Entry> doit être au premier niveau du corps, pas dans un autre élément',
    onlyEntries: 'un direct ne contient que des entrées <Entry>',
    onlyEntriesHint: 'mettez ce texte dans une <Entry>, ou le résumé dans description',
    outsideCoverage: (start: string, end: string | undefined) =>
      `doit être dans la période couverte (du ${start} ${end ? `au ${end}` : 'à maintenant'})`,
    sameTime: (line: number) => `une autre entrée (ligne ${line}) a la même heure`,
    sameTimeHint: 'donnez à chaque entrée sa propre minute, ou ajoutez les secondes',
  },

  /** `<LireAussi slug>` targets. */
  readAlso: {
    formerSlug: (slug: string, current: string) =>
      `${quote(slug)} est un ancien slug ; écrivez slug=${quote(current)}`,
    broken: (slug: string) => `${quote(slug)} a lui-même des erreurs de contenu`,
    self: 'un article ne peut pas se recommander lui-même',
    draft: (slug: string) =>
      `${quote(slug)} est un brouillon : il n’est jamais montré aux lecteurs`,
    later: (slug: string, date: string) =>
      `${quote(slug)} paraît après cet article (${date}) : les lecteurs ne verraient pas de carte d’ici là`,
  },

  /** MDX syntax errors, by the rule the MDX parser names. */
  syntax: {
    prefix: 'erreur de syntaxe',
    unexpectedCharacter: (character: string) => `caractère inattendu ${character} dans une balise`,
    unexpectedEof: 'fin du texte atteinte au milieu d’une balise ou d’une expression {…}',
    missingClosingTag: (name: string) => `balise fermante </${name}> attendue`,
    closingTagMismatch: (found: string, expected: string) =>
      `balise fermante </${found}> trouvée là où </${expected}> était attendue`,
    closingSlash: 'barre oblique / inattendue : aucune balise ouverte à fermer',
    closingAttribute: 'une balise fermante ne peut pas avoir d’attribut',
    selfClosingInClosing: 'barre oblique / en trop dans une balise fermante',
    lazyLine: 'ligne sans le préfixe de son bloc (> dans une citation, espaces dans une liste)',
    expression: 'expression {…} illisible',
    emptyExpression: 'expression {} vide',
    unknown: 'syntaxe MDX invalide',
    hint: 'vérifiez que chaque <Composant> est fermé et que < et { sont échappés dans le texte',
    hintNoPlace: 'l’analyseur ne donne pas de position ; l’erreur est quelque part dans le corps',
  },

  /** Links written in an article. */
  links: {
    empty: 'lien vide',
    protocolRelative: 'les liens qui commencent par // sont interdits ; écrivez https://',
    relative:
      'les liens relatifs sont interdits ; commencez les liens du site par "/" (par ex. /tags/huawei)',
    scheme: (scheme: string) =>
      `le schéma "${scheme}:" est interdit ; utilisez http(s), mailto ou un lien du site`,
    noArticle: (slug: string) => `aucun article n’a le slug ${quote(slug)}`,
    draftTarget: (slug: string) =>
      `${quote(slug)} est un brouillon : les lecteurs auraient une erreur 404`,
    noTopic: (slug: string) => `aucun article publié n’a le sujet ${quote(slug)}`,
    noSection: (slug: string) => `aucune rubrique ${quote(slug)}`,
    noAuthor: (slug: string) => `aucun auteur ${quote(slug)}`,
    noPage: (path: string) => `aucune page du site à l’adresse ${path}`,
    noListPage: (page: number, pages: number) =>
      `cette liste n’a que ${count(pages, 'page', 'pages')}, pas de page ${page}`,
    noFile: (path: string) => `aucun fichier ${path} dans public/`,
    redirectsTo: (target: string) => `redirige vers ${target}`,
    writeFolded: (target: string) => `redirige vers ${target} ; écrivez directement ${target}`,
  },

  /** The dev error panel shown instead of a broken article in `next dev`. */
  panel: {
    title: 'Contenu à corriger',
    text: 'Cet article n’a pas pu être affiché. Corrigez le fichier puis enregistrez : la page se met à jour seule.',
  },

  /** The runtime reload log (a production server picking up content without a rebuild). */
  reload: {
    applied: (changed: number, milliseconds: number) =>
      `contenu rechargé : ${count(changed, 'fichier modifié', 'fichiers modifiés')} en ${milliseconds} ms`,
    unchanged: 'contenu rechargé : aucun changement',
    rejected: (file: string, problems: number) =>
      `${file} refusé (${count(problems, 'problème', 'problèmes')}) : la dernière version valide reste en ligne`,
    keptLastGood: (file: string) => `${file} : la dernière version valide reste en ligne`,
    removed: (file: string) => `${file} supprimé : l’article est retiré du site`,
    failed: (reason: string) => `échec du rechargement du contenu : ${reason}`,
    webhookRefused: (reason: string) => `demande de rechargement refusée : ${reason}`,
    watching: (root: string) =>
      `surveillance de ${root}/ : chaque enregistrement met le site à jour`,
  },
} as const;
