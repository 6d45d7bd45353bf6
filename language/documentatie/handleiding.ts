/**
 * Where the README of this installation is, as a `file:` URI (the server passes the README shipped
 * beside it). Its section "Diagnostische codes" has one heading per code whose anchor is the code
 * itself (`#doorgifte-zonder-instrument`), and "Bouwstenen" one per construct. Without a README
 * (CLI, tests) diagnostics and hovers carry no link rather than a broken one.
 */
export class Handleiding {
    constructor(private readonly readme?: string) {}

    /** A section of the README, or undefined when no README is known. */
    link(anker: string): string | undefined {
        return this.readme ? `${this.readme}#${anker}` : undefined;
    }
}
