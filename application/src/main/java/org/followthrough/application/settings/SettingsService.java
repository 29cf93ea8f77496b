package org.followthrough.application.settings;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.accounts.Zones;
import org.followthrough.domain.candidate.ChangeCandidateSettings;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.followup.PublicHolidayCalendars;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.RuleViolation;
import org.followthrough.domain.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneId;

/** Changes a candidate's time zone, region and policy numbers; the event and the sign-in record change together. */
@Service
public class SettingsService {

    private final CommandGateway commands;
    private final CandidateSettingsStore store;
    private final PublicHolidayCalendars holidays;
    private final Accounts accounts;

    public SettingsService(CommandGateway commands, CandidateSettingsStore store, PublicHolidayCalendars holidays,
                           Accounts accounts) {
        this.commands = commands;
        this.store = store;
        this.holidays = holidays;
        this.accounts = accounts;
    }

    public CandidateSettings current(CandidateId candidate) {
        return store.of(candidate).orElseThrow(() -> new NotFound("settings of " + candidate));
    }

    @Transactional
    public CandidateSettings change(CandidateId candidate, @Nullable String timeZone, @Nullable String region,
                                    FollowUpPolicy policy) {
        ZoneId zone = Zones.require("timeZone", timeZone);
        Region where = Region.parse(Text.LINE.upTo(10).required("region", region));
        holidays.problemWith(where).ifPresent(problem -> {
            throw new RuleViolation("region", problem);
        });
        commands.sendAndWait(new ChangeCandidateSettings(candidate, zone, where, policy));
        accounts.moved(candidate, zone, where);
        return current(candidate);
    }
}
