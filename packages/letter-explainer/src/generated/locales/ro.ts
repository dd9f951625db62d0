
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019826cefa8c408b': str`Ultima zi a fost ${0}. Data a trecut. Cereți ajutor cât mai repede.`,
's03028d0ceb180d15': str`Atenție: cel târziu ${0}. Zile rămase: ${1}.`,
's08dc14d12c9cc8cd': str`Este o zi de sărbătoare: ${0}.`,
's0d7ec0bb6fc36bee': `Tipărește`,
's11286e522368c6ef': `Cine mă poate ajuta?`,
's16343619b0e5e224': `Sunați la`,
's1ce558da628698e6': `Ce este această scrisoare?`,
's1e74401112550227': str`Cel târziu ${0}. Zile rămase: ${1}.`,
's2199b0b63a6995b9': `Adaugă în calendarul meu`,
's2480a46cb4f5fd99': str`Explicația ${0}`,
's47f394e3aeb755d6': `Această traducere a fost făcută cu ajutorul unui calculator și nu a fost încă verificată.`,
's4bc58734db8593ac': `Explicația acestei scrisori`,
's62e92bcfa7534aa1': str`După scrisoare, ultima zi este ${0}.`,
's640c59f1f68bf44f': `Găsiți ajutor în limba dvs.`,
's68c3f8ae6c480487': `Este o duminică.`,
's6bc89a5f0222eed8': `În scrisoare scrie:`,
's6f3c3b9119a54d6f': `explicație`,
's70e77423975ca77c': `Este o sâmbătă.`,
's7aeba4292aa0f18a': `Ce scrie în scrisoare?`,
's8e1720efba8acc56': `Atunci legea vă permite și următoarea zi lucrătoare. Vedeți data mai jos.`,
's91a8e8eeadc9bac3': `Ce trebuie să fac?`,
's960deaf929958150': `Ce se întâmplă dacă nu fac nimic?`,
's9d449f3d433a03a0': str`Citește cu voce tare: ${0}`,
's9f751dcdf3c39989': `Termen-limită pentru scrisoarea dvs.`,
'sb82354f9623eed21': `Citește scrisoarea cu voce tare`,
'sbcf6e83c64ca8868': str`Azi este ultima zi: ${0}.`,
'sc054de5383af5756': `Închide explicația`,
'sdda0e7e4f617703f': `Glosar`,
'se362efbef932ce08': `Până când?`,
'se8eeb48c8dc15577': `Data nu este corectă. Alegeți data de sus din scrisoare.`,
'seb85fe6f6a0ba89f': `Toate explicațiile, în ordine`,
'sed11670cc8ded060': `Citește răspunsurile cu voce tare`,
'sed46ba5db5d587d4': str`Citește cu voce tare explicația ${0}`,
'sf67c41154a23c3cb': `Ce dată scrie pe scrisoarea dvs.?`,
'sfa91f385552c29ef': `Data rămâne pe telefonul sau calculatorul dvs. Nu o trimitem nicăieri.`,
    };
  