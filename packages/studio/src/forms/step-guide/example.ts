/** A small route to start from: three steps, Dutch and English (machine-assisted). */
export const stepGuideExample = {
  id: 'voorbeeld-afspraak',
  lang: 'nl',
  title: { nl: 'Zo maakt u een afspraak', en: 'How to make an appointment' },
  review: { en: 'machine-assisted' },
  steps: [
    {
      id: 'bellen',
      pictogram: 'phone',
      title: { nl: 'Bel ons', en: 'Call us' },
      text: {
        nl: 'Vraag om een afspraak. Dat is gewoon en kost niets.',
        en: 'Ask for an appointment. That is normal and free.',
      },
      action: { label: { nl: 'Bel', en: 'Call' }, phone: '{{telefoon}}' },
    },
    {
      id: 'meenemen',
      pictogram: 'documents',
      title: { nl: 'Pak uw papieren', en: 'Get your papers' },
      bring: [
        { nl: 'Uw ID-kaart', en: 'Your ID card' },
        { nl: 'Brieven van de gemeente', en: 'Letters from the municipality' },
      ],
    },
    {
      id: 'gesprek',
      pictogram: 'conversation',
      title: { nl: 'Praat met ons', en: 'Talk to us' },
      text: {
        nl: 'U mag iemand meenemen die u vertrouwt. U beslist zelf.',
        en: 'You may bring someone you trust. You decide.',
      },
    },
  ],
};
