package org.followthrough.application.accounts;

import org.followthrough.application.SharedServiceDatabase;
import org.followthrough.application.MovableClock;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Personal access tokens: shown once, kept only as a hash, found by it while neither revoked nor expired, at most
 * fifty live ones per account, and the last use written no more than once a minute.
 */
class AccessTokensTest {

    private static final ProjectionDatabase DATABASE = SharedServiceDatabase.DATABASE;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-10T09:00:00Z"));
    private final AccessTokens tokens = new AccessTokens(DATABASE.jdbc(), clock);
    private final Accounts accounts = new Accounts(DATABASE.jdbc());
    private Account ada;
    private Account bea;

    @BeforeEach
    void twoAccounts() {
        ada = account("Ada");
        bea = account("Bea");
    }

    @Test
    void aTokenIsShownOnceAndOnlyItsHashIsKept() {
        AccessTokens.Issued issued = tokens.issue(ada.id(), "backup script", null);

        assertThat(issued.secret()).startsWith("ft_").hasSize(3 + 43).matches("ft_[A-Za-z0-9_-]+");
        assertThat(DATABASE.jdbc().sql("SELECT token_hash FROM access_token WHERE id = ?").param(issued.token().id())
                .query(byte[].class).single()).isEqualTo(AccessTokens.hash(issued.secret()));
        assertThat(tokens.of(ada.id())).extracting(AccessToken::name).containsExactly("backup script");
        assertThat(tokens.authenticate(issued.secret())).get().extracting(Account::id).isEqualTo(ada.id());
    }

    @Test
    void aRevokedOrExpiredTokenNoLongerSignsIn() {
        AccessTokens.Issued revoked = tokens.issue(ada.id(), "old laptop", null);
        AccessTokens.Issued expiring = tokens.issue(ada.id(), "for a day", clock.instant().plus(Duration.ofDays(1)));

        assertThat(tokens.revoke(ada.id(), revoked.token().id())).isTrue();
        clock.advance(Duration.ofDays(1));

        assertThat(tokens.authenticate(revoked.secret())).isEmpty();
        assertThat(tokens.authenticate(expiring.secret())).isEmpty();
        assertThat(tokens.of(ada.id())).as("the list still explains them").hasSize(2)
                .noneMatch(token -> token.usableAt(clock.instant()));
    }

    @Test
    void nobodyRevokesAnotherAccountsToken() {
        AccessTokens.Issued adas = tokens.issue(ada.id(), "cli", null);

        assertThat(tokens.revoke(bea.id(), adas.token().id())).isFalse();
        assertThat(tokens.authenticate(adas.secret())).isPresent();
    }

    @Test
    void somethingThatIsNotOneOfOurTokensFindsNobody() {
        tokens.issue(ada.id(), "cli", null);

        assertThat(tokens.authenticate("not-a-token")).isEmpty();
        assertThat(tokens.authenticate("ft_" + "A".repeat(43))).isEmpty();
        assertThat(tokens.authenticate("ft_" + "A".repeat(200))).isEmpty();
    }

    @Test
    void anExpiryThatIsNotInTheFutureOrABlankNameIsRefused() {
        assertThatThrownBy(() -> tokens.issue(ada.id(), "cli", clock.instant()))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("expiresAt"));
        assertThatThrownBy(() -> tokens.issue(ada.id(), "  ", null))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("name"));
        assertThat(tokens.of(ada.id())).isEmpty();
    }

    @Test
    void theFiftyFirstLiveTokenIsRefusedUntilOneIsRevoked() {
        AccessTokens.Issued first = tokens.issue(ada.id(), "script 1", null);
        DATABASE.jdbc().sql("""
                        INSERT INTO access_token (id, account_id, name, token_hash, created_at)
                        SELECT gen_random_uuid(), ?, 'script ' || n, sha256(gen_random_uuid()::text::bytea), ?
                        FROM generate_series(2, ?) AS n""")
                .params(ada.id(), Timestamp.from(clock.instant()), AccessTokens.MAX_PER_ACCOUNT).update();

        assertThatThrownBy(() -> tokens.issue(ada.id(), "one too many", null))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.getMessage())
                        .contains("50 tokens already"));
        assertThat(tokens.issue(bea.id(), "Bea's first", null)).as("the limit is per account").isNotNull();

        tokens.revoke(ada.id(), first.token().id());
        assertThat(tokens.issue(ada.id(), "in its place", null).token().name()).isEqualTo("in its place");
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        AccessTokens.Issued issued = tokens.issue(ada.id(), "cli", null);
        Instant firstUse = clock.instant();

        tokens.authenticate(issued.secret());
        clock.advance(Duration.ofSeconds(59));
        tokens.authenticate(issued.secret());
        assertThat(lastUsed(issued)).isEqualTo(firstUse);

        clock.advance(Duration.ofSeconds(2));
        tokens.authenticate(issued.secret());
        assertThat(lastUsed(issued)).isEqualTo(firstUse.plusSeconds(61));
    }

    private Instant lastUsed(AccessTokens.Issued issued) {
        return DATABASE.jdbc().sql("SELECT last_used_at FROM access_token WHERE id = ?").param(issued.token().id())
                .query(Timestamp.class).single().toInstant();
    }

    private Account account(String name) {
        Account account = new Account(UUID.randomUUID(), name.toLowerCase() + "-" + UUID.randomUUID() + "@example.com",
                "{noop}not used here", name, Role.CANDIDATE, ZoneId.of("Europe/Berlin"), Region.parse("DE"),
                clock.instant());
        accounts.insert(account);
        return account;
    }
}
