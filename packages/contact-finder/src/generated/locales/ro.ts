
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's02a8df7b964b82cf': `Persoană de legătură`,
's0a9f313073d502a4': `Puteți suna oricând și la linia generală de ajutor:`,
's0b3dff47e9471a25': `Căutați după nume, loc sau cuvânt`,
's10f54f330ca20b12': `închis`,
's12d9b7459c085568': `Acesta nu este un cod poștal. Scrieți 4 cifre sau 4 cifre și 2 litere.`,
's16343619b0e5e224': `Sunați`,
's1b29e445b918601e': `Ajută cu:`,
's23b5dce5aa197093': str`Arată mai mult (încă ${0})`,
's259eb75f54a3de58': str`Se deschide azi la ${0}`,
's25bb0e3f00768c7f': `Îngrijire și ajutor`,
's260d7d07f64fc219': str`Deschis acum, până la ${0}`,
's2a3db5653576df5b': `Căutați fără cod poștal`,
's2ec162cbaff729e0': `Tot`,
's31639529cea5a624': `Doar cei deschiși acum`,
's376207f6c1532f6e': `Cu ce aveți nevoie de ajutor?`,
's3ad75ab428b2a6cd': `Confidențial: nu spune nimic altcuiva fără acordul dumneavoastră`,
's3c527b18d3757033': `Puteți face o programare`,
's3e4a0c54966a70f8': `Codul dumneavoastră poștal`,
's483fb9bf5c9d4513': `Ce limbă vorbiți?`,
's487d286fd47ddb48': `Echipa de cartier`,
's4d467509e561e666': `Puteți veni fără programare`,
's5fefe2f2269fdeb6': `Căutați la toate subiectele`,
's6080fb7e94b0c0cd': `Linie de ajutor`,
's6211fb59477e9a48': `Căutați fără cuvânt de căutare`,
's6755152040742aa4': `Independent: nu lucrează pentru primărie`,
's6bed99241e160900': `Închis azi (zi de sărbătoare)`,
's747afac51dd33430': `Locuință`,
's81098677851f6dea': `Căutați o persoană de contact`,
's82665b2ffabc9c0a': `Site web`,
's85c34e236ba33111': `Scrisori și formulare`,
's860d73ddb4acf5db': `Nu am găsit pe nimeni.`,
's86c1471c0dc59fba': `Singurătate`,
's8e7258c871aaa410': `E-mail`,
's965d56a3eecb8a27': `Căutați în toate limbile`,
's9b15d9b42cadc376': `Bani și datorii`,
's9c0287cdddf1a7e4': `Se încarcă persoanele de contact…`,
'sa0b3a985c21f61c9': `Gratuit`,
'sa239b76271c0e9c2': `Vedeți pe hartă (OpenStreetMap)`,
'sa6e756da3ec01e41': `Voluntar`,
'sa88e92c75e4e4090': `Și cei închiși acum`,
'sb1f85940495fb732': `Muncă și venit`,
'sbc6738e551e91bde': `Consilier independent`,
'sbf13008451f2ad1e': `Salvați ca persoană de contact în telefon`,
'sc0510edcded9112a': `Sănătate`,
'sc2d551e93fd8bed4': `Închis azi`,
'sd09bce3c04906b6d': `De exemplu 1234 sau 1234 AB. Codul poștal rămâne pe dispozitivul dumneavoastră.`,
'se2c4ddee97f119f9': `Toate limbile`,
'se36b396c5220b2fa': `Tineri și familie`,
'se6e495dd327b97c2': `Program`,
'sf5e17fc2d9d50d0d': `Vorbește:`,
'sf8cda3036d6bcf41': str`Găsiți: ${0}`,
    };
  