/** The two faces every Jikim PDF is set in (Pretendard Regular and Bold, TrueType), as bytes. */
export interface ReportFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}
