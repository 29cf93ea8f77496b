package org.followthrough.application.coaching;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.accounts.Role;
import org.followthrough.domain.candidate.CoachNameMismatch;
import org.followthrough.domain.candidate.CoachShareStatus;
import org.followthrough.domain.candidate.ConfirmCoachShare;
import org.followthrough.domain.candidate.ProposeCoachShare;
import org.followthrough.domain.candidate.RevokeCoachSharing;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.EmailAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The candidate's consent to show a coach their figures (and, if they say so, their timeline), given in two steps: ask
 * (the coach's display name is answered) and confirm that name. Every coach view asks here first, on every request:
 * nothing is cached, so a confirmation or a revocation counts at once.
 */
@Service
public record CoachSharing(CommandGateway commands, JdbcClient jdbc, Accounts accounts) {

    /**
     * Step one of sharing: only an existing coach account can be shared with (an address nobody has signed up with as a
     * coach is refused, so that whoever registers it later sees nothing), and the share waits, invisible to the coach,
     * until the candidate confirms the display name answered here ({@link #confirm}). With a coach already shared with
     * it only changes whether the timeline is included.
     */
    public ShareProposal propose(CandidateId candidate, @Nullable String coachEmail, boolean shareTimeline) {
        EmailAddress address = EmailAddress.parse("coachEmail", coachEmail);
        String name = coachNamed(address);
        CoachShareStatus status = commands.sendAndWait(
                new ProposeCoachShare(candidate, address.value(), shareTimeline, name));
        return new ShareProposal(address.value(), name, shareTimeline, status);
    }

    /**
     * Step two: the candidate confirms the coach's name they were shown. The share is shown to the coach only if that is
     * the coach account's current display name ({@link CoachNameMismatch} otherwise, and it stays pending); with
     * nothing pending for that address it is {@link org.followthrough.domain.shared.NotFound}. Confirming again is
     * harmless.
     */
    public CoachShareStatus confirm(CandidateId candidate, @Nullable String coachEmail, @Nullable String coachName) {
        EmailAddress address = EmailAddress.parse("coachEmail", coachEmail);
        @Nullable String current = accounts.byEmail(address).filter(account -> account.role() == Role.COACH)
                .map(Account::displayName).orElse(null);
        return commands.sendAndWait(new ConfirmCoachShare(candidate, address.value(), coachName, current));
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
        return jdbc.sql("""
                        SELECT coach_email, share_timeline, shared_at, status FROM coach_share WHERE candidate_id = ?
                        ORDER BY coach_email""")
                .param(candidate.value())
                .query((row, number) -> new CoachShare(row.getString("coach_email"), row.getBoolean("share_timeline"),
                        row.getTimestamp("shared_at").toInstant(), CoachShareStatus.valueOf(row.getString("status"))))
                .list();
    }

    /** The candidate's share (active or pending) with the coach at this address, however the address was typed. */
    public Optional<CoachShare> shareWith(CandidateId candidate, @Nullable String coachEmail) {
        String address = EmailAddress.parse("coachEmail", coachEmail).value();
        return sharesOf(candidate).stream().filter(share -> share.coachEmail().equals(address)).findFirst();
    }

    /**
     * The candidates who share with the coach signed in under {@code coachEmail}, by name: confirmed shares only, a
     * pending one shows the coach nothing. Every coach view (list, figures, timelines, exceptions) starts here.
     */
    public List<SharingCandidate> sharingWith(String coachEmail) {
        Map<UUID, CoachShare> shares = new HashMap<>();
        jdbc.sql("""
                        SELECT candidate_id, coach_email, share_timeline, shared_at FROM coach_share
                        WHERE coach_email = lower(?) AND status = 'ACTIVE'""")
                .param(coachEmail)
                .query(row -> {
                    shares.put(row.getObject("candidate_id", UUID.class), new CoachShare(row.getString("coach_email"),
                            row.getBoolean("share_timeline"), row.getTimestamp("shared_at").toInstant(),
                            CoachShareStatus.ACTIVE));
                });
        List<SharingCandidate> sharing = new ArrayList<>();
        accounts.displayNames(shares.keySet()).forEach((candidate, name) -> {
            CoachShare share = shares.get(candidate);
            sharing.add(new SharingCandidate(CandidateId.of(candidate), name, share.shareTimeline(), share.sharedAt()));
        });
        return sharing;
    }
}
