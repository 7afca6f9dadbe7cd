// One administrative procedure of the catalog, as described in shared/data/PROCEDURES.md.
package vn.kiosk.link.catalog;

import java.util.List;

/**
 * @param portalUrlProvince   the procedure on the province's own portal, when it has one (optional; older catalogs
 *                            have none). The kiosk keeps showing the national portal's link, the one every
 *                            procedure has; the province's link is for the hub's sheet and its diff.
 * @param feeWaiverResolution the resolution that grants the online fee waiver ("12/2025/NQ-HĐND"), optional;
 *                            the citizen reads it in fee_note_vi, which names it in plain words
 */

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
        List<String> legalBasis,
        String portalUrlProvince,
        String feeWaiverResolution) {

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
