import type { VideoVersion } from './content.js';
import type { VideoService } from './host.js';

/** `youtube` or `vimeo` for a version hosted there; undefined for a self-hosted video. */
export const serviceOf = (v?: VideoVersion): VideoService | undefined =>
  v?.youtube ? 'youtube' : v?.vimeo ? 'vimeo' : undefined;
