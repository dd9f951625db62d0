
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019826cefa8c408b': str`Le dernier jour était le ${0}. Cette date est passée. Demandez de l'aide le plus vite possible.`,
's03028d0ceb180d15': str`Attention : au plus tard le ${0}. Jours restants : ${1}.`,
's08c760e364c21e69': str`Envoyez votre réclamation à temps : au plus tard le ${0}.`,
's08dc14d12c9cc8cd': str`C'est un jour férié : ${0}.`,
's0d7ec0bb6fc36bee': `Imprimer`,
's11286e522368c6ef': `Qui peut m'aider ?`,
's16343619b0e5e224': `Appeler`,
's1745a691c21878db': `Pourquoi vous n'êtes pas d'accord avec la décision.`,
's1ce558da628698e6': `Qu'est-ce que cette lettre ?`,
's1daa645070de133f': `Trouvez maintenant quelqu'un qui vous aide`,
's1e74401112550227': str`Au plus tard le ${0}. Jours restants : ${1}.`,
's2199b0b63a6995b9': `Ajouter à mon agenda`,
's2480a46cb4f5fd99': str`Explication ${0}`,
's3c310daaed0bd6e8': `Un accompagnateur peut vous aider gratuitement à écrire votre réclamation.`,
's47f394e3aeb755d6': `Cette traduction a été faite avec l'aide d'un ordinateur et n'a pas encore été vérifiée.`,
's4bc58734db8593ac': `Explication de cette lettre`,
's58f723a19a4ad62d': `Un accompagnateur ou une personne-relais vous aide gratuitement. Il ou elle peut aussi appeler la commune.`,
's62e92bcfa7534aa1': str`Selon la lettre, le dernier jour est ${0}.`,
's640c59f1f68bf44f': `Trouver de l'aide dans votre langue`,
's68c3f8ae6c480487': `C'est un dimanche.`,
's6bc89a5f0222eed8': `La lettre dit :`,
's6f3c3b9119a54d6f': `explication`,
's70e77423975ca77c': `C'est un samedi.`,
's7aeba4292aa0f18a': `Que dit la lettre ?`,
's8b1e3b3bf286af94': `Une réclamation est parfois encore acceptée en retard. Écrivez alors dans votre réclamation pourquoi vous êtes en retard.`,
's8e1720efba8acc56': `La loi vous laisse alors aussi le jour ouvrable suivant. Vous voyez cette date ci-dessous.`,
's8f9aa483a498ceae': `Envoyez votre réclamation à temps : dans le délai indiqué dans la lettre.`,
's90708c469fc36dca': `Que doit contenir votre réclamation ?`,
's91a8e8eeadc9bac3': `Que dois-je faire ?`,
's960deaf929958150': `Que se passe-t-il si je ne fais rien ?`,
's978ec6df82cd0b23': `Trop tard ? Demandez de l'aide maintenant. Souvent, il est encore possible de faire quelque chose.`,
's9d449f3d433a03a0': str`Lire à voix haute : ${0}`,
's9e3fc04a8e1c4a0f': `Votre signature.`,
's9f751dcdf3c39989': `Date limite pour votre lettre`,
's9f8923118d736b1f': `La décision concernée : la date et la référence (kenmerk) de la lettre.`,
'sa22cf4a440f08ba9': `Appelez maintenant`,
'sb82354f9623eed21': `Lire la lettre à voix haute`,
'sbcf6e83c64ca8868': str`Aujourd'hui est le dernier jour : ${0}.`,
'sc054de5383af5756': `Fermer l'explication`,
'sca6ffa4aee72dabc': `Votre nom et votre adresse.`,
'sdda0e7e4f617703f': `Lexique`,
'sde532ab9e77fc6c0': `La date du jour.`,
'se362efbef932ce08': `Avant quand ?`,
'se8eeb48c8dc15577': `Cette date n'est pas correcte. Choisissez la date en haut de votre lettre.`,
'seb85fe6f6a0ba89f': `Toutes les explications dans l'ordre`,
'sed11670cc8ded060': `Lire les réponses à voix haute`,
'sed46ba5db5d587d4': str`Lire l'explication ${0} à voix haute`,
'sf67c41154a23c3cb': `Quelle date est sur votre lettre ?`,
'sfa91f385552c29ef': `Cette date reste sur votre téléphone ou ordinateur. Nous ne l'envoyons nulle part.`,
    };
  