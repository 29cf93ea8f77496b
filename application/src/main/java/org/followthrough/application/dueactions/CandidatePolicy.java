package org.followthrough.application.dueactions;

import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.application.settings.SettingsHistory;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-up policy as it applies to one candidate: their calendar and numbers. The live projection and every
 * "as of" view run it through here, so past and present agree.
 */
@Component
public record CandidatePolicy(CandidateSettingsStore settings, PublicHolidayCalendars holidays, SettingsHistory history) {

    /**
     * The candidate's calendar and numbers as they stood at each moment asked about, for the "as of" views: their
     * settings' history read once. A candidate with no settings history in the store gets today's settings.
     */
    public AsItStood asItStood(CandidateId candidate) {
        SettingsHistory.AsTheyStood stood = history.of(candidate);
        if (stood.versions().isEmpty()) {
            Applied today = of(candidate);
            return at -> today;
        }
        Map<SettingsHistory.Version, Applied> applied = new HashMap<>();
        return at -> applied.computeIfAbsent(stood.at(at).orElseThrow(), version ->
                new Applied(holidays.calendar(version.timeZone(), version.region()), version.policy()));
    }

    /**
     * The time zone the candidate lived in at {@code at}: an "as of" view reads and shows its days and times in it.
     * Empty for a candidate the app has no settings of.
     */
    public Optional<ZoneId> zoneAt(CandidateId candidate, Instant at) {
        Optional<SettingsHistory.Version> then = history.of(candidate).at(at);
        return then.isPresent() ? then.map(SettingsHistory.Version::timeZone)
                : settings.of(candidate).map(CandidateSettings::timeZone);
    }

    /** The candidate's calendar and numbers at a given moment. */
    @FunctionalInterface
    public interface AsItStood {

        Applied at(Instant at);
    }

    /** The candidate's calendar and numbers today (the live views' fast path), read once for several computations. */
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
