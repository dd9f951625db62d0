
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's011b941f8e756b96': `Vos choix ont été effacés.`,
's0555b26834e8aca7': `Votre carte de demande`,
's085da53e322ab435': `La copie n'a pas fonctionné. Utilisez le bouton WhatsApp ou prenez la carte en photo.`,
's0b19e2675c4e9b30': `Recommencer`,
's0d7ec0bb6fc36bee': `Imprimer`,
's119448dc5dfd9109': `Partager`,
's2545518074d06ce0': `Comment souhaitez-vous être aidé(e) ?`,
's278f0d9665914476': `Préférez-vous un homme ou une femme comme accompagnateur ?`,
's2898ae4c59abe18c': `Le partage n'est pas possible sur cet appareil. Le texte a été copié : collez-le dans un message.`,
's3c9facf60fbc41e6': `Copié. Collez le texte dans un message.`,
's3cd63d51711fc6a7': `Un instant, les questions se chargent…`,
's40c74194a7d1aea2': str`Étape ${0} sur ${1}`,
's470ffe2dfe7526e6': `Afficher en plein écran`,
's501726e55811af2d': `Partagé.`,
's61d3d3b6bfe08b14': `Lire à voix haute`,
's650d691ad17b2027': `Comment souhaitez-vous être contacté(e) ?`,
's74fd5c4a8297cab0': `Quelle date ? (si vous la connaissez)`,
's7ad8bf0c724dc7a8': `Ce texte n'est pas traduit. L'accompagnateur peut le faire traduire.`,
's7f80216e226875ef': `Dans quelle langue souhaitez-vous de l'aide ?`,
's9627f461296c550a': `Copier`,
's9726935356e89c26': `Ces informations ne peuvent pas être affichées pour le moment. Réessayez plus tard ou contactez la commune.`,
's9763ef831c19bdc5': `Suivant`,
's98f290d9af37d259': `Trouver quelqu'un qui peut vous aider`,
'sa3bb06518dd97e65': `Ma demande d'aide`,
'sa7c0ac702d870d41': `Créer ma carte de demande`,
'sb0f37a64f7860350': `Choisissez les phrases qui vous correspondent. Aucune, c'est possible aussi.`,
'sbbe9d9717006976c': `Envoyer par WhatsApp`,
'sbd72d0b0e6f9ada1': `De quoi s'agit-il ?`,
'sc59a5e56f997d9c3': `La liste des contacts montre maintenant qui peut vous aider.`,
'sd47f78aeb95f4ad8': `Retour`,
'sd667ab8c66e9c7d9': `Choisissez d'abord au moins un sujet.`,
'sd8f227ee8420a9ee': `Touchez ce qui vous correspond. Vous pouvez en choisir plusieurs.`,
'sd9d9b449677f2578': `Voulez-vous le dire vous-même ? Dans votre langue (vous pouvez laisser vide)`,
'sddb85b4faa27a49d': `Montrez cette carte à l'accompagnateur, ou partagez-la. La carte est en néerlandais et dans votre langue.`,
'se15c615b42852088': `Retenir mes choix sur ce téléphone`,
'se166e21cbbe851ec': `Qu'est-ce qui vous correspond ?`,
'se3a426713cb46217': `Faut-il faire quelque chose avant une certaine date ?`,
'se44f17721c6bbcc8': `Ce que vous choisissez ici reste sur votre téléphone. Personne ne le voit, sauf si vous le partagez vous-même.`,
'se5cff7cf3c750158': `Souhaitez-vous un interprète, ou quelqu'un de votre propre communauté ?`,
'sf30c9b899712e426': `Fermer le plein écran`,
'sf9f4e1cdef0eef82': `Effacer mes choix de ce téléphone`,
    };
  