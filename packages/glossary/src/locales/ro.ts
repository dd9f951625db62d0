import type { GlossaryLocale } from '../types.js';

export const glossary: GlossaryLocale = {
  locale: 'ro',
  reviewed: false,
  terms: {
    beschikking: {
      term: 'decizie oficială',
      explanation:
        'O scrisoare cu o decizie a primăriei. În ea scrie ce primiți și ce nu primiți. Nu sunteți de acord? Puteți face contestație (bezwaar).',
    },
    bezwaar: {
      term: 'contestație',
      explanation:
        'Prin contestație spuneți: nu sunt de acord cu această decizie. Scrieți o scrisoare către primărie. Faceți asta în cel mult 6 săptămâni de la data scrisorii.',
    },
    beroep: {
      term: 'plângere la instanță',
      explanation:
        'Este pasul de după contestație. Cereți unui judecător să verifice decizia. De obicei aveți 6 săptămâni după decizia privind contestația dumneavoastră.',
    },
    aanvraag: {
      term: 'cerere',
      explanation:
        'Cereți primăriei ajutor sau bani. Adesea completați un formular. De exemplu, o cerere de ajutor social.',
    },
    dagtekening: {
      term: 'data scrisorii',
      explanation:
        'Data din partea de sus a scrisorii. De la această dată se numără timpul pe care îl aveți pentru a răspunde.',
    },
    wmo: {
      term: 'legea sprijinului social',
      explanation:
        'Prin această lege, primăria vă ajută să locuiți independent acasă. De exemplu, cu ajutor la treburile casei, un scaun cu rotile sau un lift pentru scări.',
    },
    participatiewet: {
      term: 'legea participării',
      explanation:
        'O lege despre muncă și bani. Nu aveți destui bani pentru a trăi? Atunci puteți primi ajutor social. Primăria vă ajută și să găsiți de lucru.',
    },
    jeugdwet: {
      term: 'legea tineretului',
      explanation:
        'O lege despre ajutorul pentru copii și tineri până la 18 ani. Primăria organizează acest ajutor. De exemplu, ajutor la creșterea copiilor sau la probleme acasă.',
    },
    'eigen-bijdrage': {
      term: 'contribuție proprie',
      explanation:
        'Bani pe care îi plătiți chiar dumneavoastră pentru ajutor sau îngrijire. Pentru ajutorul prin Wmo îi plătiți la CAK. Adesea este o sumă fixă.',
    },
    cak: {
      term: 'CAK (birou de plăți al statului)',
      explanation:
        'O instituție a statului. CAK vă trimite factura pentru contribuția proprie. De exemplu, pentru ajutorul prin Wmo.',
    },
    pgb: {
      term: 'buget personal pentru îngrijire',
      explanation:
        'Bani pentru îngrijire sau ajutor. Organizați și plătiți ajutorul chiar dumneavoastră. Alegeți singuri cine vă ajută.',
    },
    'zorg-in-natura': {
      term: 'îngrijire organizată de primărie',
      explanation:
        'Primăria organizează și plătește îngrijirea dumneavoastră. Ajutorul vine de la o organizație care lucrează cu primăria. Nu primiți bani în mână.',
    },
    indicatie: {
      term: 'evaluarea nevoii de îngrijire',
      explanation:
        'O decizie despre câtă îngrijire sau cât ajutor vă trebuie. În ea scrie și cât timp primiți acest ajutor.',
    },
    keukentafelgesprek: {
      term: 'discuția la masa din bucătărie',
      explanation:
        'O discuție cu cineva de la primărie despre situația dumneavoastră și ajutorul de care aveți nevoie. Adesea are loc la dumneavoastră acasă. Puteți lua pe cineva cu dumneavoastră.',
    },
    clientondersteuner: {
      term: 'consilier independent pentru clienți',
      explanation:
        'O persoană care vă ajută când cereți ajutor de la primărie. Această persoană nu decide despre ajutorul dumneavoastră. Ajutorul este gratuit. Poate veni cu dumneavoastră la discuție.',
    },
    machtiging: {
      term: 'împuternicire',
      explanation:
        'Prin împuternicire dați altcuiva voie să rezolve lucruri în locul dumneavoastră. De exemplu, fiului sau fiicei dumneavoastră. Se poate face și prin DigiD.',
    },
    digid: {
      term: 'DigiD (autentificare la instituțiile statului)',
      explanation:
        'Cu DigiD intrați pe site-urile instituțiilor statului. Așa arătați cine sunteți. Nu dați niciodată DigiD-ul dumneavoastră altcuiva.',
    },
    bsn: {
      term: 'număr personal de identificare',
      explanation:
        'Numărul dumneavoastră personal la instituțiile statului. Îl găsiți în pașaport sau pe cartea de identitate. Dați-l doar organizațiilor în care aveți încredere.',
    },
    toeslag: {
      term: 'alocație de la stat',
      explanation:
        'Bani de la stat care vă ajută cu cheltuielile fixe. De exemplu, alocație pentru asigurarea de sănătate, pentru chirie sau pentru îngrijirea copiilor. Cererea o faceți la Dienst Toeslagen.',
    },
    aanmaning: {
      term: 'scrisoare de reamintire a plății',
      explanation:
        'O scrisoare că mai aveți de plătit. Ați plătit prea târziu sau deloc. Plătiți repede, altfel se adaugă costuri.',
    },
    dwangbevel: {
      term: 'somație de executare silită',
      explanation:
        'Un ordin oficial de plată. Îl primiți dacă nici după reamintire nu ați plătit. Se adaugă costuri mari. Cereți repede ajutor.',
    },
    invordering: {
      term: 'recuperarea datoriilor',
      explanation:
        'Primăria strânge banii pe care încă îi datorați. Asta se întâmplă când nu plătiți la timp.',
    },
    kwijtschelding: {
      term: 'scutire de la plata impozitului',
      explanation:
        'Nu trebuie să plătiți un impozit. Este posibil dacă aveți venituri mici și puține economii. Trebuie să cereți asta chiar dumneavoastră.',
    },
    betalingsregeling: {
      term: 'plată în rate',
      explanation:
        'Plătiți o sumă în mai multe părți. De exemplu, o parte mică în fiecare lună. Stabiliți asta cu organizația căreia îi datorați banii.',
    },
    bijstand: {
      term: 'ajutor social',
      explanation:
        'Bani de la primărie pentru traiul zilnic. Îi primiți dacă nu aveți destule venituri sau economii. Există reguli, de exemplu să căutați de lucru.',
    },
    'bijzondere-bijstand': {
      term: 'ajutor social special',
      explanation:
        'Bani în plus de la primărie pentru cheltuieli pe care nu le puteți plăti. De exemplu, o mașină de spălat nouă sau ochelari.',
    },
    uitkering: {
      term: 'indemnizație',
      explanation:
        'Bani pe care îi primiți în fiecare lună de la stat. De exemplu, când nu aveți de lucru sau din cauza unei boli. Ajutorul social și pensia de stat (AOW) sunt tot indemnizații.',
    },
    inkomen: {
      term: 'venit',
      explanation:
        'Banii pe care îi primiți în fiecare lună. De exemplu, salariul, o indemnizație sau pensia.',
    },
    vermogen: {
      term: 'avere',
      explanation:
        'Ce dețineți: economii, o mașină sau o casă. Din acestea se scad datoriile dumneavoastră. Pentru ajutor social, averea nu trebuie să fie prea mare.',
    },
    zorgverzekering: {
      term: 'asigurare de sănătate',
      explanation:
        'Plătește costurile pentru medic, spital și medicamente. Oricine locuiește sau lucrează în Olanda trebuie să o aibă. Plătiți pentru ea în fiecare lună.',
    },
    huurtoeslag: {
      term: 'alocație pentru chirie',
      explanation:
        'Bani de la stat când chiria dumneavoastră este mare și venitul mic. Îi primiți în fiecare lună. Cererea o faceți la Dienst Toeslagen.',
    },
    schuldhulpverlening: {
      term: 'ajutor pentru datorii',
      explanation:
        'Primăria vă ajută să aveți o imagine clară a datoriilor și să faceți înțelegeri de plată. Ajutorul este gratuit. Cereți-l la timp.',
    },
    woz: {
      term: 'valoarea oficială a locuinței',
      explanation:
        'Valoarea locuinței dumneavoastră, după primărie. Primăria o stabilește în fiecare an. Contează pentru impozite și uneori pentru chirie.',
    },
    'gemeentelijke-belastingen': {
      term: 'impozite și taxe locale',
      explanation:
        'Taxe pe care le plătiți primăriei. De exemplu, pentru ridicarea gunoiului și pentru canalizare. Aveți o casă proprie? Atunci plătiți și pentru ea.',
    },
    aanslag: {
      term: 'decizie de impunere (factură de impozit)',
      explanation:
        'O scrisoare în care scrie cât impozit trebuie să plătiți. Scrie și până când trebuie să plătiți.',
    },
    termijn: {
      term: 'termen / rată',
      explanation:
        'Timpul în care trebuie să faceți ceva. De exemplu: trebuie să răspundeți în 6 săptămâni. Poate fi și o parte dintr-o plată (o rată).',
    },
    bewijsstukken: {
      term: 'documente doveditoare',
      explanation:
        'Acte care arată că ceva este adevărat. De exemplu, fluturași de salariu, extrase de cont sau un contract de închiriere. Trimiteți copii, nu originale.',
    },
    handtekening: {
      term: 'semnătură',
      explanation:
        'Numele dumneavoastră scris de mână. Cu ea arătați că sunteți de acord. Semnați doar dacă înțelegeți totul.',
    },
    ondertekening: {
      term: 'semnare',
      explanation:
        'Înseamnă să vă puneți semnătura pe o scrisoare sau pe un formular. Fără semnătură, un formular adesea nu este valabil.',
    },
    gemachtigde: {
      term: 'împuternicit',
      explanation:
        'O persoană care poate rezolva lucruri în locul dumneavoastră. I-ați dat voie să facă asta. De exemplu, o rudă sau un consilier pentru clienți.',
    },
    verklaring: {
      term: 'declarație',
      explanation:
        'Un act în care cineva spune oficial că ceva este adevărat. De exemplu, că locuiți la o anumită adresă. Uneori trebuie să completați și să semnați o declarație.',
    },
    afwijzing: {
      term: 'respingere',
      explanation:
        'Nu primiți ce ați cerut. În scrisoare scrie de ce. Nu sunteți de acord? Puteți face contestație (bezwaar).',
    },
    toekenning: {
      term: 'aprobare',
      explanation: 'Primiți ce ați cerut. În scrisoare scrie ce primiți și pentru cât timp.',
    },
    herziening: {
      term: 'modificarea deciziei',
      explanation:
        'Primăria schimbă o decizie luată mai înainte. De exemplu, pentru că situația dumneavoastră s-a schimbat. Uneori trebuie atunci să dați bani înapoi.',
    },
    hoorzitting: {
      term: 'audiere',
      explanation:
        'O întâlnire despre contestația dumneavoastră. Acolo explicați de ce nu sunteți de acord. Puteți veni cu cineva, de exemplu cu un consilier pentru clienți.',
    },
    'voorlopige-voorziening': {
      term: 'măsură provizorie a instanței',
      explanation:
        'O decizie rapidă și temporară a unui judecător. O cereți când nu puteți aștepta. De exemplu, pentru că altfel rămâneți fără bani.',
    },
    wijkteam: {
      term: 'echipa de cartier',
      explanation:
        'Un grup de oameni din cartierul dumneavoastră care ajută. Puteți merge la ei cu întrebări despre îngrijire, bani, creșterea copiilor sau locuință. Ajutorul este gratuit.',
    },
    sleutelpersoon: {
      term: 'persoană de legătură din comunitate',
      explanation:
        'Cineva din comunitatea dumneavoastră care vă ajută. Această persoană vorbește adesea limba dumneavoastră. Vă explică cum funcționează lucrurile.',
    },
    zorgaanbieder: {
      term: 'furnizor de îngrijire',
      explanation:
        'O organizație sau o persoană care oferă îngrijire sau ajutor. De exemplu, o firmă de îngrijire la domiciliu sau un ajutor la treburile casei.',
    },
  },
};
