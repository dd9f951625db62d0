
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019fdde60eecf267': str`${0} dilinde sesli okuma yapılamıyor: bu cihazda bu dil için bir ses yok.`,
's03bf37fb08f24ceb': `Dil`,
's2191060fc50c6b05': `Bir rehber kişi bunu size kendi dilinizde anlatabilir.`,
's47f394e3aeb755d6': `Bu çeviri bilgisayar yardımıyla yapıldı ve henüz kontrol edilmedi.`,
's6125ee6286a63013': `Hız`,
's61d3d3b6bfe08b14': `Sesli oku`,
's9726935356e89c26': `Bu bilgi şu anda gösterilemiyor. Daha sonra tekrar deneyin veya belediyeyle iletişime geçin.`,
'sa7d16cbe561cbbe7': `Duraklat`,
'sad2f2e15bf0620c2': str`Bu metin henüz ${0} dilinde yok.`,
'sb1b6c6ab9cd7a357': `Okumaya devam et`,
'sccfcfc418487a90a': str`Bu video henüz ${0} dilinde yok.`,
'sd9ad53251f2330a5': `Durdur`,
'sdeb6c562d6fba1d8': str`Şu dillerde yapılabilir: ${0}.`,
'se5a4052dabe00798': `Rehber kişi bulun`,
'sf2e557892455534b': `Editör için uyarı`,
    };
  