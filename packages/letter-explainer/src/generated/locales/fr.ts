
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019826cefa8c408b': str`Le dernier jour était le ${0}. Cette date est passée. Demandez de l'aide le plus vite possible.`,
's03028d0ceb180d15': str`Attention : au plus tard le ${0}. Jours restants : ${1}.`,
's08dc14d12c9cc8cd': str`C'est un jour férié : ${0}.`,
's0d7ec0bb6fc36bee': `Imprimer`,
's11286e522368c6ef': `Qui peut m'aider ?`,
's16343619b0e5e224': `Appelez le`,
's1ce558da628698e6': `Qu'est-ce que cette lettre ?`,
's1e74401112550227': str`Au plus tard le ${0}. Jours restants : ${1}.`,
's2199b0b63a6995b9': `Ajouter à mon agenda`,
's2480a46cb4f5fd99': str`Explication ${0}`,
's47f394e3aeb755d6': `Cette traduction a été faite avec l'aide d'un ordinateur et n'a pas encore été vérifiée.`,
's4bc58734db8593ac': `Explication de cette lettre`,
's62e92bcfa7534aa1': str`Selon la lettre, le dernier jour est ${0}.`,
's640c59f1f68bf44f': `Trouver de l'aide dans votre langue`,
's68c3f8ae6c480487': `C'est un dimanche.`,
's6bc89a5f0222eed8': `La lettre dit :`,
's6f3c3b9119a54d6f': `explication`,
's70e77423975ca77c': `C'est un samedi.`,
's7aeba4292aa0f18a': `Que dit la lettre ?`,
's8e1720efba8acc56': `La loi vous laisse alors aussi le jour ouvrable suivant. Vous voyez cette date ci-dessous.`,
's91a8e8eeadc9bac3': `Que dois-je faire ?`,
's960deaf929958150': `Que se passe-t-il si je ne fais rien ?`,
's9d449f3d433a03a0': str`Lire à voix haute : ${0}`,
's9f751dcdf3c39989': `Date limite pour votre lettre`,
'sb82354f9623eed21': `Lire la lettre à voix haute`,
'sbcf6e83c64ca8868': str`Aujourd'hui est le dernier jour : ${0}.`,
'sc054de5383af5756': `Fermer l'explication`,
'sdda0e7e4f617703f': `Lexique`,
'se362efbef932ce08': `Avant quand ?`,
'se8eeb48c8dc15577': `Cette date n'est pas correcte. Choisissez la date en haut de votre lettre.`,
'seb85fe6f6a0ba89f': `Toutes les explications dans l'ordre`,
'sed11670cc8ded060': `Lire les réponses à voix haute`,
'sed46ba5db5d587d4': str`Lire l'explication ${0} à voix haute`,
'sf67c41154a23c3cb': `Quelle date est sur votre lettre ?`,
'sfa91f385552c29ef': `Cette date reste sur votre téléphone ou ordinateur. Nous ne l'envoyons nulle part.`,
    };
  