package org.followthrough.web.reminders;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.followthrough.application.opportunities.Recording;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.RescheduleInterview;
import org.followthrough.domain.opportunity.ScheduleInterview;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed as a calendar app reads it: fetched over HTTP without signing in, parsed by biweekly (not ical4j). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class CalendarFeedTest {

    /** Yesterday's interview, 14:00–15:00 UTC: its thank-you and notes are still worth doing today. */
    private static final Instant ENDED = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(15, 0).toInstant(ZoneOffset.UTC);
    private static final String INTERVIEW = """
            {"startedAt": "%s", "endedAt": "%s",
             "interviewers": [{"name": "Grace Hopper", "title": "Engineering Manager", "email": "grace@acme.example"},
                              {"name": "Alan Turing"}],
             "decision": {"kind": "DATE", "date": "%s"}}""".formatted(ENDED.minusSeconds(3600), ENDED,
            LocalDate.ofInstant(ENDED, ZoneOffset.UTC).plusDays(10));

    @LocalServerPort
    int port;
    @Autowired
    Recording recording;

    final HttpClient http = HttpClient.newHttpClient();
    Api api;
    Caller ada;
    String opportunity;
    String interview;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ada = api.candidate("Ada");
        opportunity = api.open(ada, "Acme", "Backend Engineer");
        interview = api.post("/api/v1/opportunities/" + opportunity + "/interviews", ada, INTERVIEW)
                .body().get("interviewId").asString();
    }

    @Test
    void theFeedHasOneEventPerOpenActionWithStableUidsAndARecordedActionLeavesIt() throws Exception {
        String url = createFeed();
        int actions = api.get("/api/v1/due-actions", ada).body().get("actions").size();

        HttpResponse<String> first = fetch(url, Map.of());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        ICalendar calendar = Biweekly.parse(first.body()).first();
        assertThat(calendar.getEvents()).hasSize(actions).hasSizeGreaterThanOrEqualTo(5);
        Map<String, VEvent> before = byUid(calendar);
        VEvent grace = eventWhoseSummaryContains(calendar, "Thank Grace Hopper");
        assertThat(grace.getDescription().getValue()).contains("http://localhost:" + port + "/opportunities/" + opportunity);
        assertThat(grace.getDateStart().getValue().hasTime()).isTrue();
        assertThat(grace.getDateStart().getValue().toInstant()).isEqualTo(ENDED.plus(Duration.ofHours(24)));
        VEvent notes = eventWhoseSummaryContains(calendar, "Write down how the round 1 interview went");
        assertThat(notes.getDateStart().getValue().hasTime()).as("due on a day: all day").isFalse();
        assertThat(first.body()).contains("VERSION:2.0", "PRODID:-//Followthrough//Reminders//EN", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "DTSTART;TZID=Europe/Berlin:" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                .format(ENDED.plus(Duration.ofHours(24)).atZone(ZoneId.of("Europe/Berlin"))));
        assertThat(fetch(url, Map.of()).body()).as("an unchanged feed is the same text").isEqualTo(first.body());

        api.post("/api/v1/opportunities/" + opportunity + "/thank-yous", ada, """
                {"interviewId": "%s", "interviewer": "Grace Hopper", "channel": "EMAIL", "sentAt": "%s"}
                """.formatted(interview, ENDED.plusSeconds(3 * 3600)));

        HttpResponse<String> second = fetch(url, Map.of());
        Map<String, VEvent> after = byUid(Biweekly.parse(second.body()).first());
        String graceUid = grace.getUid().getValue();
        assertThat(after).doesNotContainKey(graceUid);
        Set<String> others = before.keySet().stream().filter(uid -> !uid.equals(graceUid)).collect(Collectors.toSet());
        assertThat(after.keySet()).containsAll(others);
        for (String uid : others) {
            assertThat(after.get(uid).getSequence().getValue()).as(uid).isEqualTo(before.get(uid).getSequence().getValue());
        }
        assertThat(second.headers().firstValue("ETag")).isNotEqualTo(first.headers().firstValue("ETag"));
    }

    @Test
    void aRepeatedFetchWithTheEntityTagOrTheDateAnswersNotModified() throws Exception {
        String url = createFeed();
        HttpResponse<String> first = fetch(url, Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> again = fetch(url, Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(fetch(url, Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
        assertThat(fetch(url, Map.of("If-None-Match", "\"something else\"")).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownARegeneratedOrARevokedTokenAnswersNotFound() throws Exception {
        assertThat(api.get("/api/v1/me/calendar-feed", ada).status()).isEqualTo(404);
        String old = createFeed();
        assertThat(api.get("/api/v1/me/calendar-feed", ada).status()).isEqualTo(200);
        String renewed = createFeed();

        assertThat(renewed).isNotEqualTo(old);
        assertThat(renewed).matches("http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(fetch(old, Map.of()).statusCode()).isEqualTo(404);
        assertThat(fetch(renewed, Map.of()).statusCode()).isEqualTo(200);
        assertThat(fetch("http://localhost:" + port + "/calendar/" + "A".repeat(43) + ".ics", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(fetch("http://localhost:" + port + "/calendar/x.ics", Map.of()).statusCode()).isEqualTo(404);

        assertThat(api.delete("/api/v1/me/calendar-feed", ada).status()).isEqualTo(204);
        assertThat(fetch(renewed, Map.of()).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/me/calendar-feed", ada).status()).isEqualTo(404);
    }

    @Test
    void anotherCandidatesFeedShowsNoneOfAdasActions() throws Exception {
        Caller bob = api.candidate("Bob");
        String bobs = api.post("/api/v1/me/calendar-feed", bob, "").body().get("url").asString();

        assertThat(Biweekly.parse(fetch(bobs, Map.of()).body()).first().getEvents()).isEmpty();
    }

    @Test
    void aScheduledInterviewIsAnEventThatKeepsItsUidAndCountsUpItsSequenceWhenMoved() throws Exception {
        String url = createFeed();
        InterviewId next = InterviewId.of(UUID.randomUUID());
        Instant starts = ZonedDateTime.of(2026, 4, 2, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant();
        recording.record(new ScheduleInterview(OpportunityId.parse(opportunity), CandidateId.of(ada.id()), next, 2,
                starts, starts.plusSeconds(5400), List.of(new Interviewer("Edsger Dijkstra", null, null)),
                Instant.parse("2026-03-25T09:00:00Z")));

        VEvent scheduled = byUid(Biweekly.parse(fetch(url, Map.of()).body()).first()).get("interview-" + next + "@followthrough");
        assertThat(scheduled).isNotNull();
        assertThat(scheduled.getSummary().getValue()).isEqualTo("Interview: Backend Engineer at Acme");
        assertThat(scheduled.getDescription().getValue()).contains("Edsger Dijkstra");
        assertThat(scheduled.getDateStart().getValue().toInstant()).isEqualTo(starts);
        assertThat(scheduled.getDateEnd().getValue().toInstant()).isEqualTo(starts.plusSeconds(5400));
        assertThat(scheduled.getSequence().getValue()).isZero();

        Instant later = starts.plusSeconds(86_400);
        recording.record(new RescheduleInterview(OpportunityId.parse(opportunity), CandidateId.of(ada.id()), next,
                later, null, Instant.parse("2026-03-26T09:00:00Z")));

        VEvent moved = byUid(Biweekly.parse(fetch(url, Map.of()).body()).first()).get("interview-" + next + "@followthrough");
        assertThat(moved.getDateStart().getValue().toInstant()).isEqualTo(later);
        assertThat(moved.getSequence().getValue()).isEqualTo(1);
        assertThat(moved.getLastModified().getValue()).isAfterOrEqualTo(scheduled.getLastModified().getValue());
    }

    private String createFeed() {
        Api.Reply created = api.post("/api/v1/me/calendar-feed", ada, "");
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("url").asString();
    }

    private HttpResponse<String> fetch(String url, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, VEvent> byUid(ICalendar calendar) {
        Map<String, VEvent> events = new HashMap<>();
        for (VEvent event : calendar.getEvents()) {
            assertThat(events.put(event.getUid().getValue(), event)).as("UIDs are unique").isNull();
        }
        return events;
    }

    private static VEvent eventWhoseSummaryContains(ICalendar calendar, String text) {
        return calendar.getEvents().stream().filter(event -> event.getSummary().getValue().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no event about " + text));
    }

}
