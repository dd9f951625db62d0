import type { GlossaryLocale } from '../types.js';

export const glossary: GlossaryLocale = {
  locale: 'pl',
  reviewed: false,
  terms: {
    beschikking: {
      term: 'decyzja urzędowa',
      explanation:
        'Pismo z decyzją gminy. Jest w nim napisane, co Państwo dostaną, a czego nie. Nie zgadzają się Państwo? Mogą Państwo złożyć sprzeciw (bezwaar).',
    },
    bezwaar: {
      term: 'sprzeciw',
      explanation:
        'Sprzeciwem mówią Państwo: nie zgadzam się z tą decyzją. Piszą Państwo wtedy pismo do gminy. Proszę to zrobić w ciągu 6 tygodni od daty pisma.',
    },
    beroep: {
      term: 'odwołanie do sądu',
      explanation:
        'To krok po sprzeciwie. Proszą Państwo sędziego, żeby sprawdził decyzję. Zwykle mają Państwo na to 6 tygodni od decyzji w sprawie sprzeciwu.',
    },
    aanvraag: {
      term: 'wniosek',
      explanation:
        'Proszą Państwo gminę o pomoc lub pieniądze. Często wypełnia się formularz. Na przykład wniosek o zasiłek socjalny.',
    },
    dagtekening: {
      term: 'data listu',
      explanation:
        'Data na górze pisma. Od tej daty liczy się czas, który mają Państwo na odpowiedź.',
    },
    wmo: {
      term: 'ustawa o wsparciu społecznym',
      explanation:
        'Dzięki tej ustawie gmina pomaga Państwu dalej samodzielnie mieszkać w domu. Na przykład pomoc w domu, wózek inwalidzki lub winda schodowa.',
    },
    participatiewet: {
      term: 'ustawa o partycypacji',
      explanation:
        'Ustawa o pracy i pieniądzach. Nie mają Państwo dość pieniędzy na życie? Mogą Państwo dostać zasiłek socjalny. Gmina pomaga też znaleźć pracę.',
    },
    jeugdwet: {
      term: 'ustawa o młodzieży',
      explanation:
        'Ustawa o pomocy dla dzieci i młodzieży do 18 lat. Tę pomoc organizuje gmina. Na przykład pomoc w wychowaniu lub przy problemach w domu.',
    },
    'eigen-bijdrage': {
      term: 'wkład własny',
      explanation:
        'Pieniądze, które Państwo sami płacą za pomoc lub opiekę. Za pomoc z Wmo płacą je Państwo do CAK. Często jest to stała kwota.',
    },
    cak: {
      term: 'CAK (państwowe biuro płatności)',
      explanation:
        'Instytucja państwowa. Wysyła Państwu rachunek za wkład własny. Na przykład za pomoc z Wmo.',
    },
    pgb: {
      term: 'budżet osobisty na opiekę',
      explanation:
        'Pieniądze na opiekę lub pomoc. Sami Państwo organizują i opłacają pomoc. Sami Państwo wybierają, kto pomaga.',
    },
    'zorg-in-natura': {
      term: 'opieka organizowana przez gminę',
      explanation:
        'Gmina organizuje i opłaca Państwa opiekę. Pomoc daje organizacja, która współpracuje z gminą. Nie dostają Państwo pieniędzy do ręki.',
    },
    indicatie: {
      term: 'ocena potrzeb opieki',
      explanation:
        'Decyzja o tym, ile opieki lub pomocy Państwo potrzebują. Jest w niej też napisane, jak długo dostaną Państwo tę pomoc.',
    },
    keukentafelgesprek: {
      term: 'rozmowa przy kuchennym stole',
      explanation:
        'Rozmowa z pracownikiem gminy o Państwa sytuacji i pomocy, której Państwo potrzebują. Często odbywa się u Państwa w domu. Mogą Państwo zaprosić kogoś do towarzystwa.',
    },
    clientondersteuner: {
      term: 'niezależny doradca klienta',
      explanation:
        'Osoba, która pomaga Państwu, gdy proszą Państwo gminę o pomoc. Ta osoba nie decyduje o Państwa pomocy. Pomoc jest bezpłatna. Może pójść z Państwem na rozmowę.',
    },
    machtiging: {
      term: 'upoważnienie',
      explanation:
        'Pozwalają Państwo innej osobie załatwiać sprawy za siebie. Na przykład synowi lub córce. Można to zrobić też przez DigiD.',
    },
    digid: {
      term: 'DigiD (login do urzędów)',
      explanation:
        'Przez DigiD logują się Państwo na strony urzędów. Pokazuje, kim Państwo są. Proszę nigdy nie dawać swojego DigiD innej osobie.',
    },
    bsn: {
      term: 'numer obywatelski',
      explanation:
        'Państwa osobisty numer w urzędach. Znajdą go Państwo w paszporcie lub dowodzie osobistym. Proszę podawać go tylko instytucjom, którym Państwo ufają.',
    },
    toeslag: {
      term: 'dodatek',
      explanation:
        'Pieniądze od państwa na stałe koszty. Na przykład dodatek na ubezpieczenie zdrowotne, czynsz lub opiekę nad dziećmi. Wniosek składa się w Dienst Toeslagen.',
    },
    aanmaning: {
      term: 'upomnienie',
      explanation:
        'Pismo, że trzeba jeszcze zapłacić. Zapłacili Państwo za późno lub wcale. Proszę szybko zapłacić, bo inaczej dojdą koszty.',
    },
    dwangbevel: {
      term: 'nakaz zapłaty (egzekucja)',
      explanation:
        'Urzędowy nakaz zapłaty. Dostają go Państwo, gdy po upomnieniu nadal nie zapłacili. Dochodzą wysokie koszty. Proszę szybko poprosić o pomoc.',
    },
    invordering: {
      term: 'ściąganie długu',
      explanation:
        'Gmina ściąga pieniądze, które są Państwo winni. Dzieje się tak, gdy nie płacą Państwo na czas.',
    },
    kwijtschelding: {
      term: 'umorzenie podatku',
      explanation:
        'Nie muszą Państwo płacić podatku. Jest to możliwe przy niskim dochodzie i małych oszczędnościach. Wniosek trzeba złożyć samemu.',
    },
    betalingsregeling: {
      term: 'plan spłaty w ratach',
      explanation:
        'Płacą Państwo kwotę w częściach. Na przykład małą część co miesiąc. Ustalają to Państwo z instytucją, której są Państwo winni pieniądze.',
    },
    bijstand: {
      term: 'zasiłek socjalny',
      explanation:
        'Pieniądze od gminy na życie. Dostają je Państwo, gdy nie mają dość dochodu ani oszczędności. Są zasady, na przykład szukanie pracy.',
    },
    'bijzondere-bijstand': {
      term: 'zasiłek specjalny',
      explanation:
        'Dodatkowe pieniądze od gminy na koszty, których nie mogą Państwo zapłacić. Na przykład nowa pralka lub okulary.',
    },
    uitkering: {
      term: 'świadczenie',
      explanation:
        'Pieniądze od państwa, które dostają Państwo co miesiąc. Na przykład gdy nie mają Państwo pracy lub są chorzy. Zasiłek socjalny i emerytura państwowa (AOW) to też świadczenia.',
    },
    inkomen: {
      term: 'dochód',
      explanation:
        'Pieniądze, które dostają Państwo co miesiąc. Na przykład pensja, świadczenie lub emerytura.',
    },
    vermogen: {
      term: 'majątek',
      explanation:
        'To, co Państwo posiadają: oszczędności, samochód lub dom. Odejmuje się od tego Państwa długi. Przy zasiłku socjalnym majątek nie może być za duży.',
    },
    zorgverzekering: {
      term: 'ubezpieczenie zdrowotne',
      explanation:
        'Płaci za lekarza, szpital i leki. Każdy, kto mieszka lub pracuje w Holandii, musi je mieć. Płacą Państwo za nie co miesiąc.',
    },
    huurtoeslag: {
      term: 'dodatek mieszkaniowy',
      explanation:
        'Pieniądze od państwa, gdy Państwa czynsz jest wysoki, a dochód niski. Dostają je Państwo co miesiąc. Wniosek składa się w Dienst Toeslagen.',
    },
    schuldhulpverlening: {
      term: 'pomoc w długach',
      explanation:
        'Gmina pomaga Państwu zrobić przegląd długów i zawrzeć umowy. Pomoc jest bezpłatna. Proszę poprosić o nią na czas.',
    },
    woz: {
      term: 'urzędowa wartość domu',
      explanation:
        'Wartość Państwa domu według gminy. Jest ustalana co roku. Liczy się do podatków, a czasem do czynszu.',
    },
    'gemeentelijke-belastingen': {
      term: 'podatki gminne',
      explanation:
        'Podatki, które płacą Państwo gminie. Na przykład za wywóz śmieci i kanalizację. Mają Państwo własny dom? Płacą Państwo też za niego.',
    },
    aanslag: {
      term: 'decyzja podatkowa (rachunek)',
      explanation:
        'Pismo, w którym jest napisane, ile podatku trzeba zapłacić. Jest też napisane, do kiedy.',
    },
    termijn: {
      term: 'termin / rata',
      explanation:
        'Czas, w którym trzeba coś zrobić. Na przykład: odpowiedź w ciągu 6 tygodni. Może to też być jedna rata płatności.',
    },
    bewijsstukken: {
      term: 'dokumenty potwierdzające',
      explanation:
        'Papiery, które pokazują, że coś jest prawdą. Na przykład paski wypłaty, wyciągi z banku lub umowa najmu. Proszę wysyłać kopie, nie oryginały.',
    },
    handtekening: {
      term: 'podpis',
      explanation:
        'Imię i nazwisko napisane ręcznie. W ten sposób mówią Państwo, że się zgadzają. Proszę podpisywać tylko wtedy, gdy wszystko jest jasne.',
    },
    ondertekening: {
      term: 'podpisanie',
      explanation:
        'Złożenie podpisu pod pismem lub formularzem. Bez podpisu formularz często nie jest ważny.',
    },
    gemachtigde: {
      term: 'pełnomocnik',
      explanation:
        'Osoba, która może załatwiać sprawy za Państwa. Dali jej Państwo na to zgodę. Na przykład ktoś z rodziny lub doradca klienta.',
    },
    verklaring: {
      term: 'oświadczenie',
      explanation:
        'Papier, w którym ktoś oficjalnie mówi, że coś jest prawdą. Na przykład, że mieszkają Państwo pod danym adresem. Czasem trzeba wypełnić i podpisać oświadczenie.',
    },
    afwijzing: {
      term: 'odmowa',
      explanation:
        'Nie dostają Państwo tego, o co prosili. W piśmie jest napisane dlaczego. Nie zgadzają się Państwo? Mogą Państwo złożyć sprzeciw (bezwaar).',
    },
    toekenning: {
      term: 'przyznanie',
      explanation:
        'Dostają Państwo to, o co prosili. W piśmie jest napisane, co Państwo dostaną i na jak długo.',
    },
    herziening: {
      term: 'zmiana decyzji',
      explanation:
        'Gmina zmienia wcześniejszą decyzję. Na przykład dlatego, że zmieniła się Państwa sytuacja. Czasem trzeba wtedy oddać pieniądze.',
    },
    hoorzitting: {
      term: 'posiedzenie wyjaśniające (wysłuchanie)',
      explanation:
        'Spotkanie w sprawie Państwa sprzeciwu. Wyjaśniają Państwo, dlaczego się nie zgadzają. Mogą Państwo przyjść z kimś, na przykład z doradcą klienta.',
    },
    'voorlopige-voorziening': {
      term: 'tymczasowe zarządzenie sądu',
      explanation:
        'Szybka, tymczasowa decyzja sędziego. Proszą Państwo o nią, gdy nie mogą czekać. Na przykład dlatego, że inaczej nie będą mieć Państwo pieniędzy.',
    },
    wijkteam: {
      term: 'zespół dzielnicowy',
      explanation:
        'Grupa ludzi w Państwa okolicy, którzy pomagają. Mogą Państwo przyjść z pytaniami o opiekę, pieniądze, wychowanie lub mieszkanie. Pomoc jest bezpłatna.',
    },
    sleutelpersoon: {
      term: 'osoba łącznikowa ze społeczności',
      explanation:
        'Ktoś z Państwa społeczności, kto pomaga. Ta osoba często mówi w Państwa języku. Wyjaśnia, jak wszystko działa.',
    },
    zorgaanbieder: {
      term: 'świadczeniodawca opieki',
      explanation:
        'Organizacja lub osoba, która daje opiekę lub pomoc. Na przykład firma opieki domowej lub pomoc domowa.',
    },
    maatwerkvoorziening: {
      term: 'pomoc dopasowana',
      explanation:
        'Pomoc, którą gmina organizuje tylko dla Państwa. Sprawdza, czego nie mogą Państwo zrobić sami. Na przykład pomoc w domu albo skuter.',
    },
    'algemene-voorziening': {
      term: 'usługa dla wszystkich',
      explanation:
        'Pomoc dla wszystkich mieszkańców okolicy. Nie jest do tego potrzebna decyzja. Na przykład posiłek w domu sąsiedzkim.',
    },
    'huishoudelijke-ondersteuning': {
      term: 'pomoc w domu',
      explanation:
        'Ktoś przychodzi do Państwa sprzątać albo prać. Dostają Państwo stałą liczbę godzin w tygodniu.',
    },
    begeleiding: {
      term: 'wsparcie osobiste',
      explanation:
        'Ktoś pomaga Państwu układać życie: poczta, pieniądze, wizyty. Dzięki temu mogą Państwo dalej mieszkać w domu.',
    },
    dagbesteding: {
      term: 'zajęcia dzienne',
      explanation:
        'Miejsce, gdzie w ciągu dnia robisz coś pożytecznego razem z innymi. Na przykład gotowanie, ogród albo rozmowa.',
    },
    'beschermd-wonen': {
      term: 'mieszkanie chronione',
      explanation:
        'Mieszkasz w domu, gdzie pomoc jest blisko. Zawsze ktoś może pomóc. To dla osób, które nie mogą mieszkać same.',
    },
    woningaanpassing: {
      term: 'przystosowanie mieszkania',
      explanation:
        'Zmiana w domu, abyś mógł w nim bezpiecznie mieszkać. Na przykład winda schodowa albo prysznic bez progu.',
    },
    hulpmiddel: {
      term: 'sprzęt pomocniczy',
      explanation:
        'Rzecz, która pomaga w codziennych sprawach. Na przykład wózek, balkonik albo podnośnik.',
    },
    bruikleen: {
      term: 'wypożyczenie',
      explanation:
        'Pożyczają Państwo rzecz i nie muszą jej kupować. Gdy nie jest już potrzebna, oddają ją Państwo.',
    },
    regiotaxi: {
      term: 'taksówka regionalna',
      explanation:
        'Taksówka dla osób, którym trudno chodzić. Czasem jedziesz z innymi. Płacisz małą kwotę za przejazd.',
    },
    mantelzorg: {
      term: 'opieka nad bliskim',
      explanation:
        'Opieka, którą dają Państwo komuś znajomemu, np. mamie, partnerowi albo sąsiadowi. Nie dostają Państwo za to pensji.',
    },
    ondersteuningsplan: {
      term: 'plan wsparcia',
      explanation:
        'Plan, w którym jest, jaką pomoc dostajesz i co robisz sam. Robisz go razem z gminą.',
    },
    ciz: {
      term: 'CIZ (centrum oceny potrzeb opieki)',
      explanation:
        'CIZ decyduje, czy ktoś dostaje opiekę z Wlz, dla osób, które zawsze potrzebują pomocy. CIZ nie należy do gminy.',
    },
    wlz: {
      term: 'Wlz (ustawa o opiece długoterminowej)',
      explanation:
        'Ustawa dla osób, które potrzebują opieki przez cały dzień, np. w domu opieki. Decyduje CIZ.',
    },
    abonnementstarief: {
      term: 'stała opłata miesięczna',
      explanation:
        'Stała kwota co miesiąc za pomoc z Wmo. Płacisz ją do CAK. Jest prawie taka sama dla wszystkich.',
    },
    'eigen-kracht': {
      term: 'własne siły',
      explanation:
        'To, co mogą Państwo zrobić sami, albo co mogą zrobić ludzie wokół Państwa. Dopiero potem gmina patrzy na pomoc.',
    },
    'gebruikelijke-hulp': {
      term: 'zwykła pomoc domowników',
      explanation:
        'Pomoc, którą osoby w jednym domu zwykle sobie dają, np. gotowanie albo pranie dla rodziny. Gmina zwykle nie pomaga w tym.',
    },
    svb: {
      term: 'SVB (Bank Ubezpieczeń Społecznych)',
      explanation:
        'SVB pracuje dla państwa. Przy pgb SVB płaci Państwa opiekunom. Wypłaca też AOW i zasiłek na dzieci.',
    },
    herindicatie: {
      term: 'ponowna ocena',
      explanation:
        'Gmina jeszcze raz sprawdza Państwa pomoc. Czy jest nadal potrzebna? Czy wystarcza? Zwykle po kilku latach.',
    },
    huisbezoek: {
      term: 'wizyta domowa',
      explanation:
        'Pracownik przychodzi do Państwa, rozmawia i widzi, jak Państwo mieszkają. Może być przy tym osoba, której Państwo ufają.',
    },
    jeugdhulp: {
      term: 'pomoc dla młodzieży',
      explanation:
        'Pomoc dla dzieci, młodzieży i rodziców. Na przykład przy wychowaniu, kłótniach albo gdy dziecko źle się czuje. Płaci gmina.',
    },
    jeugdhulpaanbieder: {
      term: 'organizacja pomocy młodzieży',
      explanation:
        'Organizacja, która pomaga dzieciom i rodzicom. Gmina ma z nią umowę. Czasem mogą Państwo wybrać.',
    },
    verwijzing: {
      term: 'skierowanie',
      explanation:
        'Dzięki skierowaniu dostają Państwo pomoc, której inaczej nie ma. Daje je lekarz rodzinny albo zespół dzielnicowy.',
    },
    jeugdteam: {
      term: 'zespół ds. młodzieży',
      explanation:
        'Pomaga rodzicom i dzieciom w sprawach dorastania i wychowania. Mogą się Państwo sami zgłosić. Pomoc jest bezpłatna.',
    },
    jeugdbescherming: {
      term: 'ochrona dzieci',
      explanation:
        'Pomoc, gdy dziecko nie jest bezpieczne w domu. Może o tym zdecydować sąd. Celem jest bezpieczne dorastanie dziecka.',
    },
    ondertoezichtstelling: {
      term: 'nadzór nad rodziną',
      explanation:
        'Sąd decyduje, że rodzina musi przyjąć pomoc. Pracownik ochrony dzieci pomaga rodzinie. Rodzice zachowują władzę.',
    },
    'raad-voor-de-kinderbescherming': {
      term: 'Rada Ochrony Dzieci',
      explanation:
        'Ten urząd bada, czy dziecko dorasta bezpiecznie. Może poprosić sąd, by pomoc była obowiązkowa.',
    },
    'veilig-thuis': {
      term: 'Veilig Thuis (telefon ws. przemocy w domu)',
      explanation:
        'Numer w sprawie przemocy w domu, także przy wątpliwościach. Numer to 0800-2000. Połączenie jest bezpłatne.',
    },
    pleegzorg: {
      term: 'rodzina zastępcza',
      explanation:
        'Dziecko mieszka przez jakiś czas w innej rodzinie, która się nim opiekuje. Rodzice często mają z nim kontakt.',
    },
    'ouderlijk-gezag': {
      term: 'władza rodzicielska',
      explanation:
        'Decydujesz o swoim dziecku: szkoła, leczenie, gdzie mieszka. Obowiązuje do 18 lat dziecka.',
    },
    leerplicht: {
      term: 'obowiązek szkolny',
      explanation:
        'Dziecko musi chodzić do szkoły do 16 lat, potem do dyplomu albo 18 lat. Gmina tego pilnuje.',
    },
    levensonderhoud: {
      term: 'koszty utrzymania',
      explanation: 'Pieniądze potrzebne do życia: jedzenie, ubranie, czynsz i energia.',
    },
    bijstandsnorm: {
      term: 'kwota zasiłku',
      explanation:
        'Kwota, którą co miesiąc dostajesz z pomocy społecznej. Zależy od wieku i od tego, z kim mieszkasz.',
    },
    kostendelersnorm: {
      term: 'zasada dzielenia kosztów',
      explanation:
        'Gdy mieszkasz z innymi dorosłymi, możecie dzielić koszty. Dlatego dostajesz mniejszy zasiłek.',
    },
    draagkracht: {
      term: 'zdolność płatnicza',
      explanation:
        'Pieniądze, które mogą Państwo sami przeznaczyć. Gmina liczy to z dochodu i oszczędności. Tę część płacą Państwo sami.',
    },
    'noodzakelijke-kosten': {
      term: 'koszty konieczne',
      explanation:
        'Koszty, których naprawdę nie da się uniknąć. Tylko na takie koszty gmina daje pomoc specjalną.',
    },
    'individuele-inkomenstoeslag': {
      term: 'indywidualny dodatek do dochodu',
      explanation:
        'Kwota od gminy raz w roku dla osób, które długo mają niski dochód. Trzeba samemu o nią wystąpić.',
    },
    tegenprestatie: {
      term: 'świadczenie wzajemne',
      explanation:
        'Pożyteczna praca, którą robisz, gdy dostajesz zasiłek. Nie dostajesz za nią pensji. Na przykład pomoc w domu sąsiedzkim.',
    },
    arbeidsverplichtingen: {
      term: 'obowiązki dotyczące pracy',
      explanation:
        'Zasady pracy przy zasiłku: szukać pracy i przyjąć pracę. Czasem są Państwo z nich zwolnieni.',
    },
    maatregel: {
      term: 'obniżenie zasiłku',
      explanation:
        'Zasiłek jest przez jakiś czas niższy, bo nie przestrzegano zasady. Najpierw mogą Państwo wyjaśnić dlaczego.',
    },
    inlichtingenplicht: {
      term: 'obowiązek informowania',
      explanation:
        'Muszą Państwo sami zgłaszać zmiany: praca, wspólne mieszkanie, przeprowadzka. Proszę zrobić to szybko.',
    },
    terugvordering: {
      term: 'żądanie zwrotu',
      explanation:
        'Gmina chce zwrotu pieniędzy, bo dostali Państwo za dużo albo bez prawa. Mogą Państwo poprosić o raty.',
    },
    verrekening: {
      term: 'potrącenie',
      explanation: 'Gmina odejmuje dług od Państwa zasiłku. Dostają Państwo wtedy mniejszą kwotę.',
    },
    voorschot: {
      term: 'zaliczka',
      explanation:
        'Pieniądze, które dostajesz wcześniej. Później liczy się prawdziwą kwotę. Jeśli dostałeś za dużo, oddajesz.',
    },
    lening: {
      term: 'pożyczka',
      explanation:
        'Pieniądze, które dostajesz i później oddajesz. Pomoc specjalna bywa pożyczką. W liście jest, ile oddajesz co miesiąc.',
    },
    woonkostentoeslag: {
      term: 'dodatek na koszty mieszkania',
      explanation:
        'Czasowe pieniądze od gminy, gdy czynsz jest za wysoki po nagłym spadku dochodu. Trzeba wtedy szukać tańszego mieszkania.',
    },
    'collectieve-zorgverzekering': {
      term: 'zbiorowe ubezpieczenie zdrowotne',
      explanation:
        'Ubezpieczenie zdrowotne, które gmina organizuje dla osób o niskim dochodzie. Obejmuje dużo opieki.',
    },
    minimaregeling: {
      term: 'pomoc dla osób o niskich dochodach',
      explanation:
        'Pomoc gminy dla osób z małymi pieniędzmi. Na przykład zniżki na sport, szkołę albo basen.',
    },
    bankafschrift: {
      term: 'wyciąg z konta',
      explanation:
        'Lista tego, co działo się na Państwa koncie. Pobierają go Państwo z aplikacji albo strony banku.',
    },
    loonstrook: {
      term: 'pasek wypłaty',
      explanation:
        'Papier od pracodawcy, który pokazuje, ile zarobiłeś. Dostajesz go co miesiąc albo co cztery tygodnie.',
    },
    'gezamenlijke-huishouding': {
      term: 'wspólne gospodarstwo domowe',
      explanation:
        'Mieszkają Państwo z kimś i troszczą się o siebie nawzajem. Gmina liczy Państwa wtedy jako parę. To zmienia zasiłek.',
    },
    uwv: {
      term: 'UWV (urząd ubezpieczeń pracowniczych)',
      explanation: 'Urząd państwowy. Płaci zasiłki w chorobie lub bez pracy i pomaga szukać pracy.',
    },
    aow: {
      term: 'AOW (emerytura państwowa)',
      explanation:
        'Pieniądze od państwa na starość, od około 67 lat. Dostajesz je, jeśli mieszkałeś lub pracowałeś w Holandii.',
    },
    'kindgebonden-budget': {
      term: 'budżet na dziecko',
      explanation:
        'Pieniądze dla rodziców o niskim lub średnim dochodzie, z Dienst Toeslagen. Na dzieci do 18 lat.',
    },
    kinderbijslag: {
      term: 'zasiłek na dziecko',
      explanation:
        'Pieniądze dla rodziców dziecka do 18 lat. SVB płaci je co trzy miesiące. Nie zależy od dochodu.',
    },
    zorgtoeslag: {
      term: 'dodatek na ubezpieczenie zdrowotne',
      explanation:
        'Pieniądze na ubezpieczenie zdrowotne, gdy zarabiasz mało. Wnioskujesz w Dienst Toeslagen.',
    },
    belastingdienst: {
      term: 'Belastingdienst (urząd skarbowy)',
      explanation:
        'Państwowy urząd podatkowy. To nie jest gmina. Jego listy zwykle przychodzą w niebieskiej kopercie.',
    },
    ozb: {
      term: 'podatek od nieruchomości (OZB)',
      explanation:
        'Podatek dla właścicieli domu lub budynku. Płacisz go gminie. Im więcej wart dom, tym więcej płacisz.',
    },
    afvalstoffenheffing: {
      term: 'opłata za śmieci',
      explanation: 'Pieniądze za wywóz śmieci. Każde gospodarstwo płaci ją gminie.',
    },
    rioolheffing: {
      term: 'opłata kanalizacyjna',
      explanation:
        'Pieniądze za kanalizację, która odprowadza brudną wodę i deszcz. Płacisz ją gminie.',
    },
    invorderingskosten: {
      term: 'koszty windykacji',
      explanation:
        'Dodatkowe koszty, gdy płacisz za późno, np. za upomnienie albo nakaz zapłaty. Dolicza się je do długu.',
    },
    belastingdeurwaarder: {
      term: 'komornik podatkowy',
      explanation:
        'Komornik, który pracuje dla gminy. Przychodzi, gdy nie płacisz podatku. Może zająć rzeczy albo pensję.',
    },
    deurwaarder: {
      term: 'komornik',
      explanation:
        'Ściąga pieniądze dla kogoś, komu są Państwo winni. Może zająć majątek. Proszę szybko się skontaktować: często można się jeszcze porozumieć.',
    },
    'automatische-incasso': {
      term: 'polecenie zapłaty',
      explanation:
        'Pieniądze są pobierane z konta automatycznie. Nie muszą Państwo płacić sami. Najpierw dają Państwo zgodę.',
    },
    vervaldatum: {
      term: 'termin płatności',
      explanation: 'Ostatni dzień na zapłatę. Jeśli zapłacisz później, mogą być dodatkowe koszty.',
    },
    beslaglegging: {
      term: 'zajęcie komornicze',
      explanation:
        'Ktoś może zabrać pensję, pieniądze albo rzeczy na spłatę długu. Może to zrobić tylko komornik. Pewna kwota zawsze Państwu zostaje.',
    },
    'beslagvrije-voet': {
      term: 'kwota wolna od zajęcia',
      explanation:
        'Część dochodu, której nikt nie może zabrać. Jest na czynsz, jedzenie i energię.',
    },
    'uitstel-van-betaling': {
      term: 'odroczenie płatności',
      explanation:
        'Mogą Państwo zapłacić później. Trzeba o to poprosić samemu, np. w czasie sprzeciwu.',
    },
    invorderingsambtenaar: {
      term: 'urzędnik windykacji',
      explanation:
        'Osoba, która ściąga podatki dla gminy. Wysyła upomnienia i może wysłać nakaz zapłaty.',
    },
    betalingsherinnering: {
      term: 'przypomnienie o płatności',
      explanation:
        'List, który mówi: jeszcze nie zapłaciłeś. Nie ma jeszcze dodatkowych kosztów. Zapłać szybko albo się skontaktuj.',
    },
    schuldeiser: {
      term: 'wierzyciel',
      explanation:
        'Ktoś, komu są Państwo winni pieniądze. Na przykład sklep, wynajmujący albo gmina.',
    },
    incassobureau: {
      term: 'firma windykacyjna',
      explanation:
        'Firma, która ściąga pieniądze dla innej firmy. Może doliczyć koszty, ale nie dowolnie.',
    },
    betalingsachterstand: {
      term: 'zaległość w płatnościach',
      explanation: 'Nie zapłaciłeś rachunku na czas. Poproś wcześnie o pomoc. To bardzo częste.',
    },
    schuldsanering: {
      term: 'oddłużenie sądowe (Wsnp)',
      explanation:
        'Procedura sądowa przy dużych długach. Przez trzy lata żyją Państwo z małych pieniędzy. Potem zwykle nie mają już Państwo długów.',
    },
    schuldregeling: {
      term: 'ugoda w sprawie długów',
      explanation:
        'Gmina zawiera umowy ze wszystkimi wierzycielami. Płacą Państwo, ile mogą. Po pewnym czasie reszta długu znika.',
    },
    bewindvoering: {
      term: 'zarząd ochronny',
      explanation:
        'Ktoś inny zarządza Twoimi pieniędzmi: zarządca (bewindvoerder). Płaci rachunki. Sąd decyduje, czy to potrzebne.',
    },
    budgetbeheer: {
      term: 'zarządzanie budżetem',
      explanation:
        'Ktoś pomaga Państwu płacić. Pieniądze trafiają najpierw na osobne konto. Najpierw płaci się czynsz i stałe koszty.',
    },
    vonnis: {
      term: 'wyrok',
      explanation:
        'Decyzja sędziego. Muszą Państwo zrobić to, co w nim jest. Czasem można się odwołać.',
    },
    vroegsignalering: {
      term: 'wczesne ostrzeganie',
      explanation:
        'Gmina dowiaduje się, że nie zapłacili Państwo rachunku, np. czynszu albo energii. Ktoś się z Państwem kontaktuje, by pomóc.',
    },
    huurachterstand: {
      term: 'zaległy czynsz',
      explanation:
        'Nie zapłaciłeś całego czynszu. Skontaktuj się szybko z wynajmującym. Razem możecie ustalić spłatę.',
    },
    ontruiming: {
      term: 'eksmisja',
      explanation:
        'Muszą Państwo opuścić mieszkanie. Może to zarządzić tylko sąd. Proszę od razu poprosić o pomoc, jeśli przyjdzie pismo w tej sprawie.',
    },
    woningcorporatie: {
      term: 'spółdzielnia mieszkaniowa',
      explanation:
        'Organizacja, która wynajmuje mieszkania osobom z małymi pieniędzmi. Często jest Państwa wynajmującym.',
    },
    huurcontract: {
      term: 'umowa najmu',
      explanation:
        'Ustalenia o wynajmowanym mieszkaniu, np. wysokość czynszu. Podpisują ją Państwo i wynajmujący.',
    },
    huurverhoging: {
      term: 'podwyżka czynszu',
      explanation:
        'Czynsz rośnie. Wynajmujący wysyła pismo. Jeśli Państwo się nie zgadzają, mogą Państwo złożyć sprzeciw.',
    },
    verhuurder: {
      term: 'wynajmujący',
      explanation:
        'Właściciel mieszkania, które wynajmujesz. Płacisz mu czynsz, np. spółdzielni mieszkaniowej.',
    },
    urgentie: {
      term: 'zaświadczenie o pilności',
      explanation:
        'Dzięki niemu szybciej dostajesz mieszkanie. Potrzebny jest bardzo poważny powód. Decyduje gmina.',
    },
    brp: {
      term: 'BRP (rejestr mieszkańców)',
      explanation:
        'Lista gminy, kto gdzie mieszka. Jeśli dane są dobre, dostajesz pocztę i dodatki.',
    },
    'kale-huur': {
      term: 'czynsz podstawowy',
      explanation:
        'Czynsz bez dodatków, takich jak opłaty za usługi, gaz czy prąd. Dodatek mieszkaniowy liczy się od czynszu podstawowego.',
    },
    besluit: {
      term: 'decyzja',
      explanation:
        'Decyzja gminy w Państwa sprawie, w piśmie. Jeśli Państwo się nie zgadzają, mogą Państwo złożyć sprzeciw.',
    },
    'beslissing-op-bezwaar': {
      term: 'decyzja w sprawie sprzeciwu',
      explanation:
        'Odpowiedź gminy na Państwa sprzeciw. Jeśli Państwo się nie zgadzają, mogą Państwo iść do sądu. To się nazywa odwołanie.',
    },
    bezwaarcommissie: {
      term: 'komisja ds. sprzeciwów',
      explanation:
        'Słucha Państwa i gminy, potem doradza w sprawie sprzeciwu. Jej członkowie nie pracują w wydziale, który zdecydował.',
    },
    rechtbank: {
      term: 'sąd',
      explanation:
        'Tam pracuje sędzia. Przy odwołaniu sędzia sprawdza, czy decyzja jest dobra. Mogą Państwo sami opowiedzieć swoją sprawę.',
    },
    'centrale-raad-van-beroep': {
      term: 'Centralny Sąd Apelacyjny',
      explanation: 'Wysoki sąd w sprawach zasiłków i opieki. To ostatni krok.',
    },
    'hoger-beroep': {
      term: 'apelacja',
      explanation:
        'Krok po wyroku sądu. Wyższy sąd patrzy jeszcze raz. Zwykle w ciągu sześciu tygodni.',
    },
    griffierecht: {
      term: 'opłata sądowa',
      explanation:
        'Pieniądze, które płacisz, idąc do sądu. Jeśli wygrasz, dostajesz je z powrotem.',
    },
    ombudsman: {
      term: 'rzecznik praw (ombudsman)',
      explanation: 'Pomaga, gdy mają Państwo skargę na urząd. Słucha obu stron. Jest bezpłatny.',
    },
    klacht: {
      term: 'skarga',
      explanation:
        'Skarga dotyczy tego, jak gmina Państwa potraktowała, np. niemiły pracownik. To nie to samo co sprzeciw.',
    },
    awb: {
      term: 'Awb (ogólna ustawa o prawie administracyjnym)',
      explanation: 'Ustawa z zasadami dla urzędów. Mówi też, jak złożyć sprzeciw i odwołanie.',
    },
    ingebrekestelling: {
      term: 'wezwanie do działania',
      explanation:
        'Mówią Państwo gminie, że spóźnia się z decyzją. Po dwóch tygodniach musi Państwu płacić, jeśli nadal nie zdecydowała.',
    },
    beslistermijn: {
      term: 'termin na decyzję',
      explanation: 'Czas, jaki gmina ma na decyzję, zwykle osiem tygodni. W liście jest, ile.',
    },
    college: {
      term: 'zarząd gminy (burmistrz i radni)',
      explanation:
        'Burmistrz i członkowie zarządu kierują gminą i podejmują decyzje. Sprzeciw często wysyłasz do nich.',
    },
    rechtsbijstand: {
      term: 'pomoc prawna',
      explanation:
        'Pomoc adwokata. Jeśli mają Państwo mało pieniędzy, państwo płaci dużą część. Więcej powie Juridisch Loket.',
    },
    'juridisch-loket': {
      term: 'Juridisch Loket (bezpłatna porada prawna)',
      explanation:
        'Bezpłatne porady o Państwa prawach, np. o decyzji, długach albo czynszu. Mogą Państwo zadzwonić albo przyjść.',
    },
    'pro-forma-bezwaar': {
      term: 'sprzeciw pro forma',
      explanation:
        'Krótki sprzeciw, żeby zdążyć w terminie. Piszesz tylko: nie zgadzam się. Powody wysyłasz później.',
    },
    ontvankelijk: {
      term: 'niedopuszczalny',
      explanation:
        'Gmina nie rozpatruje Państwa sprzeciwu, np. bo był za późno albo brakowało podpisu.',
    },
    'niet-in-behandeling': {
      term: 'nierozpatrzony',
      explanation:
        'Gmina nie rozpatruje wniosku, bo czegoś brakowało, np. dokumentów. Mogą Państwo złożyć wniosek ponownie.',
    },
    hersteltermijn: {
      term: 'termin na uzupełnienie',
      explanation: 'Czas na dosłanie tego, czego brakowało, np. dokumentów. Zrób to w tym czasie.',
    },
    intrekking: {
      term: 'cofnięcie',
      explanation: 'Gmina kończy decyzję, np. zasiłek albo pomoc. Potem już jej nie dostajesz.',
    },
    'algemene-termijnenwet': {
      term: 'ustawa o terminach',
      explanation:
        'Termin nigdy nie kończy się w weekend ani w święto. Mają Państwo wtedy także następny dzień roboczy.',
    },
    kenmerk: {
      term: 'numer sprawy',
      explanation:
        'Numer na górze pisma. Proszę go podać, gdy Państwo dzwonią lub piszą, by szybko znaleźć Państwa pismo.',
    },
    identiteitsbewijs: {
      term: 'dokument tożsamości',
      explanation:
        'Dokument, który pokazuje, kim Państwo są: paszport, dowód osobisty albo dokument pobytowy. Proszę zabrać go na wizyty.',
    },
  },
};
