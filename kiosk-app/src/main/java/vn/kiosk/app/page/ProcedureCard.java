// A procedure as the kiosk's card shows it: what it is, whether it can be done online and free, what to bring,
// and which queue a ticket for it joins.
package vn.kiosk.app.page;

import java.util.List;

import vn.kiosk.app.centre.CentreSetup;
import vn.kiosk.app.issuing.IssueAnswer.CounterRef;
import vn.kiosk.app.queue.ServiceDef;
import vn.kiosk.link.catalog.Procedure;

/**
 * @param online         full, partial or none
 * @param fullProcess    a Directive 24 service: paper dossiers are refused, so the card's only number is one for
 *                       the assisted-online help desk, offered beside the online guidance
 * @param freeOnline     the catalog and the centre's province both allow saying "free when submitted online"
 * @param serviceId      the queue a ticket for this procedure joins (the online-support queue for full-process ones)
 * @param supportServiceId the queue of help with online submission
 * @param supportDesk    that queue's names and the counters that call it, so the card says where the citizen goes
 */
public record ProcedureCard(String id, String name, String nameEn, String shortName, String fieldCode,
                            String nationalCode, String level, String online, boolean fullProcess,
                            boolean freeOnline, List<String> documentsToSubmit, List<String> documentsToPresent,
                            String processingTime, String feeNote, String portalUrl, String serviceId,
                            String supportServiceId, SupportDesk supportDesk) {

    /** The assisted-online help desk: its service's names and its counters. */
    public record SupportDesk(String serviceName, String serviceNameEn, List<CounterRef> counters) {

        public SupportDesk {
            counters = List.copyOf(counters);
        }

        static SupportDesk of(CentreSetup setup) {
            String id = setup.onlineSupportServiceId();
            ServiceDef service = setup.queue().service(id).orElseThrow();
            return new SupportDesk(service.nameVi(), service.nameEn(), setup.queue().countersOf(id).stream()
                    .map(c -> new CounterRef(c.id(), c.nameVi(), c.nameEn())).toList());
        }
    }

    static ProcedureCard of(Procedure p, CentreSetup setup) {
        return new ProcedureCard(p.id(), p.nameVi(), p.nameEn(), p.shortVi(), p.fieldCode(), p.nationalCode(),
                p.level(), p.online(), p.fullProcessDirective24(), p.freeOnline(setup.centre().onlineFeeWaiver()),
                p.documentsToSubmit(), p.documentsToPresent(), p.processingTimeVi(), p.feeNoteVi(), p.portalUrl(),
                setup.serviceFor(p).orElse(null), setup.onlineSupportServiceId(), SupportDesk.of(setup));
    }
}
