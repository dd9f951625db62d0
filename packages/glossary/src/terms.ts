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
    context: {
      forms: ['beschikking'],
      not: [
        'ter beschikking',
        'tot uw beschikking',
        'tot de beschikking',
        'tot onze beschikking',
        'tot zijn beschikking',
        'tot haar beschikking',
        'tot hun beschikking',
        'tot je beschikking',
        'beschikking over',
        'beschikking hebben',
      ],
    },
  },
  {
    id: 'bezwaar',
    term: 'bezwaar',
    forms: ['bezwaren', 'bezwaarschrift', 'bezwaarschriften', 'bezwaar maken'],
    topic: 'law',
    pictogram: 'form',
    explanation:
      'Met een bezwaar zegt u: ik ben het niet eens met dit besluit. U schrijft dan een brief aan de gemeente. Doe dit binnen 6 weken na de datum van de brief.',
    context: {
      forms: ['bezwaar', 'bezwaren'],
      near: [
        'besluit',
        'beschikking',
        'beslissing',
        'aanslag',
        'maken',
        'gemaakt',
        'indienen',
        'ingediend',
        'termijn',
        'weken',
        'college',
        'gemeente',
        'heffingsambtenaar',
        'bezwaarschrift',
        'brief',
        'dagtekening',
        'uitspraak',
        'wet',
      ],
      not: ['geen bezwaar', 'bezwaar als', 'bezwaar dat', 'er bezwaar tegen'],
    },
  },
  {
    id: 'beroep',
    term: 'beroep',
    forms: ['in beroep gaan', 'beroep instellen', 'beroepschrift'],
    topic: 'law',
    pictogram: 'documents',
    explanation:
      'Beroep is de stap na bezwaar. U vraagt dan een rechter om naar het besluit te kijken. Dit kan meestal binnen 6 weken na de beslissing op uw bezwaar.',
    context: {
      forms: ['beroep'],
      near: [
        'rechtbank',
        'rechter',
        'bestuursrechter',
        'raad van state',
        'centrale raad',
        'beslissing op',
        'uitspraak',
        'griffie',
        'instellen',
        'aantekenen',
        'beroepschrift',
        'bezwaar',
      ],
      not: [
        'van beroep',
        'beroep doen op',
        'een beroep op',
        'uw beroep',
        'zijn beroep',
        'haar beroep',
        'mijn beroep',
        'hun beroep',
        'beroep uitoefenen',
        'welk beroep',
        'wat is uw beroep',
      ],
    },
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
    context: {
      forms: ['indicatie', 'indicaties'],
      near: [
        'zorg',
        'hulp',
        'wmo',
        'ciz',
        'jeugd',
        'wlz',
        'uur',
        'voorziening',
        'begeleiding',
        'besluit',
        'huishoud',
      ],
      not: ['indicatie van'],
    },
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
    context: {
      forms: ['toeslag', 'toeslagen'],
      near: [
        'dienst',
        'belastingdienst',
        'huur',
        'zorg',
        'kind',
        'aanvra',
        'partner',
        'terugbeta',
        'inkomen',
        'maand',
        'toeslagen',
      ],
      not: ['toeslag voor de nacht', 'toeslag voor het weekend'],
    },
  },
  {
    id: 'aanmaning',
    term: 'aanmaning',
    forms: ['aanmaningen'],
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
    context: {
      forms: ['bijstand'],
      not: [
        'juridische bijstand',
        'bijstand van een advocaat',
        'bijstand verlenen',
        'bijstand van de politie',
      ],
    },
  },
  {
    id: 'bijzondere-bijstand',
    term: 'bijzondere bijstand',
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Bijzondere bijstand is extra geld van de gemeente. Het is voor kosten die u zelf niet kunt betalen. Bijvoorbeeld een nieuwe bril of een wasmachine.',
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
    context: {
      forms: ['vermogen'],
      near: [
        'bijstand',
        'spaar',
        'geld',
        'bank',
        'grens',
        'euro',
        'bezit',
        'auto',
        'huis',
        'inkomen',
        'toeslag',
        'uitkering',
        'kwijtschelding',
      ],
      not: ['vermogen om', 'naar vermogen', 'vermogen te', 'al het mogelijke'],
    },
  },
  {
    id: 'zorgverzekering',
    term: 'zorgverzekering',
    forms: ['zorgverzekeringen', 'basisverzekering', 'zorgverzekeraar', 'zorgverzekeraars'],
    topic: 'care',
    pictogram: 'health',
    explanation:
      'Een zorgverzekering betaalt de kosten van de dokter en het ziekenhuis. Iedereen die hier woont of werkt, moet er een hebben. U betaalt elke maand een bedrag.',
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
    context: {
      forms: ['aanslag', 'aanslagen'],
      near: [
        'belasting',
        'betaal',
        'betalen',
        'bedrag',
        'aanslagbiljet',
        'gemeente',
        'woz',
        'heffing',
        'euro',
        'bezwaar',
        'kwijtschelding',
        'ozb',
      ],
      not: ['aanslag op'],
    },
  },
  {
    id: 'termijn',
    term: 'termijn',
    forms: ['termijnen', 'betalingstermijn', 'bezwaartermijn', 'reactietermijn'],
    topic: 'general',
    pictogram: 'clock',
    explanation:
      'Een termijn is de tijd waarin u iets moet doen. Bijvoorbeeld: u moet binnen 6 weken reageren. Een termijn kan ook een deel van een betaling zijn.',
    context: {
      forms: ['termijn', 'termijnen'],
      near: [
        'binnen',
        'dag',
        'dagen',
        'week',
        'weken',
        'maand',
        'betaal',
        'betalen',
        'betaalt',
        'bezwaar',
        'beroep',
        'reageer',
        'reageren',
        'reactie',
        'verlop',
        'verstre',
        'aanvraag',
        'stuur',
        'brief',
        'uiterlijk',
        'datum',
        'bedrag',
        'aanslag',
        'gegevens',
        'papieren',
      ],
      not: ['korte termijn', 'lange termijn', 'op termijn', 'middellange termijn'],
    },
  },
  {
    id: 'bewijsstukken',
    term: 'bewijsstukken',
    forms: ['bewijsstuk'],
    topic: 'general',
    pictogram: 'documents',
    explanation:
      'Bewijsstukken zijn papieren die laten zien dat iets klopt. Bijvoorbeeld uw loonstrook of een bankafschrift. Stuur een kopie mee, niet het echte papier.',
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
      'Ondertekenen betekent: u zet uw naam met de hand onder een brief of formulier. Zonder uw naam eronder telt een formulier vaak niet.',
  },
  {
    id: 'gemachtigde',
    term: 'gemachtigde',
    forms: ['gemachtigden'],
    topic: 'identity',
    pictogram: 'accompany',
    explanation:
      'Een gemachtigde is iemand die dingen voor u mag regelen. U hebt die persoon daar zelf toestemming voor gegeven. Bijvoorbeeld een familielid.',
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
      'Bij een herziening verandert de gemeente een besluit dat zij al nam. Bijvoorbeeld omdat uw situatie anders is. Soms moet u dan geld terugbetalen.',
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
      'Een zorgaanbieder geeft zorg of hulp. Het kan een groep zijn of één persoon. Bijvoorbeeld de thuiszorg of een hulp in huis.',
  },
  {
    id: 'maatwerkvoorziening',
    term: 'maatwerkvoorziening',
    forms: ['maatwerkvoorzieningen'],
    topic: 'care',
    pictogram: 'care',
    explanation:
      'Een maatwerkvoorziening is hulp die de gemeente alleen voor u regelt. Zij kijkt wat u zelf niet kunt. Bijvoorbeeld hulp in huis of een scootmobiel.',
  },
  {
    id: 'algemene-voorziening',
    term: 'algemene voorziening',
    forms: ['algemene voorzieningen'],
    topic: 'care',
    pictogram: 'walk-in',
    explanation:
      'Een algemene voorziening is hulp voor iedereen in de buurt. U hebt er geen besluit voor nodig. Bijvoorbeeld een maaltijd in het buurthuis.',
  },
  {
    id: 'huishoudelijke-ondersteuning',
    term: 'huishoudelijke ondersteuning',
    forms: ['huishoudelijke hulp', 'hulp bij het huishouden', 'hulp in het huishouden'],
    topic: 'care',
    pictogram: 'home-visit',
    explanation:
      'Dit is hulp bij het werk in huis. Iemand komt bij u schoonmaken of de was doen. U krijgt een vast aantal uur per week.',
  },
  {
    id: 'begeleiding',
    term: 'individuele begeleiding',
    forms: ['begeleiding individueel', 'groepsbegeleiding', 'ambulante begeleiding'],
    topic: 'care',
    pictogram: 'accompany',
    explanation:
      'Bij begeleiding helpt iemand u om uw leven te regelen. Bijvoorbeeld met post, geld of afspraken. Zo kunt u thuis blijven wonen.',
  },
  {
    id: 'dagbesteding',
    term: 'dagbesteding',
    topic: 'care',
    pictogram: 'conversation',
    explanation:
      'Dagbesteding is een plek waar u overdag iets zinvols doet. U bent dan met andere mensen samen. Bijvoorbeeld koken, tuinieren of praten.',
  },
  {
    id: 'beschermd-wonen',
    term: 'beschermd wonen',
    topic: 'housing',
    pictogram: 'house',
    explanation:
      'Bij beschermd wonen woont u in een huis met hulp dichtbij. Er is altijd iemand die u kan helpen. Dit is voor mensen die niet alleen kunnen wonen.',
  },
  {
    id: 'woningaanpassing',
    term: 'woningaanpassing',
    forms: ['woningaanpassingen', 'woonvoorziening', 'woonvoorzieningen'],
    topic: 'housing',
    pictogram: 'house',
    explanation:
      'Een woningaanpassing is een verandering in uw huis. Zo kunt u er veilig blijven wonen. Bijvoorbeeld een traplift of een douche zonder drempel.',
  },
  {
    id: 'hulpmiddel',
    term: 'hulpmiddel',
    forms: ['hulpmiddelen'],
    topic: 'care',
    pictogram: 'wheelchair',
    explanation:
      'Een hulpmiddel is iets dat u helpt bij dagelijkse dingen. Bijvoorbeeld een rolstoel, een rollator of een tillift.',
  },
  {
    id: 'bruikleen',
    term: 'bruikleen',
    forms: ['in bruikleen'],
    topic: 'care',
    pictogram: 'wheelchair',
    explanation:
      'In bruikleen betekent: u leent iets. U hoeft het niet te kopen. Als u het niet meer nodig hebt, geeft u het terug.',
  },
  {
    id: 'regiotaxi',
    term: 'regiotaxi',
    forms: ['Wmo-vervoer', 'deeltaxi', 'vervoersvoorziening'],
    topic: 'care',
    pictogram: 'bus',
    explanation:
      'De regiotaxi is een taxi voor mensen die slecht kunnen lopen. U deelt de taxi soms met anderen. U betaalt een klein bedrag per rit.',
  },
  {
    id: 'mantelzorg',
    term: 'mantelzorg',
    forms: ['mantelzorger', 'mantelzorgers'],
    topic: 'care',
    pictogram: 'family',
    explanation:
      'Mantelzorg is zorg die u geeft aan iemand die u kent. Bijvoorbeeld aan uw moeder, partner of buurman. U krijgt er geen loon voor.',
  },
  {
    id: 'ondersteuningsplan',
    term: 'ondersteuningsplan',
    forms: ['persoonlijk plan', 'hulpplan'],
    topic: 'care',
    pictogram: 'plan',
    explanation:
      'In een ondersteuningsplan staat welke hulp u krijgt. Ook staat erin wat u zelf doet. U maakt het plan samen met de gemeente.',
  },
  {
    id: 'ciz',
    term: 'CIZ',
    forms: ['Centrum indicatiestelling zorg'],
    topic: 'care',
    pictogram: 'care',
    explanation:
      'Het CIZ beslist of iemand zorg krijgt uit de Wet langdurige zorg. Dat is zorg voor mensen die altijd hulp nodig hebben. Het CIZ is geen deel van de gemeente.',
  },
  {
    id: 'wlz',
    term: 'Wlz',
    forms: ['Wet langdurige zorg'],
    topic: 'care',
    pictogram: 'elderly',
    explanation:
      'De Wlz is een wet voor mensen die de hele dag zorg nodig hebben. Bijvoorbeeld in een verpleeghuis. Het CIZ beslist of u deze zorg krijgt.',
  },
  {
    id: 'abonnementstarief',
    term: 'abonnementstarief',
    topic: 'care',
    pictogram: 'money',
    explanation:
      'Het abonnementstarief is een vast bedrag per maand voor hulp uit de Wmo. U betaalt het aan het CAK. Het bedrag is voor bijna iedereen hetzelfde.',
  },
  {
    id: 'eigen-kracht',
    term: 'eigen kracht',
    forms: ['eigen mogelijkheden'],
    topic: 'care',
    pictogram: 'independent',
    explanation:
      'Met eigen kracht bedoelt de gemeente wat u zelf kunt doen. Of wat mensen om u heen kunnen doen. Pas daarna kijkt de gemeente naar hulp.',
  },
  {
    id: 'gebruikelijke-hulp',
    term: 'gebruikelijke hulp',
    forms: ['gebruikelijke zorg'],
    topic: 'care',
    pictogram: 'family',
    explanation:
      'Gebruikelijke hulp is hulp die mensen in één huis elkaar normaal geven. Bijvoorbeeld koken of de was doen voor uw gezin. Voor die hulp krijgt u meestal geen hulp van de gemeente.',
  },
  {
    id: 'svb',
    term: 'SVB',
    forms: ['Sociale Verzekeringsbank'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'De SVB werkt voor de overheid. Hebt u een pgb? Dan betaalt de SVB uw hulp met dat geld. De SVB betaalt ook de AOW en kinderbijslag.',
  },
  {
    id: 'herindicatie',
    term: 'herindicatie',
    forms: ['herbeoordeling', 'heronderzoek'],
    topic: 'care',
    pictogram: 'calendar',
    explanation:
      'Bij een herindicatie kijkt de gemeente opnieuw naar uw hulp. Hebt u de hulp nog nodig? Is het nog genoeg? Dat gebeurt vaak na een paar jaar.',
  },
  {
    id: 'huisbezoek',
    term: 'huisbezoek',
    forms: ['huisbezoeken'],
    topic: 'general',
    pictogram: 'home-visit',
    explanation:
      'Bij een huisbezoek komt een medewerker bij u thuis. Hij praat met u en kijkt hoe u woont. U mag iemand bij u hebben die u vertrouwt.',
  },
  {
    id: 'jeugdhulp',
    term: 'jeugdhulp',
    forms: ['jeugdzorg'],
    topic: 'youth',
    pictogram: 'youth',
    explanation:
      'Jeugdhulp is hulp voor kinderen, jongeren en hun ouders. Bijvoorbeeld hulp bij opvoeden, bij ruzie of als een kind zich niet goed voelt. De gemeente betaalt deze hulp.',
  },
  {
    id: 'jeugdhulpaanbieder',
    term: 'jeugdhulpaanbieder',
    forms: ['jeugdhulpaanbieders'],
    topic: 'youth',
    pictogram: 'youth',
    explanation:
      'Dit is een groep die hulp geeft aan kinderen en ouders. De gemeente heeft er afspraken mee. Soms mag u zelf kiezen welke.',
  },
  {
    id: 'verwijzing',
    term: 'verwijzing',
    forms: ['verwijzingen', 'verwijsbrief'],
    topic: 'youth',
    pictogram: 'doctor',
    context: {
      forms: ['verwijzing', 'verwijzingen'],
      near: [
        'huisarts',
        'arts',
        'jeugdarts',
        'wijkteam',
        'jeugdhulp',
        'jeugdteam',
        'specialist',
        'zorg',
        'hulp',
        'psycholoog',
      ],
      not: ['verwijzing naar artikel', 'verwijzing naar de wet'],
    },
    explanation:
      'Met een verwijzing mag u naar hulp die u anders niet krijgt. De huisarts of het wijkteam geeft u die verwijzing. U neemt hem mee naar de hulp.',
  },
  {
    id: 'jeugdteam',
    term: 'jeugdteam',
    forms: ['jeugdteams', 'team jeugd'],
    topic: 'youth',
    pictogram: 'youth',
    explanation:
      'Het jeugdteam helpt ouders en kinderen bij vragen over opgroeien en opvoeden. U kunt zelf contact opnemen. De hulp is gratis.',
  },
  {
    id: 'jeugdbescherming',
    term: 'jeugdbescherming',
    forms: ['kinderbescherming', 'jeugdbeschermer', 'jeugdbeschermers'],
    topic: 'youth',
    pictogram: 'child',
    explanation:
      'Jeugdbescherming helpt als een kind thuis niet veilig is. Een rechter kan dit beslissen. Het doel is dat het kind veilig kan opgroeien.',
  },
  {
    id: 'ondertoezichtstelling',
    term: 'ondertoezichtstelling',
    forms: ['OTS', 'onder toezicht gesteld', 'ondertoezichtstellingen'],
    topic: 'youth',
    pictogram: 'child',
    explanation:
      'Bij een ondertoezichtstelling zegt de rechter: dit gezin krijgt verplicht hulp. Een jeugdbeschermer helpt het gezin. De ouders houden het gezag.',
  },
  {
    id: 'raad-voor-de-kinderbescherming',
    term: 'Raad voor de Kinderbescherming',
    topic: 'youth',
    pictogram: 'child',
    explanation:
      'De Raad voor de Kinderbescherming onderzoekt of een kind veilig opgroeit. De Raad kan de rechter vragen om hulp verplicht te maken. De Raad hoort bij de overheid.',
  },
  {
    id: 'veilig-thuis',
    term: 'Veilig Thuis',
    topic: 'youth',
    pictogram: 'phone',
    explanation:
      'Veilig Thuis is een plek om te bellen over geweld in huis. U kunt ook bellen als u twijfelt. Het nummer is 0800-2000. Bellen is gratis.',
  },
  {
    id: 'pleegzorg',
    term: 'pleegzorg',
    forms: ['pleeggezin', 'pleeggezinnen', 'pleegouder', 'pleegouders'],
    topic: 'youth',
    pictogram: 'family',
    explanation:
      'Bij pleegzorg woont een kind een tijd in een ander gezin. Dat gezin zorgt dan voor het kind. De ouders blijven vaak wel contact houden.',
  },
  {
    id: 'ouderlijk-gezag',
    term: 'ouderlijk gezag',
    forms: ['gezag', 'gezaghebbende ouder'],
    topic: 'youth',
    pictogram: 'family',
    context: {
      forms: ['gezag'],
      near: ['ouder', 'kind', 'voogd', 'rechter', 'jeugd', 'ouderlijk'],
    },
    explanation:
      'Ouderlijk gezag betekent: u beslist over uw kind. Bijvoorbeeld over school, zorg en waar het woont. Dit geldt tot het kind 18 jaar is.',
  },
  {
    id: 'leerplicht',
    term: 'leerplicht',
    forms: ['leerplichtambtenaar', 'leerplichtig', 'kwalificatieplicht'],
    topic: 'youth',
    pictogram: 'school',
    explanation:
      'Door de leerplicht moet een kind naar school. Dat geldt tot 16 jaar, en daarna tot een diploma of 18 jaar. De gemeente let hierop.',
  },
  {
    id: 'levensonderhoud',
    term: 'levensonderhoud',
    forms: ['kosten van levensonderhoud'],
    topic: 'money',
    pictogram: 'food',
    explanation:
      'Levensonderhoud is het geld dat u nodig hebt om te leven. Bijvoorbeeld voor eten, kleding, huur en energie.',
  },
  {
    id: 'bijstandsnorm',
    term: 'bijstandsnorm',
    forms: ['bijstandsnormen'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'De bijstandsnorm is het bedrag dat u per maand krijgt in de bijstand. Het bedrag hangt af van uw leeftijd en met wie u woont.',
  },
  {
    id: 'kostendelersnorm',
    term: 'kostendelersnorm',
    topic: 'money',
    pictogram: 'family',
    explanation:
      'De kostendelersnorm geldt als u met andere volwassenen in één huis woont. U kunt dan kosten delen. Daarom krijgt u dan minder bijstand.',
  },
  {
    id: 'draagkracht',
    term: 'draagkracht',
    forms: ['draagkrachtberekening'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Draagkracht is het geld dat u zelf kunt missen. De gemeente rekent dit uit met uw inkomen en spaargeld. Dat deel betaalt u zelf.',
  },
  {
    id: 'noodzakelijke-kosten',
    term: 'noodzakelijke kosten',
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Noodzakelijke kosten zijn kosten die u echt moet maken. U kunt er niet omheen. Alleen voor zulke kosten geeft de gemeente bijzondere bijstand.',
  },
  {
    id: 'individuele-inkomenstoeslag',
    term: 'individuele inkomenstoeslag',
    forms: ['inkomenstoeslag'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'De individuele inkomenstoeslag is een bedrag van de gemeente, één keer per jaar. Het is voor mensen die lang een laag inkomen hebben. U moet het zelf aanvragen.',
  },
  {
    id: 'tegenprestatie',
    term: 'tegenprestatie',
    topic: 'work',
    pictogram: 'volunteer',
    explanation:
      'Een tegenprestatie is nuttig werk dat u doet als u bijstand krijgt. U krijgt er geen loon voor. Bijvoorbeeld helpen in een buurthuis.',
  },
  {
    id: 'arbeidsverplichtingen',
    term: 'arbeidsverplichtingen',
    forms: ['arbeidsverplichting', 'sollicitatieplicht'],
    topic: 'work',
    pictogram: 'work',
    explanation:
      'Arbeidsverplichtingen zijn de regels over werk als u bijstand krijgt. U moet zoeken naar werk en werk aannemen. Soms krijgt u hiervan vrijstelling.',
  },
  {
    id: 'maatregel',
    term: 'maatregel',
    forms: ['maatregelen', 'verlaging'],
    topic: 'money',
    pictogram: 'warning',
    context: {
      forms: ['maatregel', 'maatregelen', 'verlaging'],
      near: [
        'uitkering',
        'bijstand',
        'procent',
        'norm',
        'maand',
        'verlaagd',
        'verlaag',
        'arbeidsverplicht',
        'inlichtingenplicht',
      ],
    },
    explanation:
      'Een maatregel betekent dat uw uitkering een tijd lager wordt. Dat gebeurt als u zich niet aan de regels houdt. U mag eerst zeggen waarom.',
  },
  {
    id: 'inlichtingenplicht',
    term: 'inlichtingenplicht',
    forms: ['informatieplicht', 'wijzigingen doorgeven'],
    topic: 'law',
    pictogram: 'message',
    explanation:
      'Door de inlichtingenplicht moet u zelf veranderingen melden. Bijvoorbeeld als u gaat werken, gaat samenwonen of verhuist. Doe dit snel en op tijd.',
  },
  {
    id: 'terugvordering',
    term: 'terugvordering',
    forms: ['terugvorderen', 'teruggevorderd', 'terugbetalen'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Bij een terugvordering vraagt de gemeente geld terug. U kreeg te veel geld of geld waar u geen recht op had. U kunt vragen om in delen te betalen.',
  },
  {
    id: 'verrekening',
    term: 'verrekening',
    forms: ['verrekenen', 'verrekend'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Bij verrekening haalt de gemeente een schuld van uw uitkering af. U krijgt dan een lager bedrag op uw rekening.',
  },
  {
    id: 'voorschot',
    term: 'voorschot',
    forms: ['voorschotten'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Een voorschot is geld dat u alvast krijgt. Later kijkt men hoeveel u echt krijgt. Kreeg u te veel? Dan betaalt u dat terug.',
  },
  {
    id: 'lening',
    term: 'lening',
    forms: ['leningen', 'geldlening', 'renteloze lening'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Een lening is geld dat u krijgt en later terugbetaalt. Bijzondere bijstand kan soms een lening zijn. Dan staat in de brief hoeveel u per maand terugbetaalt.',
  },
  {
    id: 'woonkostentoeslag',
    term: 'woonkostentoeslag',
    topic: 'housing',
    pictogram: 'house',
    explanation:
      'Woonkostentoeslag is tijdelijk geld van de gemeente voor een te hoge huur. U krijgt het als uw inkomen plots laag werd. U moet dan wel een goedkoper huis zoeken.',
  },
  {
    id: 'collectieve-zorgverzekering',
    term: 'collectieve zorgverzekering',
    forms: ['gemeentepolis', 'collectieve verzekering'],
    topic: 'money',
    pictogram: 'health',
    explanation:
      'Een collectieve zorgverzekering is een zorgverzekering die de gemeente regelt. Het is voor mensen met een laag inkomen. Er zit veel zorg in.',
  },
  {
    id: 'minimaregeling',
    term: 'minimaregeling',
    forms: ['minimaregelingen', 'meedoenregeling', 'minimabeleid'],
    topic: 'money',
    pictogram: 'free',
    explanation:
      'Een minimaregeling is hulp van de gemeente voor mensen met weinig geld. Bijvoorbeeld korting op sport, school of een zwembad.',
  },
  {
    id: 'bankafschrift',
    term: 'bankafschrift',
    forms: ['bankafschriften', 'rekeningafschrift', 'afschrift van uw bankrekening'],
    topic: 'money',
    pictogram: 'documents',
    explanation:
      'Een bankafschrift is een lijst van wat er op uw bankrekening gebeurde. U haalt het uit de app of website van uw bank.',
  },
  {
    id: 'loonstrook',
    term: 'loonstrook',
    forms: ['loonstroken', 'salarisstrook'],
    topic: 'work',
    pictogram: 'documents',
    explanation:
      'Een loonstrook is een papier van uw werkgever. Er staat op hoeveel loon u kreeg. U krijgt hem elke maand of elke vier weken.',
  },
  {
    id: 'gezamenlijke-huishouding',
    term: 'gezamenlijke huishouding',
    forms: ['samenwonen', 'samenwonend'],
    topic: 'money',
    pictogram: 'family',
    explanation:
      'Een gezamenlijke huishouding betekent: u woont samen met iemand en u zorgt voor elkaar. Dan telt de gemeente u als stel. Dat verandert uw bijstand.',
  },
  {
    id: 'uwv',
    term: 'UWV',
    topic: 'work',
    pictogram: 'work',
    explanation:
      'Het UWV is een organisatie van de overheid. Het UWV betaalt uitkeringen als u ziek bent of geen werk hebt. Het UWV helpt ook bij werk zoeken.',
  },
  {
    id: 'aow',
    term: 'AOW',
    forms: ['AOW-uitkering'],
    topic: 'money',
    pictogram: 'elderly',
    explanation:
      'De AOW is geld van de staat als u oud bent. Dat begint rond uw 67e jaar. U krijgt het als u hier woonde of werkte.',
  },
  {
    id: 'kindgebonden-budget',
    term: 'kindgebonden budget',
    topic: 'money',
    pictogram: 'child',
    explanation:
      'Het kindgebonden budget is geld voor ouders met een laag of midden inkomen. U krijgt het van de Dienst Toeslagen. Het is voor kinderen tot 18 jaar.',
  },
  {
    id: 'kinderbijslag',
    term: 'kinderbijslag',
    topic: 'money',
    pictogram: 'child',
    explanation:
      'Kinderbijslag is geld voor ouders van een kind tot 18 jaar. U krijgt het elke drie maanden van de SVB. Het hangt niet af van uw inkomen.',
  },
  {
    id: 'zorgtoeslag',
    term: 'zorgtoeslag',
    topic: 'money',
    pictogram: 'health',
    explanation:
      'Zorgtoeslag is geld voor de kosten van uw zorgverzekering. U krijgt het als u weinig verdient. U vraagt het aan bij de Dienst Toeslagen.',
  },
  {
    id: 'belastingdienst',
    term: 'Belastingdienst',
    topic: 'tax',
    pictogram: 'letter',
    explanation:
      'De Belastingdienst is de organisatie van het Rijk voor belasting. Dit is niet de gemeente. Hun brieven komen meestal in een blauwe envelop.',
  },
  {
    id: 'ozb',
    term: 'onroerendezaakbelasting',
    forms: ['OZB', 'onroerende zaakbelasting'],
    topic: 'tax',
    pictogram: 'house',
    explanation:
      'De onroerendezaakbelasting is een belasting voor wie een huis of gebouw heeft. U betaalt het aan de gemeente. Hoe meer uw huis waard is, hoe meer u betaalt.',
  },
  {
    id: 'afvalstoffenheffing',
    term: 'afvalstoffenheffing',
    forms: ['afvalheffing', 'reinigingsheffing'],
    topic: 'tax',
    pictogram: 'house',
    explanation:
      'De afvalstoffenheffing is geld voor het ophalen van uw afval. Iedereen met een eigen huis of huurhuis betaalt dit aan de gemeente.',
  },
  {
    id: 'rioolheffing',
    term: 'rioolheffing',
    forms: ['rioolrecht'],
    topic: 'tax',
    pictogram: 'house',
    explanation:
      'De rioolheffing is geld voor het riool. Het riool voert vuil water en regen af. U betaalt dit aan de gemeente.',
  },
  {
    id: 'invorderingskosten',
    term: 'invorderingskosten',
    forms: ['aanmaningskosten', 'kosten van het dwangbevel', 'vervolgingskosten'],
    topic: 'tax',
    pictogram: 'money',
    explanation:
      'Invorderingskosten zijn extra kosten als u te laat betaalt. Bijvoorbeeld voor een aanmaning of een dwangbevel. Deze kosten komen bij het bedrag dat u al moest betalen.',
  },
  {
    id: 'belastingdeurwaarder',
    term: 'belastingdeurwaarder',
    forms: ['belastingdeurwaarders', 'deurwaarder van de gemeente'],
    topic: 'tax',
    pictogram: 'warning',
    explanation:
      'Een belastingdeurwaarder werkt voor de gemeente. Hij komt als u belasting niet betaalt. Hij mag beslag leggen op uw spullen of loon.',
  },
  {
    id: 'deurwaarder',
    term: 'deurwaarder',
    forms: ['deurwaarders', 'gerechtsdeurwaarder', 'gerechtsdeurwaarders'],
    topic: 'law',
    pictogram: 'warning',
    explanation:
      'Een deurwaarder haalt geld op voor iemand aan wie u geld schuldig bent. Hij mag beslag leggen. Neem snel contact op, dan kunt u vaak nog een regeling maken.',
  },
  {
    id: 'automatische-incasso',
    term: 'automatische incasso',
    forms: ['incasso', 'automatische afschrijving'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Bij een automatische incasso gaat het geld vanzelf van uw rekening af. U hoeft dan niet zelf te betalen. U geeft daar eerst toestemming voor.',
  },
  {
    id: 'vervaldatum',
    term: 'vervaldatum',
    forms: ['vervaltermijn', 'vervaldag'],
    topic: 'money',
    pictogram: 'calendar',
    explanation:
      'De vervaldatum is de laatste dag om te betalen. Betaalt u later? Dan kunt u extra kosten krijgen.',
  },
  {
    id: 'beslaglegging',
    term: 'beslaglegging',
    forms: ['beslag', 'loonbeslag', 'beslag leggen', 'beslag gelegd', 'bankbeslag'],
    topic: 'law',
    pictogram: 'warning',
    context: {
      forms: ['beslag'],
      near: [
        'loon',
        'uitkering',
        'deurwaarder',
        'rekening',
        'bank',
        'inkomen',
        'beslagvrij',
        'auto',
        'spullen',
        'inboedel',
        'dwangbevel',
        'schuld',
        'leggen',
        'gelegd',
        'legt',
      ],
      not: ['in beslag nemen', 'in beslag genomen', 'in beslag neemt'],
    },
    explanation:
      'Bij beslaglegging mag iemand uw loon, geld of spullen nemen om een schuld te betalen. Dat mag alleen een deurwaarder. Er blijft altijd een bedrag voor u over.',
  },
  {
    id: 'beslagvrije-voet',
    term: 'beslagvrije voet',
    topic: 'money',
    pictogram: 'money',
    explanation:
      'De beslagvrije voet is het deel van uw inkomen dat niemand mag afpakken. Dat geld is voor huur, eten en energie. Ook bij beslag houdt u dit geld.',
  },
  {
    id: 'uitstel-van-betaling',
    term: 'uitstel van betaling',
    topic: 'money',
    pictogram: 'calendar',
    explanation:
      'Uitstel van betaling betekent: u mag later betalen. U moet daar zelf om vragen. Bijvoorbeeld tijdens een bezwaar.',
  },
  {
    id: 'invorderingsambtenaar',
    term: 'invorderingsambtenaar',
    forms: ['ambtenaar belast met de invordering'],
    topic: 'tax',
    pictogram: 'municipality',
    explanation:
      'Dit is de man of vrouw die de belasting voor de gemeente ophaalt. Hij stuurt de aanmaning. Hij mag ook een dwangbevel sturen.',
  },
  {
    id: 'betalingsherinnering',
    term: 'betalingsherinnering',
    forms: ['herinnering', 'herinneringen', 'betalingsherinneringen'],
    topic: 'money',
    pictogram: 'letter',
    context: {
      forms: ['herinnering', 'herinneringen'],
      near: [
        'betaal',
        'betalen',
        'betaald',
        'bedrag',
        'aanslag',
        'rekening',
        'factuur',
        'openstaand',
        'euro',
        'achterstand',
        'aanmaning',
      ],
      not: [
        'ter herinnering',
        'herinnering aan',
        'herinneringen aan',
        'in herinnering',
        'mooie herinnering',
        'mooie herinneringen',
      ],
    },
    explanation:
      'Een betalingsherinnering is een brief die zegt: u hebt nog niet betaald. Er komen nog geen extra kosten bij. Betaal snel of neem contact op.',
  },
  {
    id: 'schuldeiser',
    term: 'schuldeiser',
    forms: ['schuldeisers'],
    topic: 'money',
    pictogram: 'debts',
    explanation:
      'Een schuldeiser is iemand aan wie u geld moet betalen. Bijvoorbeeld een winkel, de verhuurder of de gemeente.',
  },
  {
    id: 'incassobureau',
    term: 'incassobureau',
    forms: ['incassobureaus'],
    topic: 'money',
    pictogram: 'debts',
    explanation:
      'Een incassobureau haalt geld op voor een ander bedrijf. U moet dan nog een rekening betalen. Zij mogen extra kosten vragen, maar niet zomaar.',
  },
  {
    id: 'betalingsachterstand',
    term: 'betalingsachterstand',
    forms: ['achterstand', 'achterstanden', 'betalingsachterstanden'],
    topic: 'money',
    pictogram: 'debts',
    explanation:
      'Een betalingsachterstand betekent: u hebt een rekening niet op tijd betaald. Vraag op tijd om hulp. Dat is heel gewoon.',
  },
  {
    id: 'schuldsanering',
    term: 'schuldsanering',
    forms: ['Wsnp', 'wettelijke schuldsanering', 'schuldsaneringsregeling'],
    topic: 'money',
    pictogram: 'debts',
    explanation:
      'Schuldsanering is een regeling van de rechter voor mensen met grote schulden. U leeft dan drie jaar van weinig geld. Daarna bent u meestal van uw schulden af.',
  },
  {
    id: 'schuldregeling',
    term: 'schuldregeling',
    forms: ['minnelijke schuldregeling', 'minnelijk traject'],
    topic: 'money',
    pictogram: 'debts',
    explanation:
      'Bij een schuldregeling maakt de gemeente afspraken met al uw schuldeisers. U betaalt wat u kunt missen. Na een tijd is de rest van de schuld weg.',
  },
  {
    id: 'bewindvoering',
    term: 'beschermingsbewind',
    forms: ['bewindvoerder', 'bewindvoerders', 'bewindvoering'],
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Bij bewind regelt een ander uw geld voor u. Die persoon heet bewindvoerder. Hij betaalt uw rekeningen. De rechter beslist of dit nodig is.',
  },
  {
    id: 'budgetbeheer',
    term: 'budgetbeheer',
    topic: 'money',
    pictogram: 'money',
    explanation:
      'Bij budgetbeheer helpt iemand u met betalen. Uw geld komt eerst op een aparte rekening. Daar gaan de huur en vaste kosten eerst van af.',
  },
  {
    id: 'vonnis',
    term: 'vonnis',
    forms: ['vonnissen'],
    topic: 'law',
    pictogram: 'documents',
    explanation:
      'Een vonnis is de beslissing van een rechter. Wat in een vonnis staat, moet u doen. U kunt er soms tegen in hoger beroep gaan.',
  },
  {
    id: 'vroegsignalering',
    term: 'vroegsignalering',
    topic: 'money',
    pictogram: 'help',
    explanation:
      'Bij vroegsignalering hoort de gemeente dat u een rekening niet betaalde. Bijvoorbeeld huur of energie. Dan neemt iemand contact op om te helpen.',
  },
  {
    id: 'huurachterstand',
    term: 'huurachterstand',
    forms: ['huurachterstanden', 'achterstand in de huur'],
    topic: 'housing',
    pictogram: 'house',
    explanation:
      'Een huurachterstand betekent: u hebt de huur niet helemaal betaald. Neem snel contact op met uw verhuurder. Samen kunt u een regeling maken.',
  },
  {
    id: 'ontruiming',
    term: 'ontruiming',
    forms: ['ontruimen', 'huisuitzetting', 'uitzetting'],
    topic: 'housing',
    pictogram: 'warning',
    explanation:
      'Bij een ontruiming moet u uw huis uit. Dat kan alleen als de rechter het zegt. Vraag direct om hulp als u hierover een brief krijgt.',
  },
  {
    id: 'woningcorporatie',
    term: 'woningcorporatie',
    forms: ['woningcorporaties', 'woningbouwvereniging', 'corporatie'],
    topic: 'housing',
    pictogram: 'house',
    explanation:
      'Een woningcorporatie verhuurt huizen aan mensen met weinig geld. Vaak is zij uw verhuurder.',
  },
  {
    id: 'huurcontract',
    term: 'huurcontract',
    forms: ['huurovereenkomst', 'huurcontracten'],
    topic: 'housing',
    pictogram: 'signature',
    explanation:
      'In een huurcontract staan de afspraken over uw huurhuis. Bijvoorbeeld hoeveel huur u betaalt. U en de verhuurder tekenen het.',
  },
  {
    id: 'huurverhoging',
    term: 'huurverhoging',
    forms: ['huurverhogingen'],
    topic: 'housing',
    pictogram: 'money',
    explanation:
      'Bij een huurverhoging wordt uw huur hoger. Uw verhuurder stuurt u daarover een brief. Bent u het er niet mee eens? Dan kunt u bezwaar maken.',
  },
  {
    id: 'verhuurder',
    term: 'verhuurder',
    forms: ['verhuurders', 'huisbaas'],
    topic: 'housing',
    pictogram: 'house',
    explanation:
      'De verhuurder is de eigenaar van het huis dat u huurt. U betaalt hem de huur. Bijvoorbeeld een woningcorporatie of een huisbaas.',
  },
  {
    id: 'urgentie',
    term: 'urgentieverklaring',
    forms: ['urgentie', 'woningurgentie'],
    topic: 'housing',
    pictogram: 'house',
    explanation:
      'Met een urgentieverklaring krijgt u sneller een huurhuis. U moet dan een heel grote reden hebben. De gemeente beslist hierover.',
  },
  {
    id: 'brp',
    term: 'BRP',
    forms: ['Basisregistratie Personen'],
    topic: 'identity',
    pictogram: 'documents',
    explanation:
      'De BRP is de lijst van de gemeente met wie waar woont. Staat u er goed in? Dan krijgt u uw post en uw toeslagen.',
  },
  {
    id: 'kale-huur',
    term: 'kale huur',
    forms: ['kale huurprijs', 'basishuur'],
    topic: 'housing',
    pictogram: 'money',
    explanation:
      'De kale huur is de huur zonder extra kosten. Dus zonder servicekosten, gas of stroom. De huurtoeslag gaat uit van de kale huur.',
  },
  {
    id: 'besluit',
    term: 'besluit',
    forms: ['besluiten', 'primair besluit'],
    topic: 'law',
    pictogram: 'letter',
    explanation:
      'Een besluit is een beslissing van de gemeente over u. Het staat in een brief. Bent u het er niet mee eens? Dan kunt u bezwaar maken.',
  },
  {
    id: 'beslissing-op-bezwaar',
    term: 'beslissing op bezwaar',
    forms: ['beslissing op uw bezwaar', 'beslissingen op bezwaar'],
    topic: 'law',
    pictogram: 'letter',
    explanation:
      'De beslissing op bezwaar is het antwoord van de gemeente op uw bezwaar. Niet eens? Dan kunt u naar de rechter. Dat heet beroep.',
  },
  {
    id: 'bezwaarcommissie',
    term: 'bezwaarcommissie',
    forms: [
      'commissie bezwaarschriften',
      'bezwaarschriftencommissie',
      'adviescommissie bezwaarschriften',
      'adviescommissie',
    ],
    topic: 'law',
    pictogram: 'conversation',
    explanation:
      'De bezwaarcommissie luistert naar u en de gemeente. Daarna geeft zij advies over uw bezwaar. De leden werken niet voor de afdeling die het besluit nam.',
  },
  {
    id: 'rechtbank',
    term: 'rechtbank',
    forms: ['rechtbanken', 'bestuursrechter'],
    topic: 'law',
    pictogram: 'location',
    explanation:
      'De rechtbank is het gebouw waar de rechter werkt. Bij beroep kijkt een rechter of het besluit klopt. U kunt uw verhaal daar zelf vertellen.',
  },
  {
    id: 'centrale-raad-van-beroep',
    term: 'Centrale Raad van Beroep',
    forms: ['CRvB'],
    topic: 'law',
    pictogram: 'location',
    explanation:
      'De Centrale Raad van Beroep is een hoge rechter. U kunt daar in hoger beroep over uitkeringen en zorg. Dit is de laatste stap.',
  },
  {
    id: 'hoger-beroep',
    term: 'hoger beroep',
    forms: ['in hoger beroep'],
    topic: 'law',
    pictogram: 'documents',
    explanation:
      'Hoger beroep is de stap na de uitspraak van de rechtbank. Een hogere rechter kijkt dan nog eens. Dit moet meestal binnen zes weken.',
  },
  {
    id: 'griffierecht',
    term: 'griffierecht',
    forms: ['griffierechten'],
    topic: 'law',
    pictogram: 'money',
    explanation:
      'Griffierecht is het geld dat u betaalt als u naar de rechter gaat. Hebt u gelijk? Dan krijgt u het terug.',
  },
  {
    id: 'ombudsman',
    term: 'Nationale ombudsman',
    forms: ['ombudsman', 'gemeentelijke ombudsman'],
    topic: 'law',
    pictogram: 'help',
    explanation:
      'De ombudsman helpt als u een klacht over de overheid hebt. Hij luistert naar beide kanten. U betaalt er niets voor.',
  },
  {
    id: 'klacht',
    term: 'klacht indienen',
    forms: ['klachtenregeling', 'klachtenformulier', 'klachtencommissie'],
    topic: 'law',
    pictogram: 'message',
    explanation:
      'Een klacht gaat over hoe de gemeente u behandelde. Bijvoorbeeld als u onvriendelijk te woord werd gestaan. Dit is iets anders dan bezwaar.',
  },
  {
    id: 'awb',
    term: 'Awb',
    forms: ['Algemene wet bestuursrecht'],
    topic: 'law',
    pictogram: 'documents',
    explanation:
      'De Awb is een wet met de regels voor de overheid. Daarin staat ook hoe u bezwaar en beroep maakt.',
  },
  {
    id: 'ingebrekestelling',
    term: 'ingebrekestelling',
    forms: ['in gebreke stellen', 'in gebreke gesteld'],
    topic: 'law',
    pictogram: 'clock',
    explanation:
      'Met een ingebrekestelling zegt u: de gemeente is te laat met haar besluit. Na twee weken moet de gemeente u dan geld betalen.',
  },
  {
    id: 'beslistermijn',
    term: 'beslistermijn',
    forms: ['beslistermijnen'],
    topic: 'law',
    pictogram: 'clock',
    explanation:
      'De beslistermijn is de tijd die de gemeente heeft om een besluit te nemen. Meestal is dat acht weken. In de brief staat hoe lang het is.',
  },
  {
    id: 'college',
    term: 'college van burgemeester en wethouders',
    forms: ['college van B en W', 'college van B&W', 'het college'],
    topic: 'general',
    pictogram: 'municipality',
    context: {
      forms: ['het college'],
      near: [
        'burgemeester',
        'wethouder',
        'gemeente',
        'besluit',
        'bezwaar',
        'beslist',
        'beschikking',
        'namens',
      ],
    },
    explanation:
      'Het college van burgemeester en wethouders bestuurt de gemeente. Het neemt de besluiten. Uw bezwaar stuurt u vaak naar het college.',
  },
  {
    id: 'rechtsbijstand',
    term: 'rechtsbijstand',
    forms: ['sociaal advocaat', 'advocaat'],
    topic: 'law',
    pictogram: 'help',
    context: {
      forms: ['advocaat'],
      near: [
        'rechtsbijstand',
        'sociaal',
        'toevoeging',
        'juridisch',
        'beroep',
        'bezwaar',
        'rechter',
        'rechtbank',
      ],
    },
    explanation:
      'Rechtsbijstand is hulp van een advocaat of jurist. Hebt u weinig geld? Dan betaalt de overheid een groot deel. Het Juridisch Loket vertelt u meer.',
  },
  {
    id: 'juridisch-loket',
    term: 'Juridisch Loket',
    forms: ['Het Juridisch Loket'],
    topic: 'law',
    pictogram: 'help',
    explanation:
      'Het Juridisch Loket geeft gratis advies over uw rechten. Bijvoorbeeld over een besluit, schulden of uw huur. U kunt bellen of langsgaan.',
  },
  {
    id: 'pro-forma-bezwaar',
    term: 'pro forma bezwaar',
    forms: ['pro-formabezwaar'],
    topic: 'law',
    pictogram: 'form',
    explanation:
      'Een pro forma bezwaar is een kort bezwaar om op tijd te zijn. U schrijft alleen: ik ben het niet eens. De redenen stuurt u later.',
  },
  {
    id: 'ontvankelijk',
    term: 'niet-ontvankelijk',
    forms: ['ontvankelijk', 'niet ontvankelijk'],
    topic: 'law',
    pictogram: 'warning',
    explanation:
      'Dit betekent: de gemeente kijkt niet naar wat u vraagt in uw bezwaar. Bijvoorbeeld omdat het te laat was. Of omdat uw handtekening mist.',
  },
  {
    id: 'niet-in-behandeling',
    term: 'niet in behandeling nemen',
    forms: ['niet in behandeling genomen', 'niet in behandeling'],
    topic: 'law',
    pictogram: 'warning',
    explanation:
      'Dit betekent: de gemeente kijkt niet naar uw aanvraag. Er mist iets, zoals papieren. U kunt de aanvraag later opnieuw doen.',
  },
  {
    id: 'hersteltermijn',
    term: 'hersteltermijn',
    topic: 'law',
    pictogram: 'calendar',
    explanation:
      'De hersteltermijn is de tijd die u krijgt om iets aan te vullen. Bijvoorbeeld papieren die ontbraken. Doe het binnen die tijd.',
  },
  {
    id: 'intrekking',
    term: 'intrekking',
    forms: ['intrekken', 'ingetrokken'],
    topic: 'law',
    pictogram: 'letter',
    context: {
      forms: ['intrekken', 'ingetrokken'],
      near: [
        'besluit',
        'uitkering',
        'vergunning',
        'toekenning',
        'beschikking',
        'bijstand',
        'pgb',
        'toeslag',
        'aanvraag',
        'bezwaar',
        'indicatie',
      ],
    },
    explanation:
      'Bij intrekking stopt de gemeente een besluit. Bijvoorbeeld uw uitkering of hulp. Daarna krijgt u het niet meer.',
  },
  {
    id: 'algemene-termijnenwet',
    term: 'Algemene termijnenwet',
    topic: 'law',
    pictogram: 'calendar',
    explanation:
      'Door de Algemene termijnenwet eindigt een termijn nooit in het weekend of op een feestdag. Dan mag het ook de eerstvolgende werkdag.',
  },
  {
    id: 'kenmerk',
    term: 'kenmerk',
    forms: ['ons kenmerk', 'uw kenmerk', 'zaaknummer'],
    topic: 'general',
    pictogram: 'documents',
    explanation:
      'Het kenmerk is een nummer bovenaan de brief. Noem dit nummer als u belt of schrijft. Dan vinden zij uw brief snel terug.',
  },
  {
    id: 'identiteitsbewijs',
    term: 'identiteitsbewijs',
    forms: ['ID-bewijs', 'legitimatiebewijs', 'legitimatie', 'identiteitskaart', 'paspoort'],
    topic: 'identity',
    pictogram: 'documents',
    explanation:
      'Een identiteitsbewijs laat zien wie u bent. Bijvoorbeeld een paspoort, ID-kaart of verblijfsdocument. Neem het mee naar afspraken.',
  },
];
