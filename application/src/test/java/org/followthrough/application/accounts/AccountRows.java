package org.followthrough.application.accounts;

import org.followthrough.domain.candidate.Region;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** Accounts stored straight into the table, for tests of the services that read them. */
public final class AccountRows {

    private final Accounts accounts;

    public AccountRows(Accounts accounts) {
        this.accounts = accounts;
    }

    /** An account in Berlin with this display name and password hash, and an address of its own. */
    public Account insert(String displayName, Role role, String passwordHash) {
        return insert(UUID.randomUUID(), displayName, role, passwordHash);
    }

    /** The same, under a given id (a candidate's id is their account's). */
    public Account insert(UUID id, String displayName, Role role, String passwordHash) {
        Account account = new Account(id, displayName.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID()
                + "@example.com", passwordHash, displayName, role, ZoneId.of("Europe/Berlin"), Region.parse("DE"),
                Instant.parse("2026-03-01T09:00:00Z"));
        accounts.insert(account);
        return account;
    }
}
