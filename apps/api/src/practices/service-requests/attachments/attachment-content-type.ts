import type * as FileType from 'file-type';

/** Types recognised by their magic bytes (file-type's names); anything else it recognises is refused. */
export const ALLOWED_DETECTED_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]);

/** Text has no magic bytes: accepted only when declared as one of these and the bytes agree. */
export const TEXT_TYPES: ReadonlySet<string> = new Set(['text/plain', 'text/csv']);

export const ACCEPTED_SUMMARY =
  'PDF, PNG, JPEG, GIF, WebP, Word, Excel and PowerPoint (DOCX, XLSX, PPTX), plain text and CSV';

export type ContentVerdict =
  { accepted: true; contentType: string } | { accepted: false; reason: string };

/** `Text/CSV; charset=utf-8` -> `text/csv`. */
export function essenceOf(mediaType: string | undefined): string {
  return (mediaType ?? '').split(';')[0].trim().toLowerCase();
}

/** Whether the client asked for the text path, which decides if the upload is checked as UTF-8. */
export function declaresText(declaredType: string | undefined): boolean {
  return TEXT_TYPES.has(essenceOf(declaredType));
}

let fileTypeModule: Promise<typeof FileType> | undefined;

/**
 * file-type is published as ES modules only. This `import()` compiles to `require()` in our
 * CommonJS output, which Node >= 20.19 (the engines floor) resolves to the package's
 * `module-sync` entry; Jest transpiles the package instead (see jest.preset.js). A real dynamic
 * import would also work in Node but fails under Jest without --experimental-vm-modules.
 */
function loadFileType(): Promise<typeof FileType> {
  fileTypeModule ??= import('file-type');
  return fileTypeModule;
}

/**
 * Decides what a stored file is from its bytes. The declared type and the file name count for
 * nothing, except that text (which has no signature) must be declared as text and be valid UTF-8
 * without NUL bytes. Whatever file-type recognises must be on the allow-list: an executable
 * named `report.pdf` and declared `application/pdf` is still an executable.
 */
export async function classifyContent(
  path: string,
  declaredType: string | undefined,
  textual: boolean,
): Promise<ContentVerdict> {
  const { fileTypeFromFile } = await loadFileType();
  let detected: { mime: string } | undefined;
  try {
    detected = await fileTypeFromFile(path);
  } catch {
    // file-type gives up on malformed or hostile structures (its parser limits): not a file we take.
    return { accepted: false, reason: 'The file could not be recognised' };
  }
  if (detected) {
    return ALLOWED_DETECTED_TYPES.has(detected.mime)
      ? { accepted: true, contentType: detected.mime }
      : { accepted: false, reason: `Files of type ${detected.mime} are not accepted` };
  }
  const declared = essenceOf(declaredType);
  if (TEXT_TYPES.has(declared)) {
    return textual
      ? { accepted: true, contentType: declared }
      : { accepted: false, reason: `The file is declared as ${declared} but is not UTF-8 text` };
  }
  return { accepted: false, reason: 'The file type could not be recognised' };
}
