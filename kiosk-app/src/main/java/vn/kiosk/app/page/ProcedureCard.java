// A procedure as the kiosk's card shows it: what it is, whether it can be done online and free, what to bring,
// and which queue a ticket for it joins.
package vn.kiosk.app.page;

import java.util.List;

import vn.kiosk.app.catalog.Procedure;
import vn.kiosk.app.centre.CentreSetup;

/**
 * @param online         full, partial or none
 * @param fullProcess    a Directive 24 service: paper dossiers are refused, so the card offers online help only
 * @param freeOnline     the catalog and the centre's province both allow saying "free when submitted online"
 * @param serviceId      the queue a ticket for this procedure joins (the online-support queue for full-process ones)
 * @param supportServiceId the queue of help with online submission
 */
public record ProcedureCard(String id, String name, String nameEn, String shortName, String fieldCode,
                            String nationalCode, String level, String online, boolean fullProcess,
                            boolean freeOnline, List<String> documentsToSubmit, List<String> documentsToPresent,
                            String processingTime, String feeNote, String portalUrl, String serviceId,
                            String supportServiceId) {

    static ProcedureCard of(Procedure p, CentreSetup setup) {
        return new ProcedureCard(p.id(), p.nameVi(), p.nameEn(), p.shortVi(), p.fieldCode(), p.nationalCode(),
                p.level(), p.online(), p.fullProcessDirective24(), p.freeOnline(setup.centre().onlineFeeWaiver()),
                p.documentsToSubmit(), p.documentsToPresent(), p.processingTimeVi(), p.feeNoteVi(), p.portalUrl(),
                setup.serviceFor(p).orElse(null), setup.onlineSupportServiceId());
    }
}
