package org.followthrough.application.accounts;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.candidate.RegisterCandidate;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.Text;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Sign-up: checks what was typed, stores the account and, for a candidate, registers them as one. */
@Service
public class AccountService {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final CommandGateway commands;
    private final Clock clock;

    public AccountService(Accounts accounts, PasswordEncoder passwordEncoder, CommandGateway commands, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.commands = commands;
        this.clock = clock;
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
        String zone = Text.required("timeZone", request.timeZone(), 64);
        if (!ZONES.contains(zone)) {
            throw new RuleViolation("timeZone", "'" + zone + "' is not an IANA time zone like Europe/Berlin or America/New_York");
        }
        Region region = Region.parse(Text.required("region", request.region(), 10));
        Role role = request.role() == null ? Role.CANDIDATE : request.role();
        if (role == Role.ADMIN) {
            throw new RuleViolation("role", "must be CANDIDATE or COACH");
        }
        Account account = new Account(UUID.randomUUID(), email.toLowerCase(Locale.ROOT), passwordEncoder.encode(password),
                displayName, role, ZoneId.of(zone), region, clock.instant());
        accounts.insert(account);
        if (role == Role.CANDIDATE) {
            commands.sendAndWait(new RegisterCandidate(account.candidateId(), displayName, account.timeZone(), region));
        }
        return account;
    }
}
