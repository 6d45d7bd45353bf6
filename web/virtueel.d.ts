// Modules and constants that scripts/bouw-web.mjs makes at build time.

/** The nonce of the page's CSP for the <style> elements CodeMirror writes. */
declare const VWO_STIJL_NONCE: string;

declare module 'vwo:werker' {
    /** The bundled language server (server/browser/main.ts) as script text. */
    const code: string;
    export default code;
}
declare module 'vwo:voorbeelden' {
    /** examples/*.vwo: file name → text */
    const voorbeelden: Record<string, string>;
    export default voorbeelden;
}
