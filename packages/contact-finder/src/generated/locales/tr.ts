
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's02a8df7b964b82cf': `Rehber kişi`,
's0a9f313073d502a4': `Genel yardım hattını her zaman arayabilirsiniz:`,
's0b3dff47e9471a25': `Ad, yer veya kelimeyle arayın`,
's10f54f330ca20b12': `kapalı`,
's12d9b7459c085568': `Bu bir posta kodu değil. 4 rakam veya 4 rakam ve 2 harf yazın.`,
's16343619b0e5e224': `Ara`,
's1b29e445b918601e': `Yardım ettiği konular:`,
's23b5dce5aa197093': str`Daha fazla göster (${0} kaldı)`,
's259eb75f54a3de58': str`Bugün ${0} saatinde açılır`,
's25bb0e3f00768c7f': `Bakım ve destek`,
's260d7d07f64fc219': str`Şu an açık, ${0} saatine kadar`,
's2a3db5653576df5b': `Posta kodu olmadan ara`,
's2ec162cbaff729e0': `Hepsi`,
's31639529cea5a624': `Sadece şu an açık olanlar`,
's376207f6c1532f6e': `Ne için yardım istiyorsunuz?`,
's3ad75ab428b2a6cd': `Gizli: izniniz olmadan kimseye söylemez`,
's3c527b18d3757033': `Randevu alabilirsiniz`,
's3e4a0c54966a70f8': `Posta kodunuz`,
's483fb9bf5c9d4513': `Hangi dili konuşuyorsunuz?`,
's487d286fd47ddb48': `Mahalle ekibi`,
's4d467509e561e666': `Randevusuz gelebilirsiniz`,
's5fefe2f2269fdeb6': `Tüm konularda ara`,
's6080fb7e94b0c0cd': `Yardım hattı`,
's6211fb59477e9a48': `Arama kelimesi olmadan ara`,
's6755152040742aa4': `Bağımsız: belediye için çalışmaz`,
's6bed99241e160900': `Bugün kapalı (resmi tatil)`,
's747afac51dd33430': `Konut`,
's81098677851f6dea': `Bir kişi bulun`,
's82665b2ffabc9c0a': `Web sitesi`,
's85c34e236ba33111': `Mektuplar ve formlar`,
's860d73ddb4acf5db': `Kimse bulunamadı.`,
's86c1471c0dc59fba': `Yalnızlık`,
's8e7258c871aaa410': `E-posta`,
's965d56a3eecb8a27': `Tüm dillerde ara`,
's9b15d9b42cadc376': `Para ve borçlar`,
's9c0287cdddf1a7e4': `Kişiler yükleniyor…`,
'sa0b3a985c21f61c9': `Ücretsiz`,
'sa239b76271c0e9c2': `Haritada görün (OpenStreetMap)`,
'sa6e756da3ec01e41': `Gönüllü`,
'sa88e92c75e4e4090': `Şu an kapalı olanlar da`,
'sb1f85940495fb732': `İş ve gelir`,
'sbc6738e551e91bde': `Bağımsız danışman`,
'sbf13008451f2ad1e': `Telefonunuza kişi olarak kaydedin`,
'sc0510edcded9112a': `Sağlık`,
'sc2d551e93fd8bed4': `Bugün kapalı`,
'sd09bce3c04906b6d': `Örneğin 1234 veya 1234 AB. Posta kodunuz cihazınızda kalır.`,
'se2c4ddee97f119f9': `Tüm diller`,
'se36b396c5220b2fa': `Gençlik ve aile`,
'se6e495dd327b97c2': `Açılış saatleri`,
'sf5e17fc2d9d50d0d': `Konuştuğu diller:`,
'sf8cda3036d6bcf41': str`Bulunan: ${0}`,
    };
  