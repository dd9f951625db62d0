
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's02a8df7b964b82cf': `Key person`,
's0a9f313073d502a4': `You can always call the general helpline:`,
's0b3dff47e9471a25': `Search by name, place or word`,
's10f54f330ca20b12': `closed`,
's12d9b7459c085568': `This is not a postcode. Type 4 digits, or 4 digits and 2 letters.`,
's16343619b0e5e224': `Call`,
's1b29e445b918601e': `Helps with:`,
's23b5dce5aa197093': str`Show more (${0} left)`,
's259eb75f54a3de58': str`Opens today at ${0}`,
's25bb0e3f00768c7f': `Care and support`,
's260d7d07f64fc219': str`Open now, until ${0}`,
's2a3db5653576df5b': `Search without postcode`,
's2ec162cbaff729e0': `Everything`,
's31639529cea5a624': `Only open now`,
's376207f6c1532f6e': `What do you need help with?`,
's3ad75ab428b2a6cd': `Confidential: tells nobody without your permission`,
's3c527b18d3757033': `You can make an appointment`,
's3e4a0c54966a70f8': `Your postcode`,
's483fb9bf5c9d4513': `Which language do you speak?`,
's487d286fd47ddb48': `Neighbourhood team`,
's4d467509e561e666': `You can drop in without an appointment`,
's5fefe2f2269fdeb6': `Search all topics`,
's6080fb7e94b0c0cd': `Helpline`,
's6211fb59477e9a48': `Search without search word`,
's6755152040742aa4': `Independent: does not work for the municipality`,
's6bed99241e160900': `Closed today (public holiday)`,
's747afac51dd33430': `Housing`,
's81098677851f6dea': `Find a contact person`,
's82665b2ffabc9c0a': `Website`,
's85c34e236ba33111': `Letters and forms`,
's860d73ddb4acf5db': `Nobody found.`,
's86c1471c0dc59fba': `Loneliness`,
's8e7258c871aaa410': `Email`,
's965d56a3eecb8a27': `Search all languages`,
's9b15d9b42cadc376': `Money and debts`,
's9c0287cdddf1a7e4': `Loading contacts…`,
'sa0b3a985c21f61c9': `Free`,
'sa239b76271c0e9c2': `View on the map (OpenStreetMap)`,
'sa6e756da3ec01e41': `Volunteer`,
'sa88e92c75e4e4090': `Also closed now`,
'sb1f85940495fb732': `Work and income`,
'sbc6738e551e91bde': `Client supporter`,
'sbf13008451f2ad1e': `Save as a contact in your phone`,
'sc0510edcded9112a': `Health`,
'sc2d551e93fd8bed4': `Closed today`,
'sd09bce3c04906b6d': `For example 1234 or 1234 AB. Your postcode stays on your device.`,
'se2c4ddee97f119f9': `All languages`,
'se36b396c5220b2fa': `Youth and family`,
'se6e495dd327b97c2': `Opening hours`,
'sf5e17fc2d9d50d0d': `Speaks:`,
'sf8cda3036d6bcf41': str`Found: ${0}`,
    };
  