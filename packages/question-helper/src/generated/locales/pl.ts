
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's011b941f8e756b96': `Państwa wybory zostały usunięte.`,
's0555b26834e8aca7': `Państwa karta z pytaniem`,
's085da53e322ab435': `Kopiowanie nie powiodło się. Proszę użyć przycisku WhatsApp lub zrobić zdjęcie karty.`,
's0b19e2675c4e9b30': `Zacznij od nowa`,
's0d7ec0bb6fc36bee': `Drukuj`,
's119448dc5dfd9109': `Udostępnij`,
's2545518074d06ce0': `Jakiej pomocy Państwo potrzebują?`,
's278f0d9665914476': `Czy wolą Państwo, aby doradcą klienta był mężczyzna czy kobieta?`,
's2898ae4c59abe18c': `Udostępnianie nie jest możliwe na tym urządzeniu. Tekst został skopiowany: proszę wkleić go do wiadomości.`,
's3c9facf60fbc41e6': `Skopiowano. Proszę wkleić tekst do wiadomości.`,
's3cd63d51711fc6a7': `Chwileczkę, pytania się wczytują…`,
's40c74194a7d1aea2': str`Krok ${0} z ${1}`,
's470ffe2dfe7526e6': `Pokaż na pełnym ekranie`,
's501726e55811af2d': `Udostępniono.`,
's61d3d3b6bfe08b14': `Przeczytaj na głos`,
's650d691ad17b2027': `Jak mamy się z Państwem kontaktować?`,
's74fd5c4a8297cab0': `Jaka data? (jeśli Państwo wiedzą)`,
's7ad8bf0c724dc7a8': `To nie jest tłumaczone. Doradca klienta może zlecić tłumaczenie.`,
's7f80216e226875ef': `W jakim języku potrzebują Państwo pomocy?`,
's9627f461296c550a': `Kopiuj`,
's9726935356e89c26': `Tych informacji nie można teraz wyświetlić. Spróbuj ponownie później albo skontaktuj się z gminą.`,
's9763ef831c19bdc5': `Dalej`,
's98f290d9af37d259': `Znajdź kogoś, kto może pomóc`,
'sa3bb06518dd97e65': `Moja prośba o pomoc`,
'sa7c0ac702d870d41': `Utwórz moją kartę z pytaniem`,
'sb0f37a64f7860350': `Proszę wybrać zdania, które pasują. Można też nie wybrać żadnego.`,
'sbbe9d9717006976c': `Wyślij przez WhatsApp`,
'sbd72d0b0e6f9ada1': `Czego to dotyczy?`,
'sc59a5e56f997d9c3': `Lista kontaktów pokazuje teraz, kto może Państwu pomóc.`,
'sd47f78aeb95f4ad8': `Wstecz`,
'sd667ab8c66e9c7d9': `Najpierw proszę wybrać co najmniej jeden temat.`,
'sd8f227ee8420a9ee': `Proszę dotknąć tego, co pasuje. Można wybrać więcej niż jedno.`,
'sd9d9b449677f2578': `Chcą Państwo powiedzieć to sami? W swoim języku (można zostawić puste)`,
'sddb85b4faa27a49d': `Proszę pokazać tę kartę doradcy klienta lub ją udostępnić. Karta jest po niderlandzku i w Państwa języku.`,
'se15c615b42852088': `Zapamiętaj moje wybory w tym telefonie`,
'se166e21cbbe851ec': `Co pasuje do Państwa sytuacji?`,
'se3a426713cb46217': `Czy coś musi się wydarzyć przed określoną datą?`,
'se44f17721c6bbcc8': `To, co tu Państwo wybiorą, zostaje w telefonie. Nikt tego nie zobaczy, chyba że sami Państwo to udostępnią.`,
'se5cff7cf3c750158': `Czy chcą Państwo tłumacza, czy kogoś z własnej społeczności?`,
'sf30c9b899712e426': `Zamknij pełny ekran`,
'sf9f4e1cdef0eef82': `Usuń moje wybory z tego telefonu`,
    };
  