import {
    AstUtils, CstUtils, DefaultDocumentBuilder, DefaultIndexManager, DocumentState, isReference, stream, URI,
    type AstNode, type LangiumDocument, type ReferenceDescription, type Stream
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isOvereenkomst } from '../generated/ast.js';
import { deeltPartijMet } from '../profielen/samenhang.js';

/** The agreement names a supplier profile: its only references that may leave its file. */
function gebruiktProfiel(document: LangiumDocument): boolean {
    const wortel = document.parseResult.value;
    return isOvereenkomst(wortel) && wortel.profiel !== undefined;
}

/**
 * References of an agreement leave its file only when it names a supplier profile (and into the
 * built-in catalogue, which never changes), so only such agreements are kept in the reference
 * index — what Langium's `isAffected` reads to relink an agreement when its profile changes.
 * Find references and rename look references up when asked, in the documents themselves: on a
 * 5,000-line agreement the index cost a tenth of each keystroke.
 */
export class VwoIndexManager extends DefaultIndexManager {

    override async updateReferences(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        if (gebruiktProfiel(document)) {
            await super.updateReferences(document, cancelToken);
        } else {
            this.referenceIndex.delete(document.uri.toString());
        }
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        const doel = AstUtils.getDocument(targetNode);
        const gevonden: ReferenceDescription[] = [];
        for (const document of this.documents.all) {
            if (document.state < DocumentState.Linked) continue;
            const locator = this.serviceRegistry.getServices(document.uri).workspace.AstNodeLocator;
            for (const verwijzing of document.references) {
                if (!isReference(verwijzing) || verwijzing.ref !== targetNode || !verwijzing.$refNode) continue;
                gevonden.push({
                    sourceUri: document.uri,
                    sourcePath: locator.getAstNodePath(verwijzing.$refNode.astNode),
                    targetUri: doel.uri,
                    targetPath: astNodePath,
                    segment: CstUtils.toDocumentSegment(verwijzing.$refNode),
                    local: document === doel
                });
            }
        }
        return stream(gevonden);
    }
}

/**
 * A change in one file can only resolve or break references of agreements that name a profile:
 * those are relinked when a file they link into changed (the reference index above), or while
 * their profile is not found. Langium's default relinks every document with an unresolved
 * reference on every keystroke anywhere in the workspace.
 */
export class VwoDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const wortel = document.parseResult.value;
        if (gebruiktProfiel(document) && ((isOvereenkomst(wortel) && wortel.profiel?.error !== undefined) || this.indexManager.isAffected(document, changedUris))) {
            return true;
        }
        // Only its comparison with the changed file is out of date, not its links: checked again
        // without relinking (the state before validation puts it in this update's build). In a
        // workspace of 1,000 files a keystroke relinked the ~20 files of the same supplier.
        if (this.deeltPartijMetGewijzigd(document, changedUris)) this.resetToState(document, DocumentState.IndexedReferences);
        return false;
    }

    /** The changed documents of the update in progress, as a test of the others: made once per update, not once per document. */
    private gewijzigd?: { readonly uris: Set<string>; readonly deelt: (document: LangiumDocument) => boolean };

    /** The cross-file checks (profielen/samenhang.ts) of this file compared it with a file that changed. */
    private deeltPartijMetGewijzigd(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.gewijzigd?.uris !== changedUris) {
            this.gewijzigd = { uris: changedUris, deelt: deeltPartijMet([...changedUris].flatMap(uri => this.langiumDocuments.getDocument(URI.parse(uri)) ?? [])) };
        }
        return this.gewijzigd.deelt(document);
    }
}
