package org.followthrough.domain.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Nested
    @DisplayName("one address however it is typed")
    class Normalising {

        @Test
        void isTrimmedAndLowerCased() {
            assertThat(EmailAddress.parse("email", "  Ada.Lovelace@Example.COM ").value()).isEqualTo("ada.lovelace@example.com");
        }

        @Test
        void keepsAnInternationalDomainInAscii() {
            EmailAddress address = EmailAddress.parse("email", "ada@B\u00fccher.example");

            assertThat(address.value()).isEqualTo("ada@xn--bcher-kva.example");
            assertThat(address.withUnicodeDomain()).isEqualTo("ada@b\u00fccher.example");
            assertThat(EmailAddress.parse("email", "ada@xn--bcher-kva.example")).isEqualTo(address);
        }

        @Test
        void composesDecomposedCharacters() {
            assertThat(EmailAddress.parse("email", "jose\u0301@example.com").value()).isEqualTo("jos\u00e9@example.com");
        }

        @Test
        void acceptsTheUsualSymbolsBeforeTheAt() {
            assertThat(EmailAddress.parse("email", "first.last+jobs_2026@mail.example.org").value())
                    .isEqualTo("first.last+jobs_2026@mail.example.org");
        }

        @Test
        void blankIsAbsentWhereOptional() {
            assertThat(EmailAddress.optional("email", " ")).isNull();
            assertThat(EmailAddress.optional("email", null)).isNull();
        }
    }

    @Nested
    @DisplayName("what is refused, naming the field")
    class Refused {

        @Test
        void aNul() {
            assertThatThrownBy(() -> EmailAddress.parse("coachEmail", "cora\u0000@example.com"))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessage("contains a control character (U+0000) at position 5")
                    .extracting(thrown -> ((RuleViolation) thrown).field()).isEqualTo("coachEmail");
        }

        @ParameterizedTest
        @ValueSource(strings = {"my coach", "cora.example.com", "cora@@example.com", "a@b@example.com", "@example.com",
                "cora@", "cora@localhost", ".cora@example.com", "cora.@example.com", "co..ra@example.com",
                "co ra@example.com", "cora@example..com", "cora@example.com.", "cora@-example.com", "cora@exa_mple.com",
                "cora@192.168.0.1", "\"cora\"@example.com", "cora(coach)@example.com", "cora@ex ample.com",
                "cora\u202E@example.com", "cora\n@example.com"})
        void anythingButAPlainAddress(String typed) {
            assertThatThrownBy(() -> EmailAddress.parse("email", typed)).isInstanceOf(RuleViolation.class)
                    .extracting(thrown -> ((RuleViolation) thrown).field()).isEqualTo("email");
        }

        @Test
        void sayingWhatIsWrong() {
            assertThatThrownBy(() -> EmailAddress.parse("email", "cora.example.com"))
                    .hasMessage("is not an e-mail address: 'cora.example.com' (it needs one @, as in name@example.com)");
        }

        @Test
        void moreThan64BytesBeforeTheAt() {
            assertThat(EmailAddress.parse("email", "a".repeat(64) + "@example.com").value()).startsWith("a".repeat(64));
            assertThatThrownBy(() -> EmailAddress.parse("email", "a".repeat(65) + "@example.com")).isInstanceOf(RuleViolation.class);
        }

        @Test
        void moreThan254Characters() {
            String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
            String longest = "a".repeat(64) + "@" + domain;
            assertThat(longest).hasSize(254);

            assertThat(EmailAddress.parse("email", longest).value()).isEqualTo(longest);
            assertThatThrownBy(() -> EmailAddress.parse("email", longest + "x"))
                    .hasMessage("is too long (255 characters, at most 254)");
        }

        @Test
        void aLongInternationalDomainCountsInItsAsciiForm() {
            String unicode = "a".repeat(64) + "@" + ("\u00fc".repeat(20) + ".").repeat(7) + "example";
            assertThat(unicode.length()).isLessThan(254);

            assertThatThrownBy(() -> EmailAddress.parse("email", unicode)).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("at most 254");
        }
    }
}
