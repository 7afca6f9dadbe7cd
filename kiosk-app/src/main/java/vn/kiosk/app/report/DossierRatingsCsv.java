// The day's ratings by dossier code as CSV for the province's one-stop software: one row per dossier, 766's levels.
package vn.kiosk.app.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.kiosk.app.feedback.Rating;
import vn.kiosk.app.online.CompletionNotes;
import vn.kiosk.app.wording.Messages;
import vn.kiosk.link.catalog.Catalog;
import vn.kiosk.link.catalog.Procedure;

/**
 * Columns: dossier code, then one column per level of Decision 766/QĐ-TTg holding 1 for the level given and 0
 * for the others (so a sum per column is the software's tally), then the procedure's national code and name and
 * when it was rated. The header is always Vietnamese, since an import reads it, not a person. UTF-8 with a byte
 * order mark, so Excel opens the Vietnamese letters right.
 */
final class DossierRatingsCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private DossierRatingsCsv() {
    }

    static byte[] render(List<CompletionNotes.RatedDossier> rows, Catalog catalog, ZoneId zone) {
        ReportText text = new ReportText(Messages.VIETNAMESE);
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, text.get("dossier.code"), text.rating(Rating.RAT_HAI_LONG.name()),
                text.rating(Rating.HAI_LONG.name()), text.rating(Rating.KHONG_HAI_LONG.name()),
                text.get("dossier.procedure_code"), text.get("dossier.procedure_name"), text.get("dossier.rated_at"));
        for (CompletionNotes.RatedDossier d : rows) {
            Procedure p = d.procedureId() == null ? null : catalog.procedure(d.procedureId()).orElse(null);
            line(out, d.dossierCode(), flag(d, Rating.RAT_HAI_LONG), flag(d, Rating.HAI_LONG),
                    flag(d, Rating.KHONG_HAI_LONG), p == null || p.nationalCode() == null ? "" : p.nationalCode(),
                    p == null ? "" : p.nameVi(), WHEN.format(Instant.ofEpochMilli(d.ratedAt()).atZone(zone)));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String flag(CompletionNotes.RatedDossier d, Rating level) {
        return level.name().equals(d.rating()) ? "1" : "0";
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(ReportCsv.cell(cells[i]));
        }
        out.append("\r\n");
    }
}
