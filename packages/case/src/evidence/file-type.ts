/** What a file is, in words a person uses instead of a media type: the card says "사진", not "image/jpeg". */
export type FileType = 'photo' | 'video' | 'recording' | 'pdf' | 'other';

export function fileTypeOf(mediaType: string): FileType {
  if (mediaType.startsWith('image/')) return 'photo';
  if (mediaType.startsWith('video/')) return 'video';
  if (mediaType.startsWith('audio/')) return 'recording';
  if (mediaType === 'application/pdf') return 'pdf';
  return 'other';
}
