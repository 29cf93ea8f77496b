package org.followthrough.web.api;

import org.followthrough.domain.followup.Rule;
import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.infra.testing.scenarios.FollowUpScenario;
import org.followthrough.infra.testing.scenarios.FollowUpScenario.Step;
import org.followthrough.infra.testing.scenarios.FollowUpScenarios;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.followthrough.web.Api.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dated scenarios of the follow-up suite, each recorded through the REST API by a new candidate in the scenario's
 * region and time zone, and then read back from {@code GET /api/v1/due-actions}: the app, running on PostgreSQL with
 * its projection, its deadlines and its real holiday calendars, must owe exactly what the suite says, and say why
 * as the suite expects: the actions still worth doing, the missed ones (each with its reason) and the reasons to
 * wait. All scenarios are replayed, including scheduled interviews, moved dates, connections, per-interviewer notes
 * and thank-yous that asked about next steps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class ScenarioReplayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    static List<FollowUpScenario> scenarios() {
        return FollowUpScenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theApiOwesWhatTheScenarioSays(FollowUpScenario scenario) {
        Caller candidate = api.signUp("Scenario", scenario.zone(), scenario.region(), "CANDIDATE");
        Replay replay = new Replay(candidate);
        scenario.steps().forEach(replay::record);

        // Notes and corrections are stamped "now" by the server, so those scenarios are read live; the due days do
        // not change, since every dated step lies before the scenario's moment.
        boolean stampedNow = scenario.steps().stream().anyMatch(step -> step instanceof Step.Notes || step instanceof Step.Retract);
        String query = stampedNow ? "" : "?asOf=" + URLEncoder.encode(scenario.asOf().toString(), StandardCharsets.UTF_8);
        Reply reply = api.get("/api/v1/due-actions" + query, candidate);

        assertThat(reply.status()).isEqualTo(200);
        // read live, an action is missed as of today; the scenario judges it at its own moment, by the same worth
        Instant judgedAt = scenario.asOf().toInstant();
        List<JsonNode> all = new ArrayList<>();
        reply.body().get("actions").forEach(all::add);
        reply.body().get("missed").forEach(action -> {
            assertThat(action.get("reason").asString()).as("%s: why missed", scenario.name()).isNotBlank();
            all.add(action);
        });
        List<String> owed = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (JsonNode action : all) {
            boolean missedThen = action.has("worthUntil")
                    && !judgedAt.isBefore(OffsetDateTime.parse(action.get("worthUntil").asString()).toInstant());
            (missedThen ? missed : owed).add(replay.describe(action));
        }
        if (!stampedNow) {
            assertThat(reply.body().get("missed")).as("%s: listed as missed", scenario.name()).hasSize(missed.size());
        }
        assertThat(owed).as(scenario.name()).containsExactlyInAnyOrderElementsOf(scenario.expectedDescriptions());
        assertThat(missed).as("%s: missed", scenario.name())
                .containsExactlyInAnyOrderElementsOf(scenario.missedDescriptions());
        List<String> waiting = new ArrayList<>();
        reply.body().get("waiting").forEach(reason -> waiting.add(reason.get("reason").asString()));
        assertThat(waiting).as("%s: reasons to wait", scenario.name())
                .containsExactlyInAnyOrderElementsOf(scenario.waiting().stream().map(Enum::name).toList());
        for (FollowUpScenario.Explained explained : scenario.explanations()) {
            List<String> why = new ArrayList<>();
            all.forEach(action -> {
                if (action.get("rule").asString().equals(explained.rule().name())
                        && Objects.equals(replay.about(action), explained.about())) {
                    why.add(action.get("explanation").asString());
                }
            });
            assertThat(why).as("%s: why %s", scenario.name(), explained.rule()).singleElement()
                    .satisfies(text -> assertThat(text).contains(explained.fragments()));
        }
    }

    /** Records a scenario's steps, remembering what the API named each interview and entry. */
    private final class Replay {

        private final Caller candidate;
        private final Map<String, String> interviewIds = new HashMap<>();
        private final Map<String, String> labels = new HashMap<>();
        private final Map<Integer, Long> sequences = new HashMap<>();
        private String opportunity;
        private int step;

        Replay(Caller candidate) {
            this.candidate = candidate;
        }

        void record(Step step) {
            int index = this.step++;
            switch (step) {
                case Step.Open open -> {
                    Reply reply = api.post("/api/v1/opportunities", candidate, json("company", open.company(),
                            "role", open.role(), "openedAt", open.openedAt()));
                    opportunity = ok(reply).get("id").asString();
                    sequences.put(index, 0L);
                }
                case Step.Interview interview -> {
                    JsonNode body = ok(post("/interviews", json("interviewId", interviewIds.get(interview.label()),
                            "startedAt", interview.startedAt(), "endedAt", interview.endedAt(),
                            "interviewers", people(interview.interviewers()), "decision", map("kind", interview.decision().kind(),
                                    "date", interview.decision().date()))));
                    remember(interview.label(), body.get("interviewId").asString());
                    sequences.put(index, body.get("sequence").asLong());
                }
                case Step.ScheduledInterview interview -> {
                    JsonNode body = ok(post("/scheduled-interviews", json("startsAt", interview.startsAt(),
                            "endsAt", interview.endsAt(), "interviewers", people(interview.interviewers()),
                            "scheduledAt", interview.scheduledAt())));
                    remember(interview.label(), body.get("interviewId").asString());
                    sequences.put(index, body.get("sequence").asLong());
                }
                case Step.Reschedule moved -> sequences.put(index, ok(post("/scheduled-interviews/"
                        + interviewIds.get(moved.interview()) + "/reschedule", json("startsAt", moved.startsAt(),
                        "endsAt", moved.endsAt(), "rescheduledAt", moved.rescheduledAt()))).get("sequence").asLong());
                case Step.Cancel cancelled -> sequences.put(index, ok(post("/scheduled-interviews/"
                        + interviewIds.get(cancelled.interview()) + "/cancel", json("cancelledAt",
                        cancelled.cancelledAt()))).get("sequence").asLong());
                case Step.DecisionChange changed -> sequences.put(index, ok(post("/decision-changes", json(
                        "interviewId", interviewIds.get(changed.interview()), "decision", map("kind",
                                changed.decision().kind(), "date", changed.decision().date()),
                        "toldAt", changed.toldAt()))).get("sequence").asLong());
                case Step.Connection connection -> sequences.put(index, ok(post("/connections", json(
                        "person", connection.person(), "connectedAt", connection.connectedAt()))).get("sequence").asLong());
                case Step.Notes notes -> {
                    List<Map<String, Object>> perInterviewer = new ArrayList<>();
                    notes.perInterviewer().forEach(person -> perInterviewer.add(map("interviewer", person.interviewer(),
                            "notes", person.notes())));
                    sequences.put(index, ok(post("/notes", json("interviewId", interviewIds.get(notes.interview()),
                            "wentWell", notes.wentWell(), "wentBadly", notes.wentBadly(), "stoodOut", notes.stoodOut(),
                            "forgot", notes.forgot(), "perInterviewer", perInterviewer))).get("sequence").asLong());
                }
                case Step.ThankYou thankYou -> sequences.put(index, ok(post("/thank-yous", json("interviewId",
                        interviewIds.get(thankYou.interview()), "interviewer", thankYou.interviewer(),
                        "channel", thankYou.channel(), "sentAt", thankYou.sentAt(),
                        "askedAboutNextSteps", thankYou.askedAboutNextSteps()))).get("sequence").asLong());
                case Step.FollowUp followUp -> sequences.put(index, ok(post("/follow-ups", json("purpose", followUp.purpose(),
                        "channel", followUp.channel(), "sentAt", followUp.sentAt(), "recipient", followUp.recipient())))
                        .get("sequence").asLong());
                case Step.Reply answer -> sequences.put(index, ok(post("/replies", json("kind", answer.kind(),
                        "receivedAt", answer.receivedAt()))).get("sequence").asLong());
                case Step.CompetingOffer offer -> sequences.put(index, ok(post("/competing-offers", json(
                        "receivedAt", offer.receivedAt(), "respondBy", offer.respondBy()))).get("sequence").asLong());
                case Step.Close close -> sequences.put(index, ok(post("/close", json("outcome", close.outcome(),
                        "at", close.at()))).get("sequence").asLong());
                case Step.Retract retract -> sequences.put(index, ok(post("/corrections", json("sequence",
                        sequences.get(retract.step()), "reason", "recorded by mistake"))).get("sequence").asLong());
            }
        }

        private void remember(String label, String interviewId) {
            interviewIds.put(label, interviewId);
            labels.put(interviewId, label);
        }

        private List<Map<String, Object>> people(List<FollowUpScenario.Person> interviewers) {
            List<Map<String, Object>> people = new ArrayList<>();
            interviewers.forEach(person -> people.add(map("name", person.name(), "title", person.title(),
                    "email", person.email())));
            return people;
        }

        /** The same canonical text as the suite: rule, what it is about, and when it is due. */
        String describe(JsonNode action) {
            Rule rule = Rule.valueOf(action.get("rule").asString());
            String about = about(action);
            Instant dueAt = action.has("dueAt") ? OffsetDateTime.parse(action.get("dueAt").asString()).toInstant() : null;
            LocalDate dueOn = action.has("dueOn") ? LocalDate.parse(action.get("dueOn").asString()) : null;
            return FollowUpScenario.Expected.describe(rule, about, dueAt, dueOn);
        }

        /** What the action is about, as the suite names it: an interviewer, or an interview's label. */
        String about(JsonNode action) {
            Rule rule = Rule.valueOf(action.get("rule").asString());
            JsonNode record = action.get("record");
            String interviewer = text(record, "interviewer");
            String interview = labels.get(text(record, "interviewId"));
            return switch (rule) {
                case THANK_YOU -> interviewer != null ? interviewer : interview;
                case NOTES, PREPARE, CONFIRM_HELD -> interview;
                case CONNECT -> interviewer;
                default -> null;
            };
        }

        private Reply post(String suffix, String body) {
            return api.post("/api/v1/opportunities/" + opportunity + suffix, candidate, body);
        }
    }

    private static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1] instanceof Enum<?> constant ? constant.name()
                        : keysAndValues[i + 1] instanceof OffsetDateTime time ? time.toString()
                        : keysAndValues[i + 1] instanceof LocalDate day ? day.toString() : keysAndValues[i + 1]);
            }
        }
        return map;
    }

    private static String json(Object... keysAndValues) {
        return JSON.writeValueAsString(map(keysAndValues));
    }
}
