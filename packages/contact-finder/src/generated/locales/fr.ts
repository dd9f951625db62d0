
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's02a8df7b964b82cf': `Personne-relais`,
's0a9f313073d502a4': `Vous pouvez toujours appeler la ligne d'aide générale :`,
's0b3dff47e9471a25': `Chercher par nom, lieu ou mot`,
's10f54f330ca20b12': `fermé`,
's12d9b7459c085568': `Ce n'est pas un code postal. Tapez 4 chiffres, ou 4 chiffres et 2 lettres.`,
's16343619b0e5e224': `Appeler`,
's1b29e445b918601e': `Aide pour :`,
's23b5dce5aa197093': str`Voir plus (encore ${0})`,
's259eb75f54a3de58': str`Ouvre aujourd'hui à ${0}`,
's25bb0e3f00768c7f': `Soins et aide`,
's260d7d07f64fc219': str`Ouvert maintenant, jusqu'à ${0}`,
's2a3db5653576df5b': `Chercher sans code postal`,
's2ec162cbaff729e0': `Tout`,
's31639529cea5a624': `Seulement ouvert maintenant`,
's376207f6c1532f6e': `Pour quoi voulez-vous de l'aide ?`,
's3ad75ab428b2a6cd': `Confidentiel : ne dit rien sans votre accord`,
's3c527b18d3757033': `Vous pouvez prendre rendez-vous`,
's3e4a0c54966a70f8': `Votre code postal`,
's483fb9bf5c9d4513': `Quelle langue parlez-vous ?`,
's487d286fd47ddb48': `Équipe de quartier`,
's4d467509e561e666': `Vous pouvez passer sans rendez-vous`,
's5fefe2f2269fdeb6': `Chercher dans tous les sujets`,
's6080fb7e94b0c0cd': `Ligne d'aide`,
's6211fb59477e9a48': `Chercher sans mot-clé`,
's6755152040742aa4': `Indépendant : ne travaille pas pour la commune`,
's6bed99241e160900': `Fermé aujourd'hui (jour férié)`,
's747afac51dd33430': `Logement`,
's81098677851f6dea': `Trouver une personne de contact`,
's82665b2ffabc9c0a': `Site web`,
's85c34e236ba33111': `Lettres et formulaires`,
's860d73ddb4acf5db': `Personne trouvé.`,
's86c1471c0dc59fba': `Solitude`,
's8e7258c871aaa410': `E-mail`,
's965d56a3eecb8a27': `Chercher dans toutes les langues`,
's9b15d9b42cadc376': `Argent et dettes`,
's9c0287cdddf1a7e4': `Chargement des contacts…`,
'sa0b3a985c21f61c9': `Gratuit`,
'sa239b76271c0e9c2': `Voir sur la carte (OpenStreetMap)`,
'sa6e756da3ec01e41': `Bénévole`,
'sa88e92c75e4e4090': `Aussi ceux qui sont fermés`,
'sb1f85940495fb732': `Travail et revenus`,
'sbc6738e551e91bde': `Accompagnateur indépendant`,
'sbf13008451f2ad1e': `Enregistrer comme contact dans votre téléphone`,
'sc0510edcded9112a': `Santé`,
'sc2d551e93fd8bed4': `Fermé aujourd'hui`,
'sd09bce3c04906b6d': `Par exemple 1234 ou 1234 AB. Votre code postal reste sur votre appareil.`,
'se2c4ddee97f119f9': `Toutes les langues`,
'se36b396c5220b2fa': `Jeunesse et famille`,
'se6e495dd327b97c2': `Heures d'ouverture`,
'sf5e17fc2d9d50d0d': `Parle :`,
'sf8cda3036d6bcf41': str`Trouvé : ${0}`,
    };
  