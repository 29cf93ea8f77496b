package org.followthrough.application.dueactions;

import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.domain.followup.BusinessCalendar;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.followup.Advice;
import org.followthrough.domain.followup.FollowUpRules;
import org.followthrough.domain.followup.PublicHolidayCalendars;
import org.followthrough.domain.followup.PublicHolidays;
import org.followthrough.domain.followup.Weekend;
import org.followthrough.domain.opportunity.OpportunityHistory;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.OpportunityId;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The follow-up policy as it applies to one candidate: their calendar and numbers. The live projection and every
 * "as of" view run it through here, so past and present agree.
 */
@Component
public class CandidatePolicy {

    private final CandidateSettingsStore settings;
    private final PublicHolidayCalendars holidays;

    public CandidatePolicy(CandidateSettingsStore settings, PublicHolidayCalendars holidays) {
        this.settings = settings;
        this.holidays = holidays;
    }

    /** The candidate's calendar and numbers, read once for several computations. */
    public Applied of(CandidateId candidate) {
        Optional<CandidateSettings> found = settings.of(candidate);
        return new Applied(found.map(candidateSettings -> candidateSettings.calendar(holidays))
                .orElseGet(() -> new BusinessCalendar(ZoneOffset.UTC, Weekend.SATURDAY_SUNDAY, PublicHolidays.NONE)),
                found.map(CandidateSettings::policy).orElse(FollowUpPolicy.DEFAULTS));
    }

    /** A candidate's calendar and policy numbers. */
    public record Applied(BusinessCalendar calendar, FollowUpPolicy policy) {

        /** What was open on the opportunity at {@code at}, counting what had happened by then. */
        public List<DueAction> openAt(OpportunityId opportunity, OpportunityHistory history, Instant at) {
            return FollowUpRules.dueActions(opportunity, history, at, calendar, policy);
        }

        /** The actions and the reasons to wait on the opportunity, counting what had happened by {@code at}. */
        public Advice adviceAt(OpportunityId opportunity, OpportunityHistory history, Instant at) {
            return FollowUpRules.advice(opportunity, history, at, calendar, policy);
        }
    }
}
