
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's011b941f8e756b96': `Doorashooyinkiinna waa la tirtiray.`,
's0555b26834e8aca7': `Kaarkiinna su'aasha`,
's085da53e322ab435': `Koobiyeyntu ma shaqayn. Isticmaal badhanka WhatsApp ama sawir kaarka.`,
's0b19e2675c4e9b30': `Dib u bilow`,
's0d7ec0bb6fc36bee': `Daabac`,
's119448dc5dfd9109': `La wadaag`,
's2545518074d06ce0': `Sidee baad rabtaan in laydin caawiyo?`,
's278f0d9665914476': `Ma doorbideysaan in qofka taageeraya uu noqdo nin ama naag?`,
's2898ae4c59abe18c': `Wadaagista laguma samayn karo qalabkan. Qoraalka waa la koobiyeeyay: ku dheji fariin.`,
's3c9facf60fbc41e6': `Waa la koobiyeeyay. Qoraalka ku dheji fariin.`,
's3cd63d51711fc6a7': `Fadlan sug, su'aalaha ayaa soo degaya…`,
's40c74194a7d1aea2': str`Tallaabada ${0} ee ${1}`,
's470ffe2dfe7526e6': `Ku tus shaashad buuxda`,
's501726e55811af2d': `Waa la wadaagay.`,
's61d3d3b6bfe08b14': `Kor u akhri`,
's650d691ad17b2027': `Sidee baad rabtaan in laydinla xiriiro?`,
's74fd5c4a8297cab0': `Taariikhdee? (haddii aad garanaysaan)`,
's7ad8bf0c724dc7a8': `Tan lama turjumayo. Qofka taageeraya ayaa turjumi kara.`,
's7f80216e226875ef': `Luqaddee baad caawimaad ku rabtaan?`,
's9627f461296c550a': `Koobiyee`,
's9726935356e89c26': `Macluumaadkan hadda lama muujin karo. Mar kale isku day goor dambe, ama la xiriir dowladda hoose.`,
's9763ef831c19bdc5': `Xiga`,
's98f290d9af37d259': `Hel qof idin caawin kara`,
'sa3bb06518dd97e65': `Codsigayga caawimaad`,
'sa7c0ac702d870d41': `Samee kaarka su'aashayda`,
'sb0f37a64f7860350': `Dooro jumladaha idinku habboon. Haddii aydaan midna dooran waa caadi.`,
'sbbe9d9717006976c': `Ku dir WhatsApp`,
'sbd72d0b0e6f9ada1': `Maxay ku saabsan tahay?`,
'sc59a5e56f997d9c3': `Liiska xiriirada hadda wuxuu muujinayaa cidda idin caawin karta.`,
'sd47f78aeb95f4ad8': `Dib`,
'sd667ab8c66e9c7d9': `Marka hore dooro ugu yaraan hal mawduuc.`,
'sd8f227ee8420a9ee': `Taabta waxa idinku habboon. Waxaad dooran kartaan wax ka badan hal.`,
'sd9d9b449677f2578': `Ma rabtaan in aad idinku sheegtaan? Luqaddiinna (waa la dhaafi karaa)`,
'sddb85b4faa27a49d': `Kaarkan tusa qofka taageeraya, ama la wadaaga. Kaarku wuxuu ku qoran yahay Nederlandis iyo luqaddiinna.`,
'se15c615b42852088': `Xasuuso doorashooyinkayga taleefankan`,
'se166e21cbbe851ec': `Maxaa idinku habboon?`,
'se3a426713cb46217': `Ma jiraa wax ay tahay in la sameeyo taariikh gaar ah ka hor?`,
'se44f17721c6bbcc8': `Waxa aad halkan ku dooranaysaan waxay ku jiraan taleefankiinna. Cidna ma arkayso, ilaa aad idinku wadaagtaan mooyee.`,
'se5cff7cf3c750158': `Ma rabtaan turjubaan, mise qof ka mid ah bulshadiinna?`,
'sf30c9b899712e426': `Xir shaashadda buuxda`,
'sf9f4e1cdef0eef82': `Ka tirtir doorashooyinkayga taleefankan`,
    };
  