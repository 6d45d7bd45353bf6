import { AstUtils, WorkspaceCache, type AstNode, type LangiumDocument, type LangiumDocuments, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { isOvereenkomst, isProfiel, type Bestand, type Subverwerker, type VwoAstType } from '../generated/ast.js';
import { isCatalogusDocument } from '../scoping/catalogus-document.js';
import { Code, meld } from '../validation/codes.js';
import { verwijzing } from '../validation/gedeeld.js';
import type { VwoServices } from '../vwo-module.js';
import { effectieveOvereenkomst } from './effectief.js';
import { Samenhangindex, type Samenvatting, type Soort } from './samenhang-index.js';

export type { Samenvatting } from './samenhang-index.js';

/** A statement read from a loaded file: its node, where a finding about it is placed. */
interface Vermelding extends Samenvatting {
    readonly node: AstNode;
    readonly property: string;
}

const gewoon = (tekst: string) => tekst.trim().replace(/\s+/g, ' ').toLowerCase();
const kvk = (nummer: string | undefined) => nummer?.replace(/[\s.]/g, '') || undefined;

/**
 * The checks across files: the same supplier (by KvK number) under another name or place of
 * establishment (`leverancier-ongelijk`), and the same sub-processor (by name or KvK number) in
 * another country (`subverwerker-land-ongelijk`; transfers depend on it). Every file is compared
 * with what the other files of the workspace say, through one index brought up to date per file
 * after a change ({@link Samenhangindex}), so a check stays a lookup per party. The editor
 * checks a file again when a file it shared a party with changed ({@link deeltPartijMet}).
 */
export function samenhangControles(services: VwoServices): ValidationChecks<VwoAstType> {
    const documenten = services.shared.workspace.LangiumDocuments;
    const index = new Samenhangindex<Vermelding>();
    const bijgewerkt = new WorkspaceCache<'index', Samenhangindex>(services.shared);
    const huidig = () => vasteIndex.get(services) ?? bijgewerkt.get('index', () => werkBij(index, documenten));
    indexVan.set(documenten, huidig);
    const controleer = (bestand: Bestand, accept: ValidationAcceptor) => vergelijk(bestand, huidig(), accept);
    return { Overeenkomst: [controleer], Profiel: [controleer] };
}

/** Per workspace (its documents), the index its cross-file checks compare with. */
const indexVan = new WeakMap<LangiumDocuments, () => Samenhangindex>();

/**
 * Brings `index` up to date with the loaded documents after a change of the workspace: a lookup
 * per file, and reading again only the files whose tree or text changed ({@link opgeslagenVermeldingen}).
 */
function werkBij(index: Samenhangindex<Vermelding>, documenten: LangiumDocuments): Samenhangindex<Vermelding> {
    const voor = index.aantal;
    let bekend = 0;
    for (const document of documenten.all) {
        if (isCatalogusDocument(document)) continue;
        const uri = document.uri.toString();
        if (index.heeftBestand(uri)) bekend++;
        index.zet(uri, opgeslagenVermeldingen(document));
    }
    if (bekend < voor) {
        // a file with statements was not among the documents: deleted
        const geladen = new Set(documenten.all.map(document => document.uri.toString()));
        for (const uri of [...index.bestanden]) if (!geladen.has(uri)) index.zet(uri, []);
    }
    return index;
}

/** The party a statement is about, as {@link gecontroleerd} records it: a supplier by KvK number, a sub-processor by name or KvK number. */
const partij = (soort: Soort, sleutel: string) => `${soort === 'land' ? 'land' : 'kvk'}:${sleutel}`;

/**
 * Per party of `partijen`, the values the files of the workspace state about it (names and
 * places of a supplier, countries of a sub-processor), as one text; a party nobody states is left
 * out. A file's cross-file findings can only change when these change for one of its parties: a
 * file appears with another name for the same KvK number, or the only file with another name is
 * corrected or deleted.
 */
export function partijwaarden(documenten: LangiumDocuments, partijen: Iterable<string>): Map<string, string> | undefined {
    const index = indexVan.get(documenten)?.();
    if (!index) return undefined;
    const uit = new Map<string, string>();
    for (const p of partijen) {
        const sleutel = p.slice(p.indexOf(':') + 1);
        const soorten: readonly Soort[] = p.startsWith('land:') ? ['land'] : ['naam', 'plaats'];
        let tekst = '';
        for (const soort of soorten) {
            const waarden = index.waarden(soort, sleutel);
            if (waarden) tekst += `${soort}:${[...waarden.keys()].sort().join('\u0000')}\u0001`;
        }
        if (tekst) uit.set(p, tekst);
    }
    return uit;
}

/** The parties a file stated when it was last checked. */
export function partijenVan(document: LangiumDocument): ReadonlySet<string> | undefined {
    return gecontroleerd.get(document.parseResult.value);
}

/** Whether a file, as last checked, stated something about one of `partijen`. */
export function steltPartij(partijen: ReadonlySet<string>): (document: LangiumDocument) => boolean {
    return document => {
        for (const p of gecontroleerd.get(document.parseResult.value) ?? []) if (partijen.has(p)) return true;
        return false;
    };
}

/**
 * For a file whose other checks ran in another thread: records the parties it states, as the
 * check does, and says whether the check would report something in it.
 */
export function zouMelden(document: LangiumDocument, documenten: LangiumDocuments): boolean {
    const eigen = opgeslagenVermeldingen(document);
    gecontroleerd.set(document.parseResult.value, new Set(eigen.map(v => partij(v.soort, v.sleutel))));
    const index = indexVan.get(documenten)?.();
    return !index || eigen.some(v => index.andere(v) !== undefined);
}

/** Per services: the index their checks compare with instead of the loaded documents ({@link Werkruimtesamenhang.gebruikIn}). */
const vasteIndex = new WeakMap<VwoServices, Samenhangindex>();

/** What a loaded file states about parties, kept without its tree: after the tree is released it still counts. */
export function samenvatting(document: LangiumDocument): Samenvatting[] {
    if (isCatalogusDocument(document)) return [];
    return opgeslagenVermeldingen(document).map(v => ({
        soort: v.soort, sleutel: v.sleutel, waarde: v.waarde, vergeleken: v.vergeleken, uri: v.uri, locatie: verwijzing(v.node, '', v.property)?.[0].location
    }));
}

/**
 * What all files of a workspace state, from their summaries. For a build in parts that releases
 * each part's trees (`vwo check`): a file this says nothing against was checked completely in its
 * part; one it does say something against is checked again with this index.
 */
export class Werkruimtesamenhang {
    private readonly index = new Samenhangindex();

    constructor(samenvattingen: Iterable<Samenvatting>) {
        const perBestand = new Map<string, Samenvatting[]>();
        for (const v of samenvattingen) (perBestand.get(v.uri) ?? perBestand.set(v.uri, []).get(v.uri)!).push(v);
        for (const [uri, eigen] of perBestand) this.index.zet(uri, eigen);
    }

    /** Whether the checks report a file that states these against another file. */
    wijktAf(eigen: readonly Samenvatting[]): boolean {
        return eigen.some(v => this.index.andere(v) !== undefined);
    }

    /** From now on the checks of these services compare with this index, not with the documents loaded. */
    gebruikIn(services: VwoServices): void {
        vasteIndex.set(services, this.index);
    }
}

/** A file's statements as last read, with what they were read from. */
interface Gelezen {
    readonly wortel: AstNode;
    readonly tekst: string | undefined;
    readonly profiel: AstNode | undefined;
    readonly profieltekst: string | undefined;
    readonly vermeldingen: Vermelding[];
}

const gelezen = new WeakMap<LangiumDocument, Gelezen>();

/**
 * {@link vermeldingen} of a loaded file, read again only when it can have changed: another tree
 * (a full parse), another text (a block parse keeps the root), or another profile or profile text
 * (an agreement's supplier comes partly from its profile). The same array as long as nothing
 * changed: that is how {@link werkBij} sees which files to replace in the index.
 */
function opgeslagenVermeldingen(document: LangiumDocument): Vermelding[] {
    const wortel = document.parseResult.value as Bestand;
    // the texts the trees were parsed from: an editor's text is newer until the next parse
    const tekst = wortel.$cstNode?.root.fullText;
    const profiel = isOvereenkomst(wortel) ? wortel.profiel?.ref : undefined;
    const profieltekst = profiel?.$cstNode?.root.fullText;
    const vorig = gelezen.get(document);
    if (vorig && vorig.wortel === wortel && vorig.tekst === tekst && vorig.profiel === profiel && vorig.profieltekst === profieltekst) return vorig.vermeldingen;
    const nu = vermeldingen(wortel, document.uri.toString());
    gelezen.set(document, { wortel, tekst, profiel, profieltekst, vermeldingen: nu });
    return nu;
}

/** What one file says about suppliers and sub-processors: only what it writes itself (a profile's part is said in the profile). */
function vermeldingen(bestand: Bestand, uri: string): Vermelding[] {
    const uit: Vermelding[] = [];
    if (!isOvereenkomst(bestand) && !isProfiel(bestand)) return uit;
    const eigen = bestand.verwerker;
    const verwerker = isOvereenkomst(bestand) ? effectieveOvereenkomst(bestand).verwerker : eigen;
    const nummer = kvk(verwerker?.kvk);
    if (eigen && verwerker && nummer) {
        if (verwerker.naam?.trim()) uit.push({ soort: 'naam', sleutel: nummer, waarde: verwerker.naam, vergeleken: gewoon(verwerker.naam), node: eigen, property: eigen.naam !== undefined ? 'naam' : 'kvk', uri });
        if (verwerker.vestigingsplaats?.trim()) uit.push({ soort: 'plaats', sleutel: nummer, waarde: verwerker.vestigingsplaats, vergeleken: gewoon(verwerker.vestigingsplaats), node: eigen, property: eigen.vestigingsplaats !== undefined ? 'vestigingsplaats' : 'kvk', uri });
    }
    for (const s of bestand.subverwerkers) {
        if (s.land === undefined) continue;
        for (const sleutel of sleutels(s)) uit.push({ soort: 'land', sleutel, waarde: s.land, vergeleken: gewoon(s.land), node: s, property: 'land', uri });
    }
    return uit;
}

function sleutels(s: Subverwerker): string[] {
    const nummer = kvk(s.kvk);
    return [...(s.naam?.trim() ? [`naam:${gewoon(s.naam)}`] : []), ...(nummer ? [`kvk:${nummer}`] : [])];
}

/** Per parsed file (its root): the parties it states, as last checked. */
const gecontroleerd = new WeakMap<AstNode, ReadonlySet<string>>();

/**
 * Which files stated, when last checked, something about a supplier (KvK number) or sub-processor
 * that one of the changed files stated too: after the change their comparison is out of date. Read
 * from what the checks recorded (the changed files' text before the change); the parties of the
 * changed files are gathered once, so each other file costs a lookup per party it states (a
 * comparison per pair of files made loading 10,000 files quadratic). Files never checked yet, as
 * when a workspace loads, share nothing.
 */
export function deeltPartijMet(gewijzigd: readonly LangiumDocument[]): (document: LangiumDocument) => boolean {
    const partijen = new Set(gewijzigd.flatMap(d => [...gecontroleerd.get(d.parseResult.value) ?? []]));
    return partijen.size === 0 ? () => false : steltPartij(partijen);
}

function vergelijk(bestand: Bestand, index: Samenhangindex, accept: ValidationAcceptor): void {
    const document = AstUtils.getDocument(bestand);
    // the same statements the index holds of this file: read once per state of the file
    const eigen = opgeslagenVermeldingen(document);
    gecontroleerd.set(bestand, new Set(eigen.map(v => partij(v.soort, v.sleutel))));
    // a sub-processor has two keys (name, KvK): one finding for it is enough
    const landGemeld = new Set<AstNode>();
    for (const v of eigen) {
        const anders = index.andere(v);
        if (!anders || landGemeld.has(v.node)) continue;
        if (v.soort === 'land') landGemeld.add(v.node);
        const elders = bestandsnaam(anders.uri);
        const gerelateerd = plaatsVan(anders, `${elders}: ${anders.waarde}`);
        if (v.soort === 'land') {
            const s = v.node as Subverwerker;
            const wie = v.sleutel.startsWith('kvk:') ? `KvK-nummer ${v.sleutel.slice(4)}` : `naam "${s.naam}"`;
            meld(accept, Code.subverwerkerLandOngelijk, `Subverwerker '${s.name}' (${wie}) staat hier in ${v.waarde}, maar in ${elders} in ${anders.waarde}. ` +
                `Een van beide is onjuist, en of een doorgifte buiten de EER nodig is hangt ervan af (art. 4.3 Standaard VWO; hoofdstuk V AVG). Vraag de verwerker waar deze subverwerker verwerkt en maak de bestanden gelijk.`, {
                node: s, property: 'land', relatedInformation: gerelateerd
            });
        } else {
            const wat = v.soort === 'naam' ? 'naam' : 'vestigingsplaats';
            meld(accept, Code.leverancierOngelijk, `De verwerker met KvK-nummer ${v.sleutel} heeft hier als ${wat} "${v.waarde}", maar in ${elders} "${anders.waarde}". ` +
                `Eén leverancier hoort in al zijn overeenkomsten met dezelfde gegevens in de aanhef te staan. Controleer het Handelsregister en maak de bestanden gelijk, of leg de gegevens eenmaal vast in een leveranciersprofiel.`, {
                node: v.node, property: v.property, relatedInformation: gerelateerd
            });
        }
    }
}

/** Where the other file says it: from its node while it is loaded, else from its summary. */
function plaatsVan(anders: Samenvatting, bericht: string): DiagnosticRelatedInformation[] | undefined {
    if (isGeladen(anders)) return verwijzing(anders.node, bericht, anders.property);
    return anders.locatie && [{ location: anders.locatie, message: bericht }];
}

function isGeladen(v: Samenvatting): v is Vermelding {
    return 'node' in v;
}

function bestandsnaam(uri: string): string {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
