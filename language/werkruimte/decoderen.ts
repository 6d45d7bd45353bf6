/**
 * The bytes of a `.vwo` file as text. A party's legal name must never change silently, so bytes
 * are read as what they are: a byte order mark says UTF-8 or UTF-16; without one the file must be
 * UTF-8. Bytes that are not UTF-8 (a file saved as Windows-1252 or Latin-1) become U+FFFD, which
 * the check `ongeldige-codering` reports at the first of them — the same character, and so the
 * same finding, as in an editor that decoded such a file. A file with NUL bytes is no text file.
 */
export type Gedecodeerd =
    | { readonly soort: 'tekst'; readonly tekst: string; readonly codering: Codering }
    | { readonly soort: 'binair' };

export type Codering = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

const BOMS: ReadonlyArray<{ bytes: readonly number[]; codering: Codering; label: string }> = [
    { bytes: [0xef, 0xbb, 0xbf], codering: 'UTF-8', label: 'utf-8' },
    { bytes: [0xff, 0xfe], codering: 'UTF-16LE', label: 'utf-16le' },
    { bytes: [0xfe, 0xff], codering: 'UTF-16BE', label: 'utf-16be' }
];

export function decodeer(bytes: Uint8Array): Gedecodeerd {
    const bom = BOMS.find(b => b.bytes.every((byte, i) => bytes[i] === byte));
    if (!bom && bytes.includes(0)) return { soort: 'binair' };
    // ignoreBOM false: the decoder drops the mark itself
    const tekst = new TextDecoder(bom?.label ?? 'utf-8').decode(bytes);
    if (bom && bom.codering !== 'UTF-8' && tekst.includes('\0')) return { soort: 'binair' };
    return { soort: 'tekst', tekst, codering: bom?.codering ?? 'UTF-8' };
}

/** The text an editor shows of these bytes: bytes that are no text are read as UTF-8 still, so their findings are those of any unreadable text. */
export function alsLeesbareTekst(bytes: Uint8Array): string {
    const gelezen = decodeer(bytes);
    return gelezen.soort === 'tekst' ? gelezen.tekst : new TextDecoder().decode(bytes);
}
