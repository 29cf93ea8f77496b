package org.followthrough.application.erasure;

import org.followthrough.application.SharedServiceDatabase;
import org.followthrough.application.CommandsInMemory;
import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.AccountRows;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.accounts.Role;
import org.followthrough.domain.candidate.EraseCandidate;
import org.followthrough.domain.candidate.PersonalDataKeys;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deleting an account asks for its password again; a candidate's erasure also goes into their stream and destroys
 * their data key, a coach's does neither. A wrong or missing password changes nothing.
 */
class ErasureTest {

    private static final ProjectionDatabase DATABASE = SharedServiceDatabase.DATABASE;
    private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String HASH = PASSWORDS.encode("ada's long password");

    private final Accounts accounts = new Accounts(DATABASE.jdbc());
    private final AccountRows rows = new AccountRows(accounts);
    private final CommandsInMemory commands = new CommandsInMemory();
    private final Set<CandidateId> destroyedKeys = new HashSet<>();
    private final Erasure erasure = new Erasure(accounts, PASSWORDS, commands, new PersonalDataKeys() {
        @Override
        public void destroy(CandidateId candidate) {
            destroyedKeys.add(candidate);
        }

        @Override
        public boolean isErased(CandidateId candidate) {
            return destroyedKeys.contains(candidate);
        }
    });

    @Test
    void aCandidatesErasureGoesIntoTheirStreamDestroysTheirKeyAndDeletesTheAccount() {
        Account ada = rows.insert("Ada", Role.CANDIDATE, HASH);

        assertThat(erasure.erase(ada.id(), "ada's long password")).isEqualTo(ada);

        assertThat(commands.sent()).containsExactly(new EraseCandidate(ada.candidateId()));
        assertThat(destroyedKeys).containsExactly(ada.candidateId());
        assertThat(accounts.byId(ada.id())).isEmpty();
    }

    @Test
    void aCoachsAccountIsDeletedWithNoCandidateToErase() {
        Account cora = rows.insert("Cora", Role.COACH, HASH);

        erasure.erase(cora.id(), "ada's long password");

        assertThat(commands.sent()).isEmpty();
        assertThat(destroyedKeys).isEmpty();
        assertThat(accounts.byId(cora.id())).isEmpty();
    }

    @Test
    void aWrongOrMissingPasswordChangesNothing() {
        Account ada = rows.insert("Ada", Role.CANDIDATE, HASH);

        for (String password : new String[]{"not her password", "", null}) {
            assertThatThrownBy(() -> erasure.erase(ada.id(), password)).as(String.valueOf(password))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("password"));
        }

        assertThat(commands.sent()).isEmpty();
        assertThat(destroyedKeys).isEmpty();
        assertThat(accounts.byId(ada.id())).isPresent();
    }

    @Test
    void anAccountThatIsGoneIsNotFound() {
        assertThatThrownBy(() -> erasure.erase(UUID.randomUUID(), "ada's long password")).isInstanceOf(NotFound.class);
    }
}
