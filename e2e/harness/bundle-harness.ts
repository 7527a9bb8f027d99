// Test-only page script: drives the evidence bundle (export, verify, import) with a real locker in
// IndexedDB, WebCrypto, files chosen in the page and the browser's own download.
import { createSHA256 } from 'hash-wasm';
import { bundleFileName, saveBundle } from '../../packages/device/src/files/download.js';
import { importBundle } from '../../packages/device/src/bundle/import-bundle.js';
import { buildManifest } from '../../packages/case/src/bundle/to-manifest.js';
import { verifyBundleBlob } from '../../packages/device/src/bundle/verify-bundle-blob.js';
import { writeBundleStream } from '@jikim/evidence/write-bundle';
import { newEvidenceItem } from '../../packages/case/src/evidence/evidence-item.js';
import { LockerStore } from '../../packages/device/src/locker/locker-store.js';
import { sniffMediaType } from '../../packages/device/src/files/media-type.js';
import { VICTIM } from '../../packages/case/src/events/actor.js';

const input = document.getElementById('file') as HTMLInputElement;
let store: LockerStore | undefined;
// The real PDF report is made elsewhere; any bytes will do here.
const FAKE_PDF = new TextEncoder().encode('%PDF-1.7\n% e2e stand-in report\n%%EOF\n');

function chosen(index: number): File {
  const file = input.files?.[index];
  if (!file) throw new Error(`no file ${index} chosen`);
  return file;
}
function open(): LockerStore {
  if (!store) throw new Error('no locker open');
  return store;
}

Object.assign(window, {
  jikimBundle: {
    async create(passphrase: string) { store = await LockerStore.create(passphrase); },
    /** Keeps every chosen file as an item, the way the app adds one. */
    async addChosenFiles() {
      const out = [];
      for (const [i, file] of [...(input.files ?? [])].entries()) {
        const id = `item-${i + 1}`;
        const sniffed = await sniffMediaType(file, file.name);
        const stored = await open().storeFile(id, file);
        const facts = { name: file.name, ...stored, mediaType: sniffed.mediaType, extensionMismatch: sniffed.extensionMismatch, modifiedAt: null };
        await open().saveItem(newEvidenceItem(id, 'file', 'dissemination', { title: `증거 ${i + 1}` }, new Date(Date.UTC(2026, 10, i + 1)), VICTIM, facts));
        out.push({ id, sha256: stored.sha256, bytes: stored.bytes });
      }
      return out;
    },
    /** Exports the locker as a bundle and hands it to the browser's download. */
    async exportBundle(caseReference: string) {
      const items = await open().items();
      const now = new Date();
      const manifest = buildManifest({ items, caseReference, locale: 'ko', createdAt: now, generator: { name: 'Jikim', version: 'e2e' } });
      return saveBundle(() => writeBundleStream({ manifest, report: FAKE_PDF, openFile: (id) => open().fileStream(id) }), bundleFileName(now), { usePicker: false });
    },
    async verifyChosen(index: number) { return verifyBundleBlob(chosen(index)); },
    async importChosen(index: number) {
      const result = await importBundle(chosen(index), open(), new Date());
      return result.ok ? { ok: true, imported: result.imported } : { ok: false, files: result.report.files };
    },
    /** Each item's file, re-read from the locker chunk by chunk and hashed. */
    async fileSha256s() {
      const out: Record<string, string> = {};
      for (const item of await open().items()) {
        const hasher = await createSHA256();
        hasher.init();
        const reader = open().fileStream(item.id).getReader();
        for (let next = await reader.read(); !next.done; next = await reader.read()) hasher.update(next.value);
        out[item.id] = hasher.digest('hex');
      }
      return out;
    },
    async importedFrom() { return (await open().items()).map((i) => i.imported?.caseReference ?? null); },
    async wipe() { store?.lock(); store = undefined; await LockerStore.wipe(); },
  },
});
