import {
    AstUtils, CstUtils, DefaultIndexManager, DocumentState, isReference, stream,
    type AstNode, type LangiumDocument, type ReferenceDescription, type Stream
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isOvereenkomst } from '../generated/ast.js';

/** The agreement names a supplier profile: its only references that may leave its file. */
export function gebruiktProfiel(document: LangiumDocument): boolean {
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
