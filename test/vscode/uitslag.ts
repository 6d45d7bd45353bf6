/** What both runners (Node extension host: index.ts, browser worker host: web.ts) report of a mocha run. */
export interface Uitslag {
    readonly passed: number;
    readonly failed: number;
    readonly pending: number;
    readonly fouten: ReadonlyArray<{ titel: string; melding: string }>;
}

interface Runner {
    stats?: { passes: number; failures: number; pending: number };
    on(gebeurtenis: 'fail', luisteraar: (test: { fullTitle(): string }, fout: unknown) => void): unknown;
}

/** Runs mocha (`start` gets the callback for the end) and collects the tally and each failure. */
export function verzamel(start: (klaar: () => void) => Runner): Promise<Uitslag> {
    return new Promise((resolve, reject) => {
        const fouten: Array<{ titel: string; melding: string }> = [];
        try {
            const runner = start(() => resolve({
                passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0, pending: runner.stats?.pending ?? 0, fouten
            }));
            runner.on('fail', (test, fout) => fouten.push({ titel: test.fullTitle(), melding: String((fout as Error)?.message ?? fout) }));
        } catch (fout) {
            reject(fout);
        }
    });
}

export function slotregel(host: string, u: Uitslag): string {
    return `vwo in VS Code${host}: ${u.passed} passed, ${u.failed} failed, ${u.pending} pending`;
}
