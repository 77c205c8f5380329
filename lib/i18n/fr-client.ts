/**
 * The French strings that client components (theme toggle, error boundaries) need. They live
 * apart from the rest of `fr` only so that the browser downloads these few instead of every
 * string of the interface; `fr` includes them, and server code keeps using `fr`.
 *
 * Unlike `fr`, this table is not typeset at load (that would ship the typography rules to the
 * browser): write ’ for apostrophes and NARROW before : ; ! ? (a unit test checks it).
 */
const NARROW = '\u202F';

export const frClient = {
  siteName: 'Manchette',
  theme: {
    toggle: 'Thème sombre',
    toLight: 'Passer au thème clair',
    toDark: 'Passer au thème sombre',
  },
  error: {
    title: 'Une erreur est survenue',
    text: 'Cette page n’a pas pu être affichée. Les autres pages du site restent disponibles.',
    retry: 'Réessayer',
    back: 'Revenir à l’accueil',
  },

  video: {
    play: (title: string) => `Lire la vidéo${NARROW}: ${title}`,
    watchOn: 'Voir la vidéo sur YouTube',
    notice: 'La lecture charge le lecteur de YouTube (youtube-nocookie.com).',
    frameTitle: (title: string) => `Vidéo YouTube${NARROW}: ${title}`,
  },
  live: {
    autoUpdate: 'Mise à jour automatique',
    newEntries: (count: number) => (count > 1 ? `${count} nouvelles entrées` : '1 nouvelle entrée'),
    show: (count: number) =>
      count > 1 ? `Afficher les ${count} nouvelles entrées` : 'Afficher la nouvelle entrée',
    ended: 'Le direct est terminé.',
  },
};
