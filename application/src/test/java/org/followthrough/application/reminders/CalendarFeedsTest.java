package org.followthrough.application.reminders;

import org.followthrough.application.SharedServiceDatabase;
import org.followthrough.application.AdaAtAcme;
import org.followthrough.application.MovableClock;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.opportunities.RecordedEvent;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.application.settings.SettingsRows;
import org.followthrough.domain.candidate.ChangeCandidateSettings;
import org.followthrough.domain.candidate.Region;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.followup.RecordHint;
import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.opportunity.InterviewRescheduled;
import org.followthrough.domain.opportunity.InterviewScheduled;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.testing.MapOpportunityStreams;
import org.followthrough.infra.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar feed: a secret address that works until it is replaced or revoked, listing the open actions that are
 * still worth doing and the interviews still to be held, each entry's version going up only when it changes.
 */
class CalendarFeedsTest {

    private static final ProjectionDatabase DATABASE = SharedServiceDatabase.DATABASE;
    private static final String BASE = "https://followthrough.example/";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-11T08:00:00Z"));
    private final AdaAtAcme world = new AdaAtAcme();
    private final InterviewId secondRound = InterviewId.of(UUID.randomUUID());
    private final Map<OpportunityId, List<OpportunityEvent>> streams = new HashMap<>();
    private final List<DueActionView> open = new ArrayList<>();
    private final DueActions dueActions = new DueActions() {
        @Override
        public List<DueActionView> open(CandidateId candidate) {
            return candidate.equals(world.ada) ? List.copyOf(open) : List.of();
        }

        @Override
        public List<PastDue> pastDue(List<CandidateId> candidates, Rule rule, Instant now) {
            return List.of();
        }
    };
    private final CalendarFeeds feeds = new CalendarFeeds(DATABASE.jdbc(),
            new CandidateSettingsStore(DATABASE.jdbc(), ProjectionDatabase.json()),
            new FeedEntries(dueActions, world, new MapOpportunityStreams(streams), clock), clock);

    @BeforeEach
    void adaHasASecondRoundComingAndTwoActionsOpen() {
        new SettingsRows(DATABASE.jdbc(), ProjectionDatabase.json(), clock).changed(new ChangeCandidateSettings(world.ada,
                ZoneId.of("Europe/Berlin"), Region.parse("DE"), FollowUpPolicy.DEFAULTS));
        append(world.entries().stream().map(RecordedEvent::event).toList().toArray(OpportunityEvent[]::new));
        append(new InterviewScheduled(world.acme, world.ada, secondRound, 2, Instant.parse("2026-03-17T09:00:00Z"),
                Instant.parse("2026-03-17T10:30:00Z"), List.of(new Interviewer("Alan Turing", null, null)),
                Instant.parse("2026-03-11T07:00:00Z")));
        open.add(action("thank-you", "Send Grace Hopper a thank-you", null));
        open.add(action("notes", "Write down your notes", Instant.parse("2026-03-11T07:00:00Z")));
    }

    @Test
    void anAddressWorksUntilItIsReplacedOrRevoked() {
        FeedAddress first = feeds.create(world.ada, BASE);
        String firstToken = token(first);

        assertThat(first.url()).startsWith("https://followthrough.example/calendar/").endsWith(".ics");
        assertThat(feeds.feed(firstToken, BASE)).isPresent();
        assertThat(feeds.current(world.ada)).get().extracting(FeedAddress::url).as("shown once only").isNull();

        String second = token(feeds.create(world.ada, BASE));
        assertThat(feeds.feed(firstToken, BASE)).as("replaced").isEmpty();
        assertThat(feeds.feed(second, BASE)).isPresent();

        feeds.revoke(world.ada);
        feeds.revoke(world.ada);
        assertThat(feeds.feed(second, BASE)).isEmpty();
        assertThat(feeds.current(world.ada)).isEmpty();
        assertThat(feeds.feed("short", BASE)).isEmpty();
    }

    @Test
    void theFeedHoldsTheActionsStillWorthDoingAndTheInterviewsStillToBeHeld() {
        Map<String, Entry> entries = entries(feeds.feed(token(feeds.create(world.ada, BASE)), BASE).orElseThrow().body());

        assertThat(entries.values()).extracting(Entry::summary).containsExactlyInAnyOrder(
                "Send Grace Hopper a thank-you (Acme)", "Interview: Backend Engineer at Acme");
        assertThat(entries).containsKey("interview-" + secondRound + "@followthrough");
    }

    @Test
    void theInterviewsOfAClosedOpportunityAreLeftOut() {
        append(new OpportunityClosed(world.acme, world.ada, Outcome.WITHDRAWN, Instant.parse("2026-03-11T07:30:00Z")));

        Map<String, Entry> entries = entries(feeds.feed(token(feeds.create(world.ada, BASE)), BASE).orElseThrow().body());

        assertThat(entries.values()).extracting(Entry::summary).containsExactly("Send Grace Hopper a thank-you (Acme)");
    }

    @Test
    void anEntryKeepsItsVersionUntilItChangesAndThenGoesUpByOne() {
        String token = token(feeds.create(world.ada, BASE));
        FeedDocument first = feeds.feed(token, BASE).orElseThrow();
        clock.advance(Duration.ofHours(1));
        FeedDocument again = feeds.feed(token, BASE).orElseThrow();

        assertThat(again.etag()).isEqualTo(first.etag());
        assertThat(again.lastModified()).isEqualTo(first.lastModified());

        clock.advance(Duration.ofHours(1));
        append(new InterviewRescheduled(world.acme, world.ada, secondRound, Instant.parse("2026-03-18T09:00:00Z"), null,
                clock.instant()));
        FeedDocument moved = feeds.feed(token, BASE).orElseThrow();

        Map<String, Entry> entries = entries(moved.body());
        assertThat(entries.get("interview-" + secondRound + "@followthrough").sequence()).isEqualTo(1);
        assertThat(entries.values()).filteredOn(entry -> entry.uid().startsWith("action-")).extracting(Entry::sequence)
                .containsExactly(0);
        assertThat(moved.etag()).isNotEqualTo(first.etag());
        assertThat(moved.lastModified()).isEqualTo(clock.instant());
    }

    private void append(OpportunityEvent... events) {
        for (OpportunityEvent event : events) {
            streams.computeIfAbsent(event.opportunityId(), id -> new ArrayList<>()).add(event);
        }
    }

    private DueActionView action(String key, String what, Instant missedFrom) {
        DueAction.Builder builder = DueAction.of(world.acme, Rule.THANK_YOU, key).action(what)
                .dueAt(Instant.parse("2026-03-11T14:00:00Z")).because("it is worth it");
        if (missedFrom != null) {
            builder.worthUntil(missedFrom, "too late now");
        }
        return new DueActionView("Acme", "Backend Engineer", builder.recordedAs(
                new RecordHint(RecordHint.Form.NONE, null, null, null, null, null, null)));
    }

    private static String token(FeedAddress address) {
        String url = address.url();
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    /** One VEVENT of the body: its UID, SUMMARY and SEQUENCE. */
    private record Entry(String uid, String summary, int sequence) {
    }

    private static Map<String, Entry> entries(String body) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        String unfolded = body.replace("\r\n ", "").replace("\r\n\t", "");
        for (String event : unfolded.split("BEGIN:VEVENT")) {
            if (!event.contains("END:VEVENT")) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (String line : event.split("\r?\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.putIfAbsent(line.substring(0, colon).split(";")[0], line.substring(colon + 1));
                }
            }
            Entry entry = new Entry(fields.get("UID"), fields.get("SUMMARY").replace("\\,", ","),
                    Integer.parseInt(fields.getOrDefault("SEQUENCE", "0")));
            entries.put(entry.uid(), entry);
        }
        return entries;
    }
}
