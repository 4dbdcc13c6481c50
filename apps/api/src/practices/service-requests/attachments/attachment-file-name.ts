/** Longest file name kept, in characters (code points). */
export const MAX_FILE_NAME_LENGTH = 200;
const MAX_EXTENSION_LENGTH = 16;
const FALLBACK_NAME = 'attachment';

// C0/C1 controls, and the invisible and bidirectional formatting characters that let
// `report\u202Efdp.exe` display as `reportexe.pdf`.
const UNSAFE_CHARACTERS = /[\p{Cc}\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
// Characters Windows refuses in file names; the name is offered again when downloading.
const RESERVED_CHARACTERS = /[<>:"|?*]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The uploader's file name, made safe to keep and to show: no directories (either separator),
 * no control or bidi characters, no leading dots, at most MAX_FILE_NAME_LENGTH characters with
 * the extension kept. It is metadata only: storage paths never contain it.
 */
export function sanitizeFileName(raw: string | undefined): string {
  const lastSegment = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(LONE_SURROGATE, '\ufffd')
    .normalize('NFC')
    .replace(UNSAFE_CHARACTERS, '')
    .replace(RESERVED_CHARACTERS, '_')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!cleaned) return FALLBACK_NAME;
  return truncateKeepingExtension(cleaned);
}

function truncateKeepingExtension(name: string): string {
  const chars = Array.from(name); // code points, so a surrogate pair is never cut in half
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length > 1 && extension.length <= MAX_EXTENSION_LENGTH) {
    const base = Array.from(name.slice(0, dot)).slice(0, MAX_FILE_NAME_LENGTH - extension.length);
    return base.join('').trimEnd() + extension.join('');
  }
  return chars.slice(0, MAX_FILE_NAME_LENGTH).join('').trimEnd();
}

/**
 * `Content-Disposition: attachment` with the name as RFC 6266 / RFC 8187 want it: an ASCII
 * `filename` for old clients and the exact name as percent-encoded UTF-8 in `filename*`.
 * Nothing from the name can end the header or add a parameter: quotes, backslashes and every
 * non-printable character are replaced in the fallback and percent-encoded in `filename*`.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName.replace(LONE_SURROGATE, '\ufffd')).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
