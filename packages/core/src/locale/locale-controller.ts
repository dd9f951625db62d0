import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf } from './locales.js';
import { activeUiLocale } from './localization.js';
import { getPageLocale, initPageLocale, onPageLocaleChange } from './page-locale.js';

/**
 * The page locale as a widget's views need it: one type for every widget's `localeInfo` hook
 * (the element passes its LocaleController, or an object that reads it, as a live view).
 */
export interface LocaleInfo {
  /** The language content is shown in. */
  readonly locale: string;
  /** The language the interface strings are in now. */
  readonly uiLocale: string;
  readonly dir: 'ltr' | 'rtl';
}

/** Re-renders its host whenever the page-wide locale (or its UI strings) change. */
export class LocaleController implements ReactiveController, LocaleInfo {
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    initPageLocale(this.host);
    this.unsubscribe = onPageLocaleChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** The page-wide locale: the language content is shown in. */
  get locale(): string {
    return getPageLocale();
  }

  /** The locale the interface strings are in now (the closest we have, else Dutch). */
  get uiLocale(): string {
    return activeUiLocale();
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }
}
