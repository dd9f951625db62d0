
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's011b941f8e756b96': `Alegerile dumneavoastră au fost șterse.`,
's0555b26834e8aca7': `Cardul dumneavoastră cu întrebarea`,
's085da53e322ab435': `Copierea nu a reușit. Folosiți butonul WhatsApp sau fotografiați cardul.`,
's0b19e2675c4e9b30': `Începe din nou`,
's0d7ec0bb6fc36bee': `Tipărește`,
's119448dc5dfd9109': `Distribuie`,
's2545518074d06ce0': `Cum doriți să fiți ajutat(ă)?`,
's278f0d9665914476': `Preferați un bărbat sau o femeie ca și consilier?`,
's2898ae4c59abe18c': `Distribuirea nu este posibilă pe acest dispozitiv. Textul a fost copiat: lipiți-l într-un mesaj.`,
's3c9facf60fbc41e6': `Copiat. Lipiți textul într-un mesaj.`,
's3cd63d51711fc6a7': `Un moment, întrebările se încarcă…`,
's40c74194a7d1aea2': str`Pasul ${0} din ${1}`,
's470ffe2dfe7526e6': `Arată pe tot ecranul`,
's501726e55811af2d': `Distribuit.`,
's61d3d3b6bfe08b14': `Citește cu voce tare`,
's650d691ad17b2027': `Cum doriți să fiți contactat(ă)?`,
's74fd5c4a8297cab0': `Ce dată? (dacă o știți)`,
's7ad8bf0c724dc7a8': `Acest text nu este tradus. Consilierul îl poate traduce.`,
's7f80216e226875ef': `În ce limbă doriți ajutor?`,
's9627f461296c550a': `Copiază`,
's9726935356e89c26': `Aceste informații nu pot fi afișate acum. Încercați din nou mai târziu sau contactați primăria.`,
's9763ef831c19bdc5': `Mai departe`,
's98f290d9af37d259': `Găsiți pe cineva care vă poate ajuta`,
'sa3bb06518dd97e65': `Cererea mea de ajutor`,
'sa7c0ac702d870d41': `Fă cardul meu cu întrebarea`,
'sb0f37a64f7860350': `Alegeți propozițiile care vi se potrivesc. Puteți să nu alegeți niciuna.`,
'sbbe9d9717006976c': `Trimite prin WhatsApp`,
'sbd72d0b0e6f9ada1': `Despre ce este vorba?`,
'sc59a5e56f997d9c3': `Lista de contacte arată acum cine vă poate ajuta.`,
'sd47f78aeb95f4ad8': `Înapoi`,
'sd667ab8c66e9c7d9': `Alegeți mai întâi cel puțin un subiect.`,
'sd8f227ee8420a9ee': `Atingeți ce vi se potrivește. Puteți alege mai multe.`,
'sd9d9b449677f2578': `Doriți să spuneți chiar dumneavoastră? În limba dumneavoastră (poate rămâne gol)`,
'sddb85b4faa27a49d': `Arătați acest card consilierului sau distribuiți-l. Cardul este în neerlandeză și în limba dumneavoastră.`,
'se15c615b42852088': `Ține minte alegerile mele pe acest telefon`,
'se166e21cbbe851ec': `Ce vi se potrivește?`,
'se3a426713cb46217': `Trebuie să se întâmple ceva înainte de o anumită dată?`,
'se44f17721c6bbcc8': `Ce alegeți aici rămâne pe telefonul dumneavoastră. Nimeni nu vede, decât dacă îl distribuiți chiar dumneavoastră.`,
'se5cff7cf3c750158': `Doriți un interpret sau pe cineva din propria comunitate?`,
'sf30c9b899712e426': `Închide ecranul complet`,
'sf9f4e1cdef0eef82': `Șterge alegerile mele de pe acest telefon`,
    };
  