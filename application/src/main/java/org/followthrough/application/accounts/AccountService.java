package org.followthrough.application.accounts;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.candidate.RegisterCandidate;
import org.followthrough.domain.followup.PublicHolidayCalendars;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.Text;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Sign-up: checks what was typed, stores the account and, for a candidate, registers them as one. */
@Service
public class AccountService {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

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
        if (accounts.byEmail(email).isPresent()) {
            return false;
        }
        if (password.length() < MIN_PASSWORD) {
            throw new RuleViolation("password", "of the administrator must be at least " + MIN_PASSWORD + " characters");
        }
        accounts.insert(new Account(UUID.randomUUID(), email.strip().toLowerCase(Locale.ROOT), passwordEncoder.encode(password),
                "Administrator", Role.ADMIN, ZoneId.of("UTC"), Region.parse("GB"), clock.instant()));
        return true;
    }

    /** The account and the candidate's registration are stored together or not at all. */
    @Transactional
    public Account signUp(SignUp request) {
        String email = Text.required("email", request.email(), 320);
        if (!EMAIL.matcher(email).matches()) {
            throw new RuleViolation("email", "is not an e-mail address");
        }
        String password = request.password() == null ? "" : request.password();
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new RuleViolation("password", "must be between " + MIN_PASSWORD + " and " + MAX_PASSWORD + " characters");
        }
        String displayName = Text.required("displayName", request.displayName(), Text.MAX_SHORT);
        ZoneId zone = Zones.require("timeZone", request.timeZone());
        Region region = Region.parse(Text.required("region", request.region(), 10));
        holidays.problemWith(region).ifPresent(problem -> {
            throw new RuleViolation("region", problem);
        });
        Role role = request.role() == null ? Role.CANDIDATE : request.role();
        if (role == Role.ADMIN) {
            throw new RuleViolation("role", "must be CANDIDATE or COACH");
        }
        Account account = new Account(UUID.randomUUID(), email.toLowerCase(Locale.ROOT), passwordEncoder.encode(password),
                displayName, role, zone, region, clock.instant());
        accounts.insert(account);
        if (role == Role.CANDIDATE) {
            commands.sendAndWait(new RegisterCandidate(account.candidateId(), displayName, account.timeZone(), region));
        }
        return account;
    }
}
