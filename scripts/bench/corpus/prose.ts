import type { Random } from '@/scripts/bench/corpus/random';
import {
  COMPANIES,
  OPINIONS,
  OUTCOMES,
  PEOPLE,
  PLACES,
  PRODUCTS,
  VERBS,
} from '@/scripts/bench/corpus/vocabulary';

type Template = (random: Random) => string;

// Each template is a sentence a French tech-news writer could have written; combined at random they
// give paragraphs with the length, accents, quotes and punctuation of real copy.
const TEMPLATES: readonly Template[] = [
  (r) => `${r.pick(COMPANIES)} ${r.pick(VERBS)} ${r.pick(PRODUCTS)} ${r.pick(OUTCOMES)}.`,
  (r) =>
    `Joint par téléphone à ${r.pick(PLACES)}, ${r.pick(PEOPLE)} estime que « ${r.pick(OPINIONS)} ».`,
  (r) =>
    `Le groupe affiche un chiffre d'affaires de ${r.int(2, 90)},${r.int(1, 9)} milliards d'euros, en hausse de ${r.int(1, 19)} %.`,
  (r) =>
    `D'après nos informations, ${r.pick(COMPANIES)} aurait déjà signé avec ${r.int(2, 40)} partenaires européens.`,
  (r) =>
    `Les premiers essais menés à ${r.pick(PLACES)} se sont révélés concluants, selon un porte-parole.`,
  (r) => `Reste à savoir si ${r.pick(COMPANIES)} saura convaincre les opérateurs, encore prudents.`,
  (r) => `Pour ${r.pick(PEOPLE)}, « ${r.pick(OPINIONS)} », même si le dossier reste sensible.`,
  (r) =>
    `Le projet mobilise près de ${r.int(100, 4000)} ingénieurs, dont une partie basée à ${r.pick(PLACES)}.`,
  () =>
    `Les associations de consommateurs réclament davantage de transparence sur les prix pratiqués.`,
  (r) => `Cette décision intervient ${r.pick(OUTCOMES)}, alors que le marché ralentit.`,
  (r) =>
    `Le calendrier annoncé prévoit une ouverture commerciale au printemps ${r.int(2019, 2027)}.`,
  (r) =>
    `Selon l'Arcep, ${r.int(10, 95)} % des foyers devraient être éligibles à la fin du trimestre.`,
  () => `Une source proche du dossier évoque des discussions « tendues mais constructives ».`,
  (r) => `Comptez ${r.int(5, 999)} euros pour ${r.pick(PRODUCTS)}, hors promotions.`,
  (r) =>
    `La concurrence n'a pas tardé à réagir, ${r.pick(COMPANIES)} promettant une riposte rapide.`,
  (r) =>
    `À ${r.pick(PLACES)}, les élus locaux saluent une annonce qui « change la donne » pour le territoire.`,
];

/** One sentence, optionally with a name in bold (as the seed article does for brand names). */
export function writeSentence(random: Random): string {
  const sentence = random.pick(TEMPLATES)(random);
  if (!random.chance(0.15)) return sentence;
  const company = COMPANIES.find((name) => sentence.includes(name));
  return company ? sentence.replace(company, `**${company}**`) : sentence;
}

/** A paragraph of `min` to `max` sentences. */
export function writeParagraph(random: Random, min = 2, max = 5): string {
  return Array.from({ length: random.int(min, max) }, () => writeSentence(random)).join(' ');
}

/** A headline of a few words, for titles and descriptions. */
export function writeHeadline(random: Random): string {
  return `${random.pick(COMPANIES)} ${random.pick(VERBS)} ${random.pick(PRODUCTS)} ${random.pick(OUTCOMES)}`;
}
