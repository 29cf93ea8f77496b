package org.followthrough.application.erasure;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.accounts.Role;
import org.followthrough.domain.candidate.EraseCandidate;
import org.followthrough.domain.candidate.PersonalDataKeys;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Deletes an account for good, after the password was typed again. For a candidate: {@code CandidateErased} goes into
 * their stream (every projection drops their rows: at once for the subscribing ones, within moments for the tracking
 * ones) and their data key is destroyed, so the personal fields of their events can never be read again, on any node,
 * in any rebuild. All in one transaction with the account's deletion.
 *
 * <p>What lives outside the database is the caller's: the web layer ends the sessions of the account.
 */
@Service
public class Erasure {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final CommandGateway commands;
    private final PersonalDataKeys keys;

    public Erasure(Accounts accounts, PasswordEncoder passwords, CommandGateway commands, PersonalDataKeys keys) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.commands = commands;
        this.keys = keys;
    }

    /** Erases the account if {@code password} is its password; a wrong or missing one changes nothing. */
    @Transactional
    public Account erase(UUID accountId, @Nullable String password) {
        Account account = accounts.byId(accountId).orElseThrow(() -> new NotFound("account", accountId));
        if (password == null || password.isEmpty()) {
            throw new RuleViolation("password", "is required: type your password again to delete your account");
        }
        if (!passwords.matches(password, account.passwordHash())) {
            throw new RuleViolation("password", "is not this account's password");
        }
        if (account.role() == Role.CANDIDATE) {
            commands.sendAndWait(new EraseCandidate(account.candidateId()));
            keys.destroy(account.candidateId());
        }
        accounts.delete(account.id());
        return account;
    }
}
