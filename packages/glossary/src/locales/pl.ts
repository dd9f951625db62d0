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
  },
};
