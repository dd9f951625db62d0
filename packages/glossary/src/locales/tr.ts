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
    maatwerkvoorziening: {
      term: 'kişiye özel destek',
      explanation:
        'Belediyenin sadece sizin için ayarladığı yardım. Kendi başınıza yapamadıklarınıza bakılır. Örneğin evde yardım veya akülü araç.',
    },
    'algemene-voorziening': {
      term: 'herkese açık hizmet',
      explanation:
        'Mahalledeki herkes için yardım. Bunun için karar gerekmez. Örneğin mahalle merkezinde bir yemek.',
    },
    'huishoudelijke-ondersteuning': {
      term: 'ev işlerinde yardım',
      explanation:
        'Biri evinize gelip temizlik yapar veya çamaşır yıkar. Haftada belli bir saat alırsınız.',
    },
    begeleiding: {
      term: 'kişisel rehberlik',
      explanation:
        'Biri hayatınızı düzenlemenize yardım eder: posta, para, randevular. Böylece evinizde yaşamaya devam edersiniz.',
    },
    dagbesteding: {
      term: 'gündüz etkinlikleri',
      explanation:
        'Gün içinde başka insanlarla birlikte yararlı bir şey yaptığınız yer. Örneğin yemek yapmak, bahçe işi veya sohbet.',
    },
    'beschermd-wonen': {
      term: 'korumalı konut',
      explanation:
        'Yakınında yardım olan bir evde yaşarsınız. Her zaman yardım edecek biri vardır. Tek başına yaşayamayan kişiler içindir.',
    },
    woningaanpassing: {
      term: 'evde düzenleme',
      explanation:
        'Evde güvenle yaşamaya devam etmeniz için yapılan değişiklik. Örneğin merdiven asansörü veya eşiksiz duş.',
    },
    hulpmiddel: {
      term: 'yardımcı araç',
      explanation:
        'Günlük işlerde size yardım eden bir şey. Örneğin tekerlekli sandalye, yürüteç veya kaldırma aleti.',
    },
    bruikleen: {
      term: 'ödünç',
      explanation:
        'Bir şeyi ödünç alırsınız, satın almanız gerekmez. Artık ihtiyacınız olmayınca geri verirsiniz.',
    },
    regiotaxi: {
      term: 'bölge taksisi',
      explanation:
        'Yürümekte zorlanan kişiler için taksi. Bazen başkalarıyla paylaşırsınız. Her yolculuk için küçük bir ücret ödersiniz.',
    },
    mantelzorg: {
      term: 'yakın bakımı',
      explanation:
        'Tanıdığınız birine verdiğiniz bakım, örneğin annenize, eşinize veya komşunuza. Bunun için para almazsınız.',
    },
    ondersteuningsplan: {
      term: 'destek planı',
      explanation:
        'Hangi yardımı alacağınızı ve kendinizin ne yapacağını yazan plan. Belediyeyle birlikte yaparsınız.',
    },
    ciz: {
      term: 'CIZ (bakım değerlendirme merkezi)',
      explanation:
        "CIZ, birinin Wlz'den bakım alıp almayacağına karar verir. Bu, her zaman yardıma ihtiyacı olanlar içindir. CIZ belediyeye ait değildir.",
    },
    wlz: {
      term: 'Wlz (Uzun Süreli Bakım Yasası)',
      explanation:
        'Gün boyu bakıma ihtiyacı olan kişiler için yasa, örneğin bakımevinde. CIZ karar verir.',
    },
    abonnementstarief: {
      term: 'sabit aylık ücret',
      explanation:
        "Wmo yardımı için her ay sabit bir tutar. CAK'a ödersiniz. Hemen herkes için aynıdır.",
    },
    'eigen-kracht': {
      term: 'kendi gücünüz',
      explanation:
        'Kendinizin veya çevrenizdeki insanların yapabildikleri. Belediye ancak bundan sonra yardıma bakar.',
    },
    'gebruikelijke-hulp': {
      term: 'olağan yardım',
      explanation:
        'Aynı evdeki insanların normalde birbirine verdiği yardım, örneğin ailenize yemek yapmak veya çamaşır. Belediye bunun için genelde yardım vermez.',
    },
    svb: {
      term: 'SVB (Sosyal Sigorta Bankası)',
      explanation:
        "SVB devlet için çalışır. Pgb'niz varsa, bakım verenlere SVB öder. SVB ayrıca AOW ve çocuk parasını öder.",
    },
    herindicatie: {
      term: 'yeniden değerlendirme',
      explanation:
        'Belediye yardımınıza tekrar bakar. Hâlâ gerekli mi? Yeterli mi? Bu genelde birkaç yıl sonra olur.',
    },
    huisbezoek: {
      term: 'ev ziyareti',
      explanation:
        'Bir görevli evinize gelir, sizinle konuşur ve nasıl yaşadığınızı görür. Güvendiğiniz biri yanınızda olabilir.',
    },
    jeugdhulp: {
      term: 'gençlik yardımı',
      explanation:
        'Çocuklar, gençler ve anne babaları için yardım. Örneğin çocuk yetiştirmede, kavgada veya çocuk iyi hissetmediğinde. Belediye öder.',
    },
    jeugdhulpaanbieder: {
      term: 'gençlik yardımı kuruluşu',
      explanation:
        'Çocuklara ve anne babalara yardım veren kuruluş. Belediyenin onunla anlaşması vardır. Bazen siz seçebilirsiniz.',
    },
    verwijzing: {
      term: 'sevk',
      explanation:
        'Sevk ile başka türlü alamayacağınız yardıma gidebilirsiniz. Aile hekimi veya mahalle ekibi verir.',
    },
    jeugdteam: {
      term: 'gençlik ekibi',
      explanation:
        'Büyüme ve çocuk yetiştirme soruları için anne babalara ve çocuklara yardım eder. Kendiniz başvurabilirsiniz. Ücretsizdir.',
    },
    jeugdbescherming: {
      term: 'çocuk koruma',
      explanation:
        'Bir çocuk evde güvende değilse verilen yardım. Buna hakim karar verebilir. Amaç çocuğun güvenle büyümesidir.',
    },
    ondertoezichtstelling: {
      term: 'gözetim kararı',
      explanation:
        'Hakim ailenin yardım almak zorunda olduğuna karar verir. Bir çocuk koruma görevlisi aileye yardım eder. Anne baba velayeti korur.',
    },
    'raad-voor-de-kinderbescherming': {
      term: 'Çocuk Koruma Kurulu',
      explanation:
        'Bu devlet kurumu çocuğun güvenle büyüyüp büyümediğini inceler. Hakimden yardımı zorunlu yapmasını isteyebilir.',
    },
    'veilig-thuis': {
      term: 'Veilig Thuis (ev içi şiddet hattı)',
      explanation:
        'Evde şiddet için aranacak numara, emin olmasanız da. Numara 0800-2000. Arama ücretsizdir.',
    },
    pleegzorg: {
      term: 'koruyucu aile',
      explanation:
        'Çocuk bir süre başka bir ailede yaşar, o aile ona bakar. Anne baba çoğu zaman görüşmeye devam eder.',
    },
    'ouderlijk-gezag': {
      term: 'velayet',
      explanation:
        'Çocuğunuzla ilgili kararları siz verirsiniz: okul, bakım, nerede yaşadığı. Çocuk 18 yaşına kadar geçerlidir.',
    },
    leerplicht: {
      term: 'okul zorunluluğu',
      explanation:
        'Çocuk 16 yaşına kadar, sonra diploma alana veya 18 yaşına kadar okula gitmek zorundadır. Belediye bunu takip eder.',
    },
    levensonderhoud: {
      term: 'geçim masrafları',
      explanation: 'Yaşamak için gereken para: yemek, giyim, kira ve enerji.',
    },
    bijstandsnorm: {
      term: 'sosyal yardım tutarı',
      explanation:
        'Sosyal yardımda her ay aldığınız tutar. Yaşınıza ve kiminle yaşadığınıza bağlıdır.',
    },
    kostendelersnorm: {
      term: 'masraf paylaşma kuralı',
      explanation:
        'Başka yetişkinlerle yaşıyorsanız masrafları paylaşabilirsiniz. Bu yüzden daha az sosyal yardım alırsınız.',
    },
    draagkracht: {
      term: 'ödeme gücü',
      explanation:
        'Kendinizin ayırabileceği para. Belediye gelirinize ve birikiminize göre hesaplar. Bu kısmı siz ödersiniz.',
    },
    'noodzakelijke-kosten': {
      term: 'gerekli masraflar',
      explanation:
        'Gerçekten yapmanız gereken, kaçınamayacağınız masraflar. Belediye özel yardımı sadece bunlar için verir.',
    },
    'individuele-inkomenstoeslag': {
      term: 'bireysel gelir eki',
      explanation:
        'Uzun süredir geliri düşük olanlara belediyeden yılda bir kez verilen para. Kendiniz başvurmalısınız.',
    },
    tegenprestatie: {
      term: 'karşılık hizmet',
      explanation:
        'Sosyal yardım alırken yaptığınız yararlı iş. Ücret almazsınız. Örneğin mahalle merkezinde yardım.',
    },
    arbeidsverplichtingen: {
      term: 'çalışma yükümlülükleri',
      explanation:
        'Sosyal yardımdaki iş kuralları: iş aramak ve işi kabul etmek. Bazen muaf tutulursunuz.',
    },
    maatregel: {
      term: 'yardımda kesinti',
      explanation:
        'Bir kurala uyulmadığı için yardımınız bir süre azalır. Önce nedenini anlatabilirsiniz.',
    },
    inlichtingenplicht: {
      term: 'bilgi verme yükümlülüğü',
      explanation:
        'Değişiklikleri kendiniz bildirmelisiniz: işe başlama, birlikte yaşama, taşınma. Bunu çabuk yapın.',
    },
    terugvordering: {
      term: 'geri isteme',
      explanation:
        'Belediye, fazla veya hakkınız olmayan para aldığınız için parayı geri ister. Taksitle ödemeyi isteyebilirsiniz.',
    },
    verrekening: {
      term: 'mahsup',
      explanation: 'Belediye bir borcu yardımınızdan keser. Hesabınıza daha az para gelir.',
    },
    voorschot: {
      term: 'avans',
      explanation:
        'Önceden aldığınız para. Sonra gerçek tutar hesaplanır. Fazla aldıysanız geri ödersiniz.',
    },
    lening: {
      term: 'borç (kredi)',
      explanation:
        'Alıp sonra geri ödediğiniz para. Özel yardım bazen borç olarak verilir. Mektupta her ay ne kadar geri ödeyeceğiniz yazar.',
    },
    woonkostentoeslag: {
      term: 'konut masrafı eki',
      explanation:
        'Geliriniz birden düştüğünde çok yüksek kira için belediyeden geçici para. Daha ucuz bir ev aramanız gerekir.',
    },
    'collectieve-zorgverzekering': {
      term: 'toplu sağlık sigortası',
      explanation:
        'Belediyenin düşük gelirliler için ayarladığı sağlık sigortası. Çok bakımı kapsar.',
    },
    minimaregeling: {
      term: 'düşük gelir desteği',
      explanation:
        'Az parası olanlar için belediye yardımı. Örneğin spor, okul veya yüzme havuzunda indirim.',
    },
    bankafschrift: {
      term: 'banka dökümü',
      explanation:
        'Banka hesabınızda olanların listesi. Bankanızın uygulamasından veya sitesinden alırsınız.',
    },
    loonstrook: {
      term: 'maaş bordrosu',
      explanation:
        'İşvereninizden, ne kadar maaş aldığınızı gösteren kağıt. Her ay veya dört haftada bir alırsınız.',
    },
    'gezamenlijke-huishouding': {
      term: 'ortak hane',
      explanation:
        'Biriyle birlikte yaşıyor ve birbirinize bakıyorsunuz. Belediye sizi çift sayar. Bu yardımınızı değiştirir.',
    },
    uwv: {
      term: 'UWV (çalışan sigortaları kurumu)',
      explanation:
        'Bir devlet kurumu. Hastaysanız veya işsizseniz ödeme yapar ve iş bulmaya yardım eder.',
    },
    aow: {
      term: 'AOW (devlet emekli maaşı)',
      explanation:
        "Yaşlandığınızda, yaklaşık 67 yaşından itibaren devletten para. Hollanda'da yaşadıysanız veya çalıştıysanız alırsınız.",
    },
    'kindgebonden-budget': {
      term: 'çocuk bütçesi',
      explanation:
        "Düşük veya orta gelirli anne babalar için Dienst Toeslagen'den para. 18 yaşından küçük çocuklar içindir.",
    },
    kinderbijslag: {
      term: 'çocuk parası',
      explanation:
        '18 yaşından küçük çocuğu olan anne babalara para. SVB üç ayda bir öder. Gelirinize bağlı değildir.',
    },
    zorgtoeslag: {
      term: 'sağlık sigortası yardımı',
      explanation:
        "Az kazanıyorsanız sağlık sigortanız için para. Dienst Toeslagen'e başvurursunuz.",
    },
    belastingdienst: {
      term: 'Belastingdienst (vergi dairesi)',
      explanation:
        'Devletin vergi dairesi. Belediye değildir. Mektupları genelde mavi zarfta gelir.',
    },
    ozb: {
      term: 'emlak vergisi (OZB)',
      explanation:
        'Ev veya bina sahipleri için vergi. Belediyeye ödersiniz. Evinizin değeri yükseldikçe daha çok ödersiniz.',
    },
    afvalstoffenheffing: {
      term: 'çöp vergisi',
      explanation: 'Çöpünüzün toplanması için para. Her hane bunu belediyeye öder.',
    },
    rioolheffing: {
      term: 'kanalizasyon vergisi',
      explanation: 'Kirli suyu ve yağmuru götüren kanalizasyon için para. Belediyeye ödersiniz.',
    },
    invorderingskosten: {
      term: 'tahsil masrafları',
      explanation:
        'Geç ödediğinizde gelen ek masraflar, örneğin ihtar veya ödeme emri için. Borcunuza eklenir.',
    },
    belastingdeurwaarder: {
      term: 'vergi icra memuru',
      explanation:
        'Belediye için çalışan icra memuru. Vergi ödemezseniz gelir. Eşyalarınıza veya maaşınıza haciz koyabilir.',
    },
    deurwaarder: {
      term: 'icra memuru',
      explanation:
        'Borçlu olduğunuz kişi için para toplar. Haciz koyabilir. Hemen iletişime geçin: çoğu zaman hâlâ anlaşma yapılabilir.',
    },
    'automatische-incasso': {
      term: 'otomatik ödeme talimatı',
      explanation:
        'Para hesabınızdan otomatik çekilir, kendiniz ödemezsiniz. Önce izin verirsiniz.',
    },
    vervaldatum: {
      term: 'son ödeme tarihi',
      explanation: 'Ödeme için son gün. Daha geç öderseniz ek masraf çıkabilir.',
    },
    beslaglegging: {
      term: 'haciz',
      explanation:
        'Birisi borcu ödemek için maaşınızı, paranızı veya eşyanızı alabilir. Bunu sadece icra memuru yapabilir. Size her zaman bir miktar kalır.',
    },
    'beslagvrije-voet': {
      term: 'haczedilemez tutar',
      explanation:
        'Gelirinizin kimsenin alamayacağı kısmı. Kira, yemek ve enerji içindir. Haciz olsa da bu para sizde kalır.',
    },
    'uitstel-van-betaling': {
      term: 'ödeme ertelemesi',
      explanation:
        'Daha sonra ödeyebilirsiniz. Bunu kendiniz istemelisiniz, örneğin itiraz sırasında.',
    },
    invorderingsambtenaar: {
      term: 'tahsildar',
      explanation:
        'Belediye için vergiyi toplayan kişi. İhtar gönderir ve ödeme emri gönderebilir.',
    },
    betalingsherinnering: {
      term: 'ödeme hatırlatması',
      explanation:
        'Henüz ödemediğinizi söyleyen mektup. Henüz ek masraf yok. Çabuk ödeyin veya iletişime geçin.',
    },
    schuldeiser: {
      term: 'alacaklı',
      explanation:
        'Para borçlu olduğunuz kişi veya kurum. Örneğin bir mağaza, ev sahibi veya belediye.',
    },
    incassobureau: {
      term: 'tahsilat bürosu',
      explanation:
        'Başka bir şirket için para toplayan şirket. Ek masraf isteyebilir ama keyfi değil.',
    },
    betalingsachterstand: {
      term: 'ödeme gecikmesi',
      explanation: 'Bir faturayı zamanında ödemediniz. Erken yardım isteyin. Bu çok normaldir.',
    },
    schuldsanering: {
      term: 'borç yapılandırma (Wsnp)',
      explanation:
        'Büyük borçlar için mahkeme düzenlemesi. Üç yıl az parayla yaşarsınız. Sonra genelde borçlarınızdan kurtulursunuz.',
    },
    schuldregeling: {
      term: 'borç anlaşması',
      explanation:
        'Belediye tüm alacaklılarınızla anlaşma yapar. Ayırabildiğinizi ödersiniz. Bir süre sonra kalan borç silinir.',
    },
    bewindvoering: {
      term: 'koruyucu kayyumluk',
      explanation:
        'Başka biri paranızı sizin için yönetir: kayyum (bewindvoerder). Faturalarınızı öder. Gerekli olup olmadığına hakim karar verir.',
    },
    budgetbeheer: {
      term: 'bütçe yönetimi',
      explanation:
        'Biri ödemelerinizde size yardım eder. Paranız önce ayrı bir hesaba gelir. Önce kira ve sabit masraflar ödenir.',
    },
    vonnis: {
      term: 'mahkeme kararı',
      explanation:
        'Hakimin kararı. Kararda yazanı yapmanız gerekir. Bazen itiraz edip üst mahkemeye gidebilirsiniz.',
    },
    vroegsignalering: {
      term: 'erken uyarı',
      explanation:
        'Belediye kira veya enerji gibi bir faturayı ödemediğinizi öğrenir. Biri yardım etmek için sizinle iletişime geçer.',
    },
    huurachterstand: {
      term: 'kira borcu',
      explanation:
        'Kiranın tamamını ödemediniz. Ev sahibinizle hemen görüşün. Birlikte bir anlaşma yapabilirsiniz.',
    },
    ontruiming: {
      term: 'tahliye',
      explanation:
        'Evinizden çıkmanız gerekir. Bu sadece hakim kararıyla olur. Bununla ilgili mektup alırsanız hemen yardım isteyin.',
    },
    woningcorporatie: {
      term: 'sosyal konut kuruluşu',
      explanation: 'Az parası olanlara ev kiralayan kuruluş. Çoğu zaman ev sahibinizdir.',
    },
    huurcontract: {
      term: 'kira sözleşmesi',
      explanation:
        'Kiraladığınız evle ilgili anlaşmalar, örneğin kira tutarı. Siz ve ev sahibi imzalarsınız.',
    },
    huurverhoging: {
      term: 'kira artışı',
      explanation:
        'Kiranız artar. Ev sahibiniz size mektup gönderir. Katılmıyorsanız itiraz edebilirsiniz.',
    },
    verhuurder: {
      term: 'ev sahibi',
      explanation:
        'Kiraladığınız evin sahibi. Kirayı ona ödersiniz, örneğin bir sosyal konut kuruluşu.',
    },
    urgentie: {
      term: 'aciliyet belgesi',
      explanation:
        'Bununla daha hızlı kiralık ev alırsınız. Çok ciddi bir nedeniniz olmalı. Belediye karar verir.',
    },
    brp: {
      term: 'BRP (nüfus kaydı)',
      explanation:
        'Belediyenin kimin nerede yaşadığını gösteren listesi. Bilgileriniz doğruysa postanızı ve yardımlarınızı alırsınız.',
    },
    'kale-huur': {
      term: 'çıplak kira',
      explanation:
        'Hizmet bedeli, gaz veya elektrik gibi ek masraflar olmadan kira. Kira yardımı çıplak kiraya göre hesaplanır.',
    },
    besluit: {
      term: 'karar',
      explanation:
        'Belediyenin sizinle ilgili bir mektupta yazılı kararı. Katılmıyorsanız itiraz edebilirsiniz.',
    },
    'beslissing-op-bezwaar': {
      term: 'itiraz kararı',
      explanation:
        'Belediyenin itirazınıza cevabı. Katılmıyorsanız mahkemeye gidebilirsiniz. Buna dava (beroep) denir.',
    },
    bezwaarcommissie: {
      term: 'itiraz komisyonu',
      explanation:
        'Sizi ve belediyeyi dinler, sonra itirazınız hakkında görüş verir. Üyeleri kararı veren birimde çalışmaz.',
    },
    rechtbank: {
      term: 'mahkeme',
      explanation:
        'Hakimin çalıştığı yer. Davada hakim kararın doğru olup olmadığına bakar. Orada derdinizi kendiniz anlatabilirsiniz.',
    },
    'centrale-raad-van-beroep': {
      term: 'Merkezi İtiraz Mahkemesi',
      explanation: 'Yardımlar ve bakım konusunda üst mahkeme. Bu son adımdır.',
    },
    'hoger-beroep': {
      term: 'üst mahkemeye başvuru',
      explanation:
        'Mahkeme kararından sonraki adım. Daha yüksek bir mahkeme tekrar bakar. Genelde altı hafta içinde yapılmalıdır.',
    },
    griffierecht: {
      term: 'mahkeme harcı',
      explanation: 'Mahkemeye gitmek için ödediğiniz para. Haklı çıkarsanız geri alırsınız.',
    },
    ombudsman: {
      term: 'kamu denetçisi (ombudsman)',
      explanation: 'Devletten şikâyetiniz varsa yardım eder. İki tarafı da dinler. Ücretsizdir.',
    },
    klacht: {
      term: 'şikâyet',
      explanation:
        'Şikâyet, belediyenin size nasıl davrandığıyla ilgilidir, örneğin kaba bir görevli. İtirazla aynı şey değildir.',
    },
    awb: {
      term: 'Awb (Genel İdare Hukuku Yasası)',
      explanation:
        'Devlet için kuralları içeren yasa. İtiraz ve davanın nasıl yapıldığını da anlatır.',
    },
    ingebrekestelling: {
      term: 'temerrüt bildirimi',
      explanation:
        'Belediyeye kararında geciktiğini söylersiniz. İki hafta sonra hâlâ karar yoksa size para ödemesi gerekir.',
    },
    beslistermijn: {
      term: 'karar süresi',
      explanation:
        'Belediyenin karar vermek için süresi, genelde sekiz hafta. Mektupta ne kadar olduğu yazar.',
    },
    college: {
      term: 'belediye başkanı ve meclis üyeleri kurulu',
      explanation:
        'Belediye başkanı ve yardımcıları belediyeyi yönetir ve karar verir. İtirazınızı çoğu zaman onlara gönderirsiniz.',
    },
    rechtsbijstand: {
      term: 'hukuki yardım',
      explanation:
        'Avukat yardımı. Az paranız varsa devlet büyük kısmını öder. Juridisch Loket daha çok bilgi verir.',
    },
    'juridisch-loket': {
      term: 'Juridisch Loket (ücretsiz hukuk danışma)',
      explanation:
        'Haklarınız hakkında ücretsiz tavsiye, örneğin bir karar, borçlar veya kira. Arayabilir veya gidebilirsiniz.',
    },
    'pro-forma-bezwaar': {
      term: 'kısa (pro forma) itiraz',
      explanation:
        'Süreyi kaçırmamak için kısa bir itiraz. Sadece "katılmıyorum" yazarsınız. Nedenleri sonra gönderirsiniz.',
    },
    ontvankelijk: {
      term: 'kabul edilemez',
      explanation:
        'Belediye itirazınızı incelemez, örneğin geç kaldığı veya imza eksik olduğu için.',
    },
    'niet-in-behandeling': {
      term: 'işleme alınmadı',
      explanation:
        'Belediye başvurunuzu incelemez çünkü belgeler gibi bir şey eksikti. Yeniden başvurabilirsiniz.',
    },
    hersteltermijn: {
      term: 'tamamlama süresi',
      explanation:
        'Eksik olanı, örneğin belgeleri, eklemek için verilen süre. Bu süre içinde yapın.',
    },
    intrekking: {
      term: 'geri alma',
      explanation: 'Belediye bir kararı durdurur, örneğin yardımınızı. Sonra artık almazsınız.',
    },
    'algemene-termijnenwet': {
      term: 'Genel Süreler Yasası',
      explanation:
        'Bir süre asla hafta sonu veya resmi tatilde bitmez. O zaman bir sonraki iş gününe kadar vaktiniz olur.',
    },
    kenmerk: {
      term: 'dosya numarası',
      explanation:
        'Mektubun üstündeki numara. Aradığınızda veya yazdığınızda söyleyin, mektubunuz çabuk bulunur.',
    },
    identiteitsbewijs: {
      term: 'kimlik belgesi',
      explanation:
        'Kim olduğunuzu gösteren belge: pasaport, kimlik kartı veya oturma belgesi. Randevulara götürün.',
    },
  },
};
