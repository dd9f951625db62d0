import type { GlossaryLocale } from '../types.js';

export const glossary: GlossaryLocale = {
  locale: 'so',
  reviewed: false,
  terms: {
    beschikking: {
      term: "go'aan rasmi ah",
      explanation:
        "Waa warqad ay ku qoran tahay go'aan ka yimid dawladda hoose. Waxay sheegaysaa waxa aad helayso iyo waxa aadan helayn. Haddii aadan ku raacsanayn, waxaad gudbin kartaa diidmo rasmi ah.",
    },
    bezwaar: {
      term: 'diidmo rasmi ah',
      explanation:
        "Diidmo waxaad ku leedahay: go'aankan kuma raacsani. Waxaad warqad u qoraysaa dawladda hoose. Samee tan 6 toddobaad gudahood laga bilaabo taariikhda warqadda.",
    },
    beroep: {
      term: 'racfaan (maxkamad)',
      explanation:
        "Racfaanku waa tallaabada ka dambeysa diidmada. Waxaad garsoore ka codsanaysaa inuu eego go'aanka. Badanaa waxaa la sameeyaa 6 toddobaad gudahood kadib go'aanka diidmadaada.",
    },
    aanvraag: {
      term: 'codsi',
      explanation:
        'Codsi waa markaad dawladda hoose weydiiso caawimaad ama lacag. Badanaa waxaad buuxisaa foom. Tusaale ahaan: codsi kaalmada bulshada.',
    },
    dagtekening: {
      term: 'taariikhda warqadda',
      explanation:
        'Waa taariikhda ku qoran xagga sare ee warqadda. Laga bilaabo taariikhdaas ayaa la tiriyaa waqtiga aad haysato si aad u jawaabto.',
    },
    wmo: {
      term: 'Wmo (sharciga taageerada bulshada)',
      explanation:
        'Wmo waa sharci. Sharcigan awgiis, dawladda hoose waxay kaa caawisaa inaad gurigaaga ku noolaato adigoo madax-bannaan. Tusaale ahaan caawimaad shaqada guriga, kursiga naafada ama wiishka jaranjarada.',
    },
    participatiewet: {
      term: 'sharciga ka-qaybgalka',
      explanation:
        'Waa sharci ku saabsan shaqo iyo lacag. Ma haysatid lacag kugu filan oo aad ku noolaato? Markaas waxaad heli kartaa kaalmada bulshada. Dawladda hoose waxay sidoo kale kaa caawisaa inaad shaqo hesho.',
    },
    jeugdwet: {
      term: 'sharciga dhallinyarada',
      explanation:
        'Waa sharci ku saabsan caawimaadda carruurta iyo dhallinyarada ilaa 18 jir. Dawladda hoose ayaa diyaarisa caawimaaddan. Tusaale ahaan caawimaad xagga korinta carruurta ama dhibaatooyinka guriga.',
    },
    'eigen-bijdrage': {
      term: 'qayb-bixin shakhsi ah',
      explanation:
        "Waa lacag aad adigu bixiso si aad u hesho caawimaad ama daryeel. Caawimaadda Wmo, lacagtan waxaad u bixisaa CAK. Badanaa waa lacag go'an.",
    },
    cak: {
      term: 'CAK (xafiiska lacag-bixinta dawladda)',
      explanation:
        "CAK waa hay'ad dawladeed. CAK ayaa kuu soo dirta biilka qayb-bixintaada shakhsiga ah. Tusaale ahaan caawimaadda Wmo.",
    },
    pgb: {
      term: 'pgb (miisaaniyad daryeel oo shakhsi ah)',
      explanation:
        'pgb waa lacag loogu talagalay daryeel ama caawimaad. Adiga ayaa diyaariya oo bixiya caawimaadda. Adiga ayaa dooranaya qofka ku caawinaya.',
    },
    'zorg-in-natura': {
      term: 'daryeel ay dawladda hoose diyaarisay',
      explanation:
        "Dawladda hoose ayaa diyaarisa oo bixisa daryeelkaaga. Waxaad caawimaad ka helaysaa hay'ad la shaqaysa dawladda hoose. Lacag gacantaada laguma siinayo.",
    },
    indicatie: {
      term: 'qiimaynta baahida daryeelka',
      explanation:
        "Waa go'aan ku saabsan inta daryeel ama caawimaad ah ee aad u baahan tahay. Waxaa sidoo kale ku qoran muddada aad caawimaadda helayso.",
    },
    keukentafelgesprek: {
      term: 'wada-hadal miiska jikada',
      explanation:
        'Waa wada-hadal aad la yeelanayso qof ka socda dawladda hoose. Waxaa laga hadlayaa xaaladdaada iyo caawimaadda aad u baahan tahay. Badanaa wuxuu ka dhacaa gurigaaga. Qof ayaad keeni kartaa.',
    },
    clientondersteuner: {
      term: 'taageere madax-bannaan',
      explanation:
        "Waa qof ku caawiya markaad dawladda hoose caawimaad weydiisato. Qofkani go'aan kama gaaro caawimaaddaada. Caawimaaddu waa lacag la'aan. Wuu kula iman karaa wada-hadalka.",
    },
    machtiging: {
      term: 'wakaalad (oggolaansho)',
      explanation:
        'Wakaalad waxaad ku siinaysaa qof kale oggolaansho uu arrimahaaga kuugu qabto. Tusaale ahaan wiilkaaga ama gabadhaada. Tan waxaa sidoo kale lagu samayn karaa DigiD.',
    },
    digid: {
      term: 'DigiD (gelitaanka bogagga dawladda)',
      explanation:
        'DigiD waxaad ku gashaa bogagga internetka ee dawladda. Sidaas ayaad ku muujisaa cidda aad tahay. DigiD-gaaga marnaba ha siin qof kale.',
    },
    bsn: {
      term: 'lambarka muwaadinka (BSN)',
      explanation:
        "Waa lambarkaaga shakhsiga ah ee dawladda. Waxaad ka helaysaa baasaboorkaaga ama kaarka aqoonsiga. Sii oo keliya hay'adaha aad aaminsan tahay.",
    },
    toeslag: {
      term: 'kaalmo lacageed (toeslag)',
      explanation:
        'Waa lacag dawladdu ku siiso si ay kaaga caawiso kharashyada joogtada ah. Tusaale ahaan kaalmada caymiska caafimaadka, kirada ama xannaanada carruurta. Waxaad ka codsataa Dienst Toeslagen.',
    },
    aanmaning: {
      term: 'warqad xasuusin lacag-bixin',
      explanation:
        'Waa warqad sheegaysa inaad weli lacag bixin leedahay. Waad daahisay ama ma aadan bixin. Dhaqso u bixi, haddii kale kharash dheeraad ah ayaa lagu darayaa.',
    },
    dwangbevel: {
      term: 'amar qasab ah oo lacag-bixin',
      explanation:
        'Waa amar rasmi ah oo ah inaad lacag bixiso. Waxaad helaysaa haddii aadan weli bixin kadib warqadda xasuusinta. Kharash badan ayaa lagu darayaa. Dhaqso u codso caawimaad.',
    },
    invordering: {
      term: 'ururinta deynta',
      explanation:
        'Waxay ka dhigan tahay: dawladda hoose waxay soo ururinaysaa lacagta aad weli ku leedahay. Tani waxay dhacdaa marka aadan waqtigeeda bixin.',
    },
    kwijtschelding: {
      term: 'cafinta canshuurta',
      explanation:
        'Waxay ka dhigan tahay in canshuur lagaa cafiyo oo aadan bixin. Tani waa suurtagal haddii dakhligaagu yar yahay oo lacag kayd ah aad wax yar haysato. Waa inaad adigu codsataa.',
    },
    betalingsregeling: {
      term: 'qorshe lacag-bixin qaybo ah',
      explanation:
        "Lacag waxaad u bixinaysaa qaybo qaybo. Tusaale ahaan bil kasta qayb yar. Tan waxaad ku heshiinaysaa hay'adda lacagta helaysa.",
    },
    bijstand: {
      term: 'kaalmada bulshada',
      explanation:
        'Waa lacag dawladda hoose ay ku siiso si aad ugu noolaato. Waxaad helaysaa haddii aadan haysan dakhli ama lacag kayd ah oo ku filan. Waxaa jira xeerar, tusaale ahaan shaqo raadin.',
    },
    'bijzondere-bijstand': {
      term: 'kaalmo gaar ah',
      explanation:
        'Waa lacag dheeraad ah oo dawladda hoose ay ku siiso kharashyo aadan bixin karin. Tusaale ahaan mashiin dhar-dhaqe cusub ama muraayad indhaha.',
    },
    uitkering: {
      term: 'gunno (lacag bille ah)',
      explanation:
        'Waa lacag aad bil kasta ka hesho dawladda. Tusaale ahaan haddii aadan shaqo lahayn ama aad jiran tahay. Kaalmada bulshada iyo hawlgabka dawladda (AOW) sidoo kale waa gunno.',
    },
    inkomen: {
      term: 'dakhli',
      explanation:
        'Dakhligaagu waa lacagta aad bil kasta hesho. Tusaale ahaan mushahar, gunno ama hawlgab.',
    },
    vermogen: {
      term: 'hanti',
      explanation:
        'Hantidu waa waxa aad leedahay, sida lacag kayd ah, baabuur ama guri. Deymahaaga waa laga jarayaa. Si aad u hesho kaalmada bulshada, hantidaadu waa inaysan badnayn.',
    },
    zorgverzekering: {
      term: 'caymiska caafimaadka',
      explanation:
        'Wuxuu bixiyaa kharashka dhakhtarka, isbitaalka iyo daawada. Qof kasta oo Nederland ku nool ama ka shaqeeya waa inuu haystaa caymiskan. Bil kasta ayaad lacag u bixisaa.',
    },
    huurtoeslag: {
      term: 'kaalmada kirada',
      explanation:
        'Waa lacag dawladdu ku siiso haddii kiradaadu sarrayso oo dakhligaaguna yar yahay. Bil kasta ayaad helaysaa. Waxaad ka codsataa Dienst Toeslagen.',
    },
    schuldhulpverlening: {
      term: 'caawimaadda deynta',
      explanation:
        "Waa caawimaad ku saabsan deymaha. Dawladda hoose waxay kaa caawisaa inaad deymahaaga si cad u aragto oo aad heshiisyo samayso. Caawimaaddu waa lacag la'aan. Goor hore codso.",
    },
    woz: {
      term: 'WOZ (qiimaha rasmiga ah ee guriga)',
      explanation:
        "Waa qiimaha gurigaaga sida ay dawladda hoose qabto. Dawladda hoose ayaa sannad kasta go'aamisa. Qiimahan waxaa loo xisaabiyaa canshuuraha, mararka qaarkoodna kirada.",
    },
    'gemeentelijke-belastingen': {
      term: 'canshuuraha dawladda hoose',
      explanation:
        'Waa canshuuro aad siiso dawladda hoose. Tusaale ahaan qaadista qashinka iyo bullaacadda. Haddii aad guri leedahay, sidoo kale waad u bixisaa.',
    },
    aanslag: {
      term: 'warqadda canshuurta',
      explanation:
        'Waa warqad sheegaysa inta canshuur ah ee ay tahay inaad bixiso. Waxaa sidoo kale ku qoran goorta ay tahay inaad bixiso.',
    },
    termijn: {
      term: 'muddo / qayb lacag-bixin',
      explanation:
        'Waa waqtiga ay tahay inaad wax ku samayso. Tusaale ahaan: waa inaad ka jawaabtaa 6 toddobaad gudahood. Waxay sidoo kale noqon kartaa qayb ka mid ah lacag-bixin.',
    },
    bewijsstukken: {
      term: 'caddaymo (dukumeenti)',
      explanation:
        'Waa waraaqo muujinaya in wax run yihiin. Tusaale ahaan warqadda mushaharka, warbixinta bangiga ama heshiiska kirada. Soo dir koobiyo, ha soo dirin asalka.',
    },
    handtekening: {
      term: 'saxiix',
      explanation:
        'Saxiixu waa magacaaga aad gacanta ku qorto. Sidaas ayaad ku muujisaa inaad ogolaatay. Saxiix oo keliya marka aad wax walba fahantay.',
    },
    ondertekening: {
      term: 'saxiixid',
      explanation:
        'Waxay ka dhigan tahay: inaad saxiixdo hoosta warqad ama foom. Foom aan saxiix lahayn badanaa ma ansaxa.',
    },
    gemachtigde: {
      term: 'wakiil',
      explanation:
        'Waa qof loo oggol yahay inuu arrimahaaga kuu qabto. Adiga ayaa qofkaas oggolaansho siiyay. Tusaale ahaan qof qoyska ka mid ah ama taageere madax-bannaan.',
    },
    verklaring: {
      term: 'bayaan rasmi ah',
      explanation:
        'Waa warqad uu qof si rasmi ah ugu sheegayo in wax run yihiin. Tusaale ahaan inaad cinwaan ku nooshahay. Mararka qaarkood waa inaad bayaan buuxiso oo saxiixdo.',
    },
    afwijzing: {
      term: 'codsi la diiday',
      explanation:
        'Waxay ka dhigan tahay: ma helaysid wixii aad codsatay. Warqadda waxaa ku qoran sababta. Haddii aadan ku raacsanayn, waxaad gudbin kartaa diidmo rasmi ah.',
    },
    toekenning: {
      term: 'codsi la aqbalay',
      explanation:
        'Waxay ka dhigan tahay: waxaad helaysaa wixii aad codsatay. Warqadda waxaa ku qoran waxa aad helayso iyo muddada.',
    },
    herziening: {
      term: "dib-u-eegis go'aan",
      explanation:
        "Dawladda hoose ayaa beddelaysa go'aan hore. Tusaale ahaan sababtoo ah xaaladdaadu way isbeddeshay. Mararka qaarkood waa inaad lacag celiso.",
    },
    hoorzitting: {
      term: 'fadhi dhageysi',
      explanation:
        'Waa wada-hadal ku saabsan diidmadaada rasmiga ah. Halkaas ayaad ku sharraxaysaa sababta aadan ugu raacsanayn. Qof ayaad keeni kartaa, tusaale ahaan taageere madax-bannaan.',
    },
    'voorlopige-voorziening': {
      term: 'amar degdeg ah oo ku-meel-gaar ah (maxkamad)',
      explanation:
        "Waa go'aan degdeg ah oo ku-meel-gaar ah oo garsoore gaaro. Waxaad codsataa marka aadan sugi karin. Tusaale ahaan sababtoo ah haddii kale lacag ma haysatid.",
    },
    wijkteam: {
      term: 'kooxda xaafadda',
      explanation:
        "Waa koox dad ah oo xaafaddaada wax ka caawiya. Waxaad u tegi kartaa su'aalo ku saabsan daryeel, lacag, korinta carruurta ama guri. Caawimaaddu waa lacag la'aan.",
    },
    sleutelpersoon: {
      term: 'qof isku-xire ah oo bulshadaada ka mid ah',
      explanation:
        'Waa qof bulshadaada ka mid ah oo ku caawiya. Qofkani badanaa wuxuu ku hadlaa luqaddaada. Wuxuu kuu sharraxaa sida waxyaabuhu u shaqeeyaan.',
    },
    zorgaanbieder: {
      term: 'bixiyaha daryeelka',
      explanation:
        "Waa hay'ad ama qof bixiya daryeel ama caawimaad. Tusaale ahaan hay'ad daryeel guri ama qof ka caawiya shaqada guriga.",
    },
    maatwerkvoorziening: {
      term: 'caawimaad gaar ah',
      explanation:
        'Caawimaad ay dawladda hoose adiga oo keliya kuu diyaariso. Waxay eegaan waxa aadan keligaa samayn karin. Tusaale caawimaad guriga ama mooto yar.',
    },
    'algemene-voorziening': {
      term: 'adeeg dadka oo dhan',
      explanation:
        "Caawimaad loogu talagalay dadka xaafadda oo dhan. Go'aan looma baahna. Tusaale cunto xarunta xaafadda.",
    },
    'huishoudelijke-ondersteuning': {
      term: 'caawimaad shaqada guriga',
      explanation:
        "Qof ayaa guriga kuu nadiifiya ama dharka kuu dhaqa. Saacado go'an ayaad toddobaadkii helaysaa.",
    },
    begeleiding: {
      term: 'taageero shakhsi ah',
      explanation:
        'Qof ayaa kaa caawiya nidaaminta noloshaada: boostada, lacagta, ballamaha. Sidaas ayaad gurigaaga ku sii joogi kartaa.',
    },
    dagbesteding: {
      term: 'hawlo maalmeed',
      explanation:
        "Meel aad maalintii wax faa'iido leh kula qabato dad kale. Tusaale karinta, beerta ama sheekaysi.",
    },
    'beschermd-wonen': {
      term: 'guri la ilaaliyo',
      explanation:
        'Waxaad ku nooshahay guri caawimaadi u dhow tahay. Had iyo jeer qof ayaa ku caawin kara. Waa dadka aan keligood noolaan karin.',
    },
    woningaanpassing: {
      term: 'wax ka beddel guriga',
      explanation:
        'Isbeddel gurigaaga si aad ugu sii noolaato si ammaan ah. Tusaale wiishka jaranjarada ama qubays aan heer lahayn.',
    },
    hulpmiddel: {
      term: 'qalab caawimaad',
      explanation:
        'Wax kaa caawiya hawlaha maalinlaha ah. Tusaale kursi curyaan, socod-caawiye ama wiish.',
    },
    bruikleen: {
      term: 'amaah',
      explanation:
        'Waad amaahanaysaa, uma baahnid inaad iibsato. Markaadan u baahnayn, waad celinaysaa.',
    },
    regiotaxi: {
      term: 'tagsi gobol',
      explanation:
        'Tagsi loogu talagalay dadka socodku ku adag yahay. Mararka qaarkood dad kale ayaad la wadaagtaa. Lacag yar ayaad safar kasta bixisaa.',
    },
    mantelzorg: {
      term: 'daryeel qoys',
      explanation:
        'Daryeel aad siiso qof aad taqaan, tusaale hooyadaa, lammaanahaaga ama deriskaaga. Mushahar kuma qaadatid.',
    },
    ondersteuningsplan: {
      term: 'qorshe taageero',
      explanation:
        'Qorshe ay ku qoran tahay caawimaadda aad hesho iyo waxa aad adigu qabato. Waxaad la samaysaa dawladda hoose.',
    },
    ciz: {
      term: 'CIZ (xarunta qiimaynta daryeelka)',
      explanation:
        "CIZ ayaa go'aamisa in qof daryeel ka helo Wlz, dadka had iyo jeer caawimaad u baahan. CIZ ma aha dawladda hoose.",
    },
    wlz: {
      term: 'Wlz (sharciga daryeelka muddada dheer)',
      explanation:
        "Sharci loogu talagalay dadka maalinta oo dhan daryeel u baahan, tusaale guriga daryeelka. CIZ ayaa go'aamisa.",
    },
    abonnementstarief: {
      term: "lacag bille ah oo go'an",
      explanation:
        "Lacag go'an bil kasta oo loogu talagalay caawimaadda Wmo. Waxaad siisaa CAK. Qof walba waa isku mid.",
    },
    'eigen-kracht': {
      term: 'awooddaada',
      explanation:
        'Waxa aad adigu samayn karto ama dadka kugu xeeran. Kaddib ayay dawladda hoose eegtaa caawimaad.',
    },
    'gebruikelijke-hulp': {
      term: 'caawimaad caadi ah',
      explanation:
        'Caawimaadda dadka hal guri ku wada nool ay caadi ahaan is siiyaan, sida karinta ama dhar dhaqidda. Dawladda hoose badanaa caawimaad uma bixiso.',
    },
    svb: {
      term: 'SVB (bangiga caymiska bulshada)',
      explanation:
        'SVB waxay u shaqaysaa dawladda. Haddii aad pgb leedahay, SVB ayaa bixisa daryeelayaashaada. Sidoo kale AOW iyo lacagta carruurta.',
    },
    herindicatie: {
      term: 'qiimayn cusub',
      explanation:
        'Dawladda hoose ayaa mar kale eegaysa caawimaaddaada. Weli ma u baahan tahay? Ma ku filan tahay? Badanaa dhowr sano kaddib.',
    },
    huisbezoek: {
      term: 'booqasho guri',
      explanation:
        'Shaqaale ayaa gurigaaga yimaada, kula hadla oo arka sida aad u nooshahay. Qof aad aaminsan tahay ayaa kula joogi kara.',
    },
    jeugdhulp: {
      term: 'caawimaad dhallinyaro',
      explanation:
        'Caawimaad carruurta, dhallinyarada iyo waalidiinta. Tusaale barbaarinta, muranka ama marka ilmuhu aanu fiicnayn. Dawladda hoose ayaa bixisa.',
    },
    jeugdhulpaanbieder: {
      term: 'bixiyaha caawimaadda dhallinyarada',
      explanation:
        'Urur caawiya carruurta iyo waalidiinta. Dawladda hoose heshiis ayay la leedahay. Mararka qaarkood adiga ayaa dooran kara.',
    },
    verwijzing: {
      term: 'u gudbin',
      explanation:
        'U gudbintu waxay kuu ogolaataa caawimaad aadan si kale u heleen. Dhakhtarka qoyska ama kooxda xaafadda ayaa ku siiya.',
    },
    jeugdteam: {
      term: 'kooxda dhallinyarada',
      explanation:
        "Waxay caawiyaan waalidiinta iyo carruurta su'aalaha koritaanka iyo barbaarinta. Adigu la xiriir. Caawimaaddu waa bilaash.",
    },
    jeugdbescherming: {
      term: 'ilaalinta carruurta',
      explanation:
        "Caawimaad marka ilmuhu aanu guriga ku nabad qabin. Garsooraha ayaa go'aamin kara. Ujeeddadu waa ilmuhu inuu si nabad ah u koro.",
    },
    ondertoezichtstelling: {
      term: 'kormeerka qoyska',
      explanation:
        "Garsooraha ayaa go'aamiya in qoysku caawimaad aqbalo. Shaqaale ilaalinta carruurta ayaa qoyska caawiya. Waalidiintu awooddooda way haystaan.",
    },
    'raad-voor-de-kinderbescherming': {
      term: 'Guddiga Ilaalinta Carruurta',
      explanation:
        "Hay'addan dawladeed waxay baartaa in ilmuhu si nabad ah u koro. Waxay garsooraha ka codsan kartaa in caawimaaddu qasab noqoto.",
    },
    'veilig-thuis': {
      term: 'Veilig Thuis (khadka rabshadaha guriga)',
      explanation:
        'Lambar aad wacdo marka rabshad guriga ka dhacdo, xitaa haddii aadan hubin. Lambarku waa 0800-2000. Wicitaanku waa bilaash.',
    },
    pleegzorg: {
      term: 'qoys korsad',
      explanation:
        'Ilmuhu muddo ayuu la noolaadaa qoys kale oo daryeela. Waalidiintu badanaa xiriir way la leeyihiin.',
    },
    'ouderlijk-gezag': {
      term: 'awoodda waalidka',
      explanation:
        "Adiga ayaa go'aamiya arrimaha ilmahaaga: dugsiga, daaweynta, halka uu ku nool yahay. Ilaa 18 sano.",
    },
    leerplicht: {
      term: 'waxbarasho qasab ah',
      explanation:
        'Ilmuhu waa inuu dugsiga aado ilaa 16 sano, kaddibna ilaa shahaado ama 18 sano. Dawladda hoose ayaa la socota.',
    },
    levensonderhoud: {
      term: 'kharashka nolosha',
      explanation: 'Lacagta aad u baahan tahay si aad u noolaato: cunto, dhar, kiro iyo tamar.',
    },
    bijstandsnorm: {
      term: 'qaddarka gargaarka bulshada',
      explanation:
        "Lacagta aad bil kasta ka hesho gargaarka bulshada. Waxay ku xiran tahay da'daada iyo cidda aad la nooshahay.",
    },
    kostendelersnorm: {
      term: 'xeerka wadaagista kharashka',
      explanation:
        'Haddii aad la nooshahay dad waaweyn oo kale, kharashka waad wadaagi kartaan. Sidaas darteed gargaar yar ayaad helaysaa.',
    },
    draagkracht: {
      term: 'awoodda bixinta',
      explanation:
        'Lacagta aad adigu bixin karto. Dawladda hoose waxay ka xisaabisaa dakhligaaga iyo kaydkaaga. Qaybtaas adiga ayaa bixinaya.',
    },
    'noodzakelijke-kosten': {
      term: 'kharash lagama maarmaan ah',
      explanation:
        'Kharash aad runtii samayn karto oo aan laga maarmi karin. Dawladda hoose gargaarka gaarka ah waxay u bixisaa kharashkan oo keliya.',
    },
    'individuele-inkomenstoeslag': {
      term: 'kaalmo dakhli shakhsi ah',
      explanation:
        'Lacag dawladda hoose sannadkii mar bixiso, dadka muddo dheer dakhli yar lahaa. Waa inaad adigu codsato.',
    },
    tegenprestatie: {
      term: 'shaqo beddel ah',
      explanation:
        "Shaqo faa'iido leh oo aad qabato inta aad gargaar hesho. Mushahar ma lahan. Tusaale caawinta xarunta xaafadda.",
    },
    arbeidsverplichtingen: {
      term: 'waajibaadka shaqada',
      explanation:
        'Xeerarka shaqada ee gargaarka: shaqo raadi oo shaqo aqbal. Mararka qaarkood waa lagaa dhaafaa.',
    },
    maatregel: {
      term: 'dhimista gargaarka',
      explanation:
        'Gargaarkaagu muddo ayuu yaraanayaa sababtoo ah xeer lama raacin. Marka hore waad sharxi kartaa sababta.',
    },
    inlichtingenplicht: {
      term: 'waajibka wargelinta',
      explanation:
        'Waa inaad adigu sheegtaa isbeddellada: shaqo, wada noolaansho, guuritaan. Si degdeg ah u samee.',
    },
    terugvordering: {
      term: 'dib u celin lacag',
      explanation:
        'Dawladda hoose ayaa lacag dib u dalbaysa: wax badan ayaad heshay ama xaq uma lahayn. Waxaad codsan kartaa qaybo.',
    },
    verrekening: {
      term: 'ka jarid',
      explanation: 'Dawladda hoose ayaa deyn ka jarta gargaarkaaga. Lacag yar ayaad helaysaa.',
    },
    voorschot: {
      term: 'hormaris',
      explanation:
        'Lacag aad hore u hesho. Kaddib ayaa la xisaabiyaa qaddarka saxda ah. Haddii aad badan heshay, waad celinaysaa.',
    },
    lening: {
      term: 'amaah lacag',
      explanation:
        'Lacag aad hesho oo kaddib celiso. Gargaarka gaarka ah mararka qaarkood waa amaah. Warqadda ayaa sheegaysa inta aad bishii celinayso.',
    },
    woonkostentoeslag: {
      term: 'kaalmada kharashka guriga',
      explanation:
        'Lacag ku meel gaar ah oo dawladda hoose bixiso marka kiradu aad u sarreyso dakhligaaga oo si lama filaan ah u dhacay. Waa inaad guri ka jaban raadisaa.',
    },
    'collectieve-zorgverzekering': {
      term: 'caymis caafimaad wadaag ah',
      explanation:
        'Caymis caafimaad oo dawladda hoose u diyaariso dadka dakhligoodu hooseeyo. Daryeel badan ayuu daboolaa.',
    },
    minimaregeling: {
      term: 'kaalmada dakhliga yar',
      explanation:
        'Caawimaad dawladda hoose ee dadka lacag yar haysta. Tusaale qiimo dhimis isboorti, dugsi ama barkad.',
    },
    bankafschrift: {
      term: 'warbixinta bangiga',
      explanation:
        'Liiska waxa ka dhacay akoonkaaga bangiga. Waxaad ka qaadataa app-ka ama bogga bangiga.',
    },
    loonstrook: {
      term: 'warqadda mushaharka',
      explanation:
        'Warqad loo-shaqeeyahaaga ka timid oo muujisa mushaharka aad heshay. Bil kasta ama afartii toddobaadba mar ayaad heshaa.',
    },
    'gezamenlijke-huishouding': {
      term: 'guri wadaag ah',
      explanation:
        'Waxaad la nooshahay qof oo is daryeeshaan. Dawladda hoose waxay idiin tirisaa lammaane. Taasi gargaarkaaga way beddeshaa.',
    },
    uwv: {
      term: "UWV (hay'adda caymiska shaqaalaha)",
      explanation:
        "Hay'ad dawladeed. Waxay bixisaa lacag marka aad jiran tahay ama shaqo la'aan tahay, waxayna kaa caawisaa shaqo raadinta.",
    },
    aow: {
      term: 'AOW (hawlgab dawladeed)',
      explanation:
        'Lacag dawladda oo la bixiyo markaad weynaato, qiyaastii 67 sano. Waxaad heshaa haddii aad Nederland ku noolayd ama ka shaqaysay.',
    },
    'kindgebonden-budget': {
      term: 'miisaaniyadda ilmaha',
      explanation:
        'Lacag waalidiinta dakhligoodu hooseeyo ama dhexe yahay, oo ka timaada Dienst Toeslagen. Carruurta ka yar 18 sano.',
    },
    kinderbijslag: {
      term: 'lacagta carruurta',
      explanation:
        'Lacag waalidiinta ilmo ka yar 18 sano. SVB ayaa bixisa saddexdii biloodba mar. Kuma xirna dakhligaaga.',
    },
    zorgtoeslag: {
      term: 'kaalmada caymiska caafimaadka',
      explanation:
        'Lacag caymiska caafimaadka haddii aad wax yar kasbato. Waxaad ka codsataa Dienst Toeslagen.',
    },
    belastingdienst: {
      term: 'Belastingdienst (xafiiska canshuuraha)',
      explanation:
        'Xafiiska canshuuraha dalka. Ma aha dawladda hoose. Warqadahoodu badanaa waxay yimaadaan baqshad buluug ah.',
    },
    ozb: {
      term: 'canshuurta hantida (OZB)',
      explanation:
        'Canshuur loogu talagalay dadka leh guri ama dhisme. Waxaad siisaa dawladda hoose. Gurigu markuu qiimo badan yahay, wax badan ayaad bixisaa.',
    },
    afvalstoffenheffing: {
      term: 'khidmadda qashinka',
      explanation:
        'Lacag loogu talagalay qaadista qashinkaaga. Guri kasta wuxuu siiyaa dawladda hoose.',
    },
    rioolheffing: {
      term: 'khidmadda bulaacadda',
      explanation:
        'Lacag loogu talagalay bulaacadda oo qaada biyaha wasakhda ah iyo roobka. Waxaad siisaa dawladda hoose.',
    },
    invorderingskosten: {
      term: 'kharashka ururinta',
      explanation:
        'Kharash dheeraad ah marka aad dib u bixiso, tusaale digniin ama amar fulin. Waxaa lagu daraa deynta.',
    },
    belastingdeurwaarder: {
      term: 'sarkaalka fulinta canshuurta',
      explanation:
        'Sarkaal u shaqeeya dawladda hoose. Wuu yimaadaa haddii aadan canshuurta bixin. Wuxuu qabsan karaa alaabtaada ama mushaharkaaga.',
    },
    deurwaarder: {
      term: 'sarkaalka fulinta',
      explanation:
        'Wuxuu lacag u ururiyaa qofka aad deynta ku leedahay. Wuxuu samayn karaa qabasho. Si degdeg ah ula xiriir: badanaa weli heshiis waa la gaari karaa.',
    },
    'automatische-incasso': {
      term: 'ka jarid toos ah',
      explanation:
        'Lacagta si toos ah ayaa akoonkaaga looga jaraa. Uma baahnid inaad adigu bixiso. Marka hore ogolaansho ayaad bixisaa.',
    },
    vervaldatum: {
      term: 'taariikhda bixinta',
      explanation:
        'Maalinta ugu dambaysa ee bixinta. Haddii aad dib u bixiso, kharash dheeraad ah ayaa iman kara.',
    },
    beslaglegging: {
      term: 'qabasho',
      explanation:
        'Qof ayaa qaadan kara mushaharkaaga, lacagtaada ama alaabtaada si deyn loo bixiyo. Sarkaalka fulinta oo keliya ayaa samayn kara. Had iyo jeer lacag ayaa kuu hadhaysa.',
    },
    'beslagvrije-voet': {
      term: 'lacagta aan la qabsan karin',
      explanation: 'Qaybta dakhligaaga oo aan cidna qaadan karin. Waa kirada, cuntada iyo tamarta.',
    },
    'uitstel-van-betaling': {
      term: 'dib u dhigista bixinta',
      explanation:
        'Waad bixin kartaa mar dambe. Waa inaad adigu codsato, tusaale inta lagu jiro diidmada.',
    },
    invorderingsambtenaar: {
      term: 'sarkaalka ururinta',
      explanation:
        'Qofka canshuurta u ururiya dawladda hoose. Wuxuu diraa digniino, wuxuuna diri karaa amar fulin.',
    },
    betalingsherinnering: {
      term: 'xasuusin bixin',
      explanation:
        'Warqad leh: weli ma aadan bixin. Weli kharash dheeraad ah ma jiro. Si dhaqso ah u bixi ama la xiriir.',
    },
    schuldeiser: {
      term: 'deyn-bixiye la sugayo',
      explanation:
        'Qofka aad lacag ku leedahay. Tusaale dukaan, mulkiilaha guriga ama dawladda hoose.',
    },
    incassobureau: {
      term: 'shirkadda ururinta deynta',
      explanation:
        'Shirkad lacag u ururisa shirkad kale. Waxay weydiin kartaa kharash, laakiin ma aha sida ay doonto.',
    },
    betalingsachterstand: {
      term: 'bixin dib u dhacday',
      explanation:
        'Biil waqtigiisa kuma aadan bixin. Caawimaad goor hore weydiiso. Tani waa wax caadi ah.',
    },
    schuldsanering: {
      term: 'xallinta deynta sharciga (Wsnp)',
      explanation:
        'Hannaan maxkamadeed oo deynta waaweyn. Saddex sano ayaad lacag yar ku noolaanaysaa. Kaddib badanaa deyntaadu way dhammaataa.',
    },
    schuldregeling: {
      term: 'heshiiska deynta',
      explanation:
        'Dawladda hoose ayaa heshiis la gasha dhammaan kuwa aad deynta ku leedahay. Waxaad bixisaa waxa aad awoodo. Muddo kaddib inta hadhay waa la cafiyaa.',
    },
    bewindvoering: {
      term: 'maamul ilaalin',
      explanation:
        "Qof kale ayaa lacagtaada maamula: maamulaha (bewindvoerder). Wuxuu bixiyaa biilashaada. Garsooraha ayaa go'aamiya.",
    },
    budgetbeheer: {
      term: 'maareynta miisaaniyadda',
      explanation:
        "Qof ayaa kaa caawiya bixinta. Lacagtaadu marka hore waxay gashaa akoon gooni ah. Marka hore kirada iyo kharashka go'an ayaa la bixiyaa.",
    },
    vonnis: {
      term: 'xukun',
      explanation:
        "Go'aanka garsooraha. Waa inaad samayso waxa ku qoran. Mararka qaarkood rafcaan ayaad qaadan kartaa.",
    },
    vroegsignalering: {
      term: 'digniin hore',
      explanation:
        'Dawladda hoose ayaa ogaata inaadan bixin biil, sida kirada ama tamarta. Qof ayaa kula soo xiriira si uu kuu caawiyo.',
    },
    huurachterstand: {
      term: 'kiro dib u dhacday',
      explanation:
        'Kirada oo dhan ma aadan bixin. Si degdeg ah ula xiriir mulkiilaha. Wada jir ayaad heshiis u gaari kartaan.',
    },
    ontruiming: {
      term: 'ka saarid guri',
      explanation:
        "Waa inaad gurigaaga ka baxdo. Garsooraha oo keliya ayaa go'aamin kara. Isla markiiba caawimaad weydiiso haddii warqad tan ku saabsan kuu timaado.",
    },
    woningcorporatie: {
      term: 'shirkadda guryaha bulshada',
      explanation: 'Urur guryo u kireeya dadka lacag yar haysta. Badanaa waa mulkiilahaaga.',
    },
    huurcontract: {
      term: 'heshiiska kirada',
      explanation:
        'Heshiisyada ku saabsan gurigaaga kirada ah, sida qaddarka kirada. Adiga iyo mulkiiluhu ayaa saxiixa.',
    },
    huurverhoging: {
      term: 'kordhinta kirada',
      explanation:
        'Kiradaadu way kordhaysaa. Mulkiiluhu warqad ayuu kuu soo diraa. Haddii aadan ku raacsanayn, diidmo ayaad soo gudbin kartaa.',
    },
    verhuurder: {
      term: 'mulkiilaha guriga',
      explanation:
        'Milkiilaha guriga aad kirayso. Kirada isaga ayaad siisaa, tusaale shirkadda guryaha.',
    },
    urgentie: {
      term: 'warqadda degdegga',
      explanation:
        "Waxay kuu ogolaataa inaad guri kiro ah dhaqso u hesho. Sabab aad u culus ayaa loo baahan yahay. Dawladda hoose ayaa go'aamisa.",
    },
    brp: {
      term: 'BRP (diiwaanka dadweynaha)',
      explanation:
        'Liiska dawladda hoose ee cidda meesha ku nool. Haddii xogtaadu sax tahay, waxaad helaysaa boostadaada iyo kaalmooyinkaaga.',
    },
    'kale-huur': {
      term: 'kirada aasaasiga ah',
      explanation:
        'Kirada aan lahayn kharash dheeraad ah sida adeegyada, gaaska ama korontada. Kaalmada kirada waxaa laga xisaabiyaa kirada aasaasiga ah.',
    },
    besluit: {
      term: "go'aan",
      explanation:
        "Go'aan dawladda hoose oo adiga kugu saabsan, warqad ku qoran. Haddii aadan ku raacsanayn, diidmo ayaad soo gudbin kartaa.",
    },
    'beslissing-op-bezwaar': {
      term: "go'aanka diidmada",
      explanation:
        'Jawaabta dawladda hoose ee diidmadaada. Haddii aadan ku raacsanayn, maxkamad ayaad tagi kartaa.',
    },
    bezwaarcommissie: {
      term: 'guddiga diidmooyinka',
      explanation:
        "Waxay dhegaystaan adiga iyo dawladda hoose, kaddibna talo ayay ka bixiyaan diidmadaada. Xubnuhu kama shaqeeyaan qaybta go'aanka gaartay.",
    },
    rechtbank: {
      term: 'maxkamad',
      explanation:
        "Halka garsooruhu ka shaqeeyo. Dacwadda, garsooruhu wuxuu eegaa in go'aanku sax yahay. Adigu sheekadaada ayaad ka sheegi kartaa.",
    },
    'centrale-raad-van-beroep': {
      term: 'Maxkamadda Rafcaanka Dhexe',
      explanation:
        'Maxkamad sare oo rafcaannada gargaarka iyo daryeelka. Tani waa tallaabada ugu dambaysa.',
    },
    'hoger-beroep': {
      term: 'rafcaan',
      explanation:
        'Tallaabada ka dambaysa xukunka maxkamadda. Maxkamad ka sarreysa ayaa mar kale eegta. Badanaa lix toddobaad gudahood.',
    },
    griffierecht: {
      term: 'khidmadda maxkamadda',
      explanation:
        'Lacagta aad bixiso si aad maxkamad u tagto. Haddii aad guulaysato, dib ayaad u helaysaa.',
    },
    ombudsman: {
      term: 'ombudsman (garsoore cabashooyinka)',
      explanation:
        'Wuu ku caawiyaa haddii aad cabasho ka qabto dawladda. Labada dhinac ayuu dhegaystaa. Waa bilaash.',
    },
    klacht: {
      term: 'cabasho',
      explanation:
        'Cabashadu waxay ku saabsan tahay sida dawladda hoose kuula dhaqantay, tusaale shaqaale aan edeb lahayn. Ma aha diidmo.',
    },
    awb: {
      term: 'Awb (sharciga guud ee maamulka)',
      explanation:
        'Sharci leh xeerarka dawladda. Wuxuu sheegayaa sida diidmo iyo dacwad loo gudbiyo.',
    },
    ingebrekestelling: {
      term: 'ogeysiis dib u dhac',
      explanation:
        "Waxaad dawladda hoose u sheegtaa inay go'aankeeda ka daahday. Laba toddobaad kaddib waa inay lacag ku siiso haddii aysan weli go'aamin.",
    },
    beslistermijn: {
      term: "muddada go'aanka",
      explanation:
        "Waqtiga dawladda hoose u haysato go'aanka, badanaa siddeed toddobaad. Warqadda ayaa sheegaysa.",
    },
    college: {
      term: 'golaha duqa magaalada iyo xildhibaannada',
      explanation:
        "Duqa iyo ku-xigeennadiisa ayaa maamula dawladda hoose oo go'aamo gaara. Diidmadaada badanaa iyaga ayaad u dirtaa.",
    },
    rechtsbijstand: {
      term: 'caawimaad sharci',
      explanation:
        'Caawimaad qareen. Haddii aad lacag yar haysato, dawladdu qayb weyn ayay bixisaa. Juridisch Loket ayaa wax badan kuu sheegaya.',
    },
    'juridisch-loket': {
      term: 'Juridisch Loket (talo sharci oo bilaash ah)',
      explanation:
        "Talo bilaash ah oo ku saabsan xuquuqdaada, tusaale go'aan, deyn ama kiro. Waad wici kartaa ama booqan kartaa.",
    },
    'pro-forma-bezwaar': {
      term: 'diidmo gaaban (pro forma)',
      explanation:
        'Diidmo gaaban si aad waqtiga u gaarto. Kaliya qor: kuma raacsani. Sababaha mar dambe soo dir.',
    },
    ontvankelijk: {
      term: 'aan la aqbali karin',
      explanation:
        'Dawladda hoose ma eegto diidmadaada, tusaale waa dib u dhacday ama saxiix ayaa ka maqnaa.',
    },
    'niet-in-behandeling': {
      term: 'aan la baarin',
      explanation:
        'Dawladda hoose ma eegto codsigaaga sababtoo ah wax ayaa ka maqnaa, sida waraaqo. Mar kale ayaad codsan kartaa.',
    },
    hersteltermijn: {
      term: 'muddada dhammaystirka',
      explanation:
        'Waqtiga aad ku darto waxa ka maqnaa, tusaale waraaqo. Waqtigaas gudihiisa samee.',
    },
    intrekking: {
      term: "joojin go'aan",
      explanation:
        "Dawladda hoose ayaa joojisa go'aan, tusaale gargaarkaaga. Kaddib ma sii helaysid.",
    },
    'algemene-termijnenwet': {
      term: 'Sharciga Guud ee Muddooyinka',
      explanation:
        'Muddo weligeed kuma dhammaato dhammaadka toddobaadka ama fasax rasmi ah. Markaas waxaad haysataa maalinta shaqo ee xigta.',
    },
    kenmerk: {
      term: 'lambarka tixraaca',
      explanation:
        'Lambarka ku yaal warqadda korkeeda. Sheeg markaad wacdo ama qorto, si warqaddaada dhaqso loo helo.',
    },
    identiteitsbewijs: {
      term: 'aqoonsi',
      explanation:
        'Dukumenti muujinaya cidda aad tahay: baasaboor, kaarka aqoonsiga ama sharciga degenaanshaha. Ballamaha u qaado.',
    },
  },
};
