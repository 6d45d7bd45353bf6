import type { Location } from 'vscode-languageserver-types';

export type Soort = 'naam' | 'plaats' | 'land';

/**
 * One statement about a party in one file, without its syntax tree: its key (a KvK number, a
 * sub-processor's name) and what it says. This is what a workspace built in parts keeps of a
 * file whose tree it released.
 */
export interface Samenvatting {
    readonly soort: Soort;
    readonly sleutel: string;
    readonly waarde: string;
    /** `waarde` as compared: case- and space-insensitively (`gewoon` in samenhang.ts) */
    readonly vergeleken: string;
    readonly uri: string;
    /** where it is written, for the related information of a finding in another file */
    readonly locatie?: Location;
}

/**
 * What the files of a workspace state about parties: per kind and key, per compared value, the
 * statements in path order. A file's statements are replaced as a whole when they change, so after
 * a keystroke the index costs what that file states, not what the workspace states (rebuilt after
 * every change it was ~30 ms per keystroke at 10,000 files, and 100 rebuilds while they loaded).
 * The other file a finding names is the first by path among those stating another value: the
 * same whatever order the files were loaded in, in the editor and in `vwo check`.
 */
export class Samenhangindex<V extends Samenvatting = Samenvatting> {
    private readonly perSoort: Readonly<Record<Soort, Map<string, Map<string, V[]>>>> = { naam: new Map(), plaats: new Map(), land: new Map() };
    private readonly perBestand = new Map<string, readonly V[]>();

    /** The files with statements. */
    get bestanden(): Iterable<string> {
        return this.perBestand.keys();
    }

    /** The statements of the file `uri` are now `vermeldingen` (none: the file states nothing, or is gone). */
    zet(uri: string, vermeldingen: readonly V[]): void {
        const oud = this.perBestand.get(uri);
        if (oud === vermeldingen) return;
        if (oud) for (const v of oud) this.haalWeg(v);
        if (vermeldingen.length === 0) {
            this.perBestand.delete(uri);
            return;
        }
        this.perBestand.set(uri, vermeldingen);
        // in the order the file states them, each after the statements of files before it by path
        for (const v of vermeldingen) {
            const perWaarde = this.perSoort[v.soort].get(v.sleutel) ?? this.perSoort[v.soort].set(v.sleutel, new Map()).get(v.sleutel)!;
            const lijst = perWaarde.get(v.vergeleken) ?? perWaarde.set(v.vergeleken, []).get(v.vergeleken)!;
            lijst.splice(grens(lijst, v.uri), 0, v);
        }
    }

    /** How many files have statements. */
    get aantal(): number {
        return this.perBestand.size;
    }

    heeftBestand(uri: string): boolean {
        return this.perBestand.has(uri);
    }

    /** The values stated about a party, each with its statements. */
    waarden(soort: Soort, sleutel: string): ReadonlyMap<string, readonly V[]> | undefined {
        return this.perSoort[soort].get(sleutel);
    }

    /** A statement in another file about the party of `v`, with another value: the first by path. */
    andere(v: Samenvatting): V | undefined {
        let eerste: V | undefined;
        for (const [waarde, lijst] of this.perSoort[v.soort].get(v.sleutel) ?? []) {
            if (waarde === v.vergeleken) continue;
            // the file's own statements lie together in the list
            const elders = lijst[0].uri !== v.uri ? lijst[0] : lijst[grens(lijst, v.uri)];
            if (elders && (!eerste || elders.uri < eerste.uri || (elders.uri === eerste.uri && waarde < eerste.vergeleken))) eerste = elders;
        }
        return eerste;
    }

    private haalWeg(v: V): void {
        const perWaarde = this.perSoort[v.soort].get(v.sleutel);
        const lijst = perWaarde?.get(v.vergeleken);
        if (!perWaarde || !lijst) return;
        const plaats = lijst.indexOf(v, grens(lijst, v.uri, true));
        if (plaats >= 0) lijst.splice(plaats, 1);
        if (lijst.length > 0) return;
        perWaarde.delete(v.vergeleken);
        if (perWaarde.size === 0) this.perSoort[v.soort].delete(v.sleutel);
    }
}

/** The first place in `lijst` (sorted by path) whose path is after `uri`, or with `ook` not before it. */
function grens(lijst: readonly Samenvatting[], uri: string, ook = false): number {
    let laag = 0, hoog = lijst.length;
    while (laag < hoog) {
        const midden = (laag + hoog) >>> 1;
        if (lijst[midden].uri < uri || (!ook && lijst[midden].uri === uri)) laag = midden + 1; else hoog = midden;
    }
    return laag;
}
