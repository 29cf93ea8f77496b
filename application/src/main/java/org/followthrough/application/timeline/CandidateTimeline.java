package org.followthrough.application.timeline;

import org.followthrough.domain.shared.Basis;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the candidate-timeline projection answers: every question about {@code timeline_entry} and
 * {@code timeline_opportunity} goes through here, always scoped to one candidate (or, for a coach, to those sharing).
 */
public interface CandidateTimeline {

    /** A page of entries as they stood at the query's moment, newest first. */
    TimelinePage page(FetchTimeline query);

    /** Every entry of some of the candidate's opportunities as they stood then, each opportunity in stream order. */
    List<TimelineEntry> entries(FetchOpportunityEntries query);

    /** Every entry of all the candidate's opportunities as they stood at {@code at}, each opportunity in stream order. */
    List<TimelineEntry> allEntries(CandidateId candidate, Instant at, Basis basis);

    /** The candidate's opportunities, most recently opened first. */
    List<OpportunitySummary> opportunities(CandidateId candidate);

    /**
     * Up to {@code limit} of the candidate's opportunities in the order of {@link #opportunities(CandidateId)}, those
     * after {@code after} (the last of the previous page) when given.
     */
    default List<OpportunitySummary> opportunities(CandidateId candidate, @Nullable OpportunityPosition after, int limit) {
        return opportunities(candidate).stream()
                .filter(summary -> after == null || summary.openedAt().isBefore(after.openedAt())
                        || summary.openedAt().equals(after.openedAt())
                        && summary.opportunityId().value().compareTo(after.opportunityId().value()) > 0)
                .limit(limit)
                .toList();
    }

    /** One of the candidate's opportunities; empty for one that does not exist or is someone else's. */
    default Optional<OpportunitySummary> opportunity(CandidateId candidate, OpportunityId opportunity) {
        return opportunities(candidate).stream().filter(summary -> summary.opportunityId().equals(opportunity)).findFirst();
    }

    /** The candidate's opportunities, first opened first. */
    List<OpportunityId> opportunityIdsOldestFirst(CandidateId candidate);

    boolean hasOpportunities(CandidateId candidate);

    /** The companies of the candidate's other opportunities. */
    List<String> companiesBesides(CandidateId candidate, OpportunityId opportunity);

    /** The names of the people who interviewed the candidate in their other opportunities (entries that still count). */
    List<String> interviewersBesides(CandidateId candidate, OpportunityId opportunity);

    /**
     * Per candidate, the employers' stated days that went by with no check-in and no reply since, on opportunities still
     * open: how many, and the earliest.
     */
    List<CandidateTally> decisionDaysPassedWithoutCheckIn(List<CandidateId> candidates, Instant now);

    /** The candidates with an open opportunity whose last entry (of their own) is older than {@code quietSince}. */
    List<CandidateTally> quietSince(List<CandidateId> candidates, Instant quietSince);

    /** How many of something one candidate has, and since when. */
    record CandidateTally(CandidateId candidateId, int count, Instant since) {
    }
}
