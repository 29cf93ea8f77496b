package org.followthrough.web;

import org.followthrough.web.Api.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default way to run: no database server, an embedded PostgreSQL with its data in a folder. What was recorded
 * before a restart is there after it.
 */
class EmbeddedDefaultTest {

    @TempDir
    Path data;

    @Test
    void aRestartFindsTheTimelineAsItWas() {
        Caller ada;
        try (ConfigurableApplicationContext first = start()) {
            Api api = new Api(port(first));
            ada = api.candidate("Ada");
            String opportunity = api.open(ada, "Acme", "Backend Engineer");
            assertThat(api.post("/api/v1/opportunities/" + opportunity + "/interviews", ada, """
                    {"endedAt": "2026-03-10T15:00:00+01:00", "interviewers": [{"name": "Grace Hopper"}]}""").status())
                    .isEqualTo(201);
            await().atMost(Duration.ofSeconds(10)).until(() -> types(api, ada).size() == 2);
        }

        try (ConfigurableApplicationContext second = start()) {
            Api api = new Api(port(second));
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(types(api, ada)).containsExactlyInAnyOrder("OpportunityOpened", "InterviewHeld"));
        }
    }

    private ConfigurableApplicationContext start() {
        // as command-line arguments: they win over application.properties (builder properties would not)
        return new SpringApplicationBuilder(FollowthroughApplication.class)
                .run("--server.port=0", "--followthrough.embedded.data-dir=" + data.resolve("postgres"));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static List<String> types(Api api, Caller caller) {
        JsonNode entries = api.get("/api/v1/timeline", caller).body().get("entries");
        List<String> types = new ArrayList<>();
        entries.forEach(entry -> types.add(0, entry.get("type").asString()));
        return types;
    }
}
