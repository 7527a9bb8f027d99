/**
 * The package for the police, made on the device: the manifest from the locker's items, the PDF
 * report (pdfkit and its font are fetched from our own origin only now, when asked for), and the
 * streaming evidence bundle around them (the zip writer, too, is fetched only when a bundle is made).
 */
import type { Locale } from '@jikim/guide';
import type { EvidenceManifest } from '@jikim/evidence';
import { blurThumbnail, loadReportFonts, savedFileName, type LockerStore } from '@jikim/device';
import { buildManifest, seoulDay, summariseTakedowns, type EvidenceItem } from '@jikim/case';
import { channelById } from './letter-form.js';

export const GENERATOR = { name: 'Jikim', version: '0.1.0' } as const;

export interface PackageOptions {
  readonly caseReference: string;
  readonly locale: Locale;
  readonly blurThumbnails: boolean;
  readonly fontUrls: { readonly regular: string; readonly bold: string };
}

export function newCaseReference(now: Date): string {
  const date = seoulDay(now).slice(2).replaceAll('-', '');
  const letters = [...crypto.getRandomValues(new Uint8Array(4))].map((b) => 'ACDEFHJKMNPRTUVWXY'[b % 18]).join('');
  return `JK-${date}-${letters}`;
}

async function reportThumbnails(store: LockerStore, manifest: Omit<EvidenceManifest, 'report'>, blur: boolean): Promise<Map<string, Uint8Array>> {
  const thumbnails = new Map<string, Uint8Array>();
  for (const item of manifest.items) {
    const bytes = await store.thumbnail(item.id);
    if (bytes) thumbnails.set(item.id, blur ? await blurThumbnail(bytes) : bytes);
  }
  return thumbnails;
}

export async function makeReport(store: LockerStore, items: readonly EvidenceItem[], options: PackageOptions, now: Date) {
  const manifest = buildManifest({ items, caseReference: options.caseReference, locale: options.locale, createdAt: now, generator: GENERATOR });
  const [{ buildReportPdf }, fonts, thumbnails] = await Promise.all([
    import('@jikim/case/pdf'),
    loadReportFonts(options.fontUrls),
    reportThumbnails(store, manifest, options.blurThumbnails),
  ]);
  const takedowns = summariseTakedowns(await store.takedowns(), options.locale, (id, locale) => channelById(id)?.name[locale]);
  const pdf = await buildReportPdf({ manifest, thumbnails, thumbnailsBlurred: options.blurThumbnails, fonts, now, takedowns });
  return { manifest, pdf };
}

export async function makeBundle(store: LockerStore, items: readonly EvidenceItem[], options: PackageOptions, now: Date): Promise<ReadableStream<Uint8Array>> {
  const [{ manifest, pdf }, { writeBundleStream }] = await Promise.all([
    makeReport(store, items, options, now),
    import('@jikim/evidence/write-bundle'),
  ]);
  return writeBundleStream({ manifest, report: pdf, openFile: (itemId) => store.fileStream(itemId) });
}

/** The PDF is named like the bundle it belongs to. */
export const reportFileName = (now: Date) => savedFileName(now, 'pdf');
