package org.followthrough.infra.axon.upcasting;

import org.followthrough.infra.crypto.PersonalFields;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text field the text rules know of is a personal field, sealed with the candidate's key. */
class PersonalFieldsCoverTheTextTest {

    @Test
    void everyStoredTextFieldIsSealed() {
        StoredTextUpcaster.SHAPES.forEach((type, shape) -> {
            List<String> text = shape.text().fields().stream().map(StoredText.Field::name).toList();
            assertThat(PersonalFields.names(type)).as(type).containsExactlyInAnyOrderElementsOf(text);
        });
    }
}
