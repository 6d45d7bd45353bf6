/**
 * The reference date (peildatum) against which vwo judges what depends on time: an adequacy
 * decision that lapses, an evaluation that is due. Today by default; `vwo check --peildatum
 * JJJJ-MM-DD` and the setting `vwo.peildatum` fix it, so a check can be repeated (CI, tests, an
 * audit "as on 1 January"). One instance per set of language services.
 */
export class Peildatum {
    constructor(private vast?: string) {}

    /** The reference date as JJJJ-MM-DD: the fixed one, or today (local time). */
    get datum(): string {
        return this.vast ?? vandaag();
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
