/**
 * Who publishes the site: shown on « Qui sommes-nous » and « Contact » and given to search
 * engines in the Organization of the structured data. A newsroom that deploys Manchette writes
 * its own details here (French law asks for the publisher, the publication director and a way
 * to reach them on every news site).
 */
export const PUBLISHER = {
  name: 'Manchette',
  legalForm: 'Association loi 1901',
  founded: '2018',
  director: 'La directrice ou le directeur de la publication de votre rédaction',
  address: {
    street: '10 rue de la Presse',
    postalCode: '75002',
    city: 'Paris',
    country: 'FR',
  },
  newsroomEmail: 'redaction@manchette.example',
  correctionsEmail: 'corrections@manchette.example',
  host: 'Le serveur de votre choix : Manchette se déploie avec npm install, npm run build et npm start.',
} as const;

/** `10 rue de la Presse, 75002 Paris`. */
export function formatPublisherAddress(): string {
  const { street, postalCode, city } = PUBLISHER.address;
  return `${street}, ${postalCode} ${city}`;
}
