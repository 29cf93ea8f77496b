package org.followthrough.application.accounts;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.candidate.RegisterCandidate;
import org.followthrough.domain.followup.PublicHolidayCalendars;
import org.followthrough.domain.shared.EmailAddress;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

/** Sign-up: checks what was typed, stores the account and, for a candidate, registers them as one. */
@Service
public class AccountService {

    static final int MIN_PASSWORD = 10;
    /** bcrypt reads no further than this many bytes; Spring Security refuses to hash a longer password. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final CommandGateway commands;
    private final Clock clock;
    private final PublicHolidayCalendars holidays;

    public AccountService(Accounts accounts, PasswordEncoder passwordEncoder, CommandGateway commands, Clock clock,
                          PublicHolidayCalendars holidays) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.commands = commands;
        this.clock = clock;
        this.holidays = holidays;
    }

    /**
     * Makes sure an administrator account exists for {@code email} (created with {@code password} the first time;
     * an existing account is left as it is). Returns whether one was created.
     */
    @Transactional
    public boolean ensureAdmin(String email, String password) {
        EmailAddress address = EmailAddress.parse("email", email);
        if (accounts.byEmail(address).isPresent()) {
            return false;
        }
        accounts.insert(new Account(UUID.randomUUID(), address.value(), passwordEncoder.encode(password(password)),
                "Administrator", Role.ADMIN, ZoneId.of("UTC"), Region.parse("GB"), clock.instant()));
        return true;
    }

    /** The account and the candidate's registration are stored together or not at all. */
    @Transactional
    public Account signUp(SignUp request) {
        EmailAddress email = EmailAddress.parse("email", request.email());
        String password = password(request.password());
        String displayName = Text.LINE.required("displayName", request.displayName());
        ZoneId zone = Zones.require("timeZone", request.timeZone());
        Region region = Region.parse(Text.LINE.upTo(10).required("region", request.region()));
        holidays.problemWith(region).ifPresent(problem -> {
            throw new RuleViolation("region", problem);
        });
        Role role = request.role() == null ? Role.CANDIDATE : request.role();
        if (role == Role.ADMIN) {
            throw new RuleViolation("role", "must be CANDIDATE or COACH");
        }
        if (accounts.byEmail(email).isPresent()) {
            throw new RuleViolation("email", "is already registered; sign in instead");
        }
        AddressLookalikes.requireSingleScript(email);
        if (accounts.bySkeleton(AddressLookalikes.skeleton(email.withUnicodeDomain()))) {
            throw new RuleViolation("email", AddressLookalikes.LOOKS_LIKE_ANOTHER);
        }
        Account account = new Account(UUID.randomUUID(), email.value(), passwordEncoder.encode(password),
                displayName, role, zone, region, clock.instant());
        accounts.insert(account);
        if (role == Role.CANDIDATE) {
            commands.sendAndWait(new RegisterCandidate(account.candidateId(), displayName, account.timeZone(), region));
        }
        return account;
    }

    /**
     * A password may hold any characters but control characters (which no keyboard types, and which some stores cut
     * at), from {@value #MIN_PASSWORD} characters up to what bcrypt reads: {@value #MAX_PASSWORD_BYTES} bytes in UTF-8.
     * It is kept exactly as typed, never normalised, so that signing in compares the same bytes.
     */
    static String password(@Nullable String password) {
        if (password == null || password.isEmpty()) {
            throw new RuleViolation("password", "is required");
        }
        int position = 0;
        for (int i = 0; i < password.length(); ) {
            int codePoint = password.codePointAt(i);
            position++;
            if (Text.isControl(codePoint)) {
                throw new RuleViolation("password", "contains a control character (" + Text.codePointName(codePoint)
                        + ") at position " + position);
            }
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                throw new RuleViolation("password", "contains an unpaired surrogate, which is not a character ("
                        + Text.codePointName(codePoint) + ") at position " + position);
            }
            i += Character.charCount(codePoint);
        }
        if (position < MIN_PASSWORD) {
            throw new RuleViolation("password", "must be at least " + MIN_PASSWORD + " characters");
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PASSWORD_BYTES) {
            throw new RuleViolation("password", "is too long (" + bytes + " bytes in UTF-8, at most " + MAX_PASSWORD_BYTES
                    + "; letters beyond plain ASCII take 2 to 4 bytes each)");
        }
        return password;
    }
}
