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
    maatwerkvoorziening: {
      term: 'tailored support',
      explanation:
        'Help the municipality arranges only for you. It looks at what you cannot do yourself. For example help at home or a mobility scooter.',
    },
    'algemene-voorziening': {
      term: 'general service',
      explanation:
        'Help that is open to everyone in the area. You do not need a decision for it. For example a meal at the community centre.',
    },
    'huishoudelijke-ondersteuning': {
      term: 'help with housework',
      explanation:
        'Someone comes to clean your home or do the washing. You get a fixed number of hours per week.',
    },
    begeleiding: {
      term: 'personal support',
      explanation:
        'Someone helps you organise your life, for example post, money or appointments. This helps you keep living at home.',
    },
    dagbesteding: {
      term: 'day activities',
      explanation:
        'A place where you do something useful during the day, together with other people. For example cooking, gardening or talking.',
    },
    'beschermd-wonen': {
      term: 'sheltered housing',
      explanation:
        'You live in a home with help close by. There is always someone who can help you. This is for people who cannot live on their own.',
    },
    woningaanpassing: {
      term: 'home adaptation',
      explanation:
        'A change to your home so you can keep living there safely. For example a stairlift or a shower without a step.',
    },
    hulpmiddel: {
      term: 'aid',
      explanation:
        'Something that helps you with daily things. For example a wheelchair, a walker or a hoist.',
    },
    bruikleen: {
      term: 'on loan',
      explanation:
        'You borrow something and do not have to buy it. When you no longer need it, you give it back.',
    },
    regiotaxi: {
      term: 'regional taxi',
      explanation:
        'A taxi for people who find walking hard. You sometimes share it with others. You pay a small amount per ride.',
    },
    mantelzorg: {
      term: 'informal care',
      explanation:
        'Care you give to someone you know, such as your mother, partner or neighbour. You are not paid for it.',
    },
    ondersteuningsplan: {
      term: 'support plan',
      explanation:
        'A plan that says what help you get and what you do yourself. You make it together with the municipality.',
    },
    ciz: {
      term: 'CIZ (care assessment centre)',
      explanation:
        'The CIZ decides if someone gets care under the Wlz, for people who always need help. The CIZ is not part of the municipality.',
    },
    wlz: {
      term: 'Wlz (Long-term Care Act)',
      explanation:
        'A law for people who need care all day, for example in a nursing home. The CIZ decides if you get this care.',
    },
    abonnementstarief: {
      term: 'fixed monthly fee',
      explanation:
        'A fixed amount per month for help under the Wmo. You pay it to the CAK. It is almost the same for everyone.',
    },
    'eigen-kracht': {
      term: 'your own strength',
      explanation:
        'What you can do yourself, or what people around you can do. Only after that does the municipality look at help.',
    },
    'gebruikelijke-hulp': {
      term: 'usual help',
      explanation:
        'Help that people in one home normally give each other, like cooking or washing for your family. The municipality usually does not give help for this.',
    },
    svb: {
      term: 'SVB (Social Insurance Bank)',
      explanation:
        'The SVB works for the government. If you have a pgb, the SVB pays your carers from it. It also pays the AOW and child benefit.',
    },
    herindicatie: {
      term: 'reassessment',
      explanation:
        'The municipality looks at your help again. Do you still need it? Is it enough? This often happens after a few years.',
    },
    huisbezoek: {
      term: 'home visit',
      explanation:
        'A staff member comes to your home to talk with you and see how you live. You may have someone you trust with you.',
    },
    jeugdhulp: {
      term: 'youth care',
      explanation:
        'Help for children, young people and their parents. For example with raising children, with conflicts, or when a child does not feel well. The municipality pays.',
    },
    jeugdhulpaanbieder: {
      term: 'youth care provider',
      explanation:
        'An organisation that gives help to children and parents. The municipality has agreements with it. Sometimes you can choose which one.',
    },
    verwijzing: {
      term: 'referral',
      explanation:
        'A referral lets you go to help you cannot get otherwise. The GP or the neighbourhood team gives it to you.',
    },
    jeugdteam: {
      term: 'youth team',
      explanation:
        'The youth team helps parents and children with questions about growing up and raising children. You can contact them yourself. The help is free.',
    },
    jeugdbescherming: {
      term: 'child protection',
      explanation:
        'Help when a child is not safe at home. A judge can decide this. The aim is that the child can grow up safely.',
    },
    ondertoezichtstelling: {
      term: 'family supervision order',
      explanation:
        'A judge decides that a family must accept help. A child protection worker helps the family. The parents keep parental authority.',
    },
    'raad-voor-de-kinderbescherming': {
      term: 'Child Protection Board',
      explanation:
        'This government body checks whether a child grows up safely. It can ask a judge to make help compulsory.',
    },
    'veilig-thuis': {
      term: 'Veilig Thuis (safe at home helpline)',
      explanation:
        'A number to call about violence at home, also if you are not sure. The number is 0800-2000. Calling is free.',
    },
    pleegzorg: {
      term: 'foster care',
      explanation:
        'A child lives for a while with another family, who takes care of the child. The parents often keep in contact.',
    },
    'ouderlijk-gezag': {
      term: 'parental authority',
      explanation:
        'You decide about your child, for example about school, care and where the child lives. This applies until the child is 18.',
    },
    leerplicht: {
      term: 'compulsory education',
      explanation:
        'A child must go to school until 16, and then until a diploma or age 18. The municipality checks this.',
    },
    levensonderhoud: {
      term: 'living costs',
      explanation: 'The money you need to live, for example for food, clothes, rent and energy.',
    },
    bijstandsnorm: {
      term: 'social assistance amount',
      explanation:
        'The amount you get per month on social assistance. It depends on your age and who you live with.',
    },
    kostendelersnorm: {
      term: 'cost-sharer rule',
      explanation:
        'If you live with other adults, you can share costs. That is why you then get less social assistance.',
    },
    draagkracht: {
      term: 'ability to pay',
      explanation:
        'The money you can spare yourself. The municipality works it out from your income and savings. You pay that part yourself.',
    },
    'noodzakelijke-kosten': {
      term: 'necessary costs',
      explanation:
        'Costs you really have to make and cannot avoid. The municipality only gives special assistance for such costs.',
    },
    'individuele-inkomenstoeslag': {
      term: 'individual income supplement',
      explanation:
        'An amount from the municipality once a year, for people who have had a low income for a long time. You must apply for it.',
    },
    tegenprestatie: {
      term: 'service in return',
      explanation:
        'Useful work you do while you get social assistance. You are not paid for it. For example helping in a community centre.',
    },
    arbeidsverplichtingen: {
      term: 'work obligations',
      explanation:
        'The rules about work when you get social assistance: look for work and accept work. Sometimes you are exempt.',
    },
    maatregel: {
      term: 'benefit reduction',
      explanation:
        'Your benefit is lower for a while because a rule was not followed. You may first explain why.',
    },
    inlichtingenplicht: {
      term: 'duty to inform',
      explanation:
        'You must report changes yourself, for example if you start work, move in with someone or move house. Do this quickly.',
    },
    terugvordering: {
      term: 'recovery of payment',
      explanation:
        'The municipality asks for money back because you got too much or money you had no right to. You can ask to pay in parts.',
    },
    verrekening: {
      term: 'deduction',
      explanation:
        'The municipality takes a debt off your benefit. You then get a lower amount in your account.',
    },
    voorschot: {
      term: 'advance payment',
      explanation:
        'Money you get in advance. Later it is checked how much you really get. If you got too much, you pay it back.',
    },
    lening: {
      term: 'loan',
      explanation:
        'Money you get and pay back later. Special assistance can sometimes be a loan. The letter says how much you pay back per month.',
    },
    woonkostentoeslag: {
      term: 'housing cost supplement',
      explanation:
        'Temporary money from the municipality for rent that is too high after your income suddenly fell. You must look for a cheaper home.',
    },
    'collectieve-zorgverzekering': {
      term: 'group health insurance',
      explanation:
        'A health insurance the municipality arranges for people with a low income. It covers a lot of care.',
    },
    minimaregeling: {
      term: 'low-income scheme',
      explanation:
        'Help from the municipality for people with little money. For example discounts for sport, school or swimming.',
    },
    bankafschrift: {
      term: 'bank statement',
      explanation:
        "A list of what happened in your bank account. You get it from your bank's app or website.",
    },
    loonstrook: {
      term: 'payslip',
      explanation:
        'A paper from your employer that shows how much pay you got. You get it every month or every four weeks.',
    },
    'gezamenlijke-huishouding': {
      term: 'joint household',
      explanation:
        'You live with someone and take care of each other. The municipality then counts you as a couple. This changes your assistance.',
    },
    uwv: {
      term: 'UWV (employee insurance agency)',
      explanation:
        'A government organisation. It pays benefits when you are ill or have no job, and helps you find work.',
    },
    aow: {
      term: 'AOW (state pension)',
      explanation:
        'Money from the state when you are old, from about age 67. You get it if you lived or worked in the Netherlands.',
    },
    'kindgebonden-budget': {
      term: 'child budget',
      explanation:
        'Money for parents with a low or middle income, from the Dienst Toeslagen. It is for children under 18.',
    },
    kinderbijslag: {
      term: 'child benefit',
      explanation:
        'Money for parents of a child under 18. The SVB pays it every three months. It does not depend on your income.',
    },
    zorgtoeslag: {
      term: 'healthcare allowance',
      explanation:
        'Money towards the cost of your health insurance if you earn little. You apply at the Dienst Toeslagen.',
    },
    belastingdienst: {
      term: 'Belastingdienst (tax authority)',
      explanation:
        'The national tax office. It is not the municipality. Its letters usually come in a blue envelope.',
    },
    ozb: {
      term: 'property tax (OZB)',
      explanation:
        'A tax for people who own a house or building. You pay it to the municipality. The more your home is worth, the more you pay.',
    },
    afvalstoffenheffing: {
      term: 'waste collection charge',
      explanation:
        'Money for collecting your rubbish. Every household pays this to the municipality.',
    },
    rioolheffing: {
      term: 'sewerage charge',
      explanation:
        'Money for the sewer, which takes away dirty water and rain. You pay it to the municipality.',
    },
    invorderingskosten: {
      term: 'collection costs',
      explanation:
        'Extra costs when you pay late, for example for a reminder or a distress warrant. They are added to the amount you owed.',
    },
    belastingdeurwaarder: {
      term: 'tax bailiff',
      explanation:
        'A bailiff who works for the municipality. He comes if you do not pay tax. He may seize your goods or wages.',
    },
    deurwaarder: {
      term: 'bailiff',
      explanation:
        'A bailiff collects money for someone you owe. He may seize things. Contact him quickly: you can often still make an arrangement.',
    },
    'automatische-incasso': {
      term: 'direct debit',
      explanation:
        'The money is taken from your account automatically, so you do not have to pay yourself. You give permission first.',
    },
    vervaldatum: {
      term: 'due date',
      explanation: 'The last day to pay. If you pay later, you may get extra costs.',
    },
    beslaglegging: {
      term: 'seizure',
      explanation:
        'Someone may take your wages, money or goods to pay a debt. Only a bailiff may do this. An amount always stays with you.',
    },
    'beslagvrije-voet': {
      term: 'protected income',
      explanation:
        'The part of your income that no one may take. It is for rent, food and energy. You keep it even when there is a seizure.',
    },
    'uitstel-van-betaling': {
      term: 'deferral of payment',
      explanation:
        'You may pay later. You have to ask for it yourself, for example during an objection.',
    },
    invorderingsambtenaar: {
      term: 'tax collector',
      explanation:
        'The person who collects tax for the municipality. He sends reminders and may send a distress warrant.',
    },
    betalingsherinnering: {
      term: 'payment reminder',
      explanation:
        'A letter that says: you have not paid yet. No extra costs yet. Pay soon or get in touch.',
    },
    schuldeiser: {
      term: 'creditor',
      explanation:
        'Someone you owe money to. For example a shop, the landlord or the municipality.',
    },
    incassobureau: {
      term: 'debt collection agency',
      explanation:
        'A company that collects money for another company. It may charge extra costs, but not just like that.',
    },
    betalingsachterstand: {
      term: 'arrears',
      explanation: 'You did not pay a bill on time. Ask for help early. That is very normal.',
    },
    schuldsanering: {
      term: 'debt restructuring (Wsnp)',
      explanation:
        'A scheme by the court for people with large debts. You live on little money for three years. After that you are usually free of your debts.',
    },
    schuldregeling: {
      term: 'debt settlement',
      explanation:
        'The municipality makes agreements with all your creditors. You pay what you can spare. After a while the rest of the debt is cancelled.',
    },
    bewindvoering: {
      term: 'protective administration',
      explanation:
        'Someone else manages your money for you: the administrator (bewindvoerder). He pays your bills. A judge decides if this is needed.',
    },
    budgetbeheer: {
      term: 'budget management',
      explanation:
        'Someone helps you pay. Your money first goes to a separate account. Rent and fixed costs are paid from it first.',
    },
    vonnis: {
      term: 'court judgment',
      explanation:
        'The decision of a judge. You must do what it says. Sometimes you can appeal against it.',
    },
    vroegsignalering: {
      term: 'early warning',
      explanation:
        'The municipality hears that you did not pay a bill, like rent or energy. Someone then contacts you to help.',
    },
    huurachterstand: {
      term: 'rent arrears',
      explanation:
        'You have not paid all your rent. Contact your landlord quickly. Together you can make an arrangement.',
    },
    ontruiming: {
      term: 'eviction',
      explanation:
        'You must leave your home. This can only happen if a judge says so. Ask for help at once if you get a letter about this.',
    },
    woningcorporatie: {
      term: 'housing association',
      explanation:
        'An organisation that rents homes to people with little money. It is often your landlord.',
    },
    huurcontract: {
      term: 'rental agreement',
      explanation:
        'The agreements about your rented home, such as how much rent you pay. You and the landlord sign it.',
    },
    huurverhoging: {
      term: 'rent increase',
      explanation:
        'Your rent goes up. Your landlord sends you a letter. If you disagree, you can object.',
    },
    verhuurder: {
      term: 'landlord',
      explanation:
        'The owner of the home you rent. You pay the rent to them, for example a housing association.',
    },
    urgentie: {
      term: 'urgency statement',
      explanation:
        'With it you get a rented home sooner. You need a very serious reason. The municipality decides.',
    },
    brp: {
      term: 'BRP (personal records database)',
      explanation:
        "The municipality's list of who lives where. If your details are right, you get your post and allowances.",
    },
    'kale-huur': {
      term: 'basic rent',
      explanation:
        'The rent without extra costs like service costs, gas or electricity. Rent benefit is based on the basic rent.',
    },
    besluit: {
      term: 'decision',
      explanation:
        'A decision of the municipality about you, written in a letter. If you disagree, you can object.',
    },
    'beslissing-op-bezwaar': {
      term: 'decision on objection',
      explanation:
        "The municipality's answer to your objection. If you disagree, you can go to court. That is called an appeal.",
    },
    bezwaarcommissie: {
      term: 'objections committee',
      explanation:
        'It listens to you and to the municipality, then gives advice on your objection. Its members do not work for the department that decided.',
    },
    rechtbank: {
      term: 'court',
      explanation:
        'Where the judge works. In an appeal, a judge checks whether the decision is right. You can tell your story there yourself.',
    },
    'centrale-raad-van-beroep': {
      term: 'Central Appeals Tribunal',
      explanation: 'A high court for appeals about benefits and care. This is the last step.',
    },
    'hoger-beroep': {
      term: 'higher appeal',
      explanation:
        "The step after the court's ruling. A higher court looks again. This must usually be done within six weeks.",
    },
    griffierecht: {
      term: 'court fee',
      explanation: 'The money you pay to go to court. If you win, you get it back.',
    },
    ombudsman: {
      term: 'ombudsman',
      explanation:
        'The ombudsman helps if you have a complaint about the government. He listens to both sides. It is free.',
    },
    klacht: {
      term: 'complaint',
      explanation:
        'A complaint is about how the municipality treated you, for example if someone was unfriendly. It is not the same as an objection.',
    },
    awb: {
      term: 'Awb (General Administrative Law Act)',
      explanation:
        'A law with the rules for the government. It also says how you object and appeal.',
    },
    ingebrekestelling: {
      term: 'notice of default',
      explanation:
        'You tell the municipality it is late with its decision. Two weeks later it must pay you money if it still has not decided.',
    },
    beslistermijn: {
      term: 'decision period',
      explanation:
        'The time the municipality has to make a decision, usually eight weeks. The letter says how long.',
    },
    college: {
      term: 'Municipal Executive',
      explanation:
        'The mayor and aldermen who run the municipality and make decisions. You often send your objection to them.',
    },
    rechtsbijstand: {
      term: 'legal aid',
      explanation:
        'Help from a lawyer. If you have little money, the government pays a large part. The Juridisch Loket can tell you more.',
    },
    'juridisch-loket': {
      term: 'Juridisch Loket (legal advice desk)',
      explanation:
        'Free advice about your rights, for example about a decision, debts or your rent. You can call or visit.',
    },
    'pro-forma-bezwaar': {
      term: 'pro forma objection',
      explanation:
        'A short objection to be in time. You only write: I disagree. You send the reasons later.',
    },
    ontvankelijk: {
      term: 'inadmissible',
      explanation:
        'The municipality does not look at your objection, for example because it was late or your signature was missing.',
    },
    'niet-in-behandeling': {
      term: 'not processed',
      explanation:
        'The municipality does not look at your application because something was missing, like papers. You can apply again.',
    },
    hersteltermijn: {
      term: 'time to complete',
      explanation:
        'The time you get to add what was missing, for example papers. Do it within that time.',
    },
    intrekking: {
      term: 'withdrawal',
      explanation:
        'The municipality stops a decision, for example your benefit or help. After that you no longer get it.',
    },
    'algemene-termijnenwet': {
      term: 'General Time Limits Act',
      explanation:
        'A period never ends on a weekend or public holiday. You then also have the next working day.',
    },
    kenmerk: {
      term: 'reference number',
      explanation:
        'The number at the top of the letter. Mention it when you call or write, so they find your letter quickly.',
    },
    identiteitsbewijs: {
      term: 'proof of identity',
      explanation:
        'A document that shows who you are, such as a passport, ID card or residence document. Bring it to appointments.',
    },
  },
};
