
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019826cefa8c408b': str`Ostatni dzień to był ${0}. Ten termin minął. Jak najszybciej poproś o pomoc.`,
's03028d0ceb180d15': str`Uwaga: najpóźniej ${0}. Pozostało dni: ${1}.`,
's08c760e364c21e69': str`Proszę wysłać sprzeciw na czas: najpóźniej ${0}.`,
's08dc14d12c9cc8cd': str`To jest święto: ${0}.`,
's0d7ec0bb6fc36bee': `Drukuj`,
's11286e522368c6ef': `Kto może mi pomóc?`,
's16343619b0e5e224': `Zadzwoń`,
's1745a691c21878db': `Dlaczego nie zgadzają się Państwo z decyzją.`,
's1ce558da628698e6': `Co to za list?`,
's1daa645070de133f': `Proszę teraz znaleźć kogoś, kto Państwu pomoże`,
's1e74401112550227': str`Najpóźniej ${0}. Pozostało dni: ${1}.`,
's2199b0b63a6995b9': `Dodaj do kalendarza`,
's2480a46cb4f5fd99': str`Wyjaśnienie ${0}`,
's3c310daaed0bd6e8': `Doradca klienta może bezpłatnie pomóc Państwu napisać sprzeciw.`,
's47f394e3aeb755d6': `To tłumaczenie zrobiono przy pomocy komputera i nie zostało jeszcze sprawdzone.`,
's4bc58734db8593ac': `Wyjaśnienie tego listu`,
's58f723a19a4ad62d': `Doradca klienta lub osoba łącznikowa pomoże Państwu bezpłatnie. Może też zadzwonić do gminy.`,
's62e92bcfa7534aa1': str`Według listu ostatni dzień to ${0}.`,
's640c59f1f68bf44f': `Pomoc w Państwa języku`,
's68c3f8ae6c480487': `To jest niedziela.`,
's6bc89a5f0222eed8': `W liście jest napisane:`,
's6f3c3b9119a54d6f': `wyjaśnienie`,
's70e77423975ca77c': `To jest sobota.`,
's7aeba4292aa0f18a': `Co jest w liście?`,
's8b1e3b3bf286af94': `Sprzeciw czasem można złożyć jeszcze po terminie. Proszę wtedy napisać w sprzeciwie, dlaczego jest on złożony za późno.`,
's8e1720efba8acc56': `Wtedy prawo pozwala zrobić to także w następny dzień roboczy. Tę datę widzisz poniżej.`,
's8f9aa483a498ceae': `Proszę wysłać sprzeciw na czas: w terminie podanym w piśmie.`,
's90708c469fc36dca': `Co musi zawierać Państwa sprzeciw?`,
's91a8e8eeadc9bac3': `Co muszę zrobić?`,
's960deaf929958150': `Co się stanie, jeśli nic nie zrobię?`,
's978ec6df82cd0b23': `Za późno? Proszę teraz poprosić o pomoc. Często jeszcze coś można zrobić.`,
's9d449f3d433a03a0': str`Przeczytaj na głos: ${0}`,
's9e3fc04a8e1c4a0f': `Podpis.`,
's9f751dcdf3c39989': `Termin dla Państwa pisma`,
's9f8923118d736b1f': `Jakiej decyzji dotyczy: data i znak sprawy (kenmerk) z pisma.`,
'sa22cf4a440f08ba9': `Zadzwoń teraz`,
'sb82354f9623eed21': `Przeczytaj list na głos`,
'sbcf6e83c64ca8868': str`Dziś jest ostatni dzień: ${0}.`,
'sc054de5383af5756': `Zamknij wyjaśnienie`,
'sca6ffa4aee72dabc': `Imię, nazwisko i adres.`,
'sdda0e7e4f617703f': `Słowniczek`,
'sde532ab9e77fc6c0': `Dzisiejsza data.`,
'se362efbef932ce08': `Do kiedy?`,
'se8eeb48c8dc15577': `Ta data jest niepoprawna. Wybierz datę z góry listu.`,
'seb85fe6f6a0ba89f': `Wszystkie wyjaśnienia po kolei`,
'sed11670cc8ded060': `Przeczytaj odpowiedzi na głos`,
'sed46ba5db5d587d4': str`Przeczytaj wyjaśnienie ${0} na głos`,
'sf67c41154a23c3cb': `Jaka data jest na Państwa piśmie?`,
'sfa91f385552c29ef': `Ta data zostaje na Państwa telefonie lub komputerze. Nigdzie jej nie wysyłamy.`,
    };
  