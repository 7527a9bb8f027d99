import QRCode from 'qrcode';

/**
 * The QR code's modules, one string of 0 and 1 per row. The page draws them as inline SVG: an
 * image from a data: URI or a script-made canvas would need the CSP loosened.
 */
export function qrModules(text: string): string[] {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const rows: string[] = [];
  for (let y = 0; y < size; y++) rows.push(Array.from(data.subarray(y * size, (y + 1) * size), (bit) => (bit ? '1' : '0')).join(''));
  return rows;
}
