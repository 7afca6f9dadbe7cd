// The wording of a procedure guide, shared by the thermal guide and the A4 PDF.
package vn.kiosk.app.ticket;

import java.util.List;
import java.util.Locale;

import vn.kiosk.app.catalog.Procedure;
import vn.kiosk.app.wording.Messages;

/**
 * @param submit  documents handed in
 * @param present documents only shown to staff (the catalog marks them "(xuất trình)")
 */
record GuideText(String name, String code, String level, String online, String free, List<String> submit,
                 List<String> present, String processingTime, String feeNote, String portalUrl) {

    static GuideText of(Procedure p, boolean provinceWaivesFees) {
        Locale vi = Messages.VIETNAMESE;
        return new GuideText(p.nameVi(),
                p.nationalCode() == null ? Messages.get(vi, "guide.no_code")
                        : Messages.get(vi, "guide.code", p.nationalCode()),
                Messages.get(vi, "guide.level." + p.level()),
                Messages.get(vi, "guide.online." + p.online()),
                p.freeOnline(provinceWaivesFees) ? Messages.get(vi, "guide.free") : null,
                p.documentsToSubmit(), p.documentsToPresent(), p.processingTimeVi(), p.feeNoteVi(), p.portalUrl());
    }
}
