package org.followthrough.application.accounts;

import org.followthrough.application.SharedServiceDatabase;
import org.followthrough.application.CommandsInMemory;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.candidate.RegisterCandidate;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.infra.calendar.JollydayHolidayCalendars;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-up checks what was typed (address, password, zone, region, role), refuses an address that is taken or looks
 * like one that is, stores the account with a hashed password and registers a candidate as one.
 */
class AccountServiceTest {

    private static final ProjectionDatabase DATABASE = SharedServiceDatabase.DATABASE;
    private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String PASSWORD = "a long enough password";

    private final Accounts accounts = new Accounts(DATABASE.jdbc());
    private final CommandsInMemory commands = new CommandsInMemory();
    private final AccountService service = new AccountService(accounts, PASSWORDS, commands,
            Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC), new JollydayHolidayCalendars());
    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCandidateIsStoredWithAHashedPasswordAndRegisteredAsACandidate() {
        Account ada = service.signUp(new SignUp("Ada-" + unique + "@Example.com", PASSWORD, "Ada", "Europe/Berlin", "DE-BY",
                null));

        assertThat(accounts.byId(ada.id())).get().satisfies(stored -> {
            assertThat(stored.role()).isEqualTo(Role.CANDIDATE);
            assertThat(stored.passwordHash()).isNotEqualTo(PASSWORD);
            assertThat(PASSWORDS.matches(PASSWORD, stored.passwordHash())).isTrue();
            assertThat(stored.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(stored.createdAt()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
        });
        assertThat(commands.sent()).containsExactly(new RegisterCandidate(ada.candidateId(), "Ada",
                ZoneId.of("Europe/Berlin"), Region.parse("DE-BY")));
    }

    @Test
    void aCoachIsStoredButIsNoCandidate() {
        Account cora = service.signUp(new SignUp("cora-" + unique + "@example.com", PASSWORD, "Cora", "Europe/Berlin", "DE",
                Role.COACH));

        assertThat(accounts.byId(cora.id())).get().extracting(Account::role).isEqualTo(Role.COACH);
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void nobodySignsUpAsAnAdministrator() {
        assertRefused(new SignUp("eve-" + unique + "@example.com", PASSWORD, "Eve", "Europe/Berlin", "DE", Role.ADMIN),
                "role");
    }

    @Test
    void anAddressThatIsTakenIsRefusedWhateverItsCase() {
        service.signUp(new SignUp("ada-" + unique + "@example.com", PASSWORD, "Ada", "Europe/Berlin", "DE", null));

        assertThatThrownBy(() -> service.signUp(new SignUp("ADA-" + unique + "@EXAMPLE.com", PASSWORD, "Ada", "Europe/Berlin",
                "DE", null))).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.field()).isEqualTo("email");
            assertThat(violation.getMessage()).contains("already registered");
        });
    }

    @Test
    void anAddressThatLooksLikeATakenOneIsRefused() {
        service.signUp(new SignUp("mia-" + unique + "@example.com", PASSWORD, "Mia", "Europe/Berlin", "DE", null));

        assertThatThrownBy(() -> service.signUp(new SignUp("rnia-" + unique + "@example.com", PASSWORD, "Not Mia",
                "Europe/Berlin", "DE", null))).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.getMessage()).isEqualTo(AddressLookalikes.LOOKS_LIKE_ANOTHER));
        assertThat(commands.sent()).hasSize(1);
    }

    @Test
    void anAddressThatMixesScriptsIsRefused() {
        assertThatThrownBy(() -> service.signUp(new SignUp("\u0430da-" + unique + "@example.com", PASSWORD, "Ada",
                "Europe/Berlin", "DE", null))).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.getMessage()).contains("mixes letters of different scripts"));
    }

    @Test
    void aPasswordIsTenCharactersToSeventyTwoBytesWithoutControlCharacters() {
        assertRefusedWith(signUpWith("too short"), "password", "at least 10 characters");
        assertRefusedWith(signUpWith("a long enough\tpassword"), "password", "at position 14");
        assertRefusedWith(signUpWith("€".repeat(25)), "password", "75 bytes");
        assertThat(service.signUp(signUpWith("€".repeat(24))).passwordHash()).as("72 bytes").isNotBlank();
    }

    @Test
    void aZoneOrRegionTheAppCannotUseIsRefused() {
        assertRefused(new SignUp("ada-" + unique + "@example.com", PASSWORD, "Ada", "Berlin", "DE", null), "timeZone");
        assertRefused(new SignUp("ada-" + unique + "@example.com", PASSWORD, "Ada", "Europe/Berlin", "DE-XX", null),
                "region");
    }

    @Test
    void theAdministratorIsMadeOnceAndThenLeftAsItIs() {
        String admin = "admin-" + unique + "@example.com";

        assertThat(service.ensureAdmin(admin, PASSWORD)).isTrue();
        assertThat(service.ensureAdmin(admin, "another long password")).isFalse();

        assertThat(accounts.byEmail(org.followthrough.domain.shared.EmailAddress.parse("email", admin))).get()
                .satisfies(account -> {
                    assertThat(account.role()).isEqualTo(Role.ADMIN);
                    assertThat(PASSWORDS.matches(PASSWORD, account.passwordHash())).isTrue();
                });
        assertThat(commands.sent()).isEmpty();
    }

    private SignUp signUpWith(String password) {
        return new SignUp("p-" + UUID.randomUUID() + "@example.com", password, "Ada", "Europe/Berlin", "DE", null);
    }

    private void assertRefused(SignUp signUp, String field) {
        assertThatThrownBy(() -> service.signUp(signUp))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo(field));
        assertThat(commands.sent()).isEmpty();
        assertThat(DATABASE.jdbc().sql("SELECT count(*) FROM account WHERE email LIKE ?").param("%" + unique + "%")
                .query(Long.class).single()).isZero();
    }

    private void assertRefusedWith(SignUp signUp, String field, String message) {
        assertThatThrownBy(() -> service.signUp(signUp)).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.getMessage()).contains(message);
        });
    }
}
