import type { GlossaryTerm } from './types.js';

/**
 * Dutch base data (reviewed: the Dutch is ours). Explanations are B1: 1–3 short sentences,
 * everyday words, at most about 15 words per sentence. Keep ids stable: locale files key on them.
 */
export const glossaryTerms: readonly GlossaryTerm[] = [
  {
    id: 'beschikking',
    term: 'beschikking',
    forms: ['beschikkingen'],
    topic: 'law',
    pictogram: 'letter',
    explanation:
      'Een beschikking is een brief met een besluit van de gemeente. Er staat in wat u wel of niet krijgt. Bent u het er niet mee eens? Dan kunt u bezwaar maken.',
  },
  {
    id: 'bezwaar',
    term: 'bezwaar',
    forms: ['bezwaren', 'bezwaarschrift', 'bezwaarschriften', 'bezwaar maken'],
    topic: 'law',
    pictogram: 'form',
    explanation:
      'Met een bezwaar zegt u: ik ben het niet eens met dit besluit. U schrijft dan een brief aan de gemeente. Doe dit binnen 6 weken na de datum van de brief.',
  },
  {
    id: 'beroep',
    term: 'beroep',
    forms: ['in beroep gaan', 'beroep instellen', 'beroepschrift'],
    topic: 'law',
    pictogram: 'documents',
    explanation:
      'Beroep is de stap na bezwaar. U vraagt dan een rechter om naar het besluit te kijken. Dit kan meestal binnen 6 weken na de beslissing op uw bezwaar.',
  },
  {
    id: 'aanvraag',
    term: 'aanvraag',
    forms: ['aanvragen', 'aanvraagformulier'],
    topic: 'general',
    pictogram: 'form',
    explanation:
      'Een aanvraag is een vraag aan de gemeente om hulp of geld. U doet dit vaak met een formulier. Bijvoorbeeld: een aanvraag voor bijstand.',
  },
  {
    id: 'dagtekening',
    term: 'dagtekening',
    forms: ['datum van dagtekening'],
    topic: 'general',
    pictogram: 'calendar',
    explanation:
      'De dagtekening is de datum bovenaan de brief. Vanaf die datum telt de tijd die u hebt om te reageren.',
  },
  {
    id: 'wmo',
    term: 'Wmo',
    forms: ['Wmo 2015', 'Wet maatschappelijke ondersteuning', 'Wmo-voorziening'],
    topic: 'care',
    pictogram: 'care',
    explanation:
      'De Wmo is een wet. Door deze wet helpt de gemeente u om zelfstandig thuis te wonen. Bijvoorbeeld met hulp in het huishouden, een rolstoel of een traplift.',
  },
  {
    id: 'participatiewet',
    term: 'Participatiewet',
    topic: 'work',
    pictogram: 'work',
    explanation:
      'De Participatiewet is een wet over werk en geld. Hebt u niet genoeg geld om van te leven? Dan kunt u bijstand krijgen. De gemeente helpt u ook om werk te vinden.',
  },
  {
    id: 'jeugdwet',
    term: 'Jeugdwet',
    forms: ['jeugdhulp'],
    topic: 'youth',
    pictogram: 'youth',
    explanation:
      'De Jeugdwet is een wet over hulp voor kinderen en jongeren tot 18 jaar. De gemeente regelt deze hulp. Bijvoorbeeld hulp bij opvoeden of bij problemen thuis.',
  },
  {
    id: 'eigen-bijdrage',
    term: 'eigen bijdrage',
    forms: ['eigen bijdragen', 'eigenbijdrage'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'De eigen bijdrage is geld dat u zelf betaalt voor hulp of zorg. Voor hulp uit de Wmo betaalt u dit aan het CAK. Vaak is het een vast bedrag.',
  },
  {
    id: 'cak',
    term: 'CAK',
    forms: ['het CAK'],
    topic: 'money',
    pictogram: 'letter',
    explanation:
      'Het CAK is een organisatie van de overheid. Het CAK stuurt u de rekening voor de eigen bijdrage. Bijvoorbeeld voor hulp uit de Wmo.',
  },
  {
    id: 'pgb',
    term: 'pgb',
    forms: ['persoonsgebonden budget', 'persoonsgebonden budgetten', "pgb's"],
    topic: 'care',
    pictogram: 'money',
    explanation:
      'Een pgb is geld voor zorg of hulp. U regelt en betaalt de hulp dan zelf. U kiest zelf wie u helpt.',
  },
  {
    id: 'zorg-in-natura',
    term: 'zorg in natura',
    forms: ['in natura', 'ZIN'],
    topic: 'care',
    pictogram: 'care',
    explanation:
      'Bij zorg in natura regelt en betaalt de gemeente uw zorg. U krijgt hulp van een organisatie die met de gemeente werkt. U krijgt dus geen geld in handen.',
  },
  {
    id: 'indicatie',
    term: 'indicatie',
    forms: ['indicaties', 'indicatiebesluit'],
    topic: 'care',
    pictogram: 'plan',
    explanation:
      'Een indicatie is een besluit over hoeveel zorg of hulp u nodig hebt. Er staat ook in hoe lang u die hulp krijgt.',
  },
  {
    id: 'keukentafelgesprek',
    term: 'keukentafelgesprek',
    forms: ['keukentafelgesprekken', 'gesprek aan de keukentafel'],
    topic: 'care',
    pictogram: 'kitchen-table',
    explanation:
      'Een keukentafelgesprek is een gesprek met iemand van de gemeente. Het gaat over uw situatie en welke hulp u nodig hebt. Het gesprek is vaak bij u thuis. U mag iemand meenemen.',
  },
  {
    id: 'clientondersteuner',
    term: 'cliëntondersteuner',
    forms: [
      'cliëntondersteuners',
      'cliëntondersteuning',
      'onafhankelijke cliëntondersteuner',
      'onafhankelijke cliëntondersteuning',
      'OCO',
    ],
    topic: 'care',
    pictogram: 'independent',
    explanation:
      'Een cliëntondersteuner helpt u als u hulp vraagt aan de gemeente. Deze persoon beslist niet over uw hulp. De hulp is gratis. Hij of zij kan meegaan naar het gesprek.',
  },
  {
    id: 'machtiging',
    term: 'machtiging',
    forms: ['machtigingen', 'machtigen', 'DigiD Machtigen'],
    topic: 'identity',
    pictogram: 'signature',
    explanation:
      'Met een machtiging geeft u iemand anders toestemming om dingen voor u te regelen. Bijvoorbeeld uw zoon of dochter. Dit kan ook met DigiD.',
  },
  {
    id: 'digid',
    term: 'DigiD',
    forms: ['DigiD-app', 'DigiD app'],
    topic: 'identity',
    pictogram: 'computer',
    explanation:
      'Met DigiD logt u in op websites van de overheid. Zo laat u zien wie u bent. Geef uw DigiD nooit aan iemand anders.',
  },
  {
    id: 'bsn',
    term: 'BSN',
    forms: ['burgerservicenummer', 'burgerservicenummers'],
    topic: 'identity',
    pictogram: 'privacy',
    explanation:
      'Het BSN is uw persoonlijke nummer bij de overheid. U vindt het op uw paspoort of ID-kaart. Geef het alleen aan organisaties die u vertrouwt.',
  },
  {
    id: 'toeslag',
    term: 'toeslag',
    forms: ['toeslagen', 'Dienst Toeslagen'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Een toeslag is geld van de overheid om u te helpen met vaste kosten. Bijvoorbeeld zorgtoeslag, huurtoeslag of kinderopvangtoeslag. U vraagt dit aan bij Dienst Toeslagen.',
  },
  {
    id: 'aanmaning',
    term: 'aanmaning',
    forms: ['aanmaningen', 'herinnering'],
    topic: 'money',
    pictogram: 'warning',
    explanation:
      'Een aanmaning is een brief dat u nog moet betalen. U hebt te laat of niet betaald. Betaal snel, want anders komen er kosten bij.',
  },
  {
    id: 'dwangbevel',
    term: 'dwangbevel',
    forms: ['dwangbevelen'],
    topic: 'money',
    pictogram: 'warning',
    explanation:
      'Een dwangbevel is een officieel bevel om te betalen. U krijgt dit als u na een aanmaning nog niet hebt betaald. Er komen hoge kosten bij. Vraag snel om hulp.',
  },
  {
    id: 'invordering',
    term: 'invordering',
    forms: ['invorderen', 'ingevorderd'],
    topic: 'money',
    pictogram: 'debts',
    explanation:
      'Invordering betekent: de gemeente haalt geld op dat u nog moet betalen. Dit gebeurt als u niet op tijd betaalt.',
  },
  {
    id: 'kwijtschelding',
    term: 'kwijtschelding',
    forms: ['kwijtschelden', 'kwijtgescholden'],
    topic: 'tax',
    pictogram: 'free',
    explanation:
      'Kwijtschelding betekent dat u een belasting niet hoeft te betalen. Dit kan als u weinig inkomen en weinig spaargeld hebt. U moet het zelf aanvragen.',
  },
  {
    id: 'betalingsregeling',
    term: 'betalingsregeling',
    forms: ['betalingsregelingen'],
    topic: 'money',
    pictogram: 'calendar',
    explanation:
      'Met een betalingsregeling betaalt u een bedrag in delen. Bijvoorbeeld elke maand een klein deel. U spreekt dit af met de organisatie die het geld krijgt.',
  },
  {
    id: 'bijstand',
    term: 'bijstand',
    forms: ['bijstandsuitkering', 'bijstandsuitkeringen', 'algemene bijstand'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Bijstand is geld van de gemeente om van te leven. U krijgt het als u niet genoeg inkomen of spaargeld hebt. Er zijn regels, bijvoorbeeld over werk zoeken.',
  },
  {
    id: 'bijzondere-bijstand',
    term: 'bijzondere bijstand',
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Bijzondere bijstand is extra geld van de gemeente voor kosten die u niet kunt betalen. Bijvoorbeeld een nieuwe wasmachine of een bril.',
  },
  {
    id: 'uitkering',
    term: 'uitkering',
    forms: ['uitkeringen'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Een uitkering is geld dat u elke maand van de overheid krijgt. Bijvoorbeeld als u geen werk hebt of ziek bent. Ook bijstand en AOW zijn uitkeringen.',
  },
  {
    id: 'inkomen',
    term: 'inkomen',
    forms: ['inkomens', 'inkomsten'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Uw inkomen is het geld dat u elke maand krijgt. Bijvoorbeeld loon, een uitkering of pensioen.',
  },
  {
    id: 'vermogen',
    term: 'vermogen',
    forms: ['vermogensgrens', 'vermogenstoets'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Vermogen is wat u bezit, zoals spaargeld, een auto of een huis. Uw schulden gaan er vanaf. Voor bijstand mag uw vermogen niet te hoog zijn.',
  },
  {
    id: 'zorgverzekering',
    term: 'zorgverzekering',
    forms: ['zorgverzekeringen', 'basisverzekering', 'zorgverzekeraar', 'zorgverzekeraars'],
    topic: 'care',
    pictogram: 'health',
    explanation:
      'Een zorgverzekering betaalt de kosten van dokter, ziekenhuis en medicijnen. Iedereen die in Nederland woont of werkt, moet deze verzekering hebben. U betaalt er elke maand voor.',
  },
  {
    id: 'huurtoeslag',
    term: 'huurtoeslag',
    topic: 'housing',
    pictogram: 'house',
    explanation:
      'Huurtoeslag is geld van de overheid als uw huur hoog is en uw inkomen laag. U krijgt het elke maand. U vraagt het aan bij Dienst Toeslagen.',
  },
  {
    id: 'schuldhulpverlening',
    term: 'schuldhulpverlening',
    forms: ['schuldhulp', 'schuldhulpverlener'],
    topic: 'money',
    pictogram: 'debts',
    explanation:
      'Schuldhulpverlening is hulp bij schulden. De gemeente helpt u om overzicht te krijgen en afspraken te maken. De hulp is gratis. Vraag er op tijd om.',
  },
  {
    id: 'woz',
    term: 'WOZ-waarde',
    forms: ['WOZ', 'WOZ waarde', 'WOZ-waarden', 'WOZ-beschikking', 'waarde onroerende zaken'],
    topic: 'tax',
    pictogram: 'house',
    explanation:
      'De WOZ-waarde is de waarde van uw huis volgens de gemeente. De gemeente bepaalt dit elk jaar. Deze waarde telt mee voor belastingen en soms voor de huur.',
  },
  {
    id: 'gemeentelijke-belastingen',
    term: 'gemeentelijke belastingen',
    forms: ['gemeentelijke belasting', 'gemeentebelastingen', 'gemeentebelasting'],
    topic: 'tax',
    pictogram: 'municipality',
    explanation:
      'Gemeentelijke belastingen betaalt u aan de gemeente. Bijvoorbeeld voor het ophalen van afval en voor het riool. Hebt u een eigen huis? Dan betaalt u ook daarvoor.',
  },
  {
    id: 'aanslag',
    term: 'aanslag',
    forms: ['aanslagen', 'belastingaanslag', 'aanslagbiljet'],
    topic: 'tax',
    pictogram: 'letter',
    explanation:
      'Een aanslag is een brief waarin staat hoeveel belasting u moet betalen. Er staat ook in wanneer u moet betalen.',
  },
  {
    id: 'termijn',
    term: 'termijn',
    forms: ['termijnen', 'betalingstermijn', 'bezwaartermijn', 'reactietermijn'],
    topic: 'general',
    pictogram: 'clock',
    explanation:
      'Een termijn is de tijd waarin u iets moet doen. Bijvoorbeeld: u moet binnen 6 weken reageren. Een termijn kan ook een deel van een betaling zijn.',
  },
  {
    id: 'bewijsstukken',
    term: 'bewijsstukken',
    forms: ['bewijsstuk'],
    topic: 'general',
    pictogram: 'documents',
    explanation:
      'Bewijsstukken zijn papieren die laten zien dat iets klopt. Bijvoorbeeld loonstroken, bankafschriften of een huurcontract. Stuur kopieën mee, geen originelen.',
  },
  {
    id: 'handtekening',
    term: 'handtekening',
    forms: ['handtekeningen'],
    topic: 'general',
    pictogram: 'signature',
    explanation:
      'Een handtekening is uw naam die u met de hand schrijft. Daarmee zegt u dat u het eens bent. Zet alleen uw handtekening als u alles begrijpt.',
  },
  {
    id: 'ondertekening',
    term: 'ondertekening',
    forms: ['ondertekenen', 'ondertekend', 'onderteken'],
    topic: 'general',
    pictogram: 'signature',
    explanation:
      'Ondertekening betekent: uw handtekening onder een brief of formulier zetten. Zonder ondertekening is een formulier vaak niet geldig.',
  },
  {
    id: 'gemachtigde',
    term: 'gemachtigde',
    forms: ['gemachtigden'],
    topic: 'identity',
    pictogram: 'accompany',
    explanation:
      'Een gemachtigde is iemand die dingen voor u mag regelen. U hebt die persoon daar toestemming voor gegeven. Bijvoorbeeld een familielid of een cliëntondersteuner.',
  },
  {
    id: 'verklaring',
    term: 'verklaring',
    forms: ['verklaringen'],
    topic: 'general',
    pictogram: 'documents',
    explanation:
      'Een verklaring is een papier waarin iemand officieel zegt dat iets waar is. Bijvoorbeeld dat u op een adres woont. Soms moet u een verklaring invullen en ondertekenen.',
  },
  {
    id: 'afwijzing',
    term: 'afwijzing',
    forms: ['afgewezen', 'afwijzen', 'afwijzingen'],
    topic: 'law',
    pictogram: 'warning',
    explanation:
      'Een afwijzing betekent: u krijgt niet wat u hebt gevraagd. In de brief staat waarom. Bent u het er niet mee eens? Dan kunt u bezwaar maken.',
  },
  {
    id: 'toekenning',
    term: 'toekenning',
    forms: ['toegekend', 'toekennen'],
    topic: 'law',
    pictogram: 'checkmark',
    explanation:
      'Een toekenning betekent: u krijgt wat u hebt gevraagd. In de brief staat wat u krijgt en hoe lang.',
  },
  {
    id: 'herziening',
    term: 'herziening',
    forms: ['herzien', 'herzieningen'],
    topic: 'law',
    pictogram: 'documents',
    explanation:
      'Bij een herziening verandert de gemeente een eerder besluit. Bijvoorbeeld omdat uw situatie anders is. Soms moet u dan geld terugbetalen.',
  },
  {
    id: 'hoorzitting',
    term: 'hoorzitting',
    forms: ['hoorzittingen'],
    topic: 'law',
    pictogram: 'conversation',
    explanation:
      'Een hoorzitting is een gesprek over uw bezwaar. U legt daar uit waarom u het niet eens bent. U mag iemand meenemen, bijvoorbeeld een cliëntondersteuner.',
  },
  {
    id: 'voorlopige-voorziening',
    term: 'voorlopige voorziening',
    forms: ['voorlopige voorzieningen'],
    topic: 'law',
    pictogram: 'clock',
    explanation:
      'Een voorlopige voorziening is een snelle, tijdelijke beslissing van een rechter. U vraagt dit als u niet kunt wachten. Bijvoorbeeld omdat u anders geen geld hebt.',
  },
  {
    id: 'wijkteam',
    term: 'wijkteam',
    forms: ['wijkteams', 'sociaal wijkteam', 'buurtteam', 'buurtteams', 'sociaal team'],
    topic: 'care',
    pictogram: 'help',
    explanation:
      'Het wijkteam is een groep mensen in uw buurt die helpen. U kunt er terecht met vragen over zorg, geld, opvoeden of wonen. De hulp is gratis.',
  },
  {
    id: 'sleutelpersoon',
    term: 'sleutelpersoon',
    forms: ['sleutelpersonen'],
    topic: 'general',
    pictogram: 'volunteer',
    explanation:
      'Een sleutelpersoon is iemand uit uw eigen gemeenschap die u helpt. Deze persoon spreekt vaak uw taal. Hij of zij legt uit hoe dingen werken.',
  },
  {
    id: 'zorgaanbieder',
    term: 'zorgaanbieder',
    forms: ['zorgaanbieders', 'zorgverlener', 'zorgverleners'],
    topic: 'care',
    pictogram: 'care',
    explanation:
      'Een zorgaanbieder is een organisatie of persoon die zorg of hulp geeft. Bijvoorbeeld een organisatie voor thuiszorg of een hulp in het huishouden.',
  },
];
