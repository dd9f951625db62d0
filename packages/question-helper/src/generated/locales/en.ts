
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's011b941f8e756b96': `Your choices have been deleted.`,
's0555b26834e8aca7': `Your question card`,
's085da53e322ab435': `Copying did not work. Use the WhatsApp button or take a photo of the card.`,
's0b19e2675c4e9b30': `Start again`,
's0d7ec0bb6fc36bee': `Print`,
's119448dc5dfd9109': `Share`,
's2545518074d06ce0': `How would you like to be helped?`,
's278f0d9665914476': `Would you prefer a man or a woman as your supporter?`,
's2898ae4c59abe18c': `Sharing is not possible on this device. The text has been copied: paste it into a message.`,
's3c9facf60fbc41e6': `Copied. Paste the text into a message.`,
's3cd63d51711fc6a7': `One moment, the questions are loading…`,
's40c74194a7d1aea2': str`Step ${0} of ${1}`,
's470ffe2dfe7526e6': `Show full screen`,
's501726e55811af2d': `Shared.`,
's61d3d3b6bfe08b14': `Read aloud`,
's650d691ad17b2027': `How would you like to be contacted?`,
's74fd5c4a8297cab0': `Which date? (if you know it)`,
's7ad8bf0c724dc7a8': `This is not translated. The supporter can have it translated.`,
's7f80216e226875ef': `In which language would you like help?`,
's9627f461296c550a': `Copy`,
's9726935356e89c26': `This information cannot be shown right now. Please try again later, or contact the municipality.`,
's9763ef831c19bdc5': `Next`,
's98f290d9af37d259': `Find someone who can help you`,
'sa3bb06518dd97e65': `My question for help`,
'sa7c0ac702d870d41': `Make my question card`,
'sb0f37a64f7860350': `Choose the sentences that fit you. Choosing none is fine too.`,
'sbbe9d9717006976c': `Send via WhatsApp`,
'sbd72d0b0e6f9ada1': `What is it about?`,
'sc59a5e56f997d9c3': `The list of contacts now shows who can help you.`,
'sd47f78aeb95f4ad8': `Back`,
'sd667ab8c66e9c7d9': `First choose at least one topic.`,
'sd8f227ee8420a9ee': `Tap what fits you. You may choose more than one.`,
'sd9d9b449677f2578': `Would you like to say it yourself? In your own language (you may leave this empty)`,
'sddb85b4faa27a49d': `Show this card to the supporter, or share it. The card is in Dutch and in your language.`,
'se15c615b42852088': `Remember my choices on this phone`,
'se166e21cbbe851ec': `What fits your situation?`,
'se3a426713cb46217': `Does something have to happen before a certain date?`,
'se44f17721c6bbcc8': `What you choose here stays on your phone. Nobody sees it unless you share it yourself.`,
'se5cff7cf3c750158': `Would you like an interpreter, or someone from your own community?`,
'sf30c9b899712e426': `Close full screen`,
'sf9f4e1cdef0eef82': `Delete my choices from this phone`,
    };
  