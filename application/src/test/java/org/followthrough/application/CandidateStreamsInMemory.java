package org.followthrough.application;

import org.followthrough.application.settings.SettingsHistory;
import org.followthrough.domain.candidate.CandidateEvent;
import org.followthrough.domain.candidate.CandidateStreams;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Candidates' streams as the store would hold them, for the services' tests; none unless a test records some. */
public final class CandidateStreamsInMemory implements CandidateStreams {

    private final List<CandidateEvent> events = new ArrayList<>();

    /** A settings history with no candidate in it: every "as of" view falls back to today's settings. */
    public static SettingsHistory noHistory() {
        return new SettingsHistory(new CandidateStreamsInMemory());
    }

    public CandidateStreamsInMemory record(CandidateEvent event) {
        events.add(event);
        return this;
    }

    @Override
    public void forEachEvent(Consumer<CandidateEvent> action) {
        events.forEach(action);
    }
}
