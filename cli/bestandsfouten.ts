/**
 * What the file system said, in words: `check` and `render` use the same sentence for the same
 * cause, and never show a raw error code such as (ENOENT) to a user who is not a programmer.
 */
type Handeling = 'lezen' | 'schrijven';

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

/** `'x.vwo' bestaat niet.`, `'uit.docx' kan niet worden geschreven: de schijf is vol.` */
export function bestandsfout(pad: string, fout: unknown, handeling: Handeling, soort = ''): string {
    const code = (fout as NodeJS.ErrnoException | undefined)?.code;
    const wat = `${soort}'${pad}'`;
    if (code === 'ENOENT') {
        return handeling === 'lezen' ? `${wat} bestaat niet.` : `${wat} kan niet worden geschreven: de map bestaat niet.`;
    }
    const oorzaak = (code && OORZAAK[code]?.(handeling)) ?? 'het besturingssysteem weigerde het';
    return `${wat} kan niet worden ${handeling === 'lezen' ? 'gelezen' : 'geschreven'}: ${oorzaak}.`;
}
