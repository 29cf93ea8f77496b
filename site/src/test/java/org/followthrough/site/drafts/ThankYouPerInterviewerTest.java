package org.followthrough.site.drafts;

import org.followthrough.domain.drafts.DraftCheck;
import org.followthrough.domain.drafts.DraftContext;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.InterviewerNotes;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, items 12 and 13: each interviewer's thank-you is worded its own way and mentions what was discussed with
 * them, so that sending one never makes the other read as "the same text sent to another interviewer"; every draft
 * ends with the candidate's contact details.
 */
class ThankYouPerInterviewerTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Interviewer HANNAH = new Interviewer("Hannah Wright", "Engineering Manager", null);
    private static final Interviewer OLIVER = new Interviewer("Oliver Grant", null, null);
    private static final Interviewer PRIYA = new Interviewer("Priya Shah", null, null);

    private final DraftWriter writer = new DraftWriter();
    private final OpportunityId opportunity = OpportunityId.of(UUID.randomUUID());
    private final CandidateId candidate = CandidateId.of(UUID.randomUUID());
    private final InterviewId interviewId = InterviewId.of(UUID.randomUUID());
    private final InterviewHeld interview = new InterviewHeld(opportunity, candidate, interviewId, 2,
            Instant.parse("2026-06-24T09:00:00Z"), Instant.parse("2026-06-24T10:30:00Z"), List.of(HANNAH, OLIVER, PRIYA),
            DecisionTimeline.notStated());

    @Test
    void eachInterviewersDraftDiffersAndPassesTheChecksAfterTheOthersAreSent() {
        InterviewNotesRecorded notes = new InterviewNotesRecorded(opportunity, candidate, interviewId,
                "the system design part", null, null, null,
                List.of(new InterviewerNotes("Hannah Wright", "how her team moved billing to event sourcing."),
                        new InterviewerNotes("Oliver Grant", "the on-call rota and how incidents are reviewed.")),
                Instant.parse("2026-06-24T12:00:00Z"));
        String hannah = draft(HANNAH, notes);
        String oliver = draft(OLIVER, notes);
        String priya = draft(PRIYA, notes);

        assertThat(hannah).contains("event sourcing").doesNotContain("on-call");
        assertThat(oliver).contains("on-call").doesNotContain("event sourcing");
        assertThat(List.of(hannah, oliver, priya)).doesNotHaveDuplicates();
        assertThat(DraftCheck.check(oliver, context("Oliver Grant", List.of(
                new DraftContext.SentMessage(hannah, "Hannah Wright"))))).isEmpty();
        assertThat(DraftCheck.check(priya, context("Priya Shah", List.of(
                new DraftContext.SentMessage(hannah, "Hannah Wright"),
                new DraftContext.SentMessage(oliver, "Oliver Grant"))))).isEmpty();
    }

    @Test
    void evenWithoutNotesTheAppsOwnDraftsNeverReadAsTheSameText() {
        String hannah = draft(HANNAH, null);
        String oliver = draft(OLIVER, null);
        String priya = draft(PRIYA, null);

        assertThat(DraftCheck.check(oliver, context("Oliver Grant", List.of(
                new DraftContext.SentMessage(hannah, "Hannah Wright"))))).isEmpty();
        assertThat(DraftCheck.check(priya, context("Priya Shah", List.of(
                new DraftContext.SentMessage(hannah, "Hannah Wright"),
                new DraftContext.SentMessage(oliver, "Oliver Grant"))))).isEmpty();
    }

    @Test
    void theDraftEndsWithTheSignature() {
        Draft draft = writer.write(DraftModel.of(Rule.THANK_YOU, "Ada Lovelace", "Acme", "Backend Engineer", HANNAH,
                interview, null, null, null, null, 1, LONDON)
                .signedWith(List.of("+44 20 7946 0958", "ada@example.com", "https://www.linkedin.com/in/ada")));

        assertThat(draft.body()).endsWith("Ada Lovelace\n+44 20 7946 0958\nada@example.com\nhttps://www.linkedin.com/in/ada\n");
    }

    private String draft(Interviewer to, InterviewNotesRecorded notes) {
        return writer.write(DraftModel.of(Rule.THANK_YOU, "Ada Lovelace", "Acme", "Backend Engineer", to, interview,
                notes, null, null, null, 1, LONDON)).body();
    }

    private static DraftContext context(String recipient, List<DraftContext.SentMessage> sent) {
        return new DraftContext(Rule.THANK_YOU, "Acme", List.of("Hannah Wright", "Oliver Grant", "Priya Shah"), recipient,
                List.of(), List.of(), sent);
    }
}
