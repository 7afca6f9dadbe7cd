// One administrative procedure of the catalog, as described in shared/data/PROCEDURES.md.
package vn.kiosk.app.catalog;

import java.util.List;

public record Procedure(
        String id,
        Integer seedItem,
        String fieldCode,
        String nameVi,
        String shortVi,
        String nameEn,
        String nationalCode,
        List<String> relatedCodes,
        String codeConfidence,
        String level,
        String online,
        boolean feeExemptOnlineThanhHoa,
        boolean fullProcessDirective24,
        String portalUrl,
        List<String> documentsVi,
        String processingTimeVi,
        Integer processingDays,
        String feeNoteVi,
        List<String> legalBasis) {

    public Procedure {
        relatedCodes = relatedCodes == null ? List.of() : List.copyOf(relatedCodes);
        documentsVi = documentsVi == null ? List.of() : List.copyOf(documentsVi);
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
    }
}
