
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019826cefa8c408b': str`Maalintii ugu dambeysay waxay ahayd ${0}. Way dhaaftay. Caawimaad weydiiso sida ugu dhakhsaha badan.`,
's03028d0ceb180d15': str`Digniin: ugu dambeyn ${0}. Maalmaha haray: ${1}.`,
's08c760e364c21e69': str`Diidmadaada waqtigeeda dir: ugu dambayn ${0}.`,
's08dc14d12c9cc8cd': str`Waa maalin fasax: ${0}.`,
's0d7ec0bb6fc36bee': `Daabac`,
's11286e522368c6ef': `Yaa i caawin kara?`,
's16343619b0e5e224': `Wac`,
's1745a691c21878db': `Sababta aadan ugu raacsanayn go'aanka.`,
's1ce558da628698e6': `Waa maxay warqaddani?`,
's1daa645070de133f': `Hadda hel qof ku caawiya`,
's1e74401112550227': str`Ugu dambeyn ${0}. Maalmaha haray: ${1}.`,
's2199b0b63a6995b9': `Ku dar jadwalkayga`,
's2480a46cb4f5fd99': str`Sharaxaad ${0}`,
's3c310daaed0bd6e8': `Taageere ayaa bilaash kaaga caawin kara qorista diidmadaada.`,
's47f394e3aeb755d6': `Turjumaaddan waxaa lagu sameeyay caawimaad kombiyuutar, weli lama hubin.`,
's4bc58734db8593ac': `Sharaxaadda warqaddan`,
's58f723a19a4ad62d': `Taageere ama qof isku-xire ah ayaa bilaash kuu caawiya. Wuxuu sidoo kale wici karaa dowladda hoose.`,
's62e92bcfa7534aa1': str`Sida warqadda ku qoran, maalinta ugu dambaysa waa ${0}.`,
's640c59f1f68bf44f': `Hel caawimaad ku hadasha luqaddaada`,
's68c3f8ae6c480487': `Waa maalin Axad.`,
's6bc89a5f0222eed8': `Warqadda waxaa ku qoran:`,
's6f3c3b9119a54d6f': `sharaxaad`,
's70e77423975ca77c': `Waa maalin Sabti.`,
's7aeba4292aa0f18a': `Maxaa ku qoran warqadda?`,
's8b1e3b3bf286af94': `Diidmo mararka qaarkood waa la aqbalaa xitaa haddii ay daahdo. Markaas ku qor diidmadaada sababta aad u daahday.`,
's8e1720efba8acc56': `Markaas sharcigu wuxuu kuu ogolyahay maalinta shaqo ee xigta. Taariikhdaas hoose ayaad ku arkaysaa.`,
's8f9aa483a498ceae': `Diidmadaada waqtigeeda dir: muddada ku qoran warqadda.`,
's90708c469fc36dca': `Maxay diidmadaadu ka koobnaan doontaa?`,
's91a8e8eeadc9bac3': `Maxaan sameeyaa?`,
's960deaf929958150': `Maxaa dhacaya haddaan waxba samayn?`,
's978ec6df82cd0b23': `Ma daahday? Fadlan hadda caawimaad weydiiso. Badanaa wax baa weli la samayn karaa.`,
's9d449f3d433a03a0': str`Akhri: ${0}`,
's9e3fc04a8e1c4a0f': `Saxiixaaga.`,
's9f751dcdf3c39989': `Waqtiga ugu dambeeya ee warqaddaada`,
's9f8923118d736b1f': `Go'aanka uu ku saabsan yahay: taariikhda iyo lambarka tixraaca (kenmerk) ee warqadda.`,
'sa22cf4a440f08ba9': `Hadda wac`,
'sb82354f9623eed21': `Akhri warqadda`,
'sbcf6e83c64ca8868': str`Maanta waa maalinta ugu dambeysa: ${0}.`,
'sc054de5383af5756': `Xir sharaxaadda`,
'sca6ffa4aee72dabc': `Magacaaga iyo cinwaankaaga.`,
'sdda0e7e4f617703f': `Liiska ereyada`,
'sde532ab9e77fc6c0': `Taariikhda maanta.`,
'se362efbef932ce08': `Ilaa goorma?`,
'se8eeb48c8dc15577': `Taariikhdani sax maaha. Dooro taariikhda ku qoran korka warqaddaada.`,
'seb85fe6f6a0ba89f': `Dhammaan sharaxaadaha si isku xigta`,
'sed11670cc8ded060': `Akhri jawaabaha`,
'sed46ba5db5d587d4': str`Akhri sharaxaadda ${0}`,
'sf67c41154a23c3cb': `Taariikhdee ayaa ku qoran warqaddaada?`,
'sfa91f385552c29ef': `Taariikhdani waxay ku jirtaa taleefankaaga ama kombiyuutarkaaga. Meelna uma dirno.`,
    };
  