/** Files in and out of the page: a local .vwo opened, the text saved, exports downloaded, the draft kept. */
const OPSLAG = 'vwo.concept';

export interface Concept {
    readonly naam: string;
    readonly tekst: string;
}

export function leesConcept(): Concept | undefined {
    try {
        const waarde = JSON.parse(localStorage.getItem(OPSLAG) ?? 'null') as Concept | null;
        return waarde && typeof waarde.tekst === 'string' && typeof waarde.naam === 'string' ? waarde : undefined;
    } catch {
        return undefined;   // an unreadable draft is no reason not to start
    }
}

export function bewaarConcept(concept: Concept): void {
    try {
        localStorage.setItem(OPSLAG, JSON.stringify(concept));
    } catch {
        // storage full or refused (private window): the text stays in the editor
    }
}

/** The browser's download of `inhoud` as `naam`. */
export function download(naam: string, inhoud: BlobPart, type: string): void {
    const url = URL.createObjectURL(new Blob([inhoud], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = naam;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chosen file's name and text, once the user picked one. */
export function kiesBestand(invoer: HTMLInputElement): Promise<Concept | undefined> {
    return new Promise(klaar => {
        invoer.value = '';
        invoer.onchange = async () => {
            const bestand = invoer.files?.[0];
            klaar(bestand ? { naam: bestand.name, tekst: await bestand.text() } : undefined);
        };
        invoer.click();
    });
}
