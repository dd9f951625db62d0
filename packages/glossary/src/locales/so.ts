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
  },
};
