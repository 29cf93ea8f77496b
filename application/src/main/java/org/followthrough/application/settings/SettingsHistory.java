package org.followthrough.application.settings;

import org.followthrough.domain.candidate.CandidateEvent;
import org.followthrough.domain.candidate.CandidateRegistered;
import org.followthrough.domain.candidate.CandidateSettingsChanged;
import org.followthrough.domain.candidate.CandidateStreams;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.shared.CandidateId;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A candidate's time zone, region and policy numbers as they stood at any moment, from their own event stream (the
 * projection keeps only today's). Settings are never backdated: a change holds from the moment it was recorded, so
 * "what had happened by then" and "what the app had been told by then" read the same settings.
 */
@Component
public class SettingsHistory {

    private final CandidateStreams streams;

    public SettingsHistory(CandidateStreams streams) {
        this.streams = streams;
    }

    /** The candidate's settings over time, read once to be asked about many moments. */
    public AsTheyStood of(CandidateId candidate) {
        return AsTheyStood.of(streams.streamOf(candidate));
    }

    /** The settings from one moment on, until the next change. */
    public record Version(Instant since, ZoneId timeZone, Region region, FollowUpPolicy policy) {
    }

    /** Every version of a candidate's settings, oldest first; none for a candidate the store has no stream of. */
    public record AsTheyStood(List<Version> versions) {

        public AsTheyStood {
            versions = List.copyOf(versions);
        }

        public static AsTheyStood of(List<CandidateEvent> stream) {
            List<Version> versions = new ArrayList<>();
            for (CandidateEvent event : stream) {
                switch (event) {
                    case CandidateRegistered registered -> versions.add(new Version(registered.registeredAt(),
                            registered.timeZone(), registered.region(), FollowUpPolicy.DEFAULTS));
                    case CandidateSettingsChanged changed -> versions.add(new Version(changed.changedAt(),
                            changed.timeZone(), changed.region(), changed.policy()));
                    default -> {
                        // signature, digest, sharing and erasure do not change the calendar or the numbers
                    }
                }
            }
            return new AsTheyStood(versions);
        }

        /**
         * The settings in force at {@code at}: the last change made by then; before the candidate registered, the
         * settings they registered with (nothing older exists).
         */
        public Optional<Version> at(Instant at) {
            Version found = versions.isEmpty() ? null : versions.getFirst();
            for (Version version : versions) {
                if (!version.since().isAfter(at)) {
                    found = version;
                }
            }
            return Optional.ofNullable(found);
        }
    }
}
