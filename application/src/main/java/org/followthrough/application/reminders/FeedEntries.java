package org.followthrough.application.reminders;

import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.timeline.CandidateTimeline;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.opportunity.OpportunityState;
import org.followthrough.domain.opportunity.OpportunityStreams;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a candidate's calendar feed lists: their open actions that are not missed yet, and the interviews scheduled on
 * their open opportunities. {@link CalendarFeeds} serves them, versioned, to whoever holds the feed's address.
 */
@Component
record FeedEntries(DueActions dueActions, CandidateTimeline timeline, OpportunityStreams streams, Clock clock) {

    /** How long a due action at an instant is shown in a calendar: a short reminder, not a meeting. */
    static final Duration ACTION_LENGTH = Duration.ofMinutes(30);
    /** A scheduled interview with no stated end: an hour, as the policy assumes too. */
    static final Duration INTERVIEW_LENGTH = Duration.ofHours(1);

    /** {@code baseUrl}: where the entries link to. */
    List<FeedEntry> of(CandidateId candidate, String baseUrl) {
        List<FeedEntry> entries = new ArrayList<>();
        Instant now = clock.instant();
        for (DueActionView view : dueActions.open(candidate)) {
            if (!view.action().isMissedAt(now)) { // a missed action no longer belongs in a calendar
                entries.add(entryOf(view, baseUrl));
            }
        }
        entries.addAll(interviews(candidate, baseUrl));
        return entries;
    }

    private static FeedEntry entryOf(DueActionView view, String baseUrl) {
        DueAction action = view.action();
        String uid = "action-" + action.opportunityId() + "-"
                + HexFormat.of().formatHex(FeedEntry.sha256(action.key().getBytes(StandardCharsets.UTF_8)), 0, 12)
                + "@followthrough";
        String url = baseUrl.replaceAll("/+$", "") + "/opportunities/" + action.opportunityId();
        String summary = action.action() + " (" + view.company() + ")";
        String description = action.explanation() + "\n\n" + url;
        return action.dueOn() != null
                ? FeedEntry.allDay(uid, summary, description, url, action.dueOn())
                : FeedEntry.timed(uid, summary, description, url, Objects.requireNonNull(action.dueAt()),
                ACTION_LENGTH);
    }

    /** The interviews scheduled and neither held nor called off, on the candidate's open opportunities. */
    private List<FeedEntry> interviews(CandidateId candidate, String baseUrl) {
        List<OpportunityId> ids = timeline.opportunityIdsOldestFirst(candidate);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (Map.Entry<OpportunityId, List<OpportunityEvent>> stream : streams.read(ids).entrySet()) {
            if (stream.getValue().isEmpty()) {
                continue;
            }
            OpportunityState state = OpportunityHistory.of(stream.getValue()).state();
            if (state.isClosed() || !state.owner().equals(candidate)) {
                continue;
            }
            String url = baseUrl.replaceAll("/+$", "") + "/opportunities/" + state.id();
            for (InterviewId interviewId : state.scheduled().keySet()) {
                state.pending(interviewId).ifPresent(interview -> {
                    Duration length = interview.endsAt() == null ? INTERVIEW_LENGTH
                            : Duration.between(interview.startsAt(), interview.endsAt());
                    String who = interview.announced().interviewers().isEmpty() ? ""
                            : " with " + String.join(", ", interview.announced().interviewers().stream()
                            .map(Interviewer::name).toList());
                    entries.add(FeedEntry.timed("interview-" + interviewId + "@followthrough",
                            "Interview: " + state.role() + " at " + state.company(),
                            "Round " + interview.announced().round() + who + ".\n\n" + url, url,
                            interview.startsAt(), length.isNegative() || length.isZero() ? INTERVIEW_LENGTH : length));
                });
            }
        }
        entries.sort(Comparator.comparing(FeedEntry::uid));
        return entries;
    }
}
