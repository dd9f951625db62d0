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
  },
};
