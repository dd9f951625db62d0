/** The one message the iframe sends its parent: only a height, nothing a resident typed. */
export const RESIZE_MESSAGE = 'wegwijs:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  height: number;
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
