
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's02a8df7b964b82cf': `Qof isku-xire ah`,
's0a9f313073d502a4': `Had iyo jeer waxaad sidoo kale waci kartaa khadka caawinta guud:`,
's0b3dff47e9471a25': `Ku raadi magac, meel ama eray`,
's10f54f330ca20b12': `xiran`,
's12d9b7459c085568': `Tani ma aha kood boosto. Qor 4 lambar, ama 4 lambar iyo 2 xaraf.`,
's16343619b0e5e224': `Wac`,
's1b29e445b918601e': `Wuxuu ka caawiyaa:`,
's23b5dce5aa197093': str`Muuji wax badan (${0} kale)`,
's259eb75f54a3de58': str`Maanta wuu furmayaa saacadda ${0}`,
's25bb0e3f00768c7f': `Daryeel iyo caawin`,
's260d7d07f64fc219': str`Hadda waa furan yahay, ilaa ${0}`,
's2a3db5653576df5b': `Raadi adigoon koodka boostada isticmaalin`,
's2ec162cbaff729e0': `Wax walba`,
's31639529cea5a624': `Kuwa hadda furan oo keliya`,
's376207f6c1532f6e': `Maxaad caawin ku rabtaa?`,
's3ad75ab428b2a6cd': `Qarsoodi: waxba uma sheego qof kale adigoon oggolaan`,
's3c527b18d3757033': `Waad ballan qabsan kartaa`,
's3e4a0c54966a70f8': `Koodka boostadaada`,
's483fb9bf5c9d4513': `Luqaddee ku hadashaa?`,
's487d286fd47ddb48': `Kooxda xaafadda`,
's4d467509e561e666': `Waad iman kartaa adigoon ballan lahayn`,
's5fefe2f2269fdeb6': `Ka raadi dhammaan mawduucyada`,
's6080fb7e94b0c0cd': `Khadka caawinta`,
's6211fb59477e9a48': `Raadi adigoon eray isticmaalin`,
's6755152040742aa4': `Madax-bannaan: uma shaqeeyo dowladda hoose`,
's6bed99241e160900': `Maanta waa xiran yahay (fasax)`,
's747afac51dd33430': `Guriga`,
's81098677851f6dea': `Raadi qof aad la xiriirto`,
's82665b2ffabc9c0a': `Websaydh`,
's85c34e236ba33111': `Waraaqo iyo foomam`,
's860d73ddb4acf5db': `Qofna lama helin.`,
's86c1471c0dc59fba': `Kalinimo`,
's8e7258c871aaa410': `Iimayl`,
's965d56a3eecb8a27': `Ka raadi dhammaan luqadaha`,
's9b15d9b42cadc376': `Lacag iyo deyn`,
's9c0287cdddf1a7e4': `Xiriirada waa la soo rarayaa…`,
'sa0b3a985c21f61c9': `Bilaash`,
'sa239b76271c0e9c2': `Ka eeg khariidadda (OpenStreetMap)`,
'sa6e756da3ec01e41': `Tabarruce`,
'sa88e92c75e4e4090': `Sidoo kale kuwa hadda xiran`,
'sb1f85940495fb732': `Shaqo iyo dakhli`,
'sbc6738e551e91bde': `Taageere madax-bannaan`,
'sbf13008451f2ad1e': `Ku kaydi xiriir ahaan taleefankaaga`,
'sc0510edcded9112a': `Caafimaad`,
'sc2d551e93fd8bed4': `Maanta waa xiran yahay`,
'sd09bce3c04906b6d': `Tusaale 1234 ama 1234 AB. Koodka boostadaadu wuxuu ku jiraa qalabkaaga oo keliya.`,
'se2c4ddee97f119f9': `Dhammaan luqadaha`,
'se36b396c5220b2fa': `Dhallinyarada iyo qoyska`,
'se6e495dd327b97c2': `Saacadaha furitaanka`,
'sf5e17fc2d9d50d0d': `Wuxuu ku hadlaa:`,
'sf8cda3036d6bcf41': str`La helay: ${0}`,
    };
  