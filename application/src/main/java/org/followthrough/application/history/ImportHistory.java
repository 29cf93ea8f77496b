package org.followthrough.application.history;

import org.followthrough.application.projection.ReadYourWrites;
import org.followthrough.domain.shared.CandidateId;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Brings a downloaded history into an empty account, for the API and the settings page alike: all of it or nothing
 * ({@link HistoryImport}), and answers once the candidate's next read shows every imported opportunity.
 */
@Service
public record ImportHistory(HistoryImport history, ReadYourWrites readYourWrites) {

    public HistoryImport.Imported into(CandidateId candidate, JsonNode document) {
        HistoryImport.Imported imported = history.importInto(candidate, document);
        imported.streams().forEach(stream -> readYourWrites.awaitVisible(stream.opportunityId(), stream.lastSequence()));
        return imported;
    }
}
