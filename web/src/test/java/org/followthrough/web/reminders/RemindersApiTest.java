package org.followthrough.web.reminders;

import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.Api;
import org.followthrough.web.Api.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminders' settings and doors on a server with no mail set up: as the README's run command starts it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshDatabase
class RemindersApiTest {

    @LocalServerPort
    int port;
    Api api;
    Caller ada;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ada = api.candidate("Ada");
    }

    @Test
    void theDigestIsOnAtEightByDefaultAndSaysMailIsOffHere() {
        JsonNode settings = api.get("/api/v1/me/settings", ada).body();

        assertThat(settings.get("digestEnabled").asBoolean()).isTrue();
        assertThat(settings.get("digestTime").asString()).isEqualTo("08:00");
        assertThat(settings.get("mailConfigured").asBoolean()).isFalse();
    }

    @Test
    void theDigestsTimeAndSwitchChangeThroughTheSettings() {
        Api.Reply changed = api.put("/api/v1/me/settings", ada, """
                {"digestEnabled": false, "digestTime": "07:15"}""");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("digestEnabled").asBoolean()).isFalse();
        assertThat(changed.body().get("digestTime").asString()).isEqualTo("07:15");
        assertThat(changed.body().get("timeZone").asString()).isEqualTo("Europe/Berlin");
    }

    @Test
    void aDigestTimeThatIsNoTimeIsA400NamingTheField() {
        for (String body : new String[]{"{\"digestTime\": \"25:61\"}", "{\"digestTime\": \"soon\"}",
                "{\"digestTime\": \"08:00:01\"}", "{\"digestTime\": \"08:00\\u0000\"}"}) {
            Api.Reply refused = api.put("/api/v1/me/settings", ada, body);

            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("field").asString()).as(body).isEqualTo("digestTime");
        }
        assertThat(api.get("/api/v1/me/settings", ada).body().get("digestTime").asString()).isEqualTo("08:00");
    }

    @Test
    void theTestDigestIsAConflictWhenNoMailServerIsSetUp() {
        Api.Reply refused = api.post("/api/v1/me/digest/test", ada, "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString()).contains("mail is not configured");
    }

    @Test
    void theRemindersCallsNeedASignedInCandidate() {
        assertThat(api.post("/api/v1/me/calendar-feed", null, "").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me/calendar-feed", null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/me/digest/test", null, "").status()).isEqualTo(401);
    }

    @Test
    void anUnsignedOrForgedUnsubscribeLinkChangesNothingAndAnswers404() throws Exception {
        for (String token : new String[]{"nothing", ada.id() + ".AAAA", ada.id() + "._-_-", "%7B%7D", "x".repeat(300)}) {
            assertThat(send("GET", "/unsubscribe/" + token).statusCode()).as(token).isEqualTo(404);
            assertThat(send("POST", "/unsubscribe/" + token).statusCode()).as(token).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/me/settings", ada).body().get("digestEnabled").asBoolean()).isTrue();
    }

    @Test
    void oddFeedAddressesAnswer404NeverAnError() throws Exception {
        for (String path : new String[]{"/calendar/.ics", "/calendar/%00.ics", "/calendar/" + "z".repeat(2000) + ".ics",
                "/calendar/abc", "/calendar/a.b.ics"}) {
            assertThat(send("GET", path).statusCode()).as(path).isIn(400, 404);
        }
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
