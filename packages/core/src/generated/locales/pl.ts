
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`Czytanie na głos w języku ${0} nie jest możliwe: to urządzenie nie ma głosu dla tego języka.`,
's03bf37fb08f24ceb': `Język`,
's2191060fc50c6b05': `Osoba łącznikowa może go Państwu wyjaśnić w Państwa języku.`,
's47f394e3aeb755d6': `To tłumaczenie zrobiono przy pomocy komputera i nie zostało jeszcze sprawdzone.`,
's6125ee6286a63013': `Szybkość`,
's61d3d3b6bfe08b14': `Przeczytaj na głos`,
's9726935356e89c26': `Tych informacji nie można teraz wyświetlić. Spróbuj ponownie później albo skontaktuj się z gminą.`,
'sa7d16cbe561cbbe7': `Wstrzymaj`,
'sad2f2e15bf0620c2': str`Ten tekst nie jest jeszcze dostępny w języku: ${0}.`,
'sb1b6c6ab9cd7a357': `Czytaj dalej`,
'sccfcfc418487a90a': str`Ten film nie jest jeszcze dostępny w języku: ${0}.`,
'sd9ad53251f2330a5': `Zatrzymaj`,
'sdeb6c562d6fba1d8': str`Możliwe w: ${0}.`,
'se5a4052dabe00798': `Znajdź osobę łącznikową`,
'sf2e557892455534b': `Komunikat dla redaktora`,
    };
  