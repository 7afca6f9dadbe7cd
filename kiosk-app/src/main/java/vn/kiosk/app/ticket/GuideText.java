// The wording of a procedure guide, shared by the thermal guide and the A4 PDF.
package vn.kiosk.app.ticket;

import java.util.ArrayList;
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

    private static final String PRESENT_MARK = "(xuất trình)";

    static GuideText of(Procedure p, boolean provinceWaivesFees) {
        Locale vi = Messages.VIETNAMESE;
        List<String> submit = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (String d : p.documentsVi()) {
            if (d.startsWith(PRESENT_MARK)) {
                present.add(d.substring(PRESENT_MARK.length()).strip());
            } else {
                submit.add(d);
            }
        }
        return new GuideText(p.nameVi(),
                p.nationalCode() == null ? Messages.get(vi, "guide.no_code")
                        : Messages.get(vi, "guide.code", p.nationalCode()),
                Messages.get(vi, "guide.level." + p.level()),
                Messages.get(vi, "guide.online." + p.online()),
                provinceWaivesFees && p.feeExemptOnlineThanhHoa() && !"none".equals(p.online())
                        ? Messages.get(vi, "guide.free") : null,
                submit, present, p.processingTimeVi(), p.feeNoteVi(), p.portalUrl());
    }
}
