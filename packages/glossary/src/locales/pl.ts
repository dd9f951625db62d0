import type { GlossaryLocale } from '../types.js';

export const glossary: GlossaryLocale = {
  locale: 'pl',
  reviewed: false,
  terms: {
    beschikking: {
      term: 'decyzja urzędowa',
      explanation:
        'List z decyzją gminy. Jest w nim napisane, co dostaniesz, a czego nie. Nie zgadzasz się? Możesz złożyć sprzeciw (bezwaar).',
    },
    bezwaar: {
      term: 'sprzeciw',
      explanation:
        'Sprzeciwem mówisz: nie zgadzam się z tą decyzją. Piszesz list do gminy. Zrób to w ciągu 6 tygodni od daty listu.',
    },
    beroep: {
      term: 'odwołanie do sądu',
      explanation:
        'To krok po sprzeciwie. Prosisz sędziego, żeby sprawdził decyzję. Zwykle masz na to 6 tygodni od decyzji w sprawie sprzeciwu.',
    },
    aanvraag: {
      term: 'wniosek',
      explanation:
        'Prosisz gminę o pomoc lub pieniądze. Często wypełniasz formularz. Na przykład wniosek o zasiłek socjalny.',
    },
    dagtekening: {
      term: 'data listu',
      explanation: 'Data na górze listu. Od tej daty liczy się czas, który masz na odpowiedź.',
    },
    wmo: {
      term: 'ustawa o wsparciu społecznym',
      explanation:
        'Dzięki tej ustawie gmina pomaga ci dalej samodzielnie mieszkać w domu. Na przykład pomoc w domu, wózek inwalidzki lub winda schodowa.',
    },
    participatiewet: {
      term: 'ustawa o partycypacji',
      explanation:
        'Ustawa o pracy i pieniądzach. Nie masz dość pieniędzy na życie? Możesz dostać zasiłek socjalny. Gmina pomaga też znaleźć pracę.',
    },
    jeugdwet: {
      term: 'ustawa o młodzieży',
      explanation:
        'Ustawa o pomocy dla dzieci i młodzieży do 18 lat. Tę pomoc organizuje gmina. Na przykład pomoc w wychowaniu lub przy problemach w domu.',
    },
    'eigen-bijdrage': {
      term: 'wkład własny',
      explanation:
        'Pieniądze, które sam płacisz za pomoc lub opiekę. Za pomoc z Wmo płacisz je do CAK. Często jest to stała kwota.',
    },
    cak: {
      term: 'CAK (państwowe biuro płatności)',
      explanation:
        'Instytucja państwowa. Wysyła ci rachunek za wkład własny. Na przykład za pomoc z Wmo.',
    },
    pgb: {
      term: 'budżet osobisty na opiekę',
      explanation:
        'Pieniądze na opiekę lub pomoc. Sam organizujesz i opłacasz pomoc. Sam wybierasz, kto ci pomaga.',
    },
    'zorg-in-natura': {
      term: 'opieka organizowana przez gminę',
      explanation:
        'Gmina organizuje i opłaca twoją opiekę. Pomoc daje organizacja, która współpracuje z gminą. Nie dostajesz pieniędzy do ręki.',
    },
    indicatie: {
      term: 'ocena potrzeb opieki',
      explanation:
        'Decyzja o tym, ile opieki lub pomocy potrzebujesz. Jest w niej też napisane, jak długo dostaniesz tę pomoc.',
    },
    keukentafelgesprek: {
      term: 'rozmowa przy kuchennym stole',
      explanation:
        'Rozmowa z pracownikiem gminy o twojej sytuacji i pomocy, której potrzebujesz. Często odbywa się u ciebie w domu. Możesz zaprosić kogoś do towarzystwa.',
    },
    clientondersteuner: {
      term: 'niezależny doradca klienta',
      explanation:
        'Osoba, która pomaga ci, gdy prosisz gminę o pomoc. Ta osoba nie decyduje o twojej pomocy. Pomoc jest bezpłatna. Może pójść z tobą na rozmowę.',
    },
    machtiging: {
      term: 'upoważnienie',
      explanation:
        'Pozwalasz innej osobie załatwiać sprawy za ciebie. Na przykład synowi lub córce. Możesz to zrobić też przez DigiD.',
    },
    digid: {
      term: 'DigiD (login do urzędów)',
      explanation:
        'Przez DigiD logujesz się na strony urzędów. Pokazuje, kim jesteś. Nigdy nie dawaj swojego DigiD innej osobie.',
    },
    bsn: {
      term: 'numer obywatelski',
      explanation:
        'Twój osobisty numer w urzędach. Znajdziesz go w paszporcie lub dowodzie osobistym. Podawaj go tylko instytucjom, którym ufasz.',
    },
    toeslag: {
      term: 'dodatek',
      explanation:
        'Pieniądze od państwa na stałe koszty. Na przykład dodatek na ubezpieczenie zdrowotne, czynsz lub opiekę nad dziećmi. Wniosek składasz w Dienst Toeslagen.',
    },
    aanmaning: {
      term: 'upomnienie',
      explanation:
        'List, że musisz jeszcze zapłacić. Zapłaciłeś za późno lub wcale. Zapłać szybko, bo inaczej dojdą koszty.',
    },
    dwangbevel: {
      term: 'nakaz zapłaty (egzekucja)',
      explanation:
        'Urzędowy nakaz zapłaty. Dostajesz go, gdy po upomnieniu nadal nie zapłaciłeś. Dochodzą wysokie koszty. Szybko poproś o pomoc.',
    },
    invordering: {
      term: 'ściąganie długu',
      explanation:
        'Gmina ściąga pieniądze, które jesteś winien. Dzieje się tak, gdy nie płacisz na czas.',
    },
    kwijtschelding: {
      term: 'umorzenie podatku',
      explanation:
        'Nie musisz płacić podatku. Jest to możliwe, gdy masz niski dochód i mało oszczędności. Musisz sam złożyć wniosek.',
    },
    betalingsregeling: {
      term: 'plan spłaty w ratach',
      explanation:
        'Płacisz kwotę w częściach. Na przykład małą część co miesiąc. Ustalasz to z instytucją, której jesteś winien pieniądze.',
    },
    bijstand: {
      term: 'zasiłek socjalny',
      explanation:
        'Pieniądze od gminy na życie. Dostajesz je, gdy nie masz dość dochodu ani oszczędności. Są zasady, na przykład szukanie pracy.',
    },
    'bijzondere-bijstand': {
      term: 'zasiłek specjalny',
      explanation:
        'Dodatkowe pieniądze od gminy na koszty, których nie możesz zapłacić. Na przykład nowa pralka lub okulary.',
    },
    uitkering: {
      term: 'świadczenie',
      explanation:
        'Pieniądze od państwa, które dostajesz co miesiąc. Na przykład gdy nie masz pracy lub jesteś chory. Zasiłek socjalny i emerytura państwowa (AOW) to też świadczenia.',
    },
    inkomen: {
      term: 'dochód',
      explanation:
        'Pieniądze, które dostajesz co miesiąc. Na przykład pensja, świadczenie lub emerytura.',
    },
    vermogen: {
      term: 'majątek',
      explanation:
        'To, co posiadasz: oszczędności, samochód lub dom. Odejmuje się od tego twoje długi. Przy zasiłku socjalnym majątek nie może być za duży.',
    },
    zorgverzekering: {
      term: 'ubezpieczenie zdrowotne',
      explanation:
        'Płaci za lekarza, szpital i leki. Każdy, kto mieszka lub pracuje w Holandii, musi je mieć. Płacisz za nie co miesiąc.',
    },
    huurtoeslag: {
      term: 'dodatek mieszkaniowy',
      explanation:
        'Pieniądze od państwa, gdy twój czynsz jest wysoki, a dochód niski. Dostajesz je co miesiąc. Wniosek składasz w Dienst Toeslagen.',
    },
    schuldhulpverlening: {
      term: 'pomoc w długach',
      explanation:
        'Gmina pomaga ci zrobić przegląd długów i zawrzeć umowy. Pomoc jest bezpłatna. Poproś o nią na czas.',
    },
    woz: {
      term: 'urzędowa wartość domu',
      explanation:
        'Wartość twojego domu według gminy. Jest ustalana co roku. Liczy się do podatków, a czasem do czynszu.',
    },
    'gemeentelijke-belastingen': {
      term: 'podatki gminne',
      explanation:
        'Podatki, które płacisz gminie. Na przykład za wywóz śmieci i kanalizację. Masz własny dom? Płacisz też za niego.',
    },
    aanslag: {
      term: 'decyzja podatkowa (rachunek)',
      explanation:
        'List, w którym jest napisane, ile podatku musisz zapłacić. Jest też napisane, kiedy musisz zapłacić.',
    },
    termijn: {
      term: 'termin / rata',
      explanation:
        'Czas, w którym musisz coś zrobić. Na przykład: odpowiedz w ciągu 6 tygodni. Może to też być jedna rata płatności.',
    },
    bewijsstukken: {
      term: 'dokumenty potwierdzające',
      explanation:
        'Papiery, które pokazują, że coś jest prawdą. Na przykład paski wypłaty, wyciągi z banku lub umowa najmu. Wysyłaj kopie, nie oryginały.',
    },
    handtekening: {
      term: 'podpis',
      explanation:
        'Twoje imię i nazwisko napisane ręcznie. W ten sposób mówisz, że się zgadzasz. Podpisuj tylko wtedy, gdy wszystko rozumiesz.',
    },
    ondertekening: {
      term: 'podpisanie',
      explanation:
        'Złożenie podpisu pod listem lub formularzem. Bez podpisu formularz często nie jest ważny.',
    },
    gemachtigde: {
      term: 'pełnomocnik',
      explanation:
        'Osoba, która może załatwiać sprawy za ciebie. Dałeś jej na to zgodę. Na przykład ktoś z rodziny lub doradca klienta.',
    },
    verklaring: {
      term: 'oświadczenie',
      explanation:
        'Papier, w którym ktoś oficjalnie mówi, że coś jest prawdą. Na przykład, że mieszkasz pod danym adresem. Czasem musisz wypełnić i podpisać oświadczenie.',
    },
    afwijzing: {
      term: 'odmowa',
      explanation:
        'Nie dostajesz tego, o co prosiłeś. W liście jest napisane dlaczego. Nie zgadzasz się? Możesz złożyć sprzeciw (bezwaar).',
    },
    toekenning: {
      term: 'przyznanie',
      explanation:
        'Dostajesz to, o co prosiłeś. W liście jest napisane, co dostaniesz i na jak długo.',
    },
    herziening: {
      term: 'zmiana decyzji',
      explanation:
        'Gmina zmienia wcześniejszą decyzję. Na przykład dlatego, że zmieniła się twoja sytuacja. Czasem musisz wtedy oddać pieniądze.',
    },
    hoorzitting: {
      term: 'posiedzenie wyjaśniające (wysłuchanie)',
      explanation:
        'Spotkanie w sprawie twojego sprzeciwu. Wyjaśniasz, dlaczego się nie zgadzasz. Możesz przyjść z kimś, na przykład z doradcą klienta.',
    },
    'voorlopige-voorziening': {
      term: 'tymczasowe zarządzenie sądu',
      explanation:
        'Szybka, tymczasowa decyzja sędziego. Prosisz o nią, gdy nie możesz czekać. Na przykład dlatego, że inaczej nie będziesz mieć pieniędzy.',
    },
    wijkteam: {
      term: 'zespół dzielnicowy',
      explanation:
        'Grupa ludzi w twojej okolicy, którzy pomagają. Możesz przyjść z pytaniami o opiekę, pieniądze, wychowanie lub mieszkanie. Pomoc jest bezpłatna.',
    },
    sleutelpersoon: {
      term: 'osoba łącznikowa ze społeczności',
      explanation:
        'Ktoś z twojej społeczności, kto ci pomaga. Ta osoba często mówi w twoim języku. Wyjaśnia, jak wszystko działa.',
    },
    zorgaanbieder: {
      term: 'świadczeniodawca opieki',
      explanation:
        'Organizacja lub osoba, która daje opiekę lub pomoc. Na przykład firma opieki domowej lub pomoc domowa.',
    },
  },
};
