
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019826cefa8c408b': str`Maalintii ugu dambeysay waxay ahayd ${0}. Way dhaaftay. Caawimaad weydiiso sida ugu dhakhsaha badan.`,
's03028d0ceb180d15': str`Digniin: ugu dambeyn ${0}. Maalmaha haray: ${1}.`,
's08dc14d12c9cc8cd': str`Waa maalin fasax: ${0}.`,
's0d7ec0bb6fc36bee': `Daabac`,
's11286e522368c6ef': `Yaa i caawin kara?`,
's16343619b0e5e224': `Wac`,
's1ce558da628698e6': `Waa maxay warqaddani?`,
's1e74401112550227': str`Ugu dambeyn ${0}. Maalmaha haray: ${1}.`,
's2199b0b63a6995b9': `Ku dar jadwalkayga`,
's2480a46cb4f5fd99': str`Sharaxaad ${0}`,
's47f394e3aeb755d6': `Turjumaaddan waxaa lagu sameeyay caawimaad kombiyuutar, weli lama hubin.`,
's4bc58734db8593ac': `Sharaxaadda warqaddan`,
's62e92bcfa7534aa1': str`Sida warqadda ku qoran, maalinta ugu dambaysa waa ${0}.`,
's640c59f1f68bf44f': `Hel caawimaad ku hadasha luqaddaada`,
's68c3f8ae6c480487': `Waa maalin Axad.`,
's6bc89a5f0222eed8': `Warqadda waxaa ku qoran:`,
's6f3c3b9119a54d6f': `sharaxaad`,
's70e77423975ca77c': `Waa maalin Sabti.`,
's7aeba4292aa0f18a': `Maxaa ku qoran warqadda?`,
's8e1720efba8acc56': `Markaas sharcigu wuxuu kuu ogolyahay maalinta shaqo ee xigta. Taariikhdaas hoose ayaad ku arkaysaa.`,
's91a8e8eeadc9bac3': `Maxaan sameeyaa?`,
's960deaf929958150': `Maxaa dhacaya haddaan waxba samayn?`,
's9d449f3d433a03a0': str`Akhri: ${0}`,
's9f751dcdf3c39989': `Waqtiga ugu dambeeya ee warqaddaada`,
'sb82354f9623eed21': `Akhri warqadda`,
'sbcf6e83c64ca8868': str`Maanta waa maalinta ugu dambeysa: ${0}.`,
'sc054de5383af5756': `Xir sharaxaadda`,
'sdda0e7e4f617703f': `Liiska ereyada`,
'se362efbef932ce08': `Ilaa goorma?`,
'se8eeb48c8dc15577': `Taariikhdani sax maaha. Dooro taariikhda ku qoran korka warqaddaada.`,
'seb85fe6f6a0ba89f': `Dhammaan sharaxaadaha si isku xigta`,
'sed11670cc8ded060': `Akhri jawaabaha`,
'sed46ba5db5d587d4': str`Akhri sharaxaadda ${0}`,
'sf67c41154a23c3cb': `Taariikhdee ayaa ku qoran warqaddaada?`,
'sfa91f385552c29ef': `Taariikhdani waxay ku jirtaa taleefankaaga ama kombiyuutarkaaga. Meelna uma dirno.`,
    };
  