/** The TOTP QR code as inline SVG: one path, no data: URI and no script, so the CSP stays as it is. */
export function QrCode({ rows, label }: { readonly rows: readonly string[]; readonly label: string }) {
  const size = rows.length;
  let d = '';
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) if (row[x] === '1') d += `M${x + 4} ${y + 4}h1v1h-1z`;
  });
  return (
    <svg className="console-qr" role="img" aria-label={label} viewBox={`0 0 ${size + 8} ${size + 8}`} width="232" height="232" shapeRendering="crispEdges">
      <rect width={size + 8} height={size + 8} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
