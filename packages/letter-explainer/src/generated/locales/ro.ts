
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019826cefa8c408b': str`Ultima zi a fost ${0}. Data a trecut. Cereți ajutor cât mai repede.`,
's03028d0ceb180d15': str`Atenție: cel târziu ${0}. Zile rămase: ${1}.`,
's08c760e364c21e69': str`Trimiteți contestația la timp: cel târziu ${0}.`,
's08dc14d12c9cc8cd': str`Este o zi de sărbătoare: ${0}.`,
's0d7ec0bb6fc36bee': `Tipărește`,
's11286e522368c6ef': `Cine mă poate ajuta?`,
's16343619b0e5e224': `Sunați`,
's1745a691c21878db': `De ce nu sunteți de acord cu decizia.`,
's1ce558da628698e6': `Ce este această scrisoare?`,
's1daa645070de133f': `Găsiți acum pe cineva care să vă ajute`,
's1e74401112550227': str`Cel târziu ${0}. Zile rămase: ${1}.`,
's2199b0b63a6995b9': `Adaugă în calendarul meu`,
's2480a46cb4f5fd99': str`Explicația ${0}`,
's3c310daaed0bd6e8': `Un consilier vă poate ajuta gratuit să scrieți contestația.`,
's47f394e3aeb755d6': `Această traducere a fost făcută cu ajutorul unui calculator și nu a fost încă verificată.`,
's4bc58734db8593ac': `Explicația acestei scrisori`,
's58f723a19a4ad62d': `Un consilier sau o persoană de legătură vă ajută gratuit. Poate suna și la primărie.`,
's62e92bcfa7534aa1': str`După scrisoare, ultima zi este ${0}.`,
's640c59f1f68bf44f': `Găsiți ajutor în limba dvs.`,
's68c3f8ae6c480487': `Este o duminică.`,
's6bc89a5f0222eed8': `În scrisoare scrie:`,
's6f3c3b9119a54d6f': `explicație`,
's70e77423975ca77c': `Este o sâmbătă.`,
's7aeba4292aa0f18a': `Ce scrie în scrisoare?`,
's8b1e3b3bf286af94': `O contestație este uneori acceptată și cu întârziere. Scrieți atunci în contestație de ce ați întârziat.`,
's8e1720efba8acc56': `Atunci legea vă permite și următoarea zi lucrătoare. Vedeți data mai jos.`,
's8f9aa483a498ceae': `Trimiteți contestația la timp: în termenul din scrisoare.`,
's90708c469fc36dca': `Ce trebuie să conțină contestația dumneavoastră?`,
's91a8e8eeadc9bac3': `Ce trebuie să fac?`,
's960deaf929958150': `Ce se întâmplă dacă nu fac nimic?`,
's978ec6df82cd0b23': `Prea târziu? Cereți ajutor acum. Adesea se mai poate face ceva.`,
's9d449f3d433a03a0': str`Citește cu voce tare: ${0}`,
's9e3fc04a8e1c4a0f': `Semnătura dumneavoastră.`,
's9f751dcdf3c39989': `Termen-limită pentru scrisoarea dvs.`,
's9f8923118d736b1f': `Despre ce decizie este vorba: data și numărul de referință (kenmerk) al scrisorii.`,
'sa22cf4a440f08ba9': `Sunați acum`,
'sb82354f9623eed21': `Citește scrisoarea cu voce tare`,
'sbcf6e83c64ca8868': str`Azi este ultima zi: ${0}.`,
'sc054de5383af5756': `Închide explicația`,
'sca6ffa4aee72dabc': `Numele și adresa dumneavoastră.`,
'sdda0e7e4f617703f': `Glosar`,
'sde532ab9e77fc6c0': `Data de astăzi.`,
'se362efbef932ce08': `Până când?`,
'se8eeb48c8dc15577': `Data nu este corectă. Alegeți data de sus din scrisoare.`,
'seb85fe6f6a0ba89f': `Toate explicațiile, în ordine`,
'sed11670cc8ded060': `Citește răspunsurile cu voce tare`,
'sed46ba5db5d587d4': str`Citește cu voce tare explicația ${0}`,
'sf67c41154a23c3cb': `Ce dată scrie pe scrisoarea dvs.?`,
'sfa91f385552c29ef': `Data rămâne pe telefonul sau calculatorul dvs. Nu o trimitem nicăieri.`,
    };
  