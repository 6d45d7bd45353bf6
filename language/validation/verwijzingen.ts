import type { AstNode, AstReflection } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { Betrokkene, Categorie, Profiel, Subverwerker, Verwerking, type Overeenkomst } from '../generated/ast.js';
import { bruikbareMelding, meldingVan } from '../beheer/meldingen.js';
import { profielOnbekend } from '../profielen/effectief.js';
import { BETROKKENEN, PERSOONSGEGEVENS } from '../referentie/catalogus.js';
import { Code } from './codes.js';
import { verwijzing } from './gedeeld.js';

/**
 * A name used where a declaration is meant — a processing's sub-processor, category or data
 * subject — that resolves to nothing. The linker finds these; the document validator reports them
 * with the code and message of the concern they belong to: `subverwerker-niet-vermeld` (tabel 3,
 * art. 4.5), `onbekende-categorie` and `onbekende-betrokkene` (Bijlage 1, tabel 1), and
 * `onbekend-profiel` for an agreement's `profiel`.
 */
export interface Verwijzingssoort {
    readonly code: Code;
    readonly bericht: (naam: string) => string;
    /** the names the reference could have meant */
    readonly kandidaten: () => Iterable<string>;
    readonly gerelateerd?: (naam: string) => DiagnosticRelatedInformation[] | undefined;
    /** the name is allowed without a declaration: nothing to report */
    readonly toegestaan?: (naam: string) => boolean;
}

/**
 * What an unresolved reference means, with the candidates for "Bedoelde u …?": the file's own
 * declarations, its profile's sub-processors, the profiles of the workspace (`profielen`) and,
 * for categories and data subjects, the built-in catalogue of Bijlage 1.
 */
export function onopgelosteVerwijzing(reflection: AstReflection, container: AstNode, property: string, profielen: () => Iterable<string>): Verwijzingssoort | undefined {
    const verwerking = container.$type === Verwerking.$type ? container as Verwerking : undefined;
    const overeenkomst = verwerking?.$container;
    switch (reflection.getReferenceType({ container, property, reference: undefined! })) {
        case Profiel.$type:
            return {
                code: Code.onbekendProfiel,
                kandidaten: profielen,
                bericht: naam => `Overeenkomst '${(container as Overeenkomst).name}' noemt leveranciersprofiel '${naam}', maar geen bestand van de werkruimte bevat 'profiel ${naam} { … }'. ` +
                    `Zonder het profiel ontbreken de gegevens van de verwerker, zijn contactpersoon en zijn subverwerkers. Maak het profiel aan, of verbeter de naam.`
            };
        case Subverwerker.$type: {
            // art. 4.5: one announced in `beheer` may be used, unless the controller objected
            const melding = (naam: string) => meldingVan(overeenkomst, naam);
            const profiel = overeenkomst?.profiel?.ref;
            const waar = profiel ? `tabel 3 van Bijlage 1 en leveranciersprofiel '${profiel.name}' vermelden` : 'tabel 3 van Bijlage 1 vermeldt';
            return {
                code: Code.subverwerkerNietVermeld,
                kandidaten: () => [...(overeenkomst?.subverwerkers ?? []).map(s => s.name), ...(profiel?.subverwerkers ?? []).map(s => s.name), ...(overeenkomst?.beheer?.meldingen ?? []).flatMap(m => m.subverwerker ?? [])],
                // with its profile not found, `onbekend-profiel` is the one error to fix first
                toegestaan: naam => bruikbareMelding(overeenkomst, naam) !== undefined || (overeenkomst !== undefined && profielOnbekend(overeenkomst)),
                bericht: naam => melding(naam)
                    ? `Verwerking '${verwerking?.name}' gebruikt subverwerker '${naam}', maar de verwerkingsverantwoordelijke heeft bezwaar gemaakt tegen die gemelde subverwerker (beheer). ` +
                        `Partijen gaan over het bezwaar in overleg; tot dan hoort hij niet bij deze verwerking (art. 4.5 Standaard VWO; art. 28 lid 2 AVG).`
                    : `Verwerking '${verwerking?.name}' gebruikt subverwerker '${naam}', maar ${waar} die niet en het beheer kent geen melding van hem. ` +
                        `De verwerkingsverantwoordelijke moet weten welke subverwerkers worden ingeschakeld om er bezwaar tegen te kunnen maken. ` +
                        `Voeg 'subverwerker ${naam} { … }' toe, of, na de ondertekening, 'melding subverwerker ${naam} ontvangen JJJJ-MM-DD' in het beheer (art. 4.5 Standaard VWO; art. 28 lid 2 en 4 AVG).`,
                gerelateerd: () => overeenkomst && overeenkomst.subverwerkers.length > 0
                    ? verwijzing(overeenkomst.subverwerkers[overeenkomst.subverwerkers.length - 1], 'tabel 3: de vermelde subverwerkers', 'name')
                    : undefined
            };
        }
        case Categorie.$type:
            return catalogusVerwijzing(Code.onbekendeCategorie, 'persoonsgegevens', 'categorie', PERSOONSGEGEVENS, overeenkomst?.categorieen);
        case Betrokkene.$type:
            return catalogusVerwijzing(Code.onbekendeBetrokkene, 'betrokkenen', 'betrokkene', BETROKKENEN, overeenkomst?.betrokkenen);
        default:
            return undefined;
    }
}

/** A category of Bijlage 1's catalogue (data or data subjects) that is neither there nor declared. */
function catalogusVerwijzing(code: Code, soort: string, keyword: string, catalogus: ReadonlyArray<{ naam: string }>, eigen: ReadonlyArray<{ name: string }> = []): Verwijzingssoort {
    return {
        code,
        kandidaten: () => [...catalogus.map(c => c.naam), ...eigen.map(c => c.name)],
        bericht: naam => `'${naam}' is geen categorie ${soort} uit Bijlage 1 en is niet gedeclareerd. ` +
            `Kies een categorie uit de catalogus of declareer '${keyword} ${naam} "omschrijving"' (Bijlage 1, tabel 1; art. 28 lid 3 AVG).`
    };
}
