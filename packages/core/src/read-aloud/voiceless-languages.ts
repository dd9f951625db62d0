/**
 * Languages no phone or computer reads aloud on the device (Android, iOS and Windows have no
 * voice, and espeak-ng none either): for these the read-aloud element explains at once that it
 * cannot read, even on a device that lists no voices at all, instead of showing nothing.
 * Kept equal to the languages marked so in `@wegwijs/content-oco`
 * `content/audio/device-voices.json` (its test compares the two).
 */
export const VOICELESS_LANGUAGES: readonly string[] = ['so', 'ti'];
