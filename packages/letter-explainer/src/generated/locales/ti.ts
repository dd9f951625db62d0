
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019826cefa8c408b': str`ናይ መወዳእታ መዓልቲ ${0} ነበረ። ሓሊፉ እዩ። ብቕልጡፍ ሓገዝ ሕተት።`,
's03028d0ceb180d15': str`ተጠንቀቕ፦ ቅድሚ ${0}። ዝተረፉ መዓልትታት፦ ${1}።`,
's0d7ec0bb6fc36bee': `ሕተም`,
's11286e522368c6ef': `መን ክሕግዘኒ ይኽእል?`,
's16343619b0e5e224': `ደውል`,
's1ce558da628698e6': `እዚ ደብዳበ እንታይ እዩ?`,
's1e74401112550227': str`ቅድሚ ${0}። ዝተረፉ መዓልትታት፦ ${1}።`,
's2199b0b63a6995b9': `ኣብ ካሌንደረይ ኣእቱ`,
's2480a46cb4f5fd99': str`መብርሂ ${0}`,
's47f394e3aeb755d6': `እዚ ትርጉም ብሓገዝ ኮምፒተር እዩ ተሰሪሑ፣ ገና ኣይተረጋገጸን።`,
's4bc58734db8593ac': `መብርሂ ናይዚ ደብዳበ`,
's640c59f1f68bf44f': `ብቋንቋኹም ዝዛረብ ሓገዝ ድለዩ`,
's6f3c3b9119a54d6f': `መብርሂ`,
's7aeba4292aa0f18a': `ኣብቲ ደብዳበ እንታይ ተጻሒፉ?`,
's91a8e8eeadc9bac3': `እንታይ ክገብር ኣለኒ?`,
's960deaf929958150': `ዋላ ሓንቲ እንተዘይገበርኩ እንታይ ይኸውን?`,
's9d449f3d433a03a0': str`ኣንብብ፦ ${0}`,
's9f751dcdf3c39989': `ናይ መወዳእታ ዕለት ንደብዳበኹም`,
'sb82354f9623eed21': `ደብዳበ ኣንብብ`,
'sbcf6e83c64ca8868': str`ሎሚ ናይ መወዳእታ መዓልቲ እዩ፦ ${0}።`,
'sc054de5383af5756': `መብርሂ ዕጸው`,
'sdda0e7e4f617703f': `ዝርዝር ቃላት`,
'se362efbef932ce08': `ክሳብ መዓስ?`,
'se8eeb48c8dc15577': `እዚ ዕለት ግጉይ እዩ። ኣብ ላዕሊ ደብዳበኹም ዘሎ ዕለት ምረጹ።`,
'seb85fe6f6a0ba89f': `ኩሉ መብርሂታት ብቕደም ሰዓብ`,
'sed11670cc8ded060': `መልስታት ኣንብብ`,
'sed46ba5db5d587d4': str`መብርሂ ${0} ኣንብብ`,
'sf67c41154a23c3cb': `ኣብ ደብዳበኹም እንታይ ዕለት ኣሎ?`,
'sfa91f385552c29ef': `እዚ ዕለት ኣብ ተሌፎንካ ወይ ኮምፒተርካ ይተርፍ። ናብ ዝኾነ ቦታ ኣይንሰዶን።`,
    };
  