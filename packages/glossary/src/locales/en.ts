import type { GlossaryLocale } from '../types.js';

export const glossary: GlossaryLocale = {
  locale: 'en',
  reviewed: false,
  terms: {
    beschikking: {
      term: 'decision letter',
      explanation:
        'A letter with a decision from the municipality. It says what you will or will not get. Do you disagree? Then you can object (bezwaar).',
    },
    bezwaar: {
      term: 'objection',
      explanation:
        'With an objection you say: I do not agree with this decision. You write a letter to the municipality. Do this within 6 weeks after the date of the letter.',
    },
    beroep: {
      term: 'appeal (to a court)',
      explanation:
        'An appeal is the step after an objection. You ask a judge to look at the decision. You can usually do this within 6 weeks after the decision on your objection.',
    },
    aanvraag: {
      term: 'application',
      explanation:
        'An application is a request to the municipality for help or money. You often use a form. For example: an application for social assistance.',
    },
    dagtekening: {
      term: 'date of the letter',
      explanation:
        'The date at the top of the letter. The time you have to respond starts on this date.',
    },
    wmo: {
      term: 'Social Support Act',
      explanation:
        'The Wmo is a law. Under this law the municipality helps you to keep living at home on your own. For example with help in the house, a wheelchair or a stairlift.',
    },
    participatiewet: {
      term: 'Participation Act',
      explanation:
        'A law about work and money. Do you not have enough money to live on? Then you can get social assistance (bijstand). The municipality also helps you find work.',
    },
    jeugdwet: {
      term: 'Youth Act',
      explanation:
        'A law about help for children and young people up to 18. The municipality arranges this help. For example help with raising children or with problems at home.',
    },
    'eigen-bijdrage': {
      term: 'personal contribution',
      explanation:
        'Money you pay yourself for help or care. For help under the Wmo you pay it to the CAK. It is often a fixed amount.',
    },
    cak: {
      term: 'CAK (government payment office)',
      explanation:
        'The CAK is a government organisation. It sends you the bill for your personal contribution. For example for help under the Wmo.',
    },
    pgb: {
      term: 'personal budget',
      explanation:
        'Money for care or help. You arrange and pay for the help yourself. You choose who helps you.',
    },
    'zorg-in-natura': {
      term: 'care arranged by the municipality',
      explanation:
        'The municipality arranges and pays for your care. You get help from an organisation that works with the municipality. You do not get the money yourself.',
    },
    indicatie: {
      term: 'care assessment',
      explanation:
        'A decision about how much care or help you need. It also says how long you will get this help.',
    },
    keukentafelgesprek: {
      term: 'kitchen-table talk',
      explanation:
        'A talk with someone from the municipality about your situation and the help you need. It is often at your home. You may bring someone with you.',
    },
    clientondersteuner: {
      term: 'independent client supporter',
      explanation:
        'A person who helps you when you ask the municipality for help. This person does not decide about your help. The help is free. They can come with you to the talk.',
    },
    machtiging: {
      term: 'authorisation',
      explanation:
        'With an authorisation you allow someone else to arrange things for you. For example your son or daughter. You can also do this with DigiD.',
    },
    digid: {
      term: 'DigiD (government login)',
      explanation:
        'With DigiD you log in to government websites. It shows who you are. Never give your DigiD to anyone else.',
    },
    bsn: {
      term: 'citizen service number',
      explanation:
        'Your personal number with the government. You find it on your passport or ID card. Only give it to organisations you trust.',
    },
    toeslag: {
      term: 'allowance',
      explanation:
        'Money from the government to help with fixed costs. For example healthcare allowance, rent allowance or childcare allowance. You apply at Dienst Toeslagen.',
    },
    aanmaning: {
      term: 'payment reminder',
      explanation:
        'A letter saying you still have to pay. You paid late or did not pay. Pay quickly, or extra costs will be added.',
    },
    dwangbevel: {
      term: 'enforcement order',
      explanation:
        'An official order to pay. You get it if you still have not paid after a reminder. High extra costs are added. Ask for help quickly.',
    },
    invordering: {
      term: 'debt collection',
      explanation:
        'The municipality collects money that you still owe. This happens when you do not pay on time.',
    },
    kwijtschelding: {
      term: 'tax waiver',
      explanation:
        'You do not have to pay a tax. This is possible if you have a low income and little savings. You have to apply for it yourself.',
    },
    betalingsregeling: {
      term: 'payment plan',
      explanation:
        'You pay an amount in parts. For example a small part every month. You agree this with the organisation you owe money to.',
    },
    bijstand: {
      term: 'social assistance',
      explanation:
        'Money from the municipality to live on. You get it if you do not have enough income or savings. There are rules, for example about looking for work.',
    },
    'bijzondere-bijstand': {
      term: 'special assistance',
      explanation:
        'Extra money from the municipality for costs you cannot pay. For example a new washing machine or glasses.',
    },
    uitkering: {
      term: 'benefit',
      explanation:
        'Money you get every month from the government. For example if you have no work or are ill. Social assistance and the state pension (AOW) are benefits too.',
    },
    inkomen: {
      term: 'income',
      explanation: 'The money you get every month. For example wages, a benefit or a pension.',
    },
    vermogen: {
      term: 'assets',
      explanation:
        'What you own, like savings, a car or a house. Your debts are taken off. For social assistance your assets may not be too high.',
    },
    zorgverzekering: {
      term: 'health insurance',
      explanation:
        'Pays the costs of the doctor, hospital and medicines. Everyone who lives or works in the Netherlands must have it. You pay for it every month.',
    },
    huurtoeslag: {
      term: 'rent allowance',
      explanation:
        'Money from the government if your rent is high and your income is low. You get it every month. You apply at Dienst Toeslagen.',
    },
    schuldhulpverlening: {
      term: 'debt help',
      explanation:
        'Help with debts. The municipality helps you get an overview and make agreements. The help is free. Ask for it in time.',
    },
    woz: {
      term: 'official property value',
      explanation:
        'The value of your home according to the municipality. It is set every year. It counts for taxes and sometimes for the rent.',
    },
    'gemeentelijke-belastingen': {
      term: 'municipal taxes',
      explanation:
        'Taxes you pay to the municipality. For example for collecting waste and for the sewer. Do you own your home? Then you also pay for that.',
    },
    aanslag: {
      term: 'tax bill',
      explanation:
        'A letter that says how much tax you have to pay. It also says when you have to pay.',
    },
    termijn: {
      term: 'time limit / instalment',
      explanation:
        'The time in which you must do something. For example: you must respond within 6 weeks. A termijn can also be one part of a payment.',
    },
    bewijsstukken: {
      term: 'supporting documents',
      explanation:
        'Papers that show something is true. For example payslips, bank statements or a rental contract. Send copies, not the originals.',
    },
    handtekening: {
      term: 'signature',
      explanation:
        'Your name written by hand. With it you say that you agree. Only sign if you understand everything.',
    },
    ondertekening: {
      term: 'signing',
      explanation:
        'Putting your signature under a letter or form. Without a signature a form is often not valid.',
    },
    gemachtigde: {
      term: 'authorised representative',
      explanation:
        'Someone who may arrange things for you. You gave this person permission. For example a family member or a client supporter.',
    },
    verklaring: {
      term: 'statement',
      explanation:
        'A paper in which someone officially says that something is true. For example that you live at an address. Sometimes you must fill in and sign a statement.',
    },
    afwijzing: {
      term: 'refusal',
      explanation:
        'You do not get what you asked for. The letter says why. Do you disagree? Then you can object (bezwaar).',
    },
    toekenning: {
      term: 'approval',
      explanation: 'You get what you asked for. The letter says what you get and for how long.',
    },
    herziening: {
      term: 'revision of a decision',
      explanation:
        'The municipality changes an earlier decision. For example because your situation has changed. Sometimes you then have to pay money back.',
    },
    hoorzitting: {
      term: 'hearing',
      explanation:
        'A meeting about your objection. You explain why you disagree. You may bring someone, for example a client supporter.',
    },
    'voorlopige-voorziening': {
      term: 'interim relief (urgent court order)',
      explanation:
        'A fast, temporary decision by a judge. You ask for it if you cannot wait. For example because otherwise you will have no money.',
    },
    wijkteam: {
      term: 'neighbourhood team',
      explanation:
        'A group of people in your neighbourhood who help. You can go to them with questions about care, money, parenting or housing. The help is free.',
    },
    sleutelpersoon: {
      term: 'key person',
      explanation:
        'Someone from your own community who helps you. This person often speaks your language. They explain how things work.',
    },
    zorgaanbieder: {
      term: 'care provider',
      explanation:
        'An organisation or person that gives care or help. For example a home care organisation or a home help.',
    },
  },
};
