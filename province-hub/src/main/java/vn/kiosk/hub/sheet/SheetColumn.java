// The catalog sheet's columns: each header is the catalog's own key, with what its cells hold (SHEET.md).
package vn.kiosk.hub.sheet;

import java.util.Arrays;
import java.util.Optional;

enum SheetColumn {

    ID("id", Kind.TEXT, true, false),
    SEED_ITEM("seed_item", Kind.WHOLE_NUMBER, false, false),
    FIELD_CODE("field_code", Kind.FIELD, true, false),
    NAME_VI("name_vi", Kind.TEXT, true, true),
    SHORT_VI("short_vi", Kind.TEXT, true, true),
    NAME_EN("name_en", Kind.TEXT, false, true),
    NATIONAL_CODE("national_code", Kind.TEXT, false, false),
    RELATED_CODES("related_codes", Kind.LIST, false, false),
    CODE_CONFIDENCE("code_confidence", Kind.TEXT, false, false),
    LEVEL("level", Kind.TEXT, true, false),
    ONLINE("online", Kind.TEXT, true, false),
    FEE_WAIVED("fee_exempt_online_thanh_hoa", Kind.FLAG, false, false),
    FEE_WAIVER_RESOLUTION("fee_waiver_resolution", Kind.TEXT, false, false),
    DIRECTIVE_24("full_process_directive_24", Kind.FLAG, false, false),
    PORTAL_URL("portal_url", Kind.LINK, true, false),
    PORTAL_URL_PROVINCE("portal_url_province", Kind.LINK, false, false),
    DOCUMENTS("documents_vi", Kind.LIST, false, true),
    PROCESSING_TIME("processing_time_vi", Kind.TEXT, false, true),
    PROCESSING_DAYS("processing_days", Kind.WHOLE_NUMBER, false, false),
    FEE_NOTE("fee_note_vi", Kind.TEXT, false, true),
    LEGAL_BASIS("legal_basis", Kind.LIST, false, false),
    CURATOR_NOTES("curator_notes", Kind.LIST, false, false);

    /** What a cell holds, and so how it is read and written. */
    enum Kind {
        TEXT, WHOLE_NUMBER, FIELD, FLAG, LINK,
        /** One item a line inside the cell (Alt+Enter in Excel, Ctrl+Enter in LibreOffice Calc). */
        LIST
    }

    final String header;
    final Kind kind;
    /** A sheet must have the column and a value in it on every row. */
    final boolean required;
    /** A citizen reads it, so it must be whole (no "…"). */
    final boolean citizenText;

    SheetColumn(String header, Kind kind, boolean required, boolean citizenText) {
        this.header = header;
        this.kind = kind;
        this.required = required;
        this.citizenText = citizenText;
    }

    static Optional<SheetColumn> named(String header) {
        return Arrays.stream(values()).filter(c -> c.header.equals(header)).findFirst();
    }
}
