package org.followthrough.web.api;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class TimelineApiTest {

    @LocalServerPort
    int port;
    Api api;
    Caller ada;
    String acme;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ada = api.candidate("Ada");
        acme = api.open(ada, "Acme", "Backend Engineer");
    }

    @Test
    void pagesOfFiftyContinueWhereTheLastOneEndedEvenWhenNewEntriesArrive() {
        for (int day = 1; day <= 59; day++) {
            LocalDate date = LocalDate.of(2026, 1, 1).plusDays(day);
            api.post(path(acme, "/replies"), ada, """
                    {"receivedAt": "%sT10:00:00+01:00", "kind": "UPDATE"}""".formatted(date));
        }
        Reply first = api.get("/api/v1/timeline?limit=50", ada);
        api.post(path(acme, "/replies"), ada, """
                {"receivedAt": "2026-04-01T10:00:00+02:00", "kind": "UPDATE"}""");
        Reply second = api.get("/api/v1/timeline?limit=50&after=" + first.body().get("next").asString(), ada);

        assertThat(first.body().get("entries").size()).isEqualTo(50);
        assertThat(second.body().get("entries").size()).isEqualTo(10);
        assertThat(second.body().has("next")).isFalse();
        Set<String> seen = new HashSet<>(ids(first));
        assertThat(ids(second)).noneMatch(seen::contains);
        assertThat(second.body().get("entries").get(9).get("type").asString()).isEqualTo("RecruiterReplied");
    }

    @Test
    void entriesAtTheSameMomentArePagedEachExactlyOnce() {
        for (int reply = 0; reply < 6; reply++) {
            api.post(path(acme, "/replies"), ada, """
                    {"receivedAt": "2026-02-02T10:00:00+01:00", "kind": "UPDATE"}""");
        }
        String globex = api.open(ada, "Globex", "Platform Engineer");
        for (int reply = 0; reply < 5; reply++) {
            api.post(path(globex, "/replies"), ada, """
                    {"receivedAt": "2026-02-02T10:00:00+01:00", "kind": "UPDATE"}""");
        }

        List<String> paged = new ArrayList<>();
        Reply page = api.get("/api/v1/timeline?limit=2", ada);
        paged.addAll(ids(page));
        while (page.body().has("next")) {
            page = api.get("/api/v1/timeline?limit=2&after=" + page.body().get("next").asString(), ada);
            paged.addAll(ids(page));
        }

        assertThat(paged).doesNotHaveDuplicates().hasSize(13)
                .containsExactlyInAnyOrderElementsOf(ids(api.get("/api/v1/timeline?limit=50", ada)));
    }

    @Test
    void whatTheAppKnewDiffersFromWhatHadHappenedForABackdatedEntry() {
        api.post(path(acme, "/interviews"), ada, """
                {"endedAt": "2026-03-10T15:00:00+01:00", "interviewers": [{"name": "Grace Hopper"}]}""");
        String yesterday = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1).toString();

        Reply happened = api.get("/api/v1/timeline?asOf=2026-03-11", ada);
        Reply known = api.get("/api/v1/timeline?knownAt=" + yesterday, ada);

        assertThat(types(happened)).containsExactly("InterviewHeld");
        assertThat(happened.body().get("basis").asString()).isEqualTo("occurred");
        assertThat(types(known)).isEmpty();
        assertThat(known.body().get("basis").asString()).isEqualTo("recorded");
    }

    @Test
    void filtersByOpportunityAndByPeriod() {
        String globex = api.open(ada, "Globex", "Platform Engineer");
        api.post(path(acme, "/replies"), ada, """
                {"receivedAt": "2026-03-10T10:00:00+01:00", "kind": "UPDATE"}""");
        api.post(path(globex, "/replies"), ada, """
                {"receivedAt": "2026-03-20T10:00:00+01:00", "kind": "UPDATE"}""");

        Reply onlyGlobex = api.get("/api/v1/timeline?opportunity=" + globex, ada);
        Reply march = api.get("/api/v1/timeline?from=2026-03-01&to=2026-03-15", ada);

        assertThat(types(onlyGlobex)).containsExactly("OpportunityOpened", "RecruiterReplied");
        assertThat(onlyGlobex.body().get("entries").valueStream().map(entry -> entry.get("company").asString()))
                .containsOnly("Globex");
        assertThat(types(march)).containsExactly("RecruiterReplied");
        assertThat(march.body().get("entries").get(0).get("company").asString()).isEqualTo("Acme");
    }

    private static String path(String opportunity, String suffix) {
        return "/api/v1/opportunities/" + opportunity + suffix;
    }

    private static List<String> ids(Reply reply) {
        List<String> ids = new ArrayList<>();
        reply.body().get("entries").forEach(entry -> ids.add(entry.get("eventId").asString()));
        return ids;
    }

    private static List<String> types(Reply reply) {
        List<String> types = new ArrayList<>();
        for (JsonNode entry : reply.body().get("entries")) {
            types.add(entry.get("type").asString());
        }
        return types;
    }
}
