package org.followthrough.site.forms;

import jakarta.validation.constraints.NotNull;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.CloseOpportunity;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityCommand;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.RecordCompetingOffer;
import org.followthrough.domain.opportunity.RecordFollowUp;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.opportunity.RecordInterviewNotes;
import org.followthrough.domain.opportunity.RecordRecruiterReply;
import org.followthrough.domain.opportunity.RecordThankYou;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.opportunity.ScheduleInterview;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the record forms send, typed: the browser's date, time and datetime-local fields (ISO) on the candidate's own
 * calendar, an empty "when" meaning now; choices as the domain's enums. Bean Validation checks the shape; each form
 * turns into its command, whose rules the domain checks.
 */
public final class RecordForms {

    private RecordForms() {
    }

    /** A form for a new entry of an opportunity: the command it stands for, and what the dashboard says once it is done. */
    public interface EntryForm {

        OpportunityCommand command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock);

        String done();
    }

    /** Where the pages show a form field's mistakes when they belong with a field of the command. */
    public static final Map<String, String> SHOWN_AS = Map.of("openedOn", "openedAt", "day", "endedAt", "endTime", "endedAt",
            "startTime", "startedAt", "decisionDate", "decision.date");

    private static Instant momentOrNow(@Nullable LocalDateTime typed, ZoneId zone, Clock clock) {
        return typed == null ? clock.instant() : typed.atZone(zone).toInstant();
    }

    public record OpportunityForm(@Nullable String company, @Nullable String role,
                           @Nullable LocalDate openedOn) {

        /** A day means its noon, but never later than now. */
        public @Nullable Instant openedAt(ZoneId zone, Clock clock) {
            if (openedOn == null) {
                return null;
            }
            Instant noon = openedOn.atTime(LocalTime.NOON).atZone(zone).toInstant();
            return noon.isAfter(clock.instant()) ? clock.instant() : noon;
        }
    }

    /** An interview still to come: its day and time, and who the candidate will meet. */
    public record ScheduledInterviewForm(@NotNull(message = "is required") LocalDate day,
                                         @NotNull(message = "give the time it starts") LocalTime startTime,
                                         @Nullable LocalTime endTime, @Nullable Integer round,
                                         @Nullable String name0, @Nullable String title0, @Nullable String email0,
                                         @Nullable String name1, @Nullable String title1, @Nullable String email1,
                                         @Nullable String name2, @Nullable String title2, @Nullable String email2,
                                         @Nullable String name3, @Nullable String title3, @Nullable String email3)
            implements EntryForm {

        @Override
        public String done() {
            return "Recorded the upcoming interview. The day before, the list reminds you to prepare your questions.";
        }

        @Override
        public ScheduleInterview command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock) {
            List<Interviewer> people = new InterviewForm(day, startTime, endTime == null ? startTime : endTime, round,
                    name0, title0, email0, name1, title1, email1, name2, title2, email2, name3, title3, email3, null, null,
                    null).interviewers();
            return new ScheduleInterview(opportunity, candidate, InterviewId.of(UUID.randomUUID()), round,
                    day.atTime(startTime).atZone(zone).toInstant(),
                    endTime == null ? null : day.atTime(endTime).atZone(zone).toInstant(), people, null);
        }
    }

    public record InterviewForm(@NotNull(message = "is required") LocalDate day,
                         @Nullable LocalTime startTime,
                         @NotNull(message = "give the time the interview ended") LocalTime endTime,
                         @Nullable Integer round,
                         @Nullable String name0, @Nullable String title0, @Nullable String email0,
                         @Nullable String name1, @Nullable String title1, @Nullable String email1,
                         @Nullable String name2, @Nullable String title2, @Nullable String email2,
                         @Nullable String name3, @Nullable String title3, @Nullable String email3,
                         DecisionTimeline.@Nullable Kind decision,
                         @Nullable LocalDate decisionDate, @Nullable UUID interviewId) implements EntryForm {

        @Override
        public String done() {
            return "Recorded the interview. Here is what to do next.";
        }

        @Override
        public RecordInterview command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock) {
            DecisionTimeline.Kind kind = decision == null ? DecisionTimeline.Kind.NONE : decision;
            if (kind == DecisionTimeline.Kind.DATE && decisionDate == null) {
                throw new RuleViolation("decision.date", "give the date they named, or choose another answer");
            }
            // a scheduled interview recorded as held keeps its id
            return new RecordInterview(opportunity, candidate,
                    InterviewId.of(interviewId == null ? UUID.randomUUID() : interviewId), round,
                    startTime == null ? null : day.atTime(startTime).atZone(zone).toInstant(),
                    day.atTime(endTime).atZone(zone).toInstant(), interviewers(),
                    kind == DecisionTimeline.Kind.DATE ? DecisionTimeline.by(decisionDate) : new DecisionTimeline(kind, null),
                    zone);
        }

        /** The rows with a name; the others were left empty. */
        private List<Interviewer> interviewers() {
            String[][] rows = {{name0, title0, email0}, {name1, title1, email1}, {name2, title2, email2},
                    {name3, title3, email3}};
            List<Interviewer> people = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                String[] row = rows[i];
                if (row[0] != null && !row[0].isBlank()) {
                    try {
                        people.add(new Interviewer(row[0], row[1], row[2]));
                    } catch (RuleViolation violation) {
                        throw new RuleViolation("interviewers", "Person " + (i + 1) + ": the " + violation.field() + " "
                                + violation.getMessage());
                    }
                }
            }
            return people;
        }
    }

    public record NotesForm(@NotNull(message = "is required") UUID interviewId, @Nullable String wentWell,
                     @Nullable String wentBadly, @Nullable String stoodOut, @Nullable String forgot) implements EntryForm {

        @Override
        public String done() {
            return "Saved your notes.";
        }

        @Override
        public RecordInterviewNotes command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock) {
            return new RecordInterviewNotes(opportunity, candidate, InterviewId.of(interviewId), wentWell,
                    wentBadly, stoodOut, forgot);
        }
    }

    public record ThankYouForm(@NotNull(message = "is required") UUID interviewId, @Nullable String interviewer,
                        @Nullable Channel channel, @Nullable LocalDateTime sentAt,
                        @Nullable String message) implements EntryForm {

        @Override
        public String done() {
            return "Recorded your thank-you to " + (interviewer == null ? "them" : interviewer) + ".";
        }

        @Override
        public RecordThankYou command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock) {
            return new RecordThankYou(opportunity, candidate, InterviewId.of(interviewId), interviewer,
                    channel == null ? Channel.EMAIL : channel, momentOrNow(sentAt, zone, clock), message);
        }
    }

    public record FollowUpForm(@NotNull(message = "choose one") FollowUpPurpose purpose, @Nullable Channel channel,
                        @Nullable LocalDateTime sentAt,
                        @Nullable String recipient, @Nullable String message) implements EntryForm {

        @Override
        public String done() {
            return "Recorded your follow-up.";
        }

        @Override
        public RecordFollowUp command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock) {
            return new RecordFollowUp(opportunity, candidate, purpose, channel == null ? Channel.EMAIL : channel,
                    momentOrNow(sentAt, zone, clock), recipient, message);
        }
    }

    public record ReplyForm(@NotNull(message = "choose one") ReplyKind kind,
                     @Nullable LocalDateTime receivedAt, @Nullable String note) implements EntryForm {

        @Override
        public String done() {
            return "Recorded their reply.";
        }

        @Override
        public RecordRecruiterReply command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock) {
            return new RecordRecruiterReply(opportunity, candidate, kind,
                    momentOrNow(receivedAt, zone, clock), note);
        }
    }

    public record OfferForm(@Nullable LocalDateTime receivedAt,
                     @NotNull(message = "is required") LocalDate respondBy) implements EntryForm {

        @Override
        public String done() {
            return "Recorded the other offer.";
        }

        @Override
        public RecordCompetingOffer command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock) {
            return new RecordCompetingOffer(opportunity, candidate, momentOrNow(receivedAt, zone, clock),
                    respondBy, zone);
        }
    }

    public record CloseForm(@NotNull(message = "choose one") Outcome outcome) implements EntryForm {

        @Override
        public String done() {
            return "Closed it. On to the next one.";
        }

        @Override
        public CloseOpportunity command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock) {
            return new CloseOpportunity(opportunity, candidate, outcome, clock.instant());
        }
    }
}
