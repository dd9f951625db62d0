
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's011b941f8e756b96': `Seçimleriniz silindi.`,
's0555b26834e8aca7': `Soru kartınız`,
's085da53e322ab435': `Kopyalama olmadı. WhatsApp düğmesini kullanın veya kartın fotoğrafını çekin.`,
's0b19e2675c4e9b30': `Baştan başla`,
's0d7ec0bb6fc36bee': `Yazdır`,
's119448dc5dfd9109': `Paylaş`,
's2545518074d06ce0': `Nasıl yardım almak istersiniz?`,
's278f0d9665914476': `Danışmanın erkek mi kadın mı olmasını tercih edersiniz?`,
's2898ae4c59abe18c': `Bu cihazda paylaşmak mümkün değil. Metin kopyalandı: bir mesaja yapıştırın.`,
's3c9facf60fbc41e6': `Kopyalandı. Metni bir mesaja yapıştırın.`,
's3cd63d51711fc6a7': `Bir dakika, sorular yükleniyor…`,
's40c74194a7d1aea2': str`Adım ${0} / ${1}`,
's470ffe2dfe7526e6': `Tam ekranda göster`,
's501726e55811af2d': `Paylaşıldı.`,
's61d3d3b6bfe08b14': `Sesli oku`,
's650d691ad17b2027': `Sizinle nasıl iletişime geçilsin?`,
's74fd5c4a8297cab0': `Hangi tarih? (biliyorsanız)`,
's7ad8bf0c724dc7a8': `Bu çevrilmez. Danışman çevirtebilir.`,
's7f80216e226875ef': `Hangi dilde yardım istersiniz?`,
's9627f461296c550a': `Kopyala`,
's9726935356e89c26': `Bu bilgi şu anda gösterilemiyor. Daha sonra tekrar deneyin veya belediyeyle iletişime geçin.`,
's9763ef831c19bdc5': `İleri`,
's98f290d9af37d259': `Size yardım edebilecek birini bulun`,
'sa3bb06518dd97e65': `Yardım sorum`,
'sa7c0ac702d870d41': `Soru kartımı oluştur`,
'sb0f37a64f7860350': `Size uyan cümleleri seçin. Hiçbirini seçmemek de olur.`,
'sbbe9d9717006976c': `WhatsApp ile gönder`,
'sbd72d0b0e6f9ada1': `Konu ne?`,
'sc59a5e56f997d9c3': `Kişi listesi şimdi size kimin yardım edebileceğini gösteriyor.`,
'sd47f78aeb95f4ad8': `Geri`,
'sd667ab8c66e9c7d9': `Önce en az bir konu seçin.`,
'sd8f227ee8420a9ee': `Size uyana dokunun. Birden fazla seçebilirsiniz.`,
'sd9d9b449677f2578': `Kendiniz söylemek ister misiniz? Kendi dilinizde (boş bırakabilirsiniz)`,
'sddb85b4faa27a49d': `Bu kartı danışmana gösterin veya paylaşın. Kart Felemenkçe ve sizin dilinizdedir.`,
'se15c615b42852088': `Seçimlerimi bu telefonda hatırla`,
'se166e21cbbe851ec': `Size ne uyuyor?`,
'se3a426713cb46217': `Belirli bir tarihten önce bir şey yapılması gerekiyor mu?`,
'se44f17721c6bbcc8': `Burada seçtikleriniz telefonunuzda kalır. Siz paylaşmadıkça kimse görmez.`,
'se5cff7cf3c750158': `Tercüman mı, yoksa kendi topluluğunuzdan biri mi istersiniz?`,
'sf30c9b899712e426': `Tam ekranı kapat`,
'sf9f4e1cdef0eef82': `Seçimlerimi bu telefondan sil`,
    };
  