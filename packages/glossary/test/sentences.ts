/**
 * Sentences for the context check of `findTermsInText`. EVERYDAY_SENTENCES use words that are
 * also glossary terms ("zin", "beroep", "herinnering", "termijn"…) in their everyday sense:
 * none of them may be explained. LETTER_SENTENCES use them as a municipal letter does.
 */
export const EVERYDAY_SENTENCES: readonly string[] = [
  'Deze zin is te lang voor de krant.',
  'Ik heb geen zin in koffie.',
  'Zin om mee te gaan naar de markt?',
  'Dat heeft geen zin, de winkel is al dicht.',
  'Wat is uw beroep?',
  'Hij is kapper van beroep.',
  'Mijn beroep is verpleegkundige.',
  'Wij doen een beroep op uw hulp bij het opruimen van het park.',
  'Zij kiest een beroep met veel contact met mensen.',
  'Ik heb een mooie herinnering aan die zomer.',
  'Ter herinnering: de buurtbarbecue is zaterdag.',
  'Een herinnering aan mijn opa hangt aan de muur.',
  'Op korte termijn gaan wij verhuizen.',
  'Op termijn wil ik een eigen bedrijf.',
  'Voor de lange termijn is sparen slim.',
  'De termijn van de burgemeester duurt zes jaar.',
  'Ik heb er geen bezwaar tegen als je later komt.',
  'Heeft u bezwaar als ik het raam opendoe?',
  'De zaal staat tot uw beschikking.',
  'Wij stellen de ruimte gratis ter beschikking.',
  'Zij heeft de beschikking over een auto.',
  'Er was een aanslag op de trein.',
  'Hij heeft het vermogen om goed te luisteren.',
  'Ze helpt naar vermogen in de moestuin.',
  'Dit geeft een indicatie van de drukte.',
  'Het beslag voor de pannenkoeken moet rusten.',
  'De verbouwing neemt veel tijd in beslag.',
  'De brandweer kreeg bijstand van de politie.',
  'Mijn zus gaat intrekken bij haar vriend.',
  'Het college begint om negen uur met een les wiskunde.',
  'De maatregel tegen de drukte werkt goed.',
  'Deze verwijzing naar artikel 3 klopt niet.',
  'Ik betaal een toeslag voor de nacht.',
  'Het gezag van de scheidsrechter is groot.',
];

/** A letter's sentence and the term it must still yield. */
export const LETTER_SENTENCES: readonly [string, string][] = [
  ['Tegen deze uitspraak kunt u beroep instellen bij de rechtbank.', 'beroep'],
  ['Bent u het niet eens met de beslissing op bezwaar? Dan kunt u in beroep gaan.', 'beroep'],
  [
    'Dit is een herinnering: u hebt het bedrag van de aanslag nog niet betaald.',
    'betalingsherinnering',
  ],
  ['U kunt bezwaar maken binnen zes weken.', 'bezwaar'],
  ['Wij hebben uw bezwaar tegen het besluit ontvangen.', 'bezwaar'],
  ['De termijn voor bezwaar is zes weken.', 'termijn'],
  ['U kunt het bedrag in tien termijnen betalen.', 'termijn'],
  ['Dit is de beschikking op uw aanvraag.', 'beschikking'],
  ['De aanslag gemeentelijke belastingen moet u voor 1 april betalen.', 'aanslag'],
  ['Uw vermogen is hoger dan de grens voor bijstand.', 'vermogen'],
  ['U krijgt een indicatie voor 3 uur hulp per week.', 'indicatie'],
  ['De deurwaarder legt beslag op uw loon.', 'beslaglegging'],
  ['Wij verlagen uw uitkering met een maatregel van 100 procent.', 'maatregel'],
  ['De huisarts geeft u een verwijzing voor jeugdhulp.', 'verwijzing'],
  ['U ontvangt zorg in natura.', 'zorg-in-natura'],
];
