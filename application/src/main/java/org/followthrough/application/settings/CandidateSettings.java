package org.followthrough.application.settings;

import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.BusinessCalendar;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.followup.PublicHolidayCalendars;
import org.followthrough.domain.shared.CandidateId;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Where a candidate lives and the numbers of their follow-up policy (all the policy needs besides the events), and
 * whether and when (their time of day) they get the morning digest.
 */
public record CandidateSettings(CandidateId candidateId, ZoneId timeZone, Region region, FollowUpPolicy policy,
                                boolean digestEnabled, LocalTime digestTime) {

    public BusinessCalendar calendar(PublicHolidayCalendars holidays) {
        return holidays.calendar(timeZone, region);
    }
}
