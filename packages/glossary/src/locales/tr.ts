import type { GlossaryLocale } from '../types.js';

export const glossary: GlossaryLocale = {
  locale: 'tr',
  reviewed: false,
  terms: {
    beschikking: {
      term: 'resmi karar',
      explanation:
        'Belediyenin bir kararını bildiren mektup. Neyi alıp neyi almayacağınızı yazar. Katılmıyor musunuz? O zaman itiraz edebilirsiniz.',
    },
    bezwaar: {
      term: 'itiraz',
      explanation:
        'İtiraz ile şunu söylersiniz: Bu karara katılmıyorum. Belediyeye bir mektup yazarsınız. Bunu mektubun tarihinden sonra 6 hafta içinde yapın.',
    },
    beroep: {
      term: 'mahkemeye başvuru',
      explanation:
        'İtirazdan sonraki adımdır. Bir hâkimden karara bakmasını istersiniz. Bu genellikle itirazınıza verilen karardan sonra 6 hafta içinde olur.',
    },
    aanvraag: {
      term: 'başvuru',
      explanation:
        'Belediyeden yardım veya para istemektir. Çoğu zaman bir form doldurursunuz. Örneğin: sosyal yardım başvurusu.',
    },
    dagtekening: {
      term: 'mektubun tarihi',
      explanation:
        'Mektubun üstündeki tarih. Cevap vermek için olan süreniz bu tarihten itibaren sayılır.',
    },
    wmo: {
      term: 'Sosyal Destek Yasası',
      explanation:
        'Bu yasa ile belediye, evinizde kendi başınıza yaşamaya devam etmenize yardım eder. Örneğin ev işlerinde yardım, tekerlekli sandalye veya merdiven asansörü.',
    },
    participatiewet: {
      term: 'Katılım Yasası',
      explanation:
        'İş ve para ile ilgili bir yasa. Yaşamak için yeterli paranız yok mu? O zaman sosyal yardım alabilirsiniz. Belediye iş bulmanıza da yardım eder.',
    },
    jeugdwet: {
      term: 'Gençlik Yasası',
      explanation:
        '18 yaşına kadar çocuklar ve gençler için yardım hakkında bir yasa. Bu yardımı belediye düzenler. Örneğin çocuk yetiştirmede veya evdeki sorunlarda yardım.',
    },
    'eigen-bijdrage': {
      term: 'kişisel katkı payı',
      explanation:
        'Yardım veya bakım için kendinizin ödediği para. Wmo yardımı için bunu CAK kurumuna ödersiniz. Çoğu zaman sabit bir tutardır.',
    },
    cak: {
      term: 'CAK (devlet ödeme kurumu)',
      explanation:
        'Devlete ait bir kurum. Katkı payınızın faturasını size gönderir. Örneğin Wmo yardımı için.',
    },
    pgb: {
      term: 'kişisel bakım bütçesi',
      explanation:
        'Bakım veya yardım için para. Yardımı kendiniz ayarlar ve ödersiniz. Size kimin yardım edeceğini siz seçersiniz.',
    },
    'zorg-in-natura': {
      term: 'belediyenin ayarladığı bakım',
      explanation:
        'Bakımınızı belediye ayarlar ve öder. Belediye ile çalışan bir kurumdan yardım alırsınız. Parayı siz almazsınız.',
    },
    indicatie: {
      term: 'bakım ihtiyacı kararı',
      explanation:
        'Ne kadar bakım veya yardıma ihtiyacınız olduğuna dair karar. Bu yardımı ne kadar süre alacağınızı da yazar.',
    },
    keukentafelgesprek: {
      term: 'mutfak masası görüşmesi',
      explanation:
        'Belediyeden biriyle durumunuz ve ihtiyacınız olan yardım hakkında görüşme. Çoğu zaman evinizde olur. Yanınızda birini getirebilirsiniz.',
    },
    clientondersteuner: {
      term: 'bağımsız danışman',
      explanation:
        'Belediyeden yardım istediğinizde size yardım eden kişi. Bu kişi yardımınız hakkında karar vermez. Yardım ücretsizdir. Görüşmeye sizinle gelebilir.',
    },
    machtiging: {
      term: 'yetki',
      explanation:
        'Yetki ile başka birinin sizin yerinize işlerinizi yapmasına izin verirsiniz. Örneğin oğlunuz veya kızınız. Bunu DigiD ile de yapabilirsiniz.',
    },
    digid: {
      term: 'DigiD (devlet girişi)',
      explanation:
        'DigiD ile devletin web sitelerine giriş yaparsınız. Kim olduğunuzu gösterir. DigiD bilgilerinizi asla başkasına vermeyin.',
    },
    bsn: {
      term: 'vatandaşlık hizmet numarası',
      explanation:
        'Devletteki kişisel numaranız. Pasaportunuzda veya kimlik kartınızda bulunur. Sadece güvendiğiniz kurumlara verin.',
    },
    toeslag: {
      term: 'destek ödeneği',
      explanation:
        'Sabit masraflarınız için devletten yardım parası. Örneğin sağlık sigortası, kira veya çocuk bakımı ödeneği. Dienst Toeslagen kurumuna başvurursunuz.',
    },
    aanmaning: {
      term: 'ödeme ihtarı',
      explanation:
        'Hâlâ ödemeniz gerektiğini söyleyen mektup. Geç ödediniz veya ödemediniz. Hızlı ödeyin, yoksa ek masraf eklenir.',
    },
    dwangbevel: {
      term: 'icra emri',
      explanation:
        'Resmi ödeme emri. İhtardan sonra hâlâ ödemediyseniz gelir. Yüksek ek masraflar eklenir. Hemen yardım isteyin.',
    },
    invordering: {
      term: 'borç tahsili',
      explanation:
        'Belediye hâlâ borçlu olduğunuz parayı tahsil eder. Zamanında ödemediğinizde bu olur.',
    },
    kwijtschelding: {
      term: 'vergi affı',
      explanation:
        'Bir vergiyi ödemek zorunda değilsiniz. Geliriniz düşük ve birikiminiz azsa bu mümkündür. Bunun için kendiniz başvurmalısınız.',
    },
    betalingsregeling: {
      term: 'taksitli ödeme planı',
      explanation:
        'Bir tutarı parça parça ödersiniz. Örneğin her ay küçük bir kısım. Bunu borçlu olduğunuz kurumla kararlaştırırsınız.',
    },
    bijstand: {
      term: 'sosyal yardım',
      explanation:
        'Geçinmek için belediyeden para. Yeterli geliriniz veya birikiminiz yoksa alırsınız. Kurallar vardır, örneğin iş aramak.',
    },
    'bijzondere-bijstand': {
      term: 'özel yardım',
      explanation:
        'Ödeyemediğiniz masraflar için belediyeden ek para. Örneğin yeni bir çamaşır makinesi veya gözlük.',
    },
    uitkering: {
      term: 'sosyal ödenek',
      explanation:
        'Devletten her ay aldığınız para. Örneğin işiniz yoksa veya hastaysanız. Sosyal yardım ve devlet emekli maaşı (AOW) da ödenektir.',
    },
    inkomen: {
      term: 'gelir',
      explanation: 'Her ay aldığınız para. Örneğin maaş, ödenek veya emekli maaşı.',
    },
    vermogen: {
      term: 'varlık',
      explanation:
        'Sahip olduğunuz şeyler: birikim, araba veya ev gibi. Borçlarınız bundan düşülür. Sosyal yardım için varlığınız çok yüksek olmamalı.',
    },
    zorgverzekering: {
      term: 'sağlık sigortası',
      explanation:
        'Doktor, hastane ve ilaç masraflarını öder. Hollanda’da yaşayan veya çalışan herkesin olmalıdır. Her ay ödersiniz.',
    },
    huurtoeslag: {
      term: 'kira yardımı',
      explanation:
        'Kiranız yüksek ve geliriniz düşükse devletten para. Her ay alırsınız. Dienst Toeslagen kurumuna başvurursunuz.',
    },
    schuldhulpverlening: {
      term: 'borç danışmanlığı',
      explanation:
        'Borçlar için yardım. Belediye borçlarınızı görmenize ve anlaşmalar yapmanıza yardım eder. Yardım ücretsizdir. Zamanında isteyin.',
    },
    woz: {
      term: 'evin resmi değeri',
      explanation:
        'Belediyeye göre evinizin değeri. Her yıl belirlenir. Vergiler için ve bazen kira için önemlidir.',
    },
    'gemeentelijke-belastingen': {
      term: 'belediye vergileri',
      explanation:
        'Belediyeye ödediğiniz vergiler. Örneğin çöp toplama ve kanalizasyon için. Ev sahibiyseniz eviniz için de ödersiniz.',
    },
    aanslag: {
      term: 'vergi tahakkuku',
      explanation:
        'Ne kadar vergi ödemeniz gerektiğini yazan mektup. Ne zaman ödemeniz gerektiğini de yazar.',
    },
    termijn: {
      term: 'süre / taksit',
      explanation:
        'Bir şeyi yapmanız gereken süre. Örneğin: 6 hafta içinde cevap vermelisiniz. Bir ödemenin bir taksiti de olabilir.',
    },
    bewijsstukken: {
      term: 'belgeler',
      explanation:
        'Bir şeyin doğru olduğunu gösteren kâğıtlar. Örneğin maaş bordrosu, banka dökümü veya kira sözleşmesi. Aslını değil, kopyasını gönderin.',
    },
    handtekening: {
      term: 'imza',
      explanation:
        'Elinizle yazdığınız adınız. Bununla kabul ettiğinizi söylersiniz. Sadece her şeyi anladıysanız imzalayın.',
    },
    ondertekening: {
      term: 'imzalama',
      explanation:
        'Bir mektubun veya formun altına imza atmak. İmzasız bir form çoğu zaman geçerli değildir.',
    },
    gemachtigde: {
      term: 'yetkili temsilci',
      explanation:
        'Sizin yerinize işlerinizi yapabilen kişi. Bu kişiye siz izin verdiniz. Örneğin bir aile üyesi veya bağımsız danışman.',
    },
    verklaring: {
      term: 'beyan',
      explanation:
        'Birinin bir şeyin doğru olduğunu resmi olarak söylediği kâğıt. Örneğin bir adreste oturduğunuz. Bazen bir beyanı doldurup imzalamanız gerekir.',
    },
    afwijzing: {
      term: 'ret',
      explanation:
        'İstediğinizi alamazsınız. Mektupta nedeni yazar. Katılmıyor musunuz? O zaman itiraz edebilirsiniz.',
    },
    toekenning: {
      term: 'onay',
      explanation:
        'İstediğinizi alırsınız. Mektupta ne alacağınız ve ne kadar süre alacağınız yazar.',
    },
    herziening: {
      term: 'kararın değiştirilmesi',
      explanation:
        'Belediye daha önceki bir kararı değiştirir. Örneğin durumunuz değiştiği için. Bazen parayı geri ödemeniz gerekir.',
    },
    hoorzitting: {
      term: 'dinleme toplantısı',
      explanation:
        'İtirazınız hakkında bir görüşme. Neden katılmadığınızı anlatırsınız. Yanınızda birini getirebilirsiniz, örneğin bağımsız danışman.',
    },
    'voorlopige-voorziening': {
      term: 'geçici acil mahkeme kararı',
      explanation:
        'Hâkimin hızlı ve geçici kararı. Bekleyemiyorsanız bunu istersiniz. Örneğin bu karar olmadan hiç paranız kalmayacaksa.',
    },
    wijkteam: {
      term: 'mahalle ekibi',
      explanation:
        'Mahallenizde yardım eden bir grup insan. Bakım, para, çocuk yetiştirme veya konut hakkında sorularla gidebilirsiniz. Yardım ücretsizdir.',
    },
    sleutelpersoon: {
      term: 'topluluktan rehber kişi',
      explanation:
        'Kendi topluluğunuzdan size yardım eden biri. Bu kişi çoğu zaman sizin dilinizi konuşur. İşlerin nasıl yürüdüğünü anlatır.',
    },
    zorgaanbieder: {
      term: 'bakım sağlayıcı',
      explanation:
        'Bakım veya yardım veren kurum veya kişi. Örneğin evde bakım kurumu veya ev işlerinde yardımcı.',
    },
  },
};
