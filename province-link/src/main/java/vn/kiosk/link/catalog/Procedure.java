// One administrative procedure of the catalog, as described in shared/data/PROCEDURES.md.
package vn.kiosk.link.catalog;

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

    /** The catalog marks documents that are shown to staff, not handed in, with this. */
    private static final String PRESENT_MARK = "(xuất trình)";

    public Procedure {
        relatedCodes = relatedCodes == null ? List.of() : List.copyOf(relatedCodes);
        documentsVi = documentsVi == null ? List.of() : List.copyOf(documentsVi);
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
    }

    /** The documents handed in with the dossier. */
    public List<String> documentsToSubmit() {
        return documentsVi.stream().filter(d -> !d.startsWith(PRESENT_MARK)).toList();
    }

    /** The documents only shown to staff, without their mark. */
    public List<String> documentsToPresent() {
        return documentsVi.stream().filter(d -> d.startsWith(PRESENT_MARK))
                .map(d -> d.substring(PRESENT_MARK.length()).strip()).toList();
    }

    /**
     * Whether the kiosk may say "free when submitted online": only where the catalog says so, the province
     * waives its fees, and the procedure can be submitted online at all.
     */
    public boolean freeOnline(boolean provinceWaivesFees) {
        return provinceWaivesFees && feeExemptOnlineThanhHoa && !"none".equals(online);
    }
}
