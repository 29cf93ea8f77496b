package org.followthrough.application.coaching;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.domain.candidate.RevokeCoachSharing;
import org.followthrough.domain.candidate.ShareWithCoach;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.EmailAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/**
 * The candidate's consent to show a coach their figures (and, if they say so, their timeline). Every coach view
 * asks here first, on every request: nothing is cached, so a revocation counts at once.
 */
@Service
public class CoachSharing {

    private final CommandGateway commands;
    private final JdbcClient jdbc;

    public CoachSharing(CommandGateway commands, JdbcClient jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    /** Returns the normalized address shared with. */
    public String share(CandidateId candidate, @Nullable String coachEmail, boolean shareTimeline) {
        String coach = EmailAddress.parse("coachEmail", coachEmail).value();
        commands.sendAndWait(new ShareWithCoach(candidate, coach, shareTimeline));
        return coach;
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

    /** The candidates who share with the coach signed in under {@code coachEmail}. */
    public List<SharingCandidate> sharingWith(String coachEmail) {
        return jdbc.sql("""
                        SELECT s.candidate_id, a.display_name, s.share_timeline, s.shared_at
                        FROM coach_share s JOIN account a ON a.id = s.candidate_id
                        WHERE s.coach_email = lower(?)
                        ORDER BY a.display_name, s.candidate_id""")
                .param(coachEmail)
                .query((row, number) -> new SharingCandidate(CandidateId.of(row.getObject("candidate_id", UUID.class)),
                        row.getString("display_name"), row.getBoolean("share_timeline"),
                        row.getTimestamp("shared_at").toInstant()))
                .list();
    }

    public boolean sharesTimeline(CandidateId candidate, String coachEmail) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM coach_share WHERE candidate_id = ? AND coach_email = lower(?) AND share_timeline)")
                .params(candidate.value(), coachEmail)
                .query(Boolean.class)
                .single();
    }
}
