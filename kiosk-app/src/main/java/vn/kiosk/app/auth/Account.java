// A staff, leader or technician account as stored; the password only as a hash.
package vn.kiosk.app.auth;

import java.util.Set;
import java.util.regex.Pattern;

public record Account(String username, String passwordHash, Set<Role> roles, boolean mustChangePassword) {

    /** What an account may be called: also safe as a file name, for the unlock codes in the data folder. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

    public Account {
        roles = Set.copyOf(roles);
    }
}
