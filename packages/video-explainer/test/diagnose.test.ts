// Why a self-hosted video failed, worded for the editor in Dutch (issue 18): the server's answer
// when it is an error, else the browser's media error, each by its own code.
import { expect } from '@open-wc/testing';
import { wordCode } from '@wegwijs/core/check/message-table';
import { mediaFailure } from '../src/diagnose.js';

/** The failure's code, and its Dutch words (the table is loaded when mediaFailure resolves). */
async function failure(src: string): Promise<{ code: string; message: string }> {
  const { code, params } = await mediaFailure(await failedVideo(src));
  return { code, message: wordCode(code, params) };
}

/** A detached <video> that tried `src` and failed. */
async function failedVideo(src: string): Promise<HTMLVideoElement> {
  const video = document.createElement('video');
  video.muted = true;
  const failed = new Promise((resolve) => video.addEventListener('error', resolve, { once: true }));
  video.src = src;
  await failed;
  return video;
}

describe('video explainer: why a video failed, for the editor', () => {
  it('names the server’s error status in Dutch (video-failed-http)', async () => {
    const { code, message } = await failure('/__fault/status/404');
    expect(code).to.equal('video-failed-http');
    expect(message).to.match(/^de video ".*\/__fault\/status\/404" kon niet worden afgespeeld/);
    expect(message).to.contain('de server gaf antwoord 404');
    expect(message).not.to.contain('answered');
  });

  it('names a file the browser cannot play in Dutch (video-failed-unsupported)', async () => {
    const { code, message } = await failure('/__fault/text?body=geen%20video');
    expect(code).to.equal('video-failed-unsupported');
    expect(message).to.contain('kon niet worden afgespeeld: het bestand is er niet');
    expect(message).not.to.match(/MEDIA_ERR|could not/);
  });
});
