package org.followthrough.web.export;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.AccountService;
import org.followthrough.application.accounts.Role;
import org.followthrough.application.accounts.SignUp;
import org.followthrough.application.history.HistoryExport;
import org.followthrough.application.projection.ReadYourWrites;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpenOpportunity;
import org.followthrough.domain.opportunity.RecordInterview;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;
import org.followthrough.infra.testing.FreshDatabase;
import org.followthrough.web.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@FreshDatabase
class StaticExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    CommandGateway commands;
    @Autowired
    ReadYourWrites readYourWrites;
    @Autowired
    HistoryExport history;
    @Autowired
    JsonMapper json;

    @Test
    void theTimelinePageDownloadsAZipThatOpensWithoutAServer() throws Exception {
        Account ada = interviewedAtAcme();

        MvcResult started = mvc.perform(get("/timeline/export").with(user(new SignedInUser(ada)))).andReturn();
        byte[] zip = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"followthrough-timeline.zip\""))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> names = new ArrayList<>();
        String index = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().endsWith("index.html")) {
                    index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).containsExactly("followthrough-timeline/index.html", "followthrough-timeline/css/app.css");
        assertThat(index).contains("Timeline of Ada").contains("Round 1 interview").contains("With Grace Hopper")
                .contains("href=\"css/app.css\"").doesNotContain("<script");
    }

    @Test
    void theCommandLineWritesTheSameFolderFromADownloadedHistory(@TempDir Path work) throws Exception {
        Account ada = interviewedAtAcme();
        Path file = work.resolve("history.json");
        Files.write(file, json.writeValueAsBytes(history.export(ada.candidateId())));

        ExportTimelineCommand.main(new String[] {file.toString(), work.resolve("site").toString(), "Ada"});

        assertThat(work.resolve("site/css/app.css")).isNotEmptyFile();
        assertThat(Files.readString(work.resolve("site/index.html"))).contains("Timeline of Ada")
                .contains("Started pursuing Backend Engineer at Acme").contains("They expect to decide by Friday 20 March 2026.");
    }

    private Account ada;

    private Account interviewedAtAcme() {
        ada = accounts.signUp(new SignUp("ada-" + UUID.randomUUID() + "@example.com", "a long enough password", "Ada",
                "Europe/Berlin", "DE-BY", Role.CANDIDATE));
        OpportunityId opportunity = OpportunityId.of(UUID.randomUUID());
        commands.sendAndWait(new OpenOpportunity(opportunity, ada.candidateId(), "Acme", "Backend Engineer",
                Instant.parse("2026-03-01T09:00:00Z")));
        commands.sendAndWait(new RecordInterview(opportunity, ada.candidateId(), InterviewId.of(UUID.randomUUID()), null,
                null, Instant.parse("2026-03-10T14:00:00Z"), List.of(new Interviewer("Grace Hopper", null, null)),
                DecisionTimeline.by(java.time.LocalDate.of(2026, 3, 20)), ZoneId.of("Europe/Berlin")));
        readYourWrites.awaitVisible(opportunity, 2);
        return ada;
    }
}
