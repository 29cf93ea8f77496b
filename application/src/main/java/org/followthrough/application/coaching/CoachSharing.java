package org.followthrough.application.coaching;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.accounts.Role;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.candidate.RevokeCoachSharing;
import org.followthrough.domain.candidate.ShareWithCoach;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.EmailAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The candidate's consent to show a coach their figures (and, if they say so, their timeline). Every coach view
 * asks here first, on every request: nothing is cached, so a revocation counts at once.
 */
@Service
public class CoachSharing {

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final Accounts accounts;

    public CoachSharing(CommandGateway commands, JdbcClient jdbc, Accounts accounts) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /**
     * Returns the normalized address shared with. Only an existing coach account can be shared with: an address that
     * nobody has signed up with as a coach is refused, so that whoever registers it later sees nothing.
     */
    public String share(CandidateId candidate, @Nullable String coachEmail, boolean shareTimeline) {
        EmailAddress address = EmailAddress.parse("coachEmail", coachEmail);
        coachNamed(address);
        String coach = address.value();
        commands.sendAndWait(new ShareWithCoach(candidate, coach, shareTimeline));
        return coach;
    }

    /** The display name of the coach account with this address; refused when there is none. */
    public String coachNamed(EmailAddress address) {
        return accounts.byEmail(address).filter(account -> account.role() == Role.COACH).map(Account::displayName)
                .orElseThrow(() -> new RuleViolation("coachEmail", "no coach has an account with the address "
                        + address.value() + "; check the address, or ask your coach to sign up as a coach first"));
    }

    /** The display name of the coach at a shared address, or the address itself if that account has gone. */
    public String coachName(String coachEmail) {
        return accounts.byEmail(EmailAddress.parse("coachEmail", coachEmail)).map(Account::displayName).orElse(coachEmail);
    }

    public void revoke(CandidateId candidate, @Nullable String coachEmail) {
        commands.sendAndWait(new RevokeCoachSharing(candidate, EmailAddress.parse("coachEmail", coachEmail).value()));
    }

    public List<CoachShare> sharesOf(CandidateId candidate) {
        return jdbc.sql("SELECT coach_email, share_timeline, shared_at FROM coach_share WHERE candidate_id = ? ORDER BY coach_email")
                .param(candidate.value())
                .query((row, number) -> new CoachShare(row.getString("coach_email"), row.getBoolean("share_timeline"),
                        row.getTimestamp("shared_at").toInstant()))
                .list();
    }

    /** The candidates who share with the coach signed in under {@code coachEmail}, by name. */
    public List<SharingCandidate> sharingWith(String coachEmail) {
        Map<UUID, CoachShare> shares = new HashMap<>();
        jdbc.sql("SELECT candidate_id, coach_email, share_timeline, shared_at FROM coach_share WHERE coach_email = lower(?)")
                .param(coachEmail)
                .query(row -> {
                    shares.put(row.getObject("candidate_id", UUID.class), new CoachShare(row.getString("coach_email"),
                            row.getBoolean("share_timeline"), row.getTimestamp("shared_at").toInstant()));
                });
        List<SharingCandidate> sharing = new ArrayList<>();
        accounts.displayNames(shares.keySet()).forEach((candidate, name) -> {
            CoachShare share = shares.get(candidate);
            sharing.add(new SharingCandidate(CandidateId.of(candidate), name, share.shareTimeline(), share.sharedAt()));
        });
        return sharing;
    }
}
