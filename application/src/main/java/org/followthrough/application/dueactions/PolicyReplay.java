package org.followthrough.application.dueactions;

import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.domain.followup.BusinessCalendar;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.FollowUpPolicy;
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
 * Runs the follow-up policy over a history as it stood at some moment, with the candidate's calendar and numbers:
 * what was open then. The same function the live projection runs, so past and present agree.
 */
@Component
public class PolicyReplay {

    private final CandidateSettingsStore settings;
    private final PublicHolidayCalendars holidays;

    public PolicyReplay(CandidateSettingsStore settings, PublicHolidayCalendars holidays) {
        this.settings = settings;
        this.holidays = holidays;
    }

    /** The candidate's calendar and numbers, once, for several computations. */
    public Context contextFor(CandidateId candidate) {
        Optional<CandidateSettings> found = settings.of(candidate);
        return new Context(found.map(candidateSettings -> candidateSettings.calendar(holidays))
                .orElseGet(() -> new BusinessCalendar(ZoneOffset.UTC, Weekend.SATURDAY_SUNDAY, PublicHolidays.NONE)),
                found.map(CandidateSettings::policy).orElse(FollowUpPolicy.DEFAULTS));
    }

    /** A candidate's calendar and policy numbers. */
    public record Context(BusinessCalendar calendar, FollowUpPolicy policy) {

        public List<DueAction> openAt(OpportunityId opportunity, OpportunityHistory history, Instant at) {
            return FollowUpRules.dueActions(opportunity, history, at, calendar, policy);
        }
    }
}
