// The files the problem-parity test (problem-parity.test.ts, in the browser) runs through both
// the widgets' own check and `wegwijs check`. A browser cannot list folders, so they are named
// here; problem-parity-files.test.js (Node) fails when a file is added and not listed.

/** Every content fixture of the CLI (test/fixtures), by path from the repository root. */
export const FIXTURE_FILES = [
  'packages/cli/test/fixtures/broken-json.txt',
  'packages/cli/test/fixtures/broken-vtt.json',
  'packages/cli/test/fixtures/contacts-comma.csv',
  'packages/cli/test/fixtures/contacts-no-channel.csv',
  'packages/cli/test/fixtures/contacts.csv',
  'packages/cli/test/fixtures/good-route.json',
  'packages/cli/test/fixtures/hard-text.json',
  'packages/cli/test/fixtures/missing-media.json',
  'packages/cli/test/fixtures/missing-translations.json',
  'packages/cli/test/fixtures/question-duplicates.json',
  'packages/cli/test/fixtures/schema-error.json',
  'packages/cli/test/fixtures/unknown.json',
];

/** The content model fixtures (valid, invalid, beyond), one module per widget. */
export const MODEL_WIDGETS = [
  'contact-finder',
  'letter-explainer',
  'question-helper',
  'step-guide',
  'video-explainer',
];

/** Every example and story content file of the five widgets (as repo-files.js finds them). */
export const EXAMPLE_FILES = [
  ['packages/step-guide/examples/oco-route.json', 'step-guide'],
  ['packages/video-explainer/examples/oco-explainer.json', 'video-explainer'],
  ['packages/letter-explainer/examples/aanmaning-belastingen.json', 'letter-explainer'],
  ['packages/letter-explainer/examples/bijzondere-bijstand-gegevens.json', 'letter-explainer'],
  ['packages/letter-explainer/examples/dwangbevel-belastingen.json', 'letter-explainer'],
  ['packages/letter-explainer/examples/huurachterstand-huurtoeslag.json', 'letter-explainer'],
  ['packages/letter-explainer/examples/jeugdhulp-besluit.json', 'letter-explainer'],
  ['packages/letter-explainer/examples/keukentafelgesprek.json', 'letter-explainer'],
  ['packages/letter-explainer/examples/wmo-beschikking.json', 'letter-explainer'],
  ['stories/letter-explainer/aanmaning-afbeelding.json', 'letter-explainer'],
  ['packages/contact-finder/examples/voorbeeldstad-contacts.csv', 'contact-finder'],
  ['packages/contact-finder/examples/voorbeeldstad-contacts.json', 'contact-finder'],
  ['stories/contact-finder/voorbeeldstad-contacts.csv', 'contact-finder'],
  ['stories/contact-finder/voorbeeldstad-contacts.json', 'contact-finder'],
  ['packages/question-helper/examples/voorbeeldstad-questions.json', 'question-helper'],
  ['stories/question-helper/dutch-only-set.json', 'question-helper'],
];
