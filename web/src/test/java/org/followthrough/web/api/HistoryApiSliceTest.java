package org.followthrough.web.api;

import org.followthrough.application.history.HistoryDocument;
import org.followthrough.application.history.HistoryExport;
import org.followthrough.application.history.HistoryImport;
import org.followthrough.application.history.ImportHistory;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.followthrough.web.api.ApiSlice.NOW;
import static org.followthrough.web.api.ApiSlice.ada;
import static org.followthrough.web.api.ApiSlice.assertProblem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The history API's HTTP mapping, with export and import mocked; the round trip stays in {@link HistoryApiTest}. */
@ApiSliceOf(HistoryApi.class)
class HistoryApiSliceTest {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    HistoryExport export;
    @MockitoBean
    ImportHistory history;

    @Test
    void theExportIsADownloadUnderBothPaths() {
        when(export.export(ada.candidateId())).thenReturn(new HistoryDocument(HistoryDocument.FORMAT,
                HistoryDocument.VERSION, NOW, new HistoryDocument.Settings("Europe/Berlin", "DE-BY",
                FollowUpPolicy.DEFAULTS), List.of()));

        for (String path : List.of("/api/v1/me/export", "/me/export")) {
            MvcTestResult result = mvc.get().uri(path).with(user(ada)).exchange();

            assertThat(result).hasStatus(200).headers().hasValue(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"followthrough-history.json\"");
            assertThat(result).bodyJson().extractingPath("$.format").isEqualTo("followthrough-history");
        }
    }

    @Test
    void anImportAnswers201WithTheCounts() {
        when(history.into(eq(ada.candidateId()), any())).thenReturn(new HistoryImport.Imported(5,
                List.of(new HistoryImport.Imported.Stream(OpportunityId.of(UUID.randomUUID()), 4))));

        MvcTestResult result = post("""
                {"format": "followthrough-history", "version": 1}""");

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.opportunities").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.events").isEqualTo(5);
    }

    @Test
    void aBodyThatIsNoJsonNamesTheBody() {
        assertProblem(post("{\"format\": "), "body");
        verifyNoInteractions(history);
    }

    @Test
    void aFaultInTheDocumentIsNamedByItsPath() {
        when(history.into(eq(ada.candidateId()), any()))
                .thenThrow(new RuleViolation("opportunities[0].events[1].type", "is not an event type"));

        assertProblem(post("""
                {"format": "followthrough-history", "version": 1}"""), "opportunities[0].events[1].type");
    }

    private MvcTestResult post(String body) {
        return mvc.post().uri("/api/v1/me/import").with(user(ada)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
