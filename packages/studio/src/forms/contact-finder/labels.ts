/**
 * The Dutch words editors see for the contact list's kinds, topics, access and columns (the
 * content model keeps stable ids: key-person, letters…). Functions, not constants: `msg()`
 * must run at render time to follow the English toggle.
 */
import { msg } from '@lit/localize';

export const kindLabel = (kind: string): string =>
  ({
    'client-supporter': msg('Cliëntondersteuner', { id: 'studio-cf-kind-client-supporter' }),
    'key-person': msg('Sleutelpersoon', { id: 'studio-cf-kind-key-person' }),
    volunteer: msg('Vrijwilliger', { id: 'studio-cf-kind-volunteer' }),
    team: msg('Buurtteam', { id: 'studio-cf-kind-team' }),
    helpline: msg('Hulplijn', { id: 'studio-cf-kind-helpline' }),
  })[kind] ?? kind;

export const topicLabel = (topic: string): string =>
  ({
    money: msg('Geld en schulden', { id: 'studio-cf-topic-money' }),
    care: msg('Zorg en ondersteuning', { id: 'studio-cf-topic-care' }),
    youth: msg('Jeugd en gezin', { id: 'studio-cf-topic-youth' }),
    housing: msg('Wonen', { id: 'studio-cf-topic-housing' }),
    work: msg('Werk en inkomen', { id: 'studio-cf-topic-work' }),
    health: msg('Gezondheid', { id: 'studio-cf-topic-health' }),
    letters: msg('Brieven en formulieren', { id: 'studio-cf-topic-letters' }),
    loneliness: msg('Eenzaamheid', { id: 'studio-cf-topic-loneliness' }),
  })[topic] ?? topic;

export const accessLabel = (access: string): string =>
  ({
    'walk-in': msg('Zonder afspraak (inloop)', { id: 'studio-cf-access-walk-in' }),
    appointment: msg('Op afspraak', { id: 'studio-cf-access-appointment' }),
    both: msg('Inloop en op afspraak', { id: 'studio-cf-access-both' }),
  })[access] ?? access;

/** The label of a spreadsheet column's field (the key without a language: `role`). */
export const columnLabel = (key: string): string =>
  ({
    id: msg('Kenmerk (id)', { id: 'studio-cf-col-id' }),
    name: msg('Naam', { id: 'studio-cf-col-name' }),
    kind: msg('Soort contact', { id: 'studio-cf-col-kind' }),
    role: msg('Functie', { id: 'studio-cf-col-role' }),
    organization: msg('Organisatie', { id: 'studio-cf-col-organization' }),
    organization_url: msg('Website van de organisatie', { id: 'studio-cf-col-organization-url' }),
    description: msg('Korte uitleg', { id: 'studio-cf-col-description' }),
    photo: msg('Foto (adres van het bestand)', { id: 'studio-cf-col-photo' }),
    photo_alt: msg('Wat staat er op de foto', { id: 'studio-cf-col-photo-alt' }),
    languages: msg('Talen', { id: 'studio-cf-col-languages' }),
    topics: msg('Onderwerpen', { id: 'studio-cf-col-topics' }),
    phone: msg('Telefoonnummer', { id: 'studio-cf-col-phone' }),
    phone_languages: msg('Talen aan de telefoon (codes)', { id: 'studio-cf-col-phone-languages' }),
    whatsapp: msg('WhatsApp-nummer', { id: 'studio-cf-col-whatsapp' }),
    email: msg('E-mailadres', { id: 'studio-cf-col-email' }),
    website: msg('Website', { id: 'studio-cf-col-website' }),
    address: msg('Adres', { id: 'studio-cf-col-address' }),
    postal_code: msg('Postcode', { id: 'studio-cf-col-postal-code' }),
    city: msg('Plaats', { id: 'studio-cf-col-city' }),
    latitude: msg('Breedtegraad', { id: 'studio-cf-col-latitude' }),
    longitude: msg('Lengtegraad', { id: 'studio-cf-col-longitude' }),
    areas: msg('Werkgebied (postcodes of wijken)', { id: 'studio-cf-col-areas' }),
    access: msg('Toegang', { id: 'studio-cf-col-access' }),
    hours: msg('Openingstijden', { id: 'studio-cf-col-hours' }),
    exceptions: msg('Afwijkende dagen', { id: 'studio-cf-col-exceptions' }),
    free: msg('Gratis', { id: 'studio-cf-col-free' }),
    independent: msg('Onafhankelijk', { id: 'studio-cf-col-independent' }),
    confidential: msg('Vertrouwelijk', { id: 'studio-cf-col-confidential' }),
  })[key] ?? key;

/** A hint under a field whose format is not obvious. */
export const columnHint = (key: string): string | undefined =>
  ({
    hours: msg('Bijvoorbeeld: ma-vr 09:00-12:00 | wo 13:00-17:00', { id: 'studio-cf-hint-hours' }),
    exceptions: msg('Bijvoorbeeld: 2027-12-24 09:00-12:00 | 2027-12-31 gesloten', {
      id: 'studio-cf-hint-exceptions',
    }),
    areas: msg('Bijvoorbeeld: 9901-9903, 9910, Noord', { id: 'studio-cf-hint-areas' }),
    phone_languages: msg('Bijvoorbeeld: ar nl', { id: 'studio-cf-hint-phone-languages' }),
    photo: msg('Bijvoorbeeld: avatars/fatima.svg', { id: 'studio-cf-hint-photo' }),
  })[key];
