import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { Code } from '../validation/codes.js';

/**
 * What the file system said, in words: `check`, `render` and the editor (`bestand-onleesbaar`) use
 * the same sentence for the same cause, and never show a raw error code such as (ENOENT) to a user
 * who is not a programmer.
 */
export type Handeling = 'lezen' | 'schrijven';

const OORZAAK: Readonly<Record<string, (h: Handeling) => string>> = {
    EACCES: h => `u hebt geen rechten om het te ${h}`,
    EPERM: h => `u hebt geen rechten om het te ${h}`,
    EISDIR: () => 'het is een map, geen bestand',
    ENOTDIR: () => 'een deel van het pad is geen map',
    ENAMETOOLONG: () => 'het pad is te lang',
    ELOOP: () => 'het pad verwijst via symbolische koppelingen naar zichzelf',
    EMFILE: () => 'er zijn te veel bestanden tegelijk open',
    ENFILE: () => 'er zijn te veel bestanden tegelijk open',
    ENOSPC: () => 'de schijf is vol',
    EDQUOT: () => 'uw schijfquotum is op',
    EROFS: () => 'het bestandssysteem is alleen-lezen',
    EBUSY: () => 'het is in gebruik door een ander programma',
    ETXTBSY: () => 'het is in gebruik door een ander programma',
    EIO: () => 'het apparaat gaf een lees- of schrijffout',
    EEXIST: () => 'er bestaat al een bestand met die naam'
};

/** The `code` of a Node file-system error (`EACCES`); none from a file system that gives none (the browser's). */
function foutcode(fout: unknown): string | undefined {
    const code = (fout as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? code : undefined;
}

/** Why a file could not be read or written, in words: `u hebt geen rechten om het te lezen`. */
export function oorzaak(fout: unknown, handeling: Handeling): string {
    const code = foutcode(fout);
    if (code === 'ENOENT') return handeling === 'lezen' ? 'het bestaat niet (meer)' : 'de map bestaat niet';
    return (code && OORZAAK[code]?.(handeling)) ?? 'het besturingssysteem weigerde het';
}

/** `'x.vwo' bestaat niet.`, `'uit.docx' kan niet worden geschreven: de schijf is vol.` */
export function bestandsfout(pad: string, fout: unknown, handeling: Handeling, soort = ''): string {
    const wat = `${soort}'${pad}'`;
    if (handeling === 'lezen' && foutcode(fout) === 'ENOENT') return `${wat} bestaat niet.`;
    return `${wat} kan niet worden ${handeling === 'lezen' ? 'gelezen' : 'geschreven'}: ${oorzaak(fout, handeling)}.`;
}

/**
 * The one finding of a workspace file the server could not read (`bestand-onleesbaar`), on its
 * first line: the file is not checked, and that must never look like "0 fouten".
 */
export function onleesbaar(fout: unknown): Diagnostic {
    const begin = { line: 0, character: 0 };
    return {
        severity: DiagnosticSeverity.Error,
        range: { start: begin, end: begin },
        message: `Dit bestand kan niet worden gelezen: ${oorzaak(fout, 'lezen')}. Het is dus niet gecontroleerd. ` +
            'Zorg dat u het kunt lezen en open het dan: vwo controleert het bij het openen, en na elke latere wijziging van het bestand.',
        source: 'vwo',
        code: Code.bestandOnleesbaar
    };
}
