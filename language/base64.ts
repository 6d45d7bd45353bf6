/**
 * Bytes as base64 and back, with `btoa`/`atob`, which Node, browser pages and workers all have: JSON
 * over LSP carries text, and the server and the client each run in Node or in a browser.
 */
export function alsBase64(bytes: Uint8Array): string {
    const STUK = 0x8000;   // String.fromCharCode takes its arguments on the stack
    let binair = '';
    for (let i = 0; i < bytes.length; i += STUK) binair += String.fromCharCode(...bytes.subarray(i, i + STUK));
    return btoa(binair);
}

/** As `Uint8Array<ArrayBuffer>`: what a `Blob` and `workspace.fs.writeFile` take. */
export function uitBase64(tekst: string): Uint8Array<ArrayBuffer> {
    const binair = atob(tekst);
    const bytes = new Uint8Array(binair.length);
    for (let i = 0; i < binair.length; i++) bytes[i] = binair.charCodeAt(i);
    return bytes;
}
