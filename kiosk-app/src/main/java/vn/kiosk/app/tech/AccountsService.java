// The technician's accounts page: staff and leader accounts with one-time passwords, and machine bearer tokens.
package vn.kiosk.app.tech;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import vn.kiosk.app.auth.Account;
import vn.kiosk.app.auth.AdminBootstrap;
import vn.kiosk.app.auth.AuditTrail;
import vn.kiosk.app.auth.Authenticator;
import vn.kiosk.app.auth.Guard;
import vn.kiosk.app.auth.MachineToken;
import vn.kiosk.app.auth.MachineTokens;
import vn.kiosk.app.auth.PasswordHasher;
import vn.kiosk.app.auth.Role;
import vn.kiosk.app.auth.Session;
import vn.kiosk.app.store.AccountStore;
import vn.kiosk.app.web.ApiError;
import vn.kiosk.app.web.JsonBody;

public final class AccountsService implements HttpService {

    private static final Pattern TOKEN_NAME = Pattern.compile("[\\p{L}\\p{N} ._-]{1,40}");
    /** Accounts for people may hold any role; a second technician gets their own account, not admin's. */
    private static final Set<Role> ACCOUNT_ROLES = EnumSet.allOf(Role.class);
    /** A machine client calls numbers or reads reports; it never sets the kiosk up. */
    private static final Set<Role> TOKEN_ROLES = EnumSet.of(Role.STAFF, Role.LEADER);

    record AccountView(String username, List<Role> roles, boolean mustChangePassword, boolean locked) {
    }

    record NewAccount(String username, List<Role> roles) {
    }

    /** The one-time password is shown once, to be handed to the person; it must be changed at first sign-in. */
    record OneTimePassword(String username, String password) {
    }

    record TokenView(String id, String name, List<Role> roles, String createdAt, String createdBy, String revokedAt,
                     String lastUsed) {
        static TokenView of(MachineToken t) {
            return new TokenView(t.id(), t.name(), t.roles().stream().sorted().toList(), t.createdAt().toString(),
                    t.createdBy(), t.revokedAt() == null ? null : t.revokedAt().toString(),
                    t.lastUsed() == null ? null : t.lastUsed().toString());
        }
    }

    record NewToken(String name, List<Role> roles) {
    }

    /** The secret is in this answer only; the kiosk keeps its hash. */
    record IssuedToken(TokenView token, String secret) {
    }

    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final Authenticator auth;
    private final MachineTokens tokens;
    private final Guard guard;
    private final AuditTrail audit;

    public AccountsService(AccountStore accounts, PasswordHasher hasher, Authenticator auth, MachineTokens tokens,
                           Guard guard, AuditTrail audit) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.auth = auth;
        this.tokens = tokens;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/accounts", (req, res) -> {
                    guard.require(req, Role.TECHNICIAN);
                    res.send(accounts.all().stream().map(this::view).toList());
                })
                .post("/accounts", this::create)
                .post("/accounts/{username}/reset-password", this::reset)
                .get("/tokens", (req, res) -> {
                    guard.require(req, Role.TECHNICIAN);
                    res.send(tokens.all().stream().map(TokenView::of).toList());
                })
                .post("/tokens", this::issue)
                .post("/tokens/{id}/revoke", this::revoke);
    }

    private AccountView view(Account a) {
        boolean locked = auth.lockedUntil(a.username()).isPresent();
        return new AccountView(a.username(), a.roles().stream().sorted().toList(), a.mustChangePassword(), locked);
    }

    private void create(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.TECHNICIAN);
        NewAccount body = JsonBody.read(req, NewAccount.class);
        String name = body.username() == null ? "" : body.username().strip();
        if (!Account.NAME.matcher(name).matches()) {
            throw ApiError.badRequest("error.bad_username");
        }
        Set<Role> roles = roles(body.roles(), ACCOUNT_ROLES);
        if (accounts.find(name).isPresent()) {
            throw new ApiError(409, "account_exists", "error.account_exists", name);
        }
        String password = AdminBootstrap.oneTimePassword();
        accounts.create(new Account(name, hasher.hash(password.toCharArray()), roles, true));
        audit.record(s.username(), "account.create", name, "roles " + roles.stream().sorted().toList(),
                Guard.addressText(req));
        res.status(Status.CREATED_201);
        res.send(new OneTimePassword(name, password));
    }

    private void reset(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.TECHNICIAN);
        String name = req.path().pathParameters().get("username");
        Account a = accounts.find(name)
                .orElseThrow(() -> new ApiError(404, "unknown_account", "error.unknown_account", name));
        String password = AdminBootstrap.oneTimePassword();
        // Also lifts a lock-out; every session of the account ends, so the old password is of no more use.
        accounts.changePassword(a.username(), hasher.hash(password.toCharArray()), true);
        auth.endSessionsOf(a.username());
        auth.liftLockouts(a.username());
        audit.record(s.username(), "account.reset_password", a.username(), null, Guard.addressText(req));
        res.send(new OneTimePassword(a.username(), password));
    }

    private void issue(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.TECHNICIAN);
        NewToken body = JsonBody.read(req, NewToken.class);
        String name = body.name() == null ? "" : body.name().strip();
        if (!TOKEN_NAME.matcher(name).matches()) {
            throw ApiError.badRequest("error.bad_token_name");
        }
        Set<Role> roles = roles(body.roles(), TOKEN_ROLES);
        MachineTokens.Issued issued = tokens.issue(name, roles, s.username());
        audit.record(s.username(), "token.issue", name + " (" + issued.token().id() + ")",
                "roles " + roles.stream().sorted().toList(), Guard.addressText(req));
        res.status(Status.CREATED_201);
        res.send(new IssuedToken(TokenView.of(issued.token()), issued.secret()));
    }

    private void revoke(ServerRequest req, ServerResponse res) {
        Session s = guard.require(req, Role.TECHNICIAN);
        String id = req.path().pathParameters().get("id");
        if (!tokens.revoke(id)) {
            throw new ApiError(404, "unknown_token", "error.unknown_token", id);
        }
        audit.record(s.username(), "token.revoke", id, null, Guard.addressText(req));
        res.status(Status.NO_CONTENT_204).send();
    }

    private static Set<Role> roles(List<Role> asked, Set<Role> allowed) {
        if (asked == null || asked.isEmpty() || !allowed.containsAll(asked)) {
            throw ApiError.badRequest("error.bad_roles");
        }
        return EnumSet.copyOf(asked);
    }
}
