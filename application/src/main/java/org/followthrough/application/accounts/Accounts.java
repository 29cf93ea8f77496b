package org.followthrough.application.accounts;

import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.EmailAddress;
import org.followthrough.domain.shared.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The account table: who may sign in, with what password hash and as what role. */
@Repository
public class Accounts {

    private static final String COLUMNS = "id, email, password_hash, display_name, role, time_zone, region, created_at";
    /** The same columns of the account aliased {@code a}, for a join. */
    static final String JOINED_COLUMNS = "a.id, a.email, a.password_hash, a.display_name, a.role, a.time_zone, a.region, "
            + "a.created_at";

    private final JdbcClient jdbc;

    public Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accounts made before domains were kept in ASCII may hold the domain in Unicode: either form finds them. */
    public Optional<Account> byEmail(EmailAddress email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE lower(email) IN (?, lower(?)) ORDER BY email LIMIT 1")
                .params(email.value(), email.withUnicodeDomain())
                .query(Accounts::map)
                .optional();
    }

    public Optional<Account> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = ?").param(id).query(Accounts::map).optional();
    }

    /** The display names of these accounts, in the order people are listed: by name, then by id. */
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, display_name FROM account WHERE id = ANY(?) ORDER BY display_name, id")
                    .param(ids.toArray(UUID[]::new))
                    .query(row -> {
                        names.put(row.getObject("id", UUID.class), row.getString("display_name"));
                    });
        }
        return names;
    }

    void insert(Account account) {
        try {
            jdbc.sql("INSERT INTO account (" + COLUMNS + ", email_skeleton) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(account.id(), account.email(), account.passwordHash(), account.displayName(),
                            account.role().name(), account.timeZone().getId(), account.region().code(),
                            Timestamp.from(account.createdAt()), skeletonOf(account.email()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("email", e.getMessage() != null && e.getMessage().contains("email_skeleton")
                    ? AddressLookalikes.LOOKS_LIKE_ANOTHER : "is already registered; sign in instead");
        }
    }

    /** The account goes: nobody signs in with it again. Returns whether there was one. */
    public boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM account WHERE id = ?").param(id).update() > 0;
    }

    /** Whether an account's address has this confusable skeleton. */
    boolean bySkeleton(String skeleton) {
        return jdbc.sql("SELECT count(*) FROM account WHERE email_skeleton = ?").param(skeleton).query(Long.class)
                .single() > 0;
    }

    /** Gives the accounts made before skeletons were kept theirs; returns how many. */
    int keepSkeletons() {
        List<String> missing = jdbc.sql("SELECT email FROM account WHERE email_skeleton IS NULL").query(String.class).list();
        int kept = 0;
        for (String email : missing) {
            try {
                kept += jdbc.sql("UPDATE account SET email_skeleton = ? WHERE email = ? AND email_skeleton IS NULL")
                        .params(skeletonOf(email), email).update();
            } catch (DuplicateKeyException lookalikes) {
                // two old accounts that look alike: both stay, neither blocks the other; new ones are still checked
            }
        }
        return kept;
    }

    private static String skeletonOf(String email) {
        return AddressLookalikes.skeleton(EmailAddress.parse("email", email).withUnicodeDomain());
    }

    /** Keeps the sign-in record's copy of where the candidate lives in step with their settings. */
    public void moved(CandidateId candidate, ZoneId timeZone, Region region) {
        jdbc.sql("UPDATE account SET time_zone = ?, region = ? WHERE id = ?")
                .params(timeZone.getId(), region.code(), candidate.value())
                .update();
    }

    static Account map(ResultSet row, int number) throws SQLException {
        return new Account(row.getObject("id", UUID.class), row.getString("email"), row.getString("password_hash"),
                row.getString("display_name"), Role.valueOf(row.getString("role")),
                ZoneId.of(row.getString("time_zone")), Region.parse(row.getString("region")),
                row.getTimestamp("created_at").toInstant());
    }
}
