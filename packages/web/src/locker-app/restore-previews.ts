/** After an import, previews are made again on this device from the original bytes (bundles carry none). */
import { makeThumbnail, type LockerStore } from '@jikim/device';

export async function restorePreviews(store: LockerStore): Promise<void> {
  for (const item of await store.items()) {
    const type = item.file?.mediaType ?? '';
    if (!type.startsWith('image/') && !type.startsWith('video/')) continue;
    if (await store.thumbnail(item.id)) continue;
    const thumbnail = await makeThumbnail(await store.readFile(item.id, type), type);
    if (thumbnail) await store.saveThumbnail(item.id, thumbnail);
  }
}
