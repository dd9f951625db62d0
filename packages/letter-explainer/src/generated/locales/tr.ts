
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019826cefa8c408b': str`Son gün ${0} idi. Bu tarih geçti. En kısa sürede yardım isteyin.`,
's03028d0ceb180d15': str`Dikkat: en geç ${0}. Kalan gün: ${1}.`,
's08c760e364c21e69': str`İtirazınızı zamanında gönderin: en geç ${0}.`,
's08dc14d12c9cc8cd': str`Bu bir resmi tatil: ${0}.`,
's0d7ec0bb6fc36bee': `Yazdır`,
's11286e522368c6ef': `Bana kim yardım edebilir?`,
's16343619b0e5e224': `Ara`,
's1745a691c21878db': `Karara neden katılmadığınız.`,
's1ce558da628698e6': `Bu mektup nedir?`,
's1daa645070de133f': `Size yardım edecek birini şimdi bulun`,
's1e74401112550227': str`En geç ${0}. Kalan gün: ${1}.`,
's2199b0b63a6995b9': `Takvimime ekle`,
's2480a46cb4f5fd99': str`Açıklama ${0}`,
's3c310daaed0bd6e8': `Bir danışman itirazınızı yazmanıza ücretsiz yardım edebilir.`,
's47f394e3aeb755d6': `Bu çeviri bilgisayar yardımıyla yapıldı ve henüz kontrol edilmedi.`,
's4bc58734db8593ac': `Bu mektubun açıklaması`,
's58f723a19a4ad62d': `Bir danışman veya rehber kişi size ücretsiz yardım eder. Belediye ile de telefonla görüşebilir.`,
's62e92bcfa7534aa1': str`Mektuba göre son gün ${0}.`,
's640c59f1f68bf44f': `Dilinizi konuşan yardım bulun`,
's68c3f8ae6c480487': `Bu bir pazar.`,
's6bc89a5f0222eed8': `Mektupta yazan:`,
's6f3c3b9119a54d6f': `açıklama`,
's70e77423975ca77c': `Bu bir cumartesi.`,
's7aeba4292aa0f18a': `Mektupta ne yazıyor?`,
's8b1e3b3bf286af94': `İtiraz bazen geç de kabul edilir. O zaman itirazınıza neden geç kaldığınızı yazın.`,
's8e1720efba8acc56': `Yasaya göre bir sonraki iş günü de olur. O tarihi aşağıda görürsünüz.`,
's8f9aa483a498ceae': `İtirazınızı zamanında gönderin: mektuptaki süre içinde.`,
's90708c469fc36dca': `İtirazınızda neler olmalı?`,
's91a8e8eeadc9bac3': `Ne yapmalıyım?`,
's960deaf929958150': `Hiçbir şey yapmazsam ne olur?`,
's978ec6df82cd0b23': `Geç mi kaldınız? Şimdi yardım isteyin. Çoğu zaman hâlâ bir şey yapılabilir.`,
's9d449f3d433a03a0': str`Sesli oku: ${0}`,
's9e3fc04a8e1c4a0f': `İmzanız.`,
's9f751dcdf3c39989': `Mektubunuz için son tarih`,
's9f8923118d736b1f': `Hangi karar hakkında olduğu: mektup tarihi ve referans numarası (kenmerk).`,
'sa22cf4a440f08ba9': `Şimdi arayın`,
'sb82354f9623eed21': `Mektubu sesli oku`,
'sbcf6e83c64ca8868': str`Bugün son gün: ${0}.`,
'sc054de5383af5756': `Açıklamayı kapat`,
'sca6ffa4aee72dabc': `Adınız ve adresiniz.`,
'sdda0e7e4f617703f': `Sözlük`,
'sde532ab9e77fc6c0': `Bugünün tarihi.`,
'se362efbef932ce08': `Ne zamana kadar?`,
'se8eeb48c8dc15577': `Bu tarih doğru değil. Mektubunuzun üstündeki tarihi seçin.`,
'seb85fe6f6a0ba89f': `Tüm açıklamalar sırayla`,
'sed11670cc8ded060': `Cevapları sesli oku`,
'sed46ba5db5d587d4': str`Açıklama ${0}'i sesli oku`,
'sf67c41154a23c3cb': `Mektubunuzda hangi tarih yazıyor?`,
'sfa91f385552c29ef': `Bu tarih telefonunuzda veya bilgisayarınızda kalır. Hiçbir yere göndermeyiz.`,
    };
  