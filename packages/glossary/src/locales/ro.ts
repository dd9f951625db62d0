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
    maatwerkvoorziening: {
      term: 'sprijin personalizat',
      explanation:
        'Ajutor pe care primăria îl organizează doar pentru dumneavoastră. Se uită la ce nu puteți face singur. De exemplu ajutor acasă sau un scuter.',
    },
    'algemene-voorziening': {
      term: 'serviciu pentru toți',
      explanation:
        'Ajutor pentru toți oamenii din cartier. Nu aveți nevoie de o decizie. De exemplu o masă la centrul de cartier.',
    },
    'huishoudelijke-ondersteuning': {
      term: 'ajutor la treburile casei',
      explanation:
        'Cineva vine să facă curat sau să spele rufele. Primiți un număr fix de ore pe săptămână.',
    },
    begeleiding: {
      term: 'însoțire personală',
      explanation:
        'Cineva vă ajută să vă organizați viața: poștă, bani, programări. Așa puteți locui în continuare acasă.',
    },
    dagbesteding: {
      term: 'activități de zi',
      explanation:
        'Un loc unde faceți ceva util în timpul zilei, împreună cu alți oameni. De exemplu gătit, grădinărit sau discuții.',
    },
    'beschermd-wonen': {
      term: 'locuință protejată',
      explanation:
        'Locuiți într-o casă cu ajutor aproape. Mereu este cineva care vă poate ajuta. Este pentru oameni care nu pot locui singuri.',
    },
    woningaanpassing: {
      term: 'adaptarea locuinței',
      explanation:
        'O schimbare în casă ca să locuiți în siguranță. De exemplu un lift pentru scări sau un duș fără prag.',
    },
    hulpmiddel: {
      term: 'dispozitiv ajutător',
      explanation:
        'Un obiect care vă ajută zilnic. De exemplu un scaun cu rotile, un cadru de mers sau un lift pentru persoane.',
    },
    bruikleen: {
      term: 'împrumut',
      explanation:
        'Împrumutați obiectul, nu trebuie să-l cumpărați. Când nu mai aveți nevoie, îl dați înapoi.',
    },
    regiotaxi: {
      term: 'taxi regional',
      explanation:
        'Un taxi pentru oameni care merg greu. Uneori îl împărțiți cu alții. Plătiți o sumă mică pe cursă.',
    },
    mantelzorg: {
      term: 'îngrijire de către apropiați',
      explanation:
        'Îngrijirea pe care o dați cuiva cunoscut, de exemplu mamei, partenerului sau unui vecin. Nu primiți salariu.',
    },
    ondersteuningsplan: {
      term: 'plan de sprijin',
      explanation:
        'Un plan cu ajutorul pe care îl primiți și ce faceți singur. Îl faceți împreună cu primăria.',
    },
    ciz: {
      term: 'CIZ (centrul de evaluare a îngrijirii)',
      explanation:
        'CIZ decide dacă cineva primește îngrijire din Wlz, pentru cei care au mereu nevoie de ajutor. CIZ nu ține de primărie.',
    },
    wlz: {
      term: 'Wlz (Legea îngrijirii de lungă durată)',
      explanation:
        'O lege pentru oameni care au nevoie de îngrijire toată ziua, de exemplu într-un cămin. Decide CIZ.',
    },
    abonnementstarief: {
      term: 'tarif lunar fix',
      explanation:
        'O sumă fixă pe lună pentru ajutorul din Wmo. O plătiți la CAK. Este aproape la fel pentru toți.',
    },
    'eigen-kracht': {
      term: 'propriile puteri',
      explanation:
        'Ce puteți face singur sau ce pot face oamenii din jur. Abia apoi primăria se uită la ajutor.',
    },
    'gebruikelijke-hulp': {
      term: 'ajutor obișnuit',
      explanation:
        'Ajutorul pe care oamenii din aceeași casă și-l dau normal, de exemplu gătitul sau spălatul pentru familie. Primăria de obicei nu ajută pentru asta.',
    },
    svb: {
      term: 'SVB (Banca Asigurărilor Sociale)',
      explanation:
        'SVB lucrează pentru stat. Cu un pgb, SVB plătește îngrijitorii. Plătește și AOW și alocația pentru copii.',
    },
    herindicatie: {
      term: 'reevaluare',
      explanation:
        'Primăria se uită din nou la ajutorul dumneavoastră. Mai aveți nevoie? Este destul? De obicei după câțiva ani.',
    },
    huisbezoek: {
      term: 'vizită la domiciliu',
      explanation:
        'Un angajat vine la dumneavoastră, vorbește cu dumneavoastră și vede cum locuiți. Poate fi de față o persoană de încredere.',
    },
    jeugdhulp: {
      term: 'ajutor pentru tineri',
      explanation:
        'Ajutor pentru copii, tineri și părinți. De exemplu la creșterea copiilor, la certuri sau când un copil nu se simte bine. Plătește primăria.',
    },
    jeugdhulpaanbieder: {
      term: 'furnizor de ajutor pentru tineri',
      explanation:
        'O organizație care ajută copiii și părinții. Primăria are acorduri cu ea. Uneori puteți alege.',
    },
    verwijzing: {
      term: 'trimitere',
      explanation:
        'Cu trimiterea mergeți la un ajutor pe care altfel nu-l primiți. O dă medicul de familie sau echipa de cartier.',
    },
    jeugdteam: {
      term: 'echipa pentru tineri',
      explanation:
        'Ajută părinții și copiii cu întrebări despre creștere și educație. Îi puteți contacta singur. Ajutorul este gratuit.',
    },
    jeugdbescherming: {
      term: 'protecția copilului',
      explanation:
        'Ajutor când un copil nu este în siguranță acasă. Un judecător poate decide. Scopul este ca el să crească în siguranță.',
    },
    ondertoezichtstelling: {
      term: 'supraveghere a familiei',
      explanation:
        'Judecătorul decide că familia trebuie să primească ajutor. Un lucrător de protecție ajută familia. Părinții păstrează autoritatea.',
    },
    'raad-voor-de-kinderbescherming': {
      term: 'Consiliul pentru Protecția Copilului',
      explanation:
        'Această instituție verifică dacă un copil crește în siguranță. Poate cere judecătorului să facă ajutorul obligatoriu.',
    },
    'veilig-thuis': {
      term: 'Veilig Thuis (linie pentru violență acasă)',
      explanation:
        'Un număr pentru violența acasă, chiar dacă nu sunteți sigur. Numărul este 0800-2000. Apelul e gratuit.',
    },
    pleegzorg: {
      term: 'plasament familial',
      explanation:
        'Un copil locuiește o vreme la altă familie, care are grijă de el. Părinții păstrează adesea legătura.',
    },
    'ouderlijk-gezag': {
      term: 'autoritate părintească',
      explanation:
        'Decideți pentru copil: școală, îngrijire, unde locuiește. Este valabil până la 18 ani.',
    },
    leerplicht: {
      term: 'obligația școlară',
      explanation:
        'Copilul trebuie să meargă la școală până la 16 ani, apoi până la o diplomă sau 18 ani. Primăria verifică.',
    },
    levensonderhoud: {
      term: 'costul vieții',
      explanation: 'Banii necesari pentru a trăi: mâncare, haine, chirie și energie.',
    },
    bijstandsnorm: {
      term: 'suma ajutorului social',
      explanation:
        'Suma pe care o primiți lunar din ajutorul social. Depinde de vârstă și de cu cine locuiți.',
    },
    kostendelersnorm: {
      term: 'regula împărțirii costurilor',
      explanation:
        'Dacă locuiți cu alți adulți, puteți împărți costurile. De aceea primiți mai puțin ajutor social.',
    },
    draagkracht: {
      term: 'capacitate de plată',
      explanation:
        'Banii pe care îi puteți da singur. Primăria calculează din venit și economii. Partea aceasta o plătiți singur.',
    },
    'noodzakelijke-kosten': {
      term: 'costuri necesare',
      explanation:
        'Costuri pe care chiar trebuie să le faceți. Primăria dă ajutor special doar pentru astfel de costuri.',
    },
    'individuele-inkomenstoeslag': {
      term: 'supliment individual de venit',
      explanation:
        'O sumă de la primărie o dată pe an, pentru cei cu venit mic de mult timp. Trebuie să o cereți.',
    },
    tegenprestatie: {
      term: 'contraprestație',
      explanation:
        'Muncă utilă pe care o faceți când primiți ajutor social. Nu sunteți plătit. De exemplu ajutor la centrul de cartier.',
    },
    arbeidsverplichtingen: {
      term: 'obligații privind munca',
      explanation:
        'Regulile despre muncă la ajutorul social: căutați de lucru și acceptați un loc de muncă. Uneori sunteți scutit.',
    },
    maatregel: {
      term: 'reducerea ajutorului',
      explanation:
        'Ajutorul scade o perioadă pentru că o regulă nu a fost respectată. Puteți explica întâi de ce.',
    },
    inlichtingenplicht: {
      term: 'obligația de informare',
      explanation:
        'Trebuie să anunțați singur schimbările: muncă, locuit împreună, mutare. Faceți asta repede.',
    },
    terugvordering: {
      term: 'cerere de restituire',
      explanation:
        'Primăria cere bani înapoi: ați primit prea mult sau fără drept. Puteți cere să plătiți în rate.',
    },
    verrekening: {
      term: 'reținere',
      explanation: 'Primăria scade o datorie din ajutorul dumneavoastră. Primiți o sumă mai mică.',
    },
    voorschot: {
      term: 'avans',
      explanation:
        'Bani primiți dinainte. Mai târziu se calculează suma reală. Dacă ați primit prea mult, dați înapoi.',
    },
    lening: {
      term: 'împrumut',
      explanation:
        'Bani pe care îi primiți și îi dați înapoi mai târziu. Ajutorul special poate fi împrumut. Scrisoarea spune cât dați lunar.',
    },
    woonkostentoeslag: {
      term: 'supliment pentru locuință',
      explanation:
        'Bani temporari de la primărie pentru chirie prea mare după o scădere bruscă a venitului. Trebuie să căutați o casă mai ieftină.',
    },
    'collectieve-zorgverzekering': {
      term: 'asigurare de sănătate colectivă',
      explanation:
        'O asigurare de sănătate organizată de primărie pentru venituri mici. Acoperă multă îngrijire.',
    },
    minimaregeling: {
      term: 'sprijin pentru venituri mici',
      explanation:
        'Ajutor de la primărie pentru cei cu puțini bani. De exemplu reduceri la sport, școală sau piscină.',
    },
    bankafschrift: {
      term: 'extras de cont',
      explanation:
        'Lista cu ce s-a întâmplat în contul bancar. Îl luați din aplicația sau site-ul băncii.',
    },
    loonstrook: {
      term: 'fluturaș de salariu',
      explanation:
        'O hârtie de la angajator care arată cât salariu ați primit. O primiți lunar sau la patru săptămâni.',
    },
    'gezamenlijke-huishouding': {
      term: 'gospodărie comună',
      explanation:
        'Locuiți cu cineva și aveți grijă unul de altul. Primăria vă socotește cuplu. Asta schimbă ajutorul.',
    },
    uwv: {
      term: 'UWV (agenția asigurărilor pentru angajați)',
      explanation:
        'O instituție de stat. Plătește indemnizații la boală sau șomaj și ajută la găsirea unui loc de muncă.',
    },
    aow: {
      term: 'AOW (pensie de stat)',
      explanation:
        'Bani de la stat la bătrânețe, de la aproximativ 67 de ani. Îi primiți dacă ați locuit sau lucrat în Olanda.',
    },
    'kindgebonden-budget': {
      term: 'buget pentru copii',
      explanation:
        'Bani pentru părinți cu venit mic sau mediu, de la Dienst Toeslagen. Pentru copii sub 18 ani.',
    },
    kinderbijslag: {
      term: 'alocație pentru copii',
      explanation:
        'Bani pentru părinții unui copil sub 18 ani. SVB plătește la trei luni. Nu depinde de venit.',
    },
    zorgtoeslag: {
      term: 'alocație pentru asigurarea de sănătate',
      explanation:
        'Bani pentru asigurarea de sănătate, dacă câștigați puțin. Cereți la Dienst Toeslagen.',
    },
    belastingdienst: {
      term: 'Belastingdienst (fiscul)',
      explanation:
        'Administrația fiscală a statului. Nu este primăria. Scrisorile vin de obicei în plic albastru.',
    },
    ozb: {
      term: 'impozit pe proprietate (OZB)',
      explanation:
        'Un impozit pentru proprietarii unei case sau clădiri. Îl plătiți primăriei. Cu cât casa valorează mai mult, plătiți mai mult.',
    },
    afvalstoffenheffing: {
      term: 'taxa de gunoi',
      explanation: 'Bani pentru strângerea gunoiului. Fiecare gospodărie o plătește primăriei.',
    },
    rioolheffing: {
      term: 'taxa de canalizare',
      explanation: 'Bani pentru canalizare, care duce apa murdară și ploaia. O plătiți primăriei.',
    },
    invorderingskosten: {
      term: 'costuri de executare',
      explanation:
        'Costuri în plus când plătiți târziu, de exemplu pentru somație sau titlu executoriu. Se adaugă la datorie.',
    },
    belastingdeurwaarder: {
      term: 'executor fiscal',
      explanation:
        'Un executor care lucrează pentru primărie. Vine dacă nu plătiți impozitul. Poate popri bunuri sau salariu.',
    },
    deurwaarder: {
      term: 'executor judecătoresc',
      explanation:
        'Strânge bani pentru cineva căruia îi datorați. Poate face poprire. Contactați-l repede: adesea se mai poate face o înțelegere.',
    },
    'automatische-incasso': {
      term: 'debitare directă',
      explanation:
        'Banii se iau automat din cont. Nu trebuie să plătiți singur. Întâi dați acordul.',
    },
    vervaldatum: {
      term: 'data scadenței',
      explanation: 'Ultima zi de plată. Dacă plătiți mai târziu, pot apărea costuri în plus.',
    },
    beslaglegging: {
      term: 'poprire',
      explanation:
        'Cineva poate lua salariul, banii sau bunurile pentru o datorie. Doar un executor poate face asta. Vă rămâne mereu o sumă.',
    },
    'beslagvrije-voet': {
      term: 'sumă neurmăribilă',
      explanation:
        'Partea din venit pe care nimeni nu o poate lua. Este pentru chirie, mâncare și energie.',
    },
    'uitstel-van-betaling': {
      term: 'amânarea plății',
      explanation:
        'Puteți plăti mai târziu. Trebuie să cereți singur, de exemplu în timpul unei contestații.',
    },
    invorderingsambtenaar: {
      term: 'funcționar de încasare',
      explanation:
        'Persoana care strânge impozitele pentru primărie. Trimite somații și poate trimite titlu executoriu.',
    },
    betalingsherinnering: {
      term: 'reamintire de plată',
      explanation:
        'O scrisoare care spune: nu ați plătit încă. Încă fără costuri în plus. Plătiți repede sau luați legătura.',
    },
    schuldeiser: {
      term: 'creditor',
      explanation:
        'Cineva căruia îi datorați bani. De exemplu un magazin, proprietarul sau primăria.',
    },
    incassobureau: {
      term: 'agenție de recuperare',
      explanation:
        'O firmă care strânge bani pentru altă firmă. Poate cere costuri, dar nu oricum.',
    },
    betalingsachterstand: {
      term: 'restanță la plată',
      explanation: 'Nu ați plătit o factură la timp. Cereți ajutor devreme. Este foarte obișnuit.',
    },
    schuldsanering: {
      term: 'reorganizarea datoriilor (Wsnp)',
      explanation:
        'O procedură a instanței pentru datorii mari. Trăiți trei ani cu puțini bani. Apoi de obicei scăpați de datorii.',
    },
    schuldregeling: {
      term: 'înțelegere privind datoriile',
      explanation:
        'Primăria face acorduri cu toți creditorii. Plătiți cât puteți. După un timp restul datoriei dispare.',
    },
    bewindvoering: {
      term: 'administrare protectoare',
      explanation:
        'Altcineva vă gestionează banii: administratorul (bewindvoerder). Plătește facturile. Judecătorul decide dacă e nevoie.',
    },
    budgetbeheer: {
      term: 'gestionarea bugetului',
      explanation:
        'Cineva vă ajută să plătiți. Banii vin întâi într-un cont separat. Chiria și costurile fixe se plătesc primele.',
    },
    vonnis: {
      term: 'hotărâre judecătorească',
      explanation:
        'Decizia unui judecător. Trebuie să faceți ce scrie în ea. Uneori puteți face apel.',
    },
    vroegsignalering: {
      term: 'semnalare timpurie',
      explanation:
        'Primăria află că nu ați plătit o factură, ca chiria sau energia. Cineva vă contactează să vă ajute.',
    },
    huurachterstand: {
      term: 'restanță la chirie',
      explanation:
        'Nu ați plătit toată chiria. Contactați repede proprietarul. Împreună puteți face o înțelegere.',
    },
    ontruiming: {
      term: 'evacuare',
      explanation:
        'Trebuie să plecați din casă. Doar un judecător poate decide. Cereți ajutor imediat dacă primiți o scrisoare despre asta.',
    },
    woningcorporatie: {
      term: 'asociație de locuințe sociale',
      explanation:
        'O organizație care închiriază case oamenilor cu puțini bani. Adesea este proprietarul dumneavoastră.',
    },
    huurcontract: {
      term: 'contract de închiriere',
      explanation:
        'Înțelegerile despre casa închiriată, de exemplu chiria. Îl semnați dumneavoastră și proprietarul.',
    },
    huurverhoging: {
      term: 'creșterea chiriei',
      explanation:
        'Chiria crește. Proprietarul vă trimite o scrisoare. Dacă nu sunteți de acord, puteți face contestație.',
    },
    verhuurder: {
      term: 'proprietar',
      explanation:
        'Proprietarul casei pe care o închiriați. Îi plătiți chiria, de exemplu unei asociații de locuințe.',
    },
    urgentie: {
      term: 'declarație de urgență',
      explanation:
        'Cu ea primiți mai repede o locuință. Trebuie un motiv foarte serios. Decide primăria.',
    },
    brp: {
      term: 'BRP (registrul populației)',
      explanation:
        'Lista primăriei cu cine unde locuiește. Dacă datele sunt corecte, primiți poșta și alocațiile.',
    },
    'kale-huur': {
      term: 'chirie de bază',
      explanation:
        'Chiria fără costuri în plus, ca servicii, gaz sau curent. Ajutorul pentru chirie pornește de la chiria de bază.',
    },
    besluit: {
      term: 'decizie',
      explanation:
        'O decizie a primăriei despre dumneavoastră, într-o scrisoare. Dacă nu sunteți de acord, puteți face contestație.',
    },
    'beslissing-op-bezwaar': {
      term: 'decizie asupra contestației',
      explanation:
        'Răspunsul primăriei la contestație. Dacă nu sunteți de acord, puteți merge în instanță.',
    },
    bezwaarcommissie: {
      term: 'comisia de contestații',
      explanation:
        'Ascultă pe dumneavoastră și primăria, apoi dă un aviz despre contestație. Membrii nu lucrează la departamentul care a decis.',
    },
    rechtbank: {
      term: 'tribunal',
      explanation:
        'Unde lucrează judecătorul. La o plângere, judecătorul verifică dacă decizia e corectă. Puteți spune singur povestea.',
    },
    'centrale-raad-van-beroep': {
      term: 'Curtea Centrală de Apel',
      explanation:
        'O instanță înaltă pentru apeluri despre ajutoare și îngrijire. Este ultimul pas.',
    },
    'hoger-beroep': {
      term: 'apel',
      explanation:
        'Pasul după hotărârea tribunalului. O instanță superioară se uită din nou. De obicei în șase săptămâni.',
    },
    griffierecht: {
      term: 'taxă judiciară',
      explanation:
        'Banii pe care îi plătiți ca să mergeți în instanță. Dacă câștigați, îi primiți înapoi.',
    },
    ombudsman: {
      term: 'avocatul poporului (ombudsman)',
      explanation:
        'Ajută dacă aveți o plângere despre autorități. Ascultă ambele părți. Este gratuit.',
    },
    klacht: {
      term: 'plângere',
      explanation:
        'O plângere este despre cum v-a tratat primăria, de exemplu un angajat nepoliticos. Nu este o contestație.',
    },
    awb: {
      term: 'Awb (Legea dreptului administrativ)',
      explanation:
        'O lege cu regulile pentru autorități. Spune și cum faceți contestație și plângere în instanță.',
    },
    ingebrekestelling: {
      term: 'punere în întârziere',
      explanation:
        'Spuneți primăriei că întârzie cu decizia. După două săptămâni trebuie să vă plătească dacă tot nu a decis.',
    },
    beslistermijn: {
      term: 'termen de decizie',
      explanation:
        'Timpul pe care primăria îl are ca să decidă, de obicei opt săptămâni. Scrisoarea spune cât.',
    },
    college: {
      term: 'colegiul primarului și consilierilor',
      explanation:
        'Primarul și viceprimarii conduc primăria și iau decizii. Contestația o trimiteți adesea lor.',
    },
    rechtsbijstand: {
      term: 'asistență juridică',
      explanation:
        'Ajutorul unui avocat. Dacă aveți puțini bani, statul plătește o mare parte. Juridisch Loket vă spune mai mult.',
    },
    'juridisch-loket': {
      term: 'Juridisch Loket (consiliere juridică gratuită)',
      explanation:
        'Sfaturi gratuite despre drepturi, de exemplu despre o decizie, datorii sau chirie. Puteți suna sau veni.',
    },
    'pro-forma-bezwaar': {
      term: 'contestație pro forma',
      explanation:
        'O contestație scurtă ca să fiți la timp. Scrieți doar: nu sunt de acord. Motivele le trimiteți mai târziu.',
    },
    ontvankelijk: {
      term: 'inadmisibil',
      explanation:
        'Primăria nu examinează contestația, de exemplu pentru că a fost târziu sau lipsea semnătura.',
    },
    'niet-in-behandeling': {
      term: 'nu se tratează',
      explanation:
        'Primăria nu examinează cererea pentru că lipsea ceva, ca documente. Puteți cere din nou.',
    },
    hersteltermijn: {
      term: 'termen de completare',
      explanation:
        'Timpul pentru a adăuga ce lipsea, de exemplu documente. Faceți-o în acest timp.',
    },
    intrekking: {
      term: 'retragere',
      explanation: 'Primăria oprește o decizie, de exemplu ajutorul. După aceea nu îl mai primiți.',
    },
    'algemene-termijnenwet': {
      term: 'Legea generală a termenelor',
      explanation:
        'Un termen nu se termină niciodată în weekend sau de sărbătoare. Aveți atunci și următoarea zi lucrătoare.',
    },
    kenmerk: {
      term: 'număr de referință',
      explanation:
        'Numărul din partea de sus a scrisorii. Spuneți-l când sunați sau scrieți, ca scrisoarea să fie găsită repede.',
    },
    identiteitsbewijs: {
      term: 'act de identitate',
      explanation:
        'Un document care arată cine sunteți: pașaport, carte de identitate sau permis de ședere. Luați-l la programări.',
    },
  },
};
