// The wording of a procedure guide, shared by the thermal guide and the A4 PDF.
package vn.kiosk.app.guide;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.queue.CounterDef;
import vn.kiosk.app.wording.Messages;
import vn.kiosk.link.catalog.Procedure;

/**
 * @param submit  documents handed in
 * @param present documents only shown to staff (the catalog marks them "(xuất trình)")
 * @param desk    for a full-process procedure, which takes no paper: the number to take for the assisted-online
 *                desk and its counters; else null
 */
record GuideText(String name, String code, String level, String online, String free, String desk,
                 List<String> submit, List<String> present, String processingTime, String feeNote,
                 String portalUrl) {

    static GuideText of(Procedure p, CentreSetup setup) {
        Locale vi = Messages.VIETNAMESE;
        return new GuideText(p.nameVi(),
                p.nationalCode() == null ? Messages.get(vi, "guide.no_code")
                        : Messages.get(vi, "guide.code", p.nationalCode()),
                Messages.get(vi, "guide.level." + p.level()),
                Messages.get(vi, "guide.online." + p.online()),
                p.freeOnline(setup.centre().onlineFeeWaiver()) ? Messages.get(vi, "guide.free") : null,
                p.fullProcessDirective24() ? desk(setup, vi) : null,
                p.documentsToSubmit(), p.documentsToPresent(), p.processingTimeVi(), p.feeNoteVi(), p.portalUrl());
    }

    private static String desk(CentreSetup setup, Locale vi) {
        String id = setup.onlineSupportServiceId();
        String service = setup.queue().service(id).orElseThrow().nameVi();
        String counters = setup.queue().countersOf(id).stream().map(CounterDef::nameVi)
                .collect(Collectors.joining(", "));
        return Messages.get(vi, "guide.desk", service, counters);
    }
}
