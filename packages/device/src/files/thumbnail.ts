/**
 * Small previews made on the device from the original bytes: a JPEG at most 320 px wide, and the
 * duration of recordings and videos. Nothing is sent anywhere. A file the browser cannot decode
 * simply has no preview and no duration.
 */
const MAX_SIDE = 320;
const QUALITY = 0.8;

async function canvasToJpeg(source: CanvasImageSource, width: number, height: number): Promise<Uint8Array> {
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
  return new Uint8Array(await blob.arrayBuffer());
}

async function imageThumbnail(file: Blob): Promise<Uint8Array> {
  // The browser applies the photo's EXIF orientation here, as people expect to see it.
  const bitmap = await createImageBitmap(file);
  try {
    return await canvasToJpeg(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

async function videoThumbnail(file: Blob): Promise<Uint8Array> {
  const url = URL.createObjectURL(file);
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'metadata';
  try {
    await new Promise<void>((resolve, reject) => {
      video.onloadedmetadata = () => resolve();
      video.onerror = () => reject(new Error('video not decodable'));
      video.src = url;
    });
    await new Promise<void>((resolve, reject) => {
      video.onseeked = () => resolve();
      video.onerror = () => reject(new Error('video not decodable'));
      video.currentTime = Number.isFinite(video.duration) ? Math.min(1, video.duration / 2) : 0;
    });
    return await canvasToJpeg(video, video.videoWidth, video.videoHeight);
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}

export async function makeThumbnail(file: Blob, mediaType: string): Promise<Uint8Array | undefined> {
  try {
    if (mediaType.startsWith('image/')) return await imageThumbnail(file);
    if (mediaType.startsWith('video/')) return await videoThumbnail(file);
  } catch {
    // Undecodable or unsupported: keep the evidence, show no preview.
  }
  return undefined;
}

/** Longest wait for the browser to read a file's duration; past it the file is kept without one. */
export const DURATION_TIMEOUT_MS = 8_000;

/** Seconds, or undefined for a value that is not a length (NaN, a stream's Infinity, a negative). */
export const usableDuration = (seconds: number): number | undefined =>
  Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) / 1000 : undefined;

/**
 * How long a recording or video plays, read on the device by an <audio> or <video> element from an
 * object URL (metadata only; nothing is played or sent). Undefined when the browser cannot decode
 * the file or takes longer than `timeoutMs`: the evidence is kept either way.
 */
export async function measureDuration(file: Blob, mediaType: string, timeoutMs = DURATION_TIMEOUT_MS): Promise<number | undefined> {
  const tag = mediaType.startsWith('video/') ? 'video' : mediaType.startsWith('audio/') ? 'audio' : null;
  if (!tag) return undefined;
  const url = URL.createObjectURL(file);
  const media = document.createElement(tag);
  media.muted = true;
  media.preload = 'metadata';
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const measured = new Promise<number | undefined>((resolve) => {
      media.onerror = () => resolve(undefined);
      media.onloadedmetadata = () => {
        if (media.duration !== Infinity) return resolve(usableDuration(media.duration));
        // Recordings made by MediaRecorder (WebM) often carry no duration: seeking to the end makes the browser find it.
        media.ondurationchange = () => {
          const found = usableDuration(media.duration);
          if (found !== undefined) resolve(found);
        };
        media.currentTime = Number.MAX_SAFE_INTEGER;
      };
      media.src = url;
    });
    const timedOut = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), timeoutMs);
    });
    return await Promise.race([measured, timedOut]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
    media.onloadedmetadata = null;
    media.ondurationchange = null;
    media.onerror = null;
    media.removeAttribute('src');
    media.load();
    URL.revokeObjectURL(url);
  }
}

/** A blurred copy, for a PDF printed with previews blurred (the victim's choice). */
export async function blurThumbnail(jpeg: Uint8Array): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }));
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.filter = `blur(${Math.max(8, Math.round(bitmap.width / 12))}px)`;
    context.drawImage(bitmap, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    bitmap.close();
  }
}
