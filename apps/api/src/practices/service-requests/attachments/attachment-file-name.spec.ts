import {
  MAX_FILE_NAME_LENGTH,
  attachmentDisposition,
  sanitizeFileName,
} from './attachment-file-name';

describe('attachment file names', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system32\\cmd.exe', 'cmd.exe'],
    ['C:\\Users\\zoë\\Quote 2024.pdf', 'Quote 2024.pdf'],
    ['report\u202Efdp.exe', 'reportfdp.exe'],
    ['line\r\nbreak\u0000.txt', 'linebreak.txt'],
    ['  .hidden  ', 'hidden'],
    ['what?<is>:this|*.csv', 'what__is__this__.csv'],
    ['..', 'attachment'],
    ['', 'attachment'],
    [undefined, 'attachment'],
    ['Cafe\u0301.pdf', 'Caf\u00e9.pdf'],
  ])('makes %j safe as %j', (raw, safe) => {
    expect(sanitizeFileName(raw)).toBe(safe);
  });

  it('limits the length and keeps the extension and whole characters', () => {
    const long = sanitizeFileName(`${'😀'.repeat(300)}.docx`);
    expect(Array.from(long)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(long.endsWith('😀.docx')).toBe(true);
  });

  it('offers the name for download without letting it break the header', () => {
    expect(attachmentDisposition('plain.pdf')).toBe(
      `attachment; filename="plain.pdf"; filename*=UTF-8''plain.pdf`,
    );
    expect(attachmentDisposition('Zoë\'s "quote"; x=1 (v2).pdf')).toBe(
      `attachment; filename="Zo_'s _quote__ x=1 (v2).pdf"; ` +
        `filename*=UTF-8''Zo%C3%AB%27s%20%22quote%22%3B%20x%3D1%20%28v2%29.pdf`,
    );
  });
});
