/**
 * The messages between an iframe and its parent. The iframe sends only its height, nothing a
 * resident typed; the parent sends only the language the resident chose on the host page.
 */
export const RESIZE_MESSAGE = 'wegwijs:resize';
export const LOCALE_MESSAGE = 'wegwijs:locale';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  height: number;
}

export interface LocaleMessage {
  type: typeof LOCALE_MESSAGE;
  locale: string;
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  const message = data as Partial<ResizeMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === RESIZE_MESSAGE &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height >= 0 &&
    message.height < 100_000
  );
}

export function isLocaleMessage(data: unknown): data is LocaleMessage {
  const message = data as Partial<LocaleMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === LOCALE_MESSAGE &&
    typeof message.locale === 'string' &&
    /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(message.locale)
  );
}
