// The centre's own words on the paper ticket: its title line and the closing line; empty keeps the shipped wording.
package vn.kiosk.app.centre;

public record TicketWording(String title, String footer) {

    public static final TicketWording SHIPPED = new TicketWording("", "");

    public TicketWording {
        title = title == null ? "" : title.strip();
        footer = footer == null ? "" : footer.strip();
    }
}
