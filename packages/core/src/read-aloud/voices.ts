/**
 * Choosing a speech voice. On-device voices (`localService`) first: a remote voice sends
 * the text to a server, which we only allow when the editor says so.
 */
import { primaryLanguage } from '../locale/locales.js';

export interface VoiceChoice {
  allowRemote?: boolean;
}

export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
  { allowRemote = false }: VoiceChoice = {},
): SpeechSynthesisVoice | undefined {
  const wanted = lang.toLowerCase();
  const primary = primaryLanguage(lang);
  const usable = voices.filter((voice) => allowRemote || voice.localService);
  const exact = usable.filter((voice) => voice.lang.toLowerCase().replace('_', '-') === wanted);
  const sameLanguage = usable.filter((voice) => primaryLanguage(voice.lang) === primary);
  const candidates = exact.length ? exact : sameLanguage;
  return (
    candidates.find((voice) => voice.localService && voice.default) ??
    candidates.find((voice) => voice.localService) ??
    candidates[0]
  );
}
