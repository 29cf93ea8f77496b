package org.followthrough.site.forms;

import jakarta.validation.constraints.NotNull;
import org.followthrough.domain.opportunity.CancelInterview;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.CloseOpportunity;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.InterviewerNotes;
import org.followthrough.domain.opportunity.OpportunityCommand;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.RecordCompetingOffer;
import org.followthrough.domain.opportunity.RecordConnection;
import org.followthrough.domain.opportunity.RecordDecisionTimelineChange;
import org.followthrough.domain.opportunity.RecordFollowUp;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.opportunity.RecordInterviewNotes;
import org.followthrough.domain.opportunity.RecordRecruiterReply;
import org.followthrough.domain.opportunity.RecordThankYou;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.opportunity.RescheduleInterview;
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
import java.util.Objects;
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

    /** A scheduled interview's day and times belong with its start and end. */
    private static final Map<String, String> SCHEDULED_SHOWN_AS = Map.of("day", "startsAt", "startTime", "startsAt",
            "endTime", "endsAt");

    /** Where a form's field mistakes are shown, by the form's view. */
    public static Map<String, String> shownAs(String view) {
        return view.equals("record/scheduled-interview") || view.equals("record/reschedule") ? SCHEDULED_SHOWN_AS
                : SHOWN_AS;
    }

    /** The decision as the interview and decision-change forms ask it: a date is required when they named one. */
    private static DecisionTimeline timeline(DecisionTimeline.@Nullable Kind decision, @Nullable LocalDate decisionDate) {
        DecisionTimeline.Kind kind = decision == null ? DecisionTimeline.Kind.NONE : decision;
        if (kind == DecisionTimeline.Kind.DATE && decisionDate == null) {
            throw new RuleViolation("decision.date", "give the date they named, or choose another answer");
        }
        return kind == DecisionTimeline.Kind.DATE ? DecisionTimeline.by(decisionDate) : new DecisionTimeline(kind, null);
    }

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
            DecisionTimeline said = timeline(decision, decisionDate);
            // a scheduled interview recorded as held keeps its id
            return new RecordInterview(opportunity, candidate,
                    InterviewId.of(interviewId == null ? UUID.randomUUID() : interviewId), round,
                    startTime == null ? null : day.atTime(startTime).atZone(zone).toInstant(),
                    day.atTime(endTime).atZone(zone).toInstant(), interviewers(), said, zone);
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

    /**
     * Notes on an interview, and on what was discussed with each interviewer: {@code aboutWhom} and {@code aboutNotes}
     * come in pairs, one per interviewer of the interview (a name, and what was said with them; left empty, nothing).
     */
    public record NotesForm(@NotNull(message = "is required") UUID interviewId, @Nullable String wentWell,
                     @Nullable String wentBadly, @Nullable String stoodOut, @Nullable String forgot,
                     @Nullable List<String> aboutWhom, @Nullable List<String> aboutNotes) implements EntryForm {

        @Override
        public String done() {
            return "Saved your notes.";
        }

        @Override
        public RecordInterviewNotes command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock) {
            return new RecordInterviewNotes(opportunity, candidate, InterviewId.of(interviewId), wentWell,
                    wentBadly, stoodOut, forgot, perInterviewer());
        }

        /** The interviewers with something written about them; a mistake is named by the field's place on the form. */
        private List<InterviewerNotes> perInterviewer() {
            List<String> names = aboutWhom == null ? List.of() : aboutWhom;
            List<String> notes = aboutNotes == null ? List.of() : aboutNotes;
            if (names.size() != notes.size()) {
                throw new RuleViolation("perInterviewer", "the notes per interviewer did not arrive in pairs; send the form again");
            }
            List<InterviewerNotes> written = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (notes.get(i) != null && !notes.get(i).isBlank()) {
                    try {
                        written.add(new InterviewerNotes(names.get(i), notes.get(i)));
                    } catch (RuleViolation violation) {
                        throw violation.within("perInterviewer[" + i + "]");
                    }
                }
            }
            return written;
        }
    }

    public record ThankYouForm(@NotNull(message = "is required") UUID interviewId, @Nullable String interviewer,
                        @Nullable Channel channel, @Nullable LocalDateTime sentAt,
                        @Nullable String message, @Nullable Boolean askedAboutNextSteps) implements EntryForm {

        @Override
        public String done() {
            return "Recorded your thank-you to " + (interviewer == null ? "them" : interviewer) + ".";
        }

        @Override
        public RecordThankYou command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock) {
            return new RecordThankYou(opportunity, candidate, InterviewId.of(interviewId), interviewer,
                    channel == null ? Channel.EMAIL : channel, momentOrNow(sentAt, zone, clock), message,
                    Boolean.TRUE.equals(askedAboutNextSteps));
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

    /** A scheduled interview moved: its new day and times ({@code interviewId} comes from the address). */
    public record RescheduleForm(@Nullable UUID interviewId, @NotNull(message = "is required") LocalDate day,
                                 @NotNull(message = "give the time it starts") LocalTime startTime,
                                 @Nullable LocalTime endTime) implements EntryForm {

        @Override
        public String done() {
            return "Moved the interview. The reminder to prepare follows the new day.";
        }

        @Override
        public RescheduleInterview command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock) {
            return new RescheduleInterview(opportunity, candidate, InterviewId.of(Objects.requireNonNull(interviewId)),
                    day.atTime(startTime).atZone(zone).toInstant(),
                    endTime == null ? null : day.atTime(endTime).atZone(zone).toInstant(), null);
        }
    }

    /** A scheduled interview called off, with an optional reason ({@code interviewId} comes from the address). */
    public record CancelForm(@Nullable UUID interviewId, @Nullable String reason) implements EntryForm {

        @Override
        public String done() {
            return "Cancelled the interview; its reminders are gone.";
        }

        @Override
        public CancelInterview command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock) {
            return new CancelInterview(opportunity, candidate, InterviewId.of(Objects.requireNonNull(interviewId)),
                    reason == null || reason.isBlank() ? null : reason, null);
        }
    }

    /** The employer moved their date for an interview: what they now say, asked as on the interview form. */
    public record DecisionChangeForm(@NotNull(message = "is required") UUID interviewId,
                                     @NotNull(message = "choose one") DecisionTimeline.Kind decision,
                                     @Nullable LocalDate decisionDate, @Nullable LocalDateTime toldAt)
            implements EntryForm {

        @Override
        public String done() {
            return "Recorded their new timeline. The check-in follows it.";
        }

        @Override
        public RecordDecisionTimelineChange command(CandidateId candidate, ZoneId zone, OpportunityId opportunity,
                                                    Clock clock) {
            return new RecordDecisionTimelineChange(opportunity, candidate, InterviewId.of(interviewId),
                    timeline(decision, decisionDate), momentOrNow(toldAt, zone, clock), zone);
        }
    }

    /** A LinkedIn connection with someone from the process: its own entry, not a follow-up. */
    public record ConnectionForm(@Nullable String person, @Nullable LocalDateTime connectedAt) implements EntryForm {

        @Override
        public String done() {
            return "Recorded the connection with " + (person == null ? "them" : person.strip()) + ".";
        }

        @Override
        public RecordConnection command(CandidateId candidate, ZoneId zone, OpportunityId opportunity, Clock clock) {
            return new RecordConnection(opportunity, candidate, person, momentOrNow(connectedAt, zone, clock));
        }
    }
}
