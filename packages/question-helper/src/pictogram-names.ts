/** The pictograms of the answer options (how the resident wants to be helped). */
export const OPTION_PICTOGRAMS = {
  phone: 'phone',
  whatsapp: 'message',
  'walk-in': 'walk-in',
  'home-visit': 'home-visit',
  interpreter: 'interpreter',
  'key-person': 'volunteer',
} as const;
