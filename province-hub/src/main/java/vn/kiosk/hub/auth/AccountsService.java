// Routes under /api/v1/accounts for the admin: list, create, reset a password, change roles; and the audit trail.
package vn.kiosk.hub.auth;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.hub.web.ApiError;
import vn.kiosk.hub.web.JsonBody;

public final class AccountsService implements HttpService {

    record NewAccount(String username, String password, List<String> roles) {
    }

    record PasswordReset(String password) {
    }

    record RoleChange(List<String> roles) {
    }

    /** An account as the admin sees it: never its hash. */
    record AccountView(String username, List<Role> roles, boolean mustChangePassword) {
        static AccountView of(Account a) {
            return new AccountView(a.username(), a.roles().stream().sorted().toList(), a.mustChangePassword());
        }
    }

    private static final String NAME = "[a-z0-9][a-z0-9._-]{1,31}";

    private final Accounts accounts;
    private final PasswordHashes hashes;
    private final SignIns signIns;
    private final Guard guard;
    private final AuditLog audit;
    private final Clock clock;

    public AccountsService(Accounts accounts, PasswordHashes hashes, SignIns signIns, Guard guard, AuditLog audit,
                           Clock clock) {
        this.accounts = accounts;
        this.hashes = hashes;
        this.signIns = signIns;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> {
            guard.require(req, Role.ADMIN);
            res.send(accounts.list().stream().map(AccountView::of).toList());
        }).post("/", this::create)
                .post("/{username}/password", this::reset)
                .post("/{username}/roles", this::roles);
    }

    private void create(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.ADMIN);
        NewAccount n = JsonBody.read(req, NewAccount.class);
        if (n.username() == null || !n.username().matches(NAME)) {
            throw ApiError.badRequest("bad_username");
        }
        char[] password = n.password() == null ? new char[0] : n.password().toCharArray();
        if (!SignIns.acceptable(n.username(), null, password)) {
            throw ApiError.badRequest("weak_password", SignIns.MIN_PASSWORD_LENGTH);
        }
        Set<Role> roles = roles(n.roles());
        // The admin chose this password: its owner replaces it at the first sign-in.
        if (!accounts.create(new Account(n.username(), hashes.hash(password), roles, true), clock.instant())) {
            throw new ApiError(409, "account_exists", "error.account_exists");
        }
        audit.record(s.username(), "account.created", n.username(), roles.toString(), Guard.addressText(req));
        res.status(Status.CREATED_201).send(AccountView.of(accounts.find(n.username()).orElseThrow()));
    }

    private void reset(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.ADMIN);
        String username = req.path().pathParameters().get("username");
        PasswordReset p = JsonBody.read(req, PasswordReset.class);
        char[] password = p.password() == null ? new char[0] : p.password().toCharArray();
        if (!SignIns.acceptable(username, null, password)) {
            throw ApiError.badRequest("weak_password", SignIns.MIN_PASSWORD_LENGTH);
        }
        if (!accounts.changePassword(username, hashes.hash(password), true)) {
            throw ApiError.notFound();
        }
        signIns.endSessionsOf(username);
        audit.record(s.username(), "account.password_reset", username, null, Guard.addressText(req));
        res.status(Status.NO_CONTENT_204).send();
    }

    private void roles(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.ADMIN);
        String username = req.path().pathParameters().get("username");
        Set<Role> roles = roles(JsonBody.read(req, RoleChange.class).roles());
        if (username.equals(s.username()) && !roles.contains(Role.ADMIN)) {
            // The last way back in must not be taken away by a slip.
            throw new ApiError(409, "own_admin_role", "error.own_admin_role");
        }
        if (!accounts.changeRoles(username, roles)) {
            throw ApiError.notFound();
        }
        signIns.endSessionsOf(username);
        audit.record(s.username(), "account.roles_changed", username, roles.toString(), Guard.addressText(req));
        res.status(Status.NO_CONTENT_204).send();
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw ApiError.badRequest("bad_roles");
        }
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (String n : names) {
            try {
                out.add(Role.valueOf(n));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw ApiError.badRequest("bad_roles");
            }
        }
        return out;
    }
}
