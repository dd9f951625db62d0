import type { GlossaryLocale } from '../types.js';

export const glossary: GlossaryLocale = {
  locale: 'fr',
  reviewed: false,
  terms: {
    beschikking: {
      term: 'décision officielle',
      explanation:
        'Une lettre avec une décision de la commune. Elle dit ce que vous recevez ou ne recevez pas. Vous n’êtes pas d’accord ? Vous pouvez faire une réclamation (bezwaar).',
    },
    bezwaar: {
      term: 'réclamation',
      explanation:
        'Avec une réclamation, vous dites : je ne suis pas d’accord avec cette décision. Vous écrivez une lettre à la commune. Faites-le dans les 6 semaines après la date de la lettre.',
    },
    beroep: {
      term: 'recours au tribunal',
      explanation:
        'C’est l’étape après la réclamation. Vous demandez à un juge de regarder la décision. En général, dans les 6 semaines après la réponse à votre réclamation.',
    },
    aanvraag: {
      term: 'demande',
      explanation:
        'Vous demandez de l’aide ou de l’argent à la commune. Souvent avec un formulaire. Par exemple : une demande d’aide sociale.',
    },
    dagtekening: {
      term: 'date de la lettre',
      explanation:
        'La date en haut de la lettre. Le temps que vous avez pour répondre commence à cette date.',
    },
    wmo: {
      term: 'loi sur le soutien social',
      explanation:
        'Avec cette loi, la commune vous aide à continuer à vivre seul chez vous. Par exemple : aide ménagère, fauteuil roulant ou monte-escalier.',
    },
    participatiewet: {
      term: 'loi sur la participation',
      explanation:
        'Une loi sur le travail et l’argent. Vous n’avez pas assez d’argent pour vivre ? Vous pouvez recevoir l’aide sociale. La commune vous aide aussi à trouver du travail.',
    },
    jeugdwet: {
      term: 'loi sur la jeunesse',
      explanation:
        'Une loi sur l’aide aux enfants et aux jeunes jusqu’à 18 ans. La commune organise cette aide. Par exemple pour l’éducation des enfants ou des problèmes à la maison.',
    },
    'eigen-bijdrage': {
      term: 'participation personnelle',
      explanation:
        'L’argent que vous payez vous-même pour de l’aide ou des soins. Pour l’aide de la Wmo, vous le payez au CAK. C’est souvent un montant fixe.',
    },
    cak: {
      term: 'CAK (bureau public de paiement)',
      explanation:
        'Un organisme de l’État. Il vous envoie la facture de votre participation personnelle. Par exemple pour l’aide de la Wmo.',
    },
    pgb: {
      term: 'budget personnel',
      explanation:
        'De l’argent pour des soins ou de l’aide. Vous organisez et payez l’aide vous-même. Vous choisissez qui vous aide.',
    },
    'zorg-in-natura': {
      term: 'soins organisés par la commune',
      explanation:
        'La commune organise et paie vos soins. Vous recevez l’aide d’un organisme qui travaille avec la commune. Vous ne recevez pas l’argent vous-même.',
    },
    indicatie: {
      term: 'évaluation des besoins',
      explanation:
        'Une décision sur la quantité de soins ou d’aide dont vous avez besoin. Elle dit aussi pendant combien de temps.',
    },
    keukentafelgesprek: {
      term: 'entretien « à la table de cuisine »',
      explanation:
        'Un entretien avec une personne de la commune sur votre situation et l’aide dont vous avez besoin. Souvent chez vous. Vous pouvez venir avec quelqu’un.',
    },
    clientondersteuner: {
      term: 'accompagnateur indépendant',
      explanation:
        'Une personne qui vous aide quand vous demandez de l’aide à la commune. Elle ne décide pas de votre aide. C’est gratuit. Elle peut venir avec vous à l’entretien.',
    },
    machtiging: {
      term: 'procuration',
      explanation:
        'Vous permettez à une autre personne de faire des démarches pour vous. Par exemple votre fils ou votre fille. C’est possible aussi avec DigiD.',
    },
    digid: {
      term: 'DigiD (identifiant de l’État)',
      explanation:
        'Avec DigiD, vous vous connectez aux sites de l’État. Il montre qui vous êtes. Ne donnez jamais votre DigiD à quelqu’un d’autre.',
    },
    bsn: {
      term: 'numéro de citoyen',
      explanation:
        'Votre numéro personnel auprès de l’État. Il est sur votre passeport ou votre carte d’identité. Donnez-le seulement à des organismes de confiance.',
    },
    toeslag: {
      term: 'allocation',
      explanation:
        'De l’argent de l’État pour aider à payer des frais fixes. Par exemple l’allocation santé, logement ou garde d’enfants. Vous la demandez à Dienst Toeslagen.',
    },
    aanmaning: {
      term: 'rappel de paiement',
      explanation:
        'Une lettre qui dit que vous devez encore payer. Vous avez payé en retard ou pas du tout. Payez vite, sinon des frais s’ajoutent.',
    },
    dwangbevel: {
      term: 'ordre de paiement forcé',
      explanation:
        'Un ordre officiel de payer. Vous le recevez si vous n’avez pas payé après un rappel. Des frais élevés s’ajoutent. Demandez vite de l’aide.',
    },
    invordering: {
      term: 'recouvrement',
      explanation:
        'La commune récupère l’argent que vous devez encore. Cela arrive si vous ne payez pas à temps.',
    },
    kwijtschelding: {
      term: 'exonération d’impôt',
      explanation:
        'Vous ne devez pas payer un impôt. C’est possible si vous avez un petit revenu et peu d’épargne. Vous devez le demander vous-même.',
    },
    betalingsregeling: {
      term: 'échéancier de paiement',
      explanation:
        'Vous payez une somme en plusieurs fois. Par exemple une petite partie chaque mois. Vous le décidez avec l’organisme à qui vous devez l’argent.',
    },
    bijstand: {
      term: 'aide sociale',
      explanation:
        'De l’argent de la commune pour vivre. Vous le recevez si vous n’avez pas assez de revenu ou d’épargne. Il y a des règles, par exemple chercher du travail.',
    },
    'bijzondere-bijstand': {
      term: 'aide spéciale',
      explanation:
        'De l’argent en plus de la commune pour des frais que vous ne pouvez pas payer. Par exemple une nouvelle machine à laver ou des lunettes.',
    },
    uitkering: {
      term: 'allocation sociale',
      explanation:
        'De l’argent de l’État que vous recevez chaque mois. Par exemple si vous n’avez pas de travail ou si vous êtes malade. L’aide sociale et la retraite de l’État (AOW) en font partie.',
    },
    inkomen: {
      term: 'revenu',
      explanation:
        'L’argent que vous recevez chaque mois. Par exemple un salaire, une allocation ou une retraite.',
    },
    vermogen: {
      term: 'patrimoine',
      explanation:
        'Ce que vous possédez : épargne, voiture ou maison. On enlève vos dettes. Pour l’aide sociale, votre patrimoine ne doit pas être trop élevé.',
    },
    zorgverzekering: {
      term: 'assurance maladie',
      explanation:
        'Elle paie le médecin, l’hôpital et les médicaments. Toute personne qui vit ou travaille aux Pays-Bas doit l’avoir. Vous la payez chaque mois.',
    },
    huurtoeslag: {
      term: 'allocation logement',
      explanation:
        'De l’argent de l’État si votre loyer est élevé et votre revenu bas. Vous le recevez chaque mois. Vous le demandez à Dienst Toeslagen.',
    },
    schuldhulpverlening: {
      term: 'aide pour les dettes',
      explanation:
        'La commune vous aide à y voir clair dans vos dettes et à faire des accords. C’est gratuit. Demandez de l’aide à temps.',
    },
    woz: {
      term: 'valeur officielle du logement',
      explanation:
        'La valeur de votre logement selon la commune. Elle est fixée chaque année. Elle compte pour les impôts et parfois pour le loyer.',
    },
    'gemeentelijke-belastingen': {
      term: 'impôts communaux',
      explanation:
        'Des impôts que vous payez à la commune. Par exemple pour les déchets et les égouts. Vous êtes propriétaire ? Vous payez aussi pour votre logement.',
    },
    aanslag: {
      term: 'avis d’imposition',
      explanation:
        'Une lettre qui dit combien d’impôt vous devez payer. Elle dit aussi quand payer.',
    },
    termijn: {
      term: 'délai / échéance',
      explanation:
        'Le temps pendant lequel vous devez faire quelque chose. Par exemple : répondre dans les 6 semaines. Cela peut aussi être une partie d’un paiement.',
    },
    bewijsstukken: {
      term: 'justificatifs',
      explanation:
        'Des papiers qui montrent que quelque chose est vrai. Par exemple fiches de paie, relevés bancaires ou contrat de location. Envoyez des copies, pas les originaux.',
    },
    handtekening: {
      term: 'signature',
      explanation:
        'Votre nom écrit à la main. Vous dites ainsi que vous êtes d’accord. Signez seulement si vous comprenez tout.',
    },
    ondertekening: {
      term: 'fait de signer',
      explanation:
        'Mettre votre signature sous une lettre ou un formulaire. Sans signature, un formulaire n’est souvent pas valable.',
    },
    gemachtigde: {
      term: 'mandataire',
      explanation:
        'Une personne qui peut faire des démarches pour vous. Vous lui avez donné la permission. Par exemple un membre de la famille ou un accompagnateur.',
    },
    verklaring: {
      term: 'déclaration',
      explanation:
        'Un papier où quelqu’un dit officiellement que quelque chose est vrai. Par exemple que vous habitez à une adresse. Parfois vous devez remplir et signer une déclaration.',
    },
    afwijzing: {
      term: 'refus',
      explanation:
        'Vous ne recevez pas ce que vous avez demandé. La lettre dit pourquoi. Vous n’êtes pas d’accord ? Vous pouvez faire une réclamation (bezwaar).',
    },
    toekenning: {
      term: 'accord',
      explanation:
        'Vous recevez ce que vous avez demandé. La lettre dit ce que vous recevez et pour combien de temps.',
    },
    herziening: {
      term: 'révision d’une décision',
      explanation:
        'La commune change une décision prise avant. Par exemple parce que votre situation a changé. Parfois vous devez alors rembourser de l’argent.',
    },
    hoorzitting: {
      term: 'audition',
      explanation:
        'Une réunion sur votre réclamation. Vous expliquez pourquoi vous n’êtes pas d’accord. Vous pouvez venir avec quelqu’un, par exemple un accompagnateur.',
    },
    'voorlopige-voorziening': {
      term: 'référé (mesure urgente du juge)',
      explanation:
        'Une décision rapide et temporaire d’un juge. Vous la demandez si vous ne pouvez pas attendre. Par exemple parce que sinon vous n’aurez plus d’argent.',
    },
    wijkteam: {
      term: 'équipe de quartier',
      explanation:
        'Un groupe de personnes de votre quartier qui aident. Vous pouvez y aller pour des questions sur la santé, l’argent, les enfants ou le logement. C’est gratuit.',
    },
    sleutelpersoon: {
      term: 'personne-relais',
      explanation:
        'Une personne de votre communauté qui vous aide. Elle parle souvent votre langue. Elle explique comment les choses marchent.',
    },
    zorgaanbieder: {
      term: 'prestataire de soins',
      explanation:
        'Un organisme ou une personne qui donne des soins ou de l’aide. Par exemple un service de soins à domicile ou une aide ménagère.',
    },
    maatwerkvoorziening: {
      term: 'aide sur mesure',
      explanation:
        "Une aide que la commune organise rien que pour vous. Elle regarde ce que vous ne pouvez pas faire seul. Par exemple de l'aide à la maison ou un scooter.",
    },
    'algemene-voorziening': {
      term: 'service ouvert à tous',
      explanation:
        'Une aide pour tous les habitants du quartier. Il ne faut pas de décision. Par exemple un repas au centre de quartier.',
    },
    'huishoudelijke-ondersteuning': {
      term: 'aide ménagère',
      explanation:
        "Quelqu'un vient faire le ménage ou la lessive chez vous. Vous avez un nombre d'heures fixe par semaine.",
    },
    begeleiding: {
      term: 'accompagnement',
      explanation:
        "Quelqu'un vous aide à organiser votre vie : courrier, argent, rendez-vous. Ainsi vous pouvez rester chez vous.",
    },
    dagbesteding: {
      term: 'activités de jour',
      explanation:
        "Un lieu où vous faites quelque chose d'utile pendant la journée, avec d'autres personnes. Par exemple cuisiner, jardiner ou discuter.",
    },
    'beschermd-wonen': {
      term: 'logement protégé',
      explanation:
        "Vous vivez dans un logement avec de l'aide tout près. Il y a toujours quelqu'un pour vous aider. C'est pour les personnes qui ne peuvent pas vivre seules.",
    },
    woningaanpassing: {
      term: 'adaptation du logement',
      explanation:
        'Un changement dans votre logement pour y rester en sécurité. Par exemple un monte-escalier ou une douche sans marche.',
    },
    hulpmiddel: {
      term: 'aide technique',
      explanation:
        'Un objet qui vous aide au quotidien. Par exemple un fauteuil roulant, un déambulateur ou un lève-personne.',
    },
    bruikleen: {
      term: 'prêt',
      explanation:
        "Vous empruntez l'objet, vous ne l'achetez pas. Quand vous n'en avez plus besoin, vous le rendez.",
    },
    regiotaxi: {
      term: 'taxi régional',
      explanation:
        "Un taxi pour les personnes qui marchent difficilement. Parfois vous le partagez avec d'autres. Vous payez un petit montant par trajet.",
    },
    mantelzorg: {
      term: 'aide de proche',
      explanation:
        "Les soins que vous donnez à quelqu'un que vous connaissez, par exemple votre mère, votre partenaire ou un voisin. Vous n'êtes pas payé.",
    },
    ondersteuningsplan: {
      term: "plan d'aide",
      explanation:
        'Un plan qui dit quelle aide vous recevez et ce que vous faites vous-même. Vous le faites avec la commune.',
    },
    ciz: {
      term: "CIZ (centre d'évaluation des soins)",
      explanation:
        "Le CIZ décide si une personne reçoit des soins de la Wlz, pour ceux qui ont toujours besoin d'aide. Le CIZ ne fait pas partie de la commune.",
    },
    wlz: {
      term: 'Wlz (loi sur les soins de longue durée)',
      explanation:
        'Une loi pour les personnes qui ont besoin de soins toute la journée, par exemple en maison de soins. Le CIZ décide.',
    },
    abonnementstarief: {
      term: 'forfait mensuel',
      explanation:
        "Un montant fixe par mois pour l'aide de la Wmo. Vous le payez au CAK. Il est presque le même pour tout le monde.",
    },
    'eigen-kracht': {
      term: 'vos propres forces',
      explanation:
        "Ce que vous pouvez faire vous-même, ou ce que vos proches peuvent faire. Ensuite seulement, la commune regarde l'aide.",
    },
    'gebruikelijke-hulp': {
      term: 'aide habituelle',
      explanation:
        "L'aide que les personnes d'un même foyer se donnent normalement, comme cuisiner ou laver le linge. La commune n'aide en général pas pour cela.",
    },
    svb: {
      term: 'SVB (banque des assurances sociales)',
      explanation:
        "La SVB travaille pour l'État. Avec un pgb, la SVB paie vos aidants. Elle paie aussi l'AOW et les allocations familiales.",
    },
    herindicatie: {
      term: 'réévaluation',
      explanation:
        'La commune regarde de nouveau votre aide. En avez-vous encore besoin ? Est-ce assez ? Cela arrive souvent après quelques années.',
    },
    huisbezoek: {
      term: 'visite à domicile',
      explanation:
        'Un agent vient chez vous pour parler et voir comment vous vivez. Une personne de confiance peut être avec vous.',
    },
    jeugdhulp: {
      term: 'aide à la jeunesse',
      explanation:
        "Aide pour les enfants, les jeunes et leurs parents. Par exemple pour l'éducation, les disputes ou quand un enfant va mal. La commune la paie.",
    },
    jeugdhulpaanbieder: {
      term: "prestataire d'aide à la jeunesse",
      explanation:
        'Une organisation qui aide les enfants et les parents. La commune a des accords avec elle. Parfois vous pouvez choisir.',
    },
    verwijzing: {
      term: 'orientation (lettre du médecin)',
      explanation:
        "Elle vous donne accès à une aide que vous n'auriez pas sinon. Le médecin ou l'équipe de quartier vous la donne.",
    },
    jeugdteam: {
      term: 'équipe jeunesse',
      explanation:
        "Elle aide parents et enfants pour les questions sur grandir et éduquer. Vous pouvez la contacter vous-même. C'est gratuit.",
    },
    jeugdbescherming: {
      term: "protection de l'enfance",
      explanation:
        "Une aide quand un enfant n'est pas en sécurité à la maison. Un juge peut le décider. Le but : que l'enfant grandisse en sécurité.",
    },
    ondertoezichtstelling: {
      term: "mesure d'assistance éducative",
      explanation:
        "Le juge décide qu'une famille doit accepter de l'aide. Un travailleur de protection de l'enfance aide la famille. Les parents gardent l'autorité.",
    },
    'raad-voor-de-kinderbescherming': {
      term: "Conseil de protection de l'enfance",
      explanation:
        "Cet organisme public vérifie si un enfant grandit en sécurité. Il peut demander au juge de rendre l'aide obligatoire.",
    },
    'veilig-thuis': {
      term: 'Veilig Thuis (ligne violence à la maison)',
      explanation:
        "Un numéro à appeler pour la violence à la maison, même en cas de doute. Le numéro est 0800-2000. L'appel est gratuit.",
    },
    pleegzorg: {
      term: "famille d'accueil",
      explanation:
        "Un enfant vit un temps dans une autre famille, qui s'occupe de lui. Les parents gardent souvent le contact.",
    },
    'ouderlijk-gezag': {
      term: 'autorité parentale',
      explanation:
        "Vous décidez pour votre enfant : école, soins, lieu de vie. Cela vaut jusqu'à ses 18 ans.",
    },
    leerplicht: {
      term: 'obligation scolaire',
      explanation:
        "Un enfant doit aller à l'école jusqu'à 16 ans, puis jusqu'à un diplôme ou 18 ans. La commune y veille.",
    },
    levensonderhoud: {
      term: 'frais de subsistance',
      explanation: "L'argent qu'il faut pour vivre : nourriture, vêtements, loyer et énergie.",
    },
    bijstandsnorm: {
      term: "montant de l'aide sociale",
      explanation:
        "Le montant que vous recevez par mois à l'aide sociale. Il dépend de votre âge et des personnes avec qui vous vivez.",
    },
    kostendelersnorm: {
      term: 'règle du partage des frais',
      explanation:
        "Si vous vivez avec d'autres adultes, vous pouvez partager les frais. Vous recevez donc moins d'aide sociale.",
    },
    draagkracht: {
      term: 'capacité de paiement',
      explanation:
        "L'argent que vous pouvez payer vous-même. La commune le calcule avec vos revenus et votre épargne. Vous payez cette partie.",
    },
    'noodzakelijke-kosten': {
      term: 'frais nécessaires',
      explanation:
        "Des frais que vous devez vraiment faire. La commune ne donne l'aide spéciale que pour ces frais.",
    },
    'individuele-inkomenstoeslag': {
      term: 'complément de revenu individuel',
      explanation:
        'Un montant de la commune une fois par an, pour les personnes à faible revenu depuis longtemps. Il faut le demander.',
    },
    tegenprestatie: {
      term: 'contrepartie',
      explanation:
        "Un travail utile que vous faites quand vous avez l'aide sociale. Vous n'êtes pas payé. Par exemple aider au centre de quartier.",
    },
    arbeidsverplichtingen: {
      term: 'obligations de travail',
      explanation:
        "Les règles sur le travail à l'aide sociale : chercher un emploi et accepter un emploi. Parfois vous en êtes dispensé.",
    },
    maatregel: {
      term: "réduction de l'allocation",
      explanation:
        "Votre allocation baisse un temps parce qu'une règle n'a pas été suivie. Vous pouvez d'abord expliquer pourquoi.",
    },
    inlichtingenplicht: {
      term: "obligation d'informer",
      explanation:
        'Vous devez signaler vous-même les changements : travail, vie en couple, déménagement. Faites-le vite.',
    },
    terugvordering: {
      term: 'demande de remboursement',
      explanation:
        "La commune demande de l'argent en retour : vous avez reçu trop, ou sans y avoir droit. Vous pouvez payer en plusieurs fois.",
    },
    verrekening: {
      term: 'retenue',
      explanation:
        'La commune retire une dette de votre allocation. Vous recevez alors un montant plus bas.',
    },
    voorschot: {
      term: 'avance',
      explanation:
        "De l'argent reçu à l'avance. Plus tard on calcule le vrai montant. Si vous avez reçu trop, vous remboursez.",
    },
    lening: {
      term: 'prêt',
      explanation:
        "De l'argent que vous recevez et remboursez plus tard. L'aide spéciale peut être un prêt. La lettre dit combien vous remboursez par mois.",
    },
    woonkostentoeslag: {
      term: 'aide aux frais de logement',
      explanation:
        'Une aide temporaire de la commune quand le loyer est trop cher après une baisse soudaine de revenu. Vous devez chercher moins cher.',
    },
    'collectieve-zorgverzekering': {
      term: 'assurance santé collective',
      explanation:
        'Une assurance santé organisée par la commune pour les personnes à faible revenu. Elle couvre beaucoup de soins.',
    },
    minimaregeling: {
      term: 'aide aux petits revenus',
      explanation:
        "Une aide de la commune pour les personnes avec peu d'argent. Par exemple des réductions pour le sport, l'école ou la piscine.",
    },
    bankafschrift: {
      term: 'relevé bancaire',
      explanation:
        "La liste de ce qui s'est passé sur votre compte. Vous le trouvez dans l'appli ou sur le site de votre banque.",
    },
    loonstrook: {
      term: 'fiche de paie',
      explanation:
        'Un papier de votre employeur qui montre votre salaire. Vous le recevez chaque mois ou toutes les quatre semaines.',
    },
    'gezamenlijke-huishouding': {
      term: 'ménage commun',
      explanation:
        "Vous vivez avec quelqu'un et vous prenez soin l'un de l'autre. La commune vous compte alors comme couple. Cela change votre aide.",
    },
    uwv: {
      term: 'UWV (agence des assurances salariés)',
      explanation:
        'Un organisme public. Il paie des allocations en cas de maladie ou de chômage et aide à trouver un emploi.',
    },
    aow: {
      term: "AOW (pension de l'État)",
      explanation:
        "L'argent de l'État quand vous êtes âgé, vers 67 ans. Vous le recevez si vous avez vécu ou travaillé aux Pays-Bas.",
    },
    'kindgebonden-budget': {
      term: 'budget lié aux enfants',
      explanation:
        "De l'argent pour les parents à revenu bas ou moyen, versé par la Dienst Toeslagen. Pour les enfants de moins de 18 ans.",
    },
    kinderbijslag: {
      term: 'allocations familiales',
      explanation:
        "De l'argent pour les parents d'un enfant de moins de 18 ans. La SVB le paie tous les trois mois. Il ne dépend pas du revenu.",
    },
    zorgtoeslag: {
      term: "aide pour l'assurance santé",
      explanation:
        "De l'argent pour payer votre assurance santé si vous gagnez peu. Demandez-la à la Dienst Toeslagen.",
    },
    belastingdienst: {
      term: "Belastingdienst (impôts de l'État)",
      explanation:
        "L'administration fiscale nationale. Ce n'est pas la commune. Ses lettres arrivent souvent dans une enveloppe bleue.",
    },
    ozb: {
      term: 'taxe foncière (OZB)',
      explanation:
        "Un impôt pour les propriétaires d'une maison ou d'un bâtiment. Vous le payez à la commune. Plus la maison vaut cher, plus vous payez.",
    },
    afvalstoffenheffing: {
      term: 'taxe sur les déchets',
      explanation: "L'argent pour le ramassage de vos déchets. Chaque foyer la paie à la commune.",
    },
    rioolheffing: {
      term: "taxe d'égout",
      explanation:
        "L'argent pour les égouts, qui évacuent l'eau sale et la pluie. Vous la payez à la commune.",
    },
    invorderingskosten: {
      term: 'frais de recouvrement',
      explanation:
        "Des frais en plus quand vous payez en retard, par exemple pour un rappel ou une contrainte. Ils s'ajoutent à la somme due.",
    },
    belastingdeurwaarder: {
      term: 'huissier des impôts',
      explanation:
        "Un huissier qui travaille pour la commune. Il vient si vous ne payez pas l'impôt. Il peut saisir vos biens ou votre salaire.",
    },
    deurwaarder: {
      term: 'huissier de justice',
      explanation:
        "Il récupère de l'argent pour quelqu'un à qui vous devez. Il peut saisir. Contactez-le vite : un arrangement est souvent encore possible.",
    },
    'automatische-incasso': {
      term: 'prélèvement automatique',
      explanation:
        "L'argent est pris automatiquement sur votre compte. Vous n'avez pas à payer vous-même. Vous donnez d'abord votre accord.",
    },
    vervaldatum: {
      term: "date d'échéance",
      explanation:
        'Le dernier jour pour payer. Si vous payez plus tard, vous pouvez avoir des frais en plus.',
    },
    beslaglegging: {
      term: 'saisie',
      explanation:
        "Quelqu'un peut prendre votre salaire, votre argent ou vos biens pour payer une dette. Seul un huissier peut le faire. Une somme vous reste toujours.",
    },
    'beslagvrije-voet': {
      term: 'part insaisissable',
      explanation:
        "La partie de vos revenus que personne ne peut prendre. Elle sert au loyer, à la nourriture et à l'énergie.",
    },
    'uitstel-van-betaling': {
      term: 'délai de paiement',
      explanation:
        'Vous pouvez payer plus tard. Vous devez le demander vous-même, par exemple pendant une réclamation.',
    },
    invorderingsambtenaar: {
      term: 'agent de recouvrement',
      explanation:
        'La personne qui récupère les impôts pour la commune. Elle envoie les rappels et peut envoyer une contrainte.',
    },
    betalingsherinnering: {
      term: 'rappel de paiement',
      explanation:
        "Une lettre qui dit : vous n'avez pas encore payé. Pas encore de frais en plus. Payez vite ou prenez contact.",
    },
    schuldeiser: {
      term: 'créancier',
      explanation:
        "Quelqu'un à qui vous devez de l'argent. Par exemple un magasin, le propriétaire ou la commune.",
    },
    incassobureau: {
      term: 'agence de recouvrement',
      explanation:
        "Une société qui récupère de l'argent pour une autre société. Elle peut demander des frais, mais pas n'importe comment.",
    },
    betalingsachterstand: {
      term: 'retard de paiement',
      explanation:
        "Vous n'avez pas payé une facture à temps. Demandez de l'aide tôt. C'est très courant.",
    },
    schuldsanering: {
      term: 'assainissement des dettes (Wsnp)',
      explanation:
        "Un régime du tribunal pour les grosses dettes. Vous vivez avec peu d'argent pendant trois ans. Ensuite vous êtes en général libre de vos dettes.",
    },
    schuldregeling: {
      term: 'accord sur les dettes',
      explanation:
        'La commune fait des accords avec tous vos créanciers. Vous payez ce que vous pouvez. Après un temps, le reste de la dette est annulé.',
    },
    bewindvoering: {
      term: 'administration protectrice',
      explanation:
        "Une autre personne gère votre argent : l'administrateur (bewindvoerder). Il paie vos factures. Un juge décide si c'est nécessaire.",
    },
    budgetbeheer: {
      term: 'gestion de budget',
      explanation:
        "Quelqu'un vous aide à payer. Votre argent arrive d'abord sur un compte à part. Le loyer et les frais fixes sont payés en premier.",
    },
    vonnis: {
      term: 'jugement',
      explanation:
        "La décision d'un juge. Vous devez faire ce qui y est écrit. Parfois vous pouvez faire appel.",
    },
    vroegsignalering: {
      term: 'détection précoce',
      explanation:
        "La commune apprend qu'une facture n'est pas payée, comme le loyer ou l'énergie. Quelqu'un vous contacte pour aider.",
    },
    huurachterstand: {
      term: 'retard de loyer',
      explanation:
        "Vous n'avez pas payé tout le loyer. Contactez vite votre propriétaire. Ensemble vous pouvez trouver un arrangement.",
    },
    ontruiming: {
      term: 'expulsion',
      explanation:
        "Vous devez quitter votre logement. Seul un juge peut le décider. Demandez de l'aide tout de suite si vous recevez une lettre à ce sujet.",
    },
    woningcorporatie: {
      term: 'bailleur social',
      explanation:
        "Une organisation qui loue des logements aux personnes qui ont peu d'argent. C'est souvent votre propriétaire.",
    },
    huurcontract: {
      term: 'contrat de location',
      explanation:
        'Les accords sur votre logement loué, comme le montant du loyer. Vous et le propriétaire le signez.',
    },
    huurverhoging: {
      term: 'hausse de loyer',
      explanation:
        "Votre loyer augmente. Le propriétaire vous envoie une lettre. Si vous n'êtes pas d'accord, vous pouvez faire une réclamation.",
    },
    verhuurder: {
      term: 'propriétaire (bailleur)',
      explanation:
        "La personne ou l'organisation à qui appartient le logement que vous louez. Vous lui payez le loyer.",
    },
    urgentie: {
      term: "attestation d'urgence",
      explanation:
        "Elle vous permet d'avoir plus vite un logement. Il faut une raison très grave. La commune décide.",
    },
    brp: {
      term: 'BRP (registre de la population)',
      explanation:
        'La liste de la commune de qui habite où. Si vos données sont justes, vous recevez votre courrier et vos aides.',
    },
    'kale-huur': {
      term: 'loyer de base',
      explanation:
        "Le loyer sans frais en plus comme les charges, le gaz ou l'électricité. L'aide au loyer part du loyer de base.",
    },
    besluit: {
      term: 'décision',
      explanation:
        "Une décision de la commune vous concernant, écrite dans une lettre. Si vous n'êtes pas d'accord, vous pouvez faire une réclamation.",
    },
    'beslissing-op-bezwaar': {
      term: 'décision sur réclamation',
      explanation:
        "La réponse de la commune à votre réclamation. Si vous n'êtes pas d'accord, vous pouvez aller au tribunal : c'est le recours.",
    },
    bezwaarcommissie: {
      term: 'commission des réclamations',
      explanation:
        'Elle écoute vous et la commune, puis donne un avis sur votre réclamation. Ses membres ne travaillent pas pour le service qui a décidé.',
    },
    rechtbank: {
      term: 'tribunal',
      explanation:
        "Là où travaille le juge. Lors d'un recours, le juge vérifie si la décision est juste. Vous pouvez y raconter votre histoire.",
    },
    'centrale-raad-van-beroep': {
      term: "Cour d'appel sociale",
      explanation:
        "Une haute juridiction pour les appels sur les allocations et les soins. C'est la dernière étape.",
    },
    'hoger-beroep': {
      term: 'appel',
      explanation:
        "L'étape après le jugement du tribunal. Une juridiction plus haute regarde à nouveau. En général dans les six semaines.",
    },
    griffierecht: {
      term: 'frais de greffe',
      explanation:
        "L'argent que vous payez pour aller au tribunal. Si vous gagnez, vous le récupérez.",
    },
    ombudsman: {
      term: 'médiateur (ombudsman)',
      explanation:
        "Il aide si vous avez une plainte contre l'administration. Il écoute les deux côtés. C'est gratuit.",
    },
    klacht: {
      term: 'plainte',
      explanation:
        "Une plainte porte sur la façon dont la commune vous a traité, par exemple un agent impoli. Ce n'est pas une réclamation.",
    },
    awb: {
      term: 'Awb (loi sur le droit administratif)',
      explanation:
        "Une loi avec les règles pour l'administration. Elle dit aussi comment faire une réclamation et un recours.",
    },
    ingebrekestelling: {
      term: 'mise en demeure',
      explanation:
        "Vous dites à la commune qu'elle est en retard pour décider. Deux semaines après, elle doit vous payer si elle n'a toujours pas décidé.",
    },
    beslistermijn: {
      term: 'délai de décision',
      explanation:
        'Le temps que la commune a pour décider, souvent huit semaines. La lettre dit combien.',
    },
    college: {
      term: 'collège du maire et des échevins',
      explanation:
        'Le maire et les échevins dirigent la commune et prennent les décisions. Vous leur envoyez souvent votre réclamation.',
    },
    rechtsbijstand: {
      term: 'aide juridique',
      explanation:
        "L'aide d'un avocat. Si vous avez peu d'argent, l'État paie une grande partie. Le Juridisch Loket vous en dit plus.",
    },
    'juridisch-loket': {
      term: 'Juridisch Loket (conseil juridique gratuit)',
      explanation:
        'Des conseils gratuits sur vos droits, par exemple sur une décision, des dettes ou le loyer. Vous pouvez appeler ou passer.',
    },
    'pro-forma-bezwaar': {
      term: 'réclamation pro forma',
      explanation:
        "Une courte réclamation pour être dans les délais. Vous écrivez seulement : je ne suis pas d'accord. Les raisons suivent plus tard.",
    },
    ontvankelijk: {
      term: 'irrecevable',
      explanation:
        "La commune n'examine pas votre réclamation, par exemple parce qu'elle était en retard ou sans signature.",
    },
    'niet-in-behandeling': {
      term: 'non traité',
      explanation:
        "La commune n'examine pas votre demande parce qu'il manquait quelque chose, comme des papiers. Vous pouvez refaire la demande.",
    },
    hersteltermijn: {
      term: 'délai pour compléter',
      explanation:
        'Le temps pour ajouter ce qui manquait, par exemple des papiers. Faites-le dans ce délai.',
    },
    intrekking: {
      term: 'retrait',
      explanation:
        'La commune arrête une décision, par exemple votre allocation ou votre aide. Ensuite vous ne la recevez plus.',
    },
    'algemene-termijnenwet': {
      term: 'loi générale sur les délais',
      explanation:
        'Un délai ne finit jamais un week-end ou un jour férié. Vous avez alors aussi le jour ouvrable suivant.',
    },
    kenmerk: {
      term: 'référence',
      explanation:
        'Le numéro en haut de la lettre. Donnez-le quand vous appelez ou écrivez : on trouve vite votre lettre.',
    },
    identiteitsbewijs: {
      term: "pièce d'identité",
      explanation:
        "Un document qui montre qui vous êtes : passeport, carte d'identité ou titre de séjour. Apportez-le aux rendez-vous.",
    },
  },
};
