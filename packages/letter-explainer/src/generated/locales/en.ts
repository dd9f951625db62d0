
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019826cefa8c408b': str`The last day was ${0}. That date has passed. Ask for help as soon as possible.`,
's03028d0ceb180d15': str`Watch out: by ${0} at the latest. Days left: ${1}.`,
's08c760e364c21e69': str`Send your objection in time: by ${0} at the latest.`,
's08dc14d12c9cc8cd': str`That is a public holiday: ${0}.`,
's0d7ec0bb6fc36bee': `Print`,
's11286e522368c6ef': `Who can help me?`,
's16343619b0e5e224': `Call`,
's1745a691c21878db': `Why you do not agree with the decision.`,
's1ce558da628698e6': `What is this letter?`,
's1daa645070de133f': `Find someone to help you now`,
's1e74401112550227': str`By ${0} at the latest. Days left: ${1}.`,
's2199b0b63a6995b9': `Add to my calendar`,
's2480a46cb4f5fd99': str`Explanation ${0}`,
's3c310daaed0bd6e8': `A client supporter can help you write your objection for free.`,
's47f394e3aeb755d6': `This translation was made with the help of a computer and has not been checked yet.`,
's4bc58734db8593ac': `About this letter`,
's58f723a19a4ad62d': `A client supporter or key person helps you for free. They can also call the municipality.`,
's62e92bcfa7534aa1': str`By the letter, the last day is ${0}.`,
's640c59f1f68bf44f': `Find help that speaks your language`,
's68c3f8ae6c480487': `That is a Sunday.`,
's6bc89a5f0222eed8': `The letter says:`,
's6f3c3b9119a54d6f': `explanation`,
's70e77423975ca77c': `That is a Saturday.`,
's7aeba4292aa0f18a': `What does the letter say?`,
's8b1e3b3bf286af94': `An objection is sometimes still accepted late. Then write in your objection why you are late.`,
's8e1720efba8acc56': `Then the law lets you do it on the next working day too. You see that date below.`,
's8f9aa483a498ceae': `Send your objection in time: within the period in the letter.`,
's90708c469fc36dca': `What must your objection contain?`,
's91a8e8eeadc9bac3': `What must I do?`,
's960deaf929958150': `What happens if I do nothing?`,
's978ec6df82cd0b23': `Too late? Ask for help now. Often something can still be done.`,
's9d449f3d433a03a0': str`Read aloud: ${0}`,
's9e3fc04a8e1c4a0f': `Your signature.`,
's9f751dcdf3c39989': `Deadline for your letter`,
's9f8923118d736b1f': `Which decision it is about: the date and the reference (kenmerk) of the letter.`,
'sa22cf4a440f08ba9': `Call now`,
'sb82354f9623eed21': `Read the letter aloud`,
'sbcf6e83c64ca8868': str`Today is the last day: ${0}.`,
'sc054de5383af5756': `Close explanation`,
'sca6ffa4aee72dabc': `Your name and address.`,
'sdda0e7e4f617703f': `Word list`,
'sde532ab9e77fc6c0': `Today's date.`,
'se362efbef932ce08': `Before when?`,
'se8eeb48c8dc15577': `This date is not right. Choose the date at the top of your letter.`,
'seb85fe6f6a0ba89f': `All explanations in order`,
'sed11670cc8ded060': `Read the answers aloud`,
'sed46ba5db5d587d4': str`Read explanation ${0} aloud`,
'sf67c41154a23c3cb': `What date is on your letter?`,
'sfa91f385552c29ef': `This date stays on your phone or computer. We do not send it anywhere.`,
    };
  