/**
 * The reference date (peildatum) against which vwo judges what depends on time: an adequacy
 * decision that lapses, an evaluation that is due. Today by default; `vwo check --peildatum
 * JJJJ-MM-DD` and the setting `vwo.peildatum` fix it, so a check can be repeated (CI, tests, an
 * audit "as on 1 January"). One instance per set of language services.
 */
export class Peildatum {
    /** today as last asked, and the local day it holds for: checks ask for the date thousands of times a keystroke */
    private dag?: { readonly datum: string; readonly van: number; readonly tot: number };

    constructor(private vast?: string) {}

    /** The reference date as JJJJ-MM-DD: the fixed one, or today (local time). */
    get datum(): string {
        if (this.vast !== undefined) return this.vast;
        const nu = Date.now();
        if (!this.dag || nu < this.dag.van || nu >= this.dag.tot) this.dag = dagVan(new Date(nu));
        return this.dag.datum;
    }

    /** Whether a date is fixed; otherwise the date moves on at midnight. */
    get isVast(): boolean {
        return this.vast !== undefined;
    }

    /** Fixes the date (JJJJ-MM-DD), or lets it follow today again with undefined. */
    stelIn(datum: string | undefined): void {
        this.vast = datum;
    }
}

/** Today, local time, as JJJJ-MM-DD. */
export function vandaag(nu = new Date()): string {
    const twee = (n: number) => String(n).padStart(2, '0');
    return `${nu.getFullYear()}-${twee(nu.getMonth() + 1)}-${twee(nu.getDate())}`;
}

/** The local day of `nu`: its date, and from when until when it lasts (a day of 23 or 25 hours too). */
function dagVan(nu: Date): { datum: string; van: number; tot: number } {
    const van = new Date(nu.getFullYear(), nu.getMonth(), nu.getDate()).getTime();
    const tot = new Date(nu.getFullYear(), nu.getMonth(), nu.getDate() + 1).getTime();
    return { datum: vandaag(nu), van, tot };
}
