import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';

const AANHALINGSTEKEN = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The STRING terminal of the grammar (`"(\\[^\r\n]|[^"\\\r\n])*"?`), matched by a loop instead
 * of the regular expression: V8 keeps a backtracking frame per character of that pattern and
 * overflows its stack at about 4.2 million characters — a pasted text of that size crashed the
 * language server. Same language: one line, `\` escapes the next character, and without its
 * closing quote a text runs to the end of the line.
 */
export function leesTekst(tekst: string, begin: number): [string] | null {
    if (tekst.charCodeAt(begin) !== AANHALINGSTEKEN) return null;
    let i = begin + 1;
    while (i < tekst.length) {
        const teken = tekst.charCodeAt(i);
        if (teken === AANHALINGSTEKEN) return [tekst.substring(begin, i + 1)];
        if (teken === LF || teken === CR) break;
        if (teken === BACKSLASH) {
            const volgende = tekst.charCodeAt(i + 1);
            if (i + 1 >= tekst.length || volgende === LF || volgende === CR) break;
            i += 2;
        } else {
            i++;
        }
    }
    return [tekst.substring(begin, i)];
}

/** True when a STRING token ends with its own closing quote (not an escaped one). */
export function isAfgeslotenTekst(tekst: string): boolean {
    if (tekst.length < 2 || tekst.charCodeAt(tekst.length - 1) !== AANHALINGSTEKEN) return false;
    let backslashes = 0;
    for (let i = tekst.length - 2; i > 0 && tekst.charCodeAt(i) === BACKSLASH; i--) backslashes++;
    return backslashes % 2 === 0;
}

/** Langium's token builder, with {@link leesTekst} for STRING. */
export class VwoTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name !== 'STRING') return token;
        return { ...token, PATTERN: { exec: leesTekst }, START_CHARS_HINT: ['"'], LINE_BREAKS: false };
    }
}
