package org.followthrough.application.coaching;

import org.followthrough.application.SharedServiceDatabase;
import org.followthrough.application.CommandsInMemory;
import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.AccountRows;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.accounts.Role;
import org.followthrough.domain.candidate.CoachShareProposed;
import org.followthrough.domain.candidate.CoachShareStatus;
import org.followthrough.domain.candidate.ConfirmCoachShare;
import org.followthrough.domain.candidate.ProposeCoachShare;
import org.followthrough.domain.candidate.RevokeCoachSharing;
import org.followthrough.domain.candidate.SharedWithCoach;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The consent to share with a coach: only a coach's account can be asked, the name to confirm is the coach's current
 * one, and a coach sees only the candidates whose share is confirmed.
 */
class CoachSharingTest {

    private static final ProjectionDatabase DATABASE = SharedServiceDatabase.DATABASE;

    private final Accounts accounts = new Accounts(DATABASE.jdbc());
    private final AccountRows rows = new AccountRows(accounts);
    private final CommandsInMemory commands = new CommandsInMemory()
            .on(ProposeCoachShare.class, propose -> CoachShareStatus.PENDING)
            .on(ConfirmCoachShare.class, confirm -> CoachShareStatus.ACTIVE);
    private final CoachSharingProjection projection = new CoachSharingProjection(DATABASE.jdbc());
    private final CoachSharing sharing = new CoachSharing(commands, DATABASE.jdbc(), accounts);
    private final Account cora = rows.insert("Cora Coach", Role.COACH, "{noop}x");
    private final Account ada = rows.insert("Ada", Role.CANDIDATE, "{noop}x");

    @Test
    void aShareIsProposedToACoachAccountUnderItsCurrentName() {
        ShareProposal proposal = sharing.propose(ada.candidateId(), cora.email().toUpperCase(), true);

        assertThat(proposal).isEqualTo(new ShareProposal(cora.email(), "Cora Coach", true, CoachShareStatus.PENDING));
        assertThat(commands.sent()).containsExactly(new ProposeCoachShare(ada.candidateId(), cora.email(), true,
                "Cora Coach"));
    }

    @Test
    void anAddressWithNoCoachBehindItIsRefusedAndNothingIsSent() {
        Account bea = rows.insert("Bea", Role.CANDIDATE, "{noop}x");

        for (String address : new String[]{bea.email(), "nobody-" + ada.id() + "@example.com"}) {
            assertThatThrownBy(() -> sharing.propose(ada.candidateId(), address, false)).as(address)
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                        assertThat(violation.field()).isEqualTo("coachEmail");
                        assertThat(violation.getMessage()).contains("no coach has an account");
                    });
        }
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aConfirmationCarriesTheCoachsCurrentNameOrNoneWhenTheCoachIsGone() {
        sharing.confirm(ada.candidateId(), cora.email(), "Cora Coach");
        accounts.delete(cora.id());
        sharing.confirm(ada.candidateId(), cora.email(), "Cora Coach");

        assertThat(commands.sent(ConfirmCoachShare.class)).containsExactly(
                new ConfirmCoachShare(ada.candidateId(), cora.email(), "Cora Coach", "Cora Coach"),
                new ConfirmCoachShare(ada.candidateId(), cora.email(), "Cora Coach", null));
        assertThat(sharing.coachName(cora.email())).as("the address stands in for a coach who left")
                .isEqualTo(cora.email());
    }

    @Test
    void aRevocationIsSentForTheAddressInItsKeptForm() {
        sharing.revoke(ada.candidateId(), cora.email().toUpperCase());

        assertThat(commands.sent()).containsExactly(new RevokeCoachSharing(ada.candidateId(), cora.email()));
    }

    @Test
    void aCoachSeesOnlyTheCandidatesWhoseShareIsConfirmedByName() {
        Account bea = rows.insert("Bea", Role.CANDIDATE, "{noop}x");
        Account cy = rows.insert("Cy", Role.CANDIDATE, "{noop}x");
        projection.on(new SharedWithCoach(cy.candidateId(), cora.email(), false, Instant.parse("2026-03-03T09:00:00Z")));
        projection.on(new SharedWithCoach(ada.candidateId(), cora.email(), true, Instant.parse("2026-03-02T09:00:00Z")));
        projection.on(new CoachShareProposed(bea.candidateId(), cora.email(), true, "Cora Coach",
                Instant.parse("2026-03-04T09:00:00Z")));

        assertThat(sharing.sharingWith(cora.email().toUpperCase())).containsExactly(
                new SharingCandidate(ada.candidateId(), "Ada", true, Instant.parse("2026-03-02T09:00:00Z")),
                new SharingCandidate(cy.candidateId(), "Cy", false, Instant.parse("2026-03-03T09:00:00Z")));
        assertThat(sharing.sharesOf(bea.candidateId())).extracting(CoachShare::status)
                .containsExactly(CoachShareStatus.PENDING);
        assertThat(sharing.shareWith(bea.candidateId(), " " + cora.email().toUpperCase())).map(CoachShare::status)
                .contains(CoachShareStatus.PENDING);
        assertThat(sharing.shareWith(cy.candidateId(), "someone-else@example.com")).isEmpty();
    }
}
