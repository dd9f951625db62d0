
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's02a8df7b964b82cf': `Osoba łącznikowa`,
's0a9f313073d502a4': `Mogą Państwo też zawsze zadzwonić na ogólną infolinię:`,
's0b3dff47e9471a25': `Szukaj po nazwie, miejscu lub słowie`,
's10f54f330ca20b12': `zamknięte`,
's12d9b7459c085568': `To nie jest kod pocztowy. Wpisz 4 cyfry albo 4 cyfry i 2 litery.`,
's16343619b0e5e224': `Zadzwoń`,
's1b29e445b918601e': `Pomaga w:`,
's23b5dce5aa197093': str`Pokaż więcej (zostało ${0})`,
's259eb75f54a3de58': str`Otwiera się dziś o ${0}`,
's25bb0e3f00768c7f': `Opieka i wsparcie`,
's260d7d07f64fc219': str`Teraz otwarte, do ${0}`,
's2a3db5653576df5b': `Szukaj bez kodu pocztowego`,
's2ec162cbaff729e0': `Wszystko`,
's31639529cea5a624': `Tylko otwarte teraz`,
's376207f6c1532f6e': `W czym potrzebują Państwo pomocy?`,
's3ad75ab428b2a6cd': `Poufnie: nic nie przekaże bez Państwa zgody`,
's3c527b18d3757033': `Mogą się Państwo umówić na wizytę`,
's3e4a0c54966a70f8': `Państwa kod pocztowy`,
's483fb9bf5c9d4513': `W jakim języku Państwo mówią?`,
's487d286fd47ddb48': `Zespół dzielnicowy`,
's4d467509e561e666': `Mogą Państwo przyjść bez umawiania się`,
's5fefe2f2269fdeb6': `Szukaj we wszystkich tematach`,
's6080fb7e94b0c0cd': `Infolinia`,
's6211fb59477e9a48': `Szukaj bez słowa`,
's6755152040742aa4': `Niezależny: nie pracuje dla gminy`,
's6bed99241e160900': `Dziś zamknięte (święto)`,
's747afac51dd33430': `Mieszkanie`,
's81098677851f6dea': `Znajdź osobę kontaktową`,
's82665b2ffabc9c0a': `Strona`,
's85c34e236ba33111': `Listy i formularze`,
's860d73ddb4acf5db': `Nikogo nie znaleziono.`,
's86c1471c0dc59fba': `Samotność`,
's8e7258c871aaa410': `E-mail`,
's965d56a3eecb8a27': `Szukaj we wszystkich językach`,
's9b15d9b42cadc376': `Pieniądze i długi`,
's9c0287cdddf1a7e4': `Ładowanie kontaktów…`,
'sa0b3a985c21f61c9': `Bezpłatnie`,
'sa239b76271c0e9c2': `Zobacz na mapie (OpenStreetMap)`,
'sa6e756da3ec01e41': `Wolontariusz`,
'sa88e92c75e4e4090': `Także zamknięte teraz`,
'sb1f85940495fb732': `Praca i dochód`,
'sbc6738e551e91bde': `Doradca klienta`,
'sbf13008451f2ad1e': `Zapisz jako kontakt w telefonie`,
'sc0510edcded9112a': `Zdrowie`,
'sc2d551e93fd8bed4': `Dziś zamknięte`,
'sd09bce3c04906b6d': `Na przykład 1234 lub 1234 AB. Kod zostaje na Państwa urządzeniu.`,
'se2c4ddee97f119f9': `Wszystkie języki`,
'se36b396c5220b2fa': `Młodzież i rodzina`,
'se6e495dd327b97c2': `Godziny otwarcia`,
'sf5e17fc2d9d50d0d': `Mówi:`,
'sf8cda3036d6bcf41': str`Znaleziono: ${0}`,
    };
  