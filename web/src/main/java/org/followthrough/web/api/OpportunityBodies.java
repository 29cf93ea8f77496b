package org.followthrough.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.followthrough.domain.opportunity.CancelInterview;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.CloseOpportunity;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.InterviewerNotes;
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
import org.followthrough.domain.opportunity.RetractEntry;
import org.followthrough.domain.opportunity.ScheduleInterview;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The JSON bodies {@link OpportunityApi} takes, each with the command it stands for. Text fields are checked by the
 * domain's text rules, the same for every way in; the bodies check shapes.
 */
final class OpportunityBodies {

    private OpportunityBodies() {
    }

    record OpenBody(@NotNull String company, @NotNull String role, @Nullable OffsetDateTime openedAt) {
    }

    record InterviewerBody(@NotNull String name, @Nullable String title, @Nullable String email) {

        Interviewer toInterviewer() {
            return new Interviewer(name, title, email);
        }
    }

    record DecisionBody(@NotNull DecisionTimeline.Kind kind, @Nullable LocalDate date) {

        DecisionTimeline toTimeline() {
            return new DecisionTimeline(kind, date);
        }
    }

    record InterviewBody(@Nullable UUID interviewId, @Nullable OffsetDateTime startedAt, @NotNull OffsetDateTime endedAt,
                         @Nullable @Min(1) @Max(20) Integer round,
                         @Nullable @Size(max = 20) List<@Valid @NotNull InterviewerBody> interviewers,
                         @Nullable @Valid DecisionBody decision) {

        /** {@code interview}: the id given, or a new one. */
        RecordInterview toCommand(OpportunityId opportunity, CandidateId candidate, InterviewId interview, ZoneId zone) {
            return new RecordInterview(opportunity, candidate, interview, round, ApiTimes.instant(startedAt),
                    endedAt.toInstant(), each("interviewers", interviewers, InterviewerBody::toInterviewer),
                    decision == null ? DecisionTimeline.notStated() : decision.toTimeline(), zone);
        }
    }

    record ScheduledInterviewBody(@NotNull OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt,
                                  @Nullable @Min(1) @Max(20) Integer round,
                                  @Nullable @Size(max = 20) List<@Valid @NotNull InterviewerBody> interviewers,
                                  @Nullable OffsetDateTime scheduledAt) {

        ScheduleInterview toCommand(OpportunityId opportunity, CandidateId candidate, InterviewId interview) {
            return new ScheduleInterview(opportunity, candidate, interview, round, startsAt.toInstant(),
                    ApiTimes.instant(endsAt), each("interviewers", interviewers, InterviewerBody::toInterviewer),
                    ApiTimes.instant(scheduledAt));
        }
    }

    record RescheduleBody(@NotNull OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt,
                          @Nullable OffsetDateTime rescheduledAt) {

        RescheduleInterview toCommand(OpportunityId opportunity, CandidateId candidate, InterviewId interview) {
            return new RescheduleInterview(opportunity, candidate, interview, startsAt.toInstant(),
                    ApiTimes.instant(endsAt), ApiTimes.instant(rescheduledAt));
        }
    }

    record CancelBody(@Nullable String reason, @Nullable OffsetDateTime cancelledAt) {

        CancelInterview toCommand(OpportunityId opportunity, CandidateId candidate, InterviewId interview) {
            return new CancelInterview(opportunity, candidate, interview, reason, ApiTimes.instant(cancelledAt));
        }
    }

    record DecisionChangeBody(@NotNull UUID interviewId, @NotNull @Valid DecisionBody decision,
                              @NotNull OffsetDateTime toldAt) {

        RecordDecisionTimelineChange toCommand(OpportunityId opportunity, CandidateId candidate, ZoneId zone) {
            return new RecordDecisionTimelineChange(opportunity, candidate, InterviewId.of(interviewId),
                    decision.toTimeline(), toldAt.toInstant(), zone);
        }
    }

    record ConnectionBody(@NotNull String person, @NotNull OffsetDateTime connectedAt) {

        RecordConnection toCommand(OpportunityId opportunity, CandidateId candidate) {
            return new RecordConnection(opportunity, candidate, person, connectedAt.toInstant());
        }
    }

    record InterviewerNotesBody(@NotNull String interviewer, @NotNull String notes) {

        InterviewerNotes toNotes() {
            return new InterviewerNotes(interviewer, notes);
        }
    }

    record NotesBody(@NotNull UUID interviewId, @Nullable String wentWell, @Nullable String wentBadly,
                     @Nullable String stoodOut, @Nullable String forgot,
                     @Nullable @Size(max = 20) List<@Valid @NotNull InterviewerNotesBody> perInterviewer) {

        RecordInterviewNotes toCommand(OpportunityId opportunity, CandidateId candidate) {
            return new RecordInterviewNotes(opportunity, candidate, InterviewId.of(interviewId), wentWell, wentBadly,
                    stoodOut, forgot, each("perInterviewer", perInterviewer, InterviewerNotesBody::toNotes));
        }
    }

    record ThankYouBody(@NotNull UUID interviewId, @NotNull String interviewer, @NotNull Channel channel,
                        @NotNull OffsetDateTime sentAt, @Nullable String message,
                        @Nullable Boolean askedAboutNextSteps) {

        RecordThankYou toCommand(OpportunityId opportunity, CandidateId candidate) {
            return new RecordThankYou(opportunity, candidate, InterviewId.of(interviewId), interviewer, channel,
                    sentAt.toInstant(), message, Boolean.TRUE.equals(askedAboutNextSteps));
        }
    }

    record FollowUpBody(@NotNull FollowUpPurpose purpose, @NotNull Channel channel, @NotNull OffsetDateTime sentAt,
                        @Nullable String recipient, @Nullable String message) {

        RecordFollowUp toCommand(OpportunityId opportunity, CandidateId candidate) {
            return new RecordFollowUp(opportunity, candidate, purpose, channel, sentAt.toInstant(), recipient, message);
        }
    }

    record ReplyBody(@NotNull OffsetDateTime receivedAt, @NotNull ReplyKind kind, @Nullable String note) {

        RecordRecruiterReply toCommand(OpportunityId opportunity, CandidateId candidate) {
            return new RecordRecruiterReply(opportunity, candidate, kind, receivedAt.toInstant(), note);
        }
    }

    record CompetingOfferBody(@NotNull OffsetDateTime receivedAt, @NotNull LocalDate respondBy) {

        RecordCompetingOffer toCommand(OpportunityId opportunity, CandidateId candidate, ZoneId zone) {
            return new RecordCompetingOffer(opportunity, candidate, receivedAt.toInstant(), respondBy, zone);
        }
    }

    record CloseBody(@NotNull Outcome outcome, @Nullable OffsetDateTime at) {

        /** Closed now when {@code at} is left out. */
        CloseOpportunity toCommand(OpportunityId opportunity, CandidateId candidate, Clock clock) {
            return new CloseOpportunity(opportunity, candidate, outcome, at == null ? clock.instant() : at.toInstant());
        }
    }

    record CorrectionBody(@NotNull @PositiveOrZero Long sequence, @Nullable String reason) {

        RetractEntry toCommand(OpportunityId opportunity, CandidateId candidate) {
            return new RetractEntry(opportunity, candidate, sequence, reason);
        }
    }

    /** Each item of a list mapped; a rule an item breaks is named by its place ({@code interviewers[1].email}). */
    private static <B, T> List<T> each(String list, @Nullable List<B> items, Function<B, T> map) {
        List<T> mapped = new ArrayList<>();
        for (B item : items == null ? List.<B>of() : items) {
            try {
                mapped.add(map.apply(item));
            } catch (RuleViolation violation) {
                throw violation.within(list + "[" + mapped.size() + "]");
            }
        }
        return mapped;
    }
}
