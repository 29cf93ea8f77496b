package org.followthrough.domain.shared;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.followthrough.domain.shared.Text.FREE;
import static org.followthrough.domain.shared.Text.LINE;

class TextTest {

    @Nested
    @DisplayName("control characters")
    class ControlCharacters {

        @Test
        void aNulIsRefusedWithItsCodePointAndPosition() {
            assertThatThrownBy(() -> LINE.required("company", "Acm\u0000e"))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessage("contains a control character (U+0000) at position 4")
                    .extracting(thrown -> ((RuleViolation) thrown).field()).isEqualTo("company");
        }

        @Test
        void thePositionCountsCharactersAsTyped() {
            assertThatThrownBy(() -> LINE.required("company", "  \uD83D\uDE00a\u0000"))
                    .hasMessage("contains a control character (U+0000) at position 5");
        }

        static IntStream c0ButTabAndLineBreaks() {
            return IntStream.range(0, 0x20).filter(c -> c != '\t' && c != '\n' && c != '\r');
        }

        @ParameterizedTest(name = "U+{0}")
        @MethodSource("c0ButTabAndLineBreaks")
        void everyOtherC0ControlIsRefusedInALine(int control) {
            assertThatThrownBy(() -> LINE.optional("role", "a" + (char) control + "b"))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessage("contains a control character (" + Text.codePointName(control) + ") at position 2");
        }

        @ParameterizedTest(name = "U+{0}")
        @MethodSource("c0ButTabAndLineBreaks")
        void everyOtherC0ControlIsRefusedInFreeText(int control) {
            assertThatThrownBy(() -> FREE.optional("message", "a" + (char) control + "b"))
                    .isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("control character (" + Text.codePointName(control) + ")");
        }

        @Test
        void delIsRefused() {
            assertThatThrownBy(() -> FREE.optional("message", "a\u007Fb")).hasMessage("contains a control character (U+007F) at position 2");
        }

        @ParameterizedTest(name = "U+{0}")
        @MethodSource("c1")
        void everyC1ControlIsRefused(int control) {
            assertThatThrownBy(() -> FREE.optional("message", "a" + (char) control)).isInstanceOf(RuleViolation.class);
            assertThatThrownBy(() -> LINE.optional("name", "a" + (char) control + "b")).isInstanceOf(RuleViolation.class);
        }

        static IntStream c1() {
            return IntStream.rangeClosed(0x80, 0x9F);
        }

        @Test
        void freeTextKeepsLineBreaksAndTabs() {
            assertThat(FREE.optional("message", "Dear Grace,\n\tthank you.")).isEqualTo("Dear Grace,\n\tthank you.");
        }

        @Test
        void freeTextTakesLineBreaksAsBrowsersSendThem() {
            assertThat(FREE.optional("message", "one\r\ntwo\rthree")).isEqualTo("one\ntwo\nthree");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Grace\nHopper", "Grace\rHopper", "Grace\u2028Hopper", "Grace\u0085Hopper"})
        void aLineHasNoLineBreak(String name) {
            assertThatThrownBy(() -> LINE.required("name", name)).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("at position 6");
        }

        @Test
        void aLineHasNoTab() {
            assertThatThrownBy(() -> LINE.required("name", "Grace\tHopper")).hasMessage("contains a tab (U+0009) at position 6");
        }
    }

    @Nested
    @DisplayName("what is not a character")
    class NotCharacters {

        @ParameterizedTest
        @ValueSource(strings = {"a\uD800b", "a\uDFFFb", "ab\uD83D", "\uDE00ab"})
        void unpairedSurrogatesAreRefused(String value) {
            assertThatThrownBy(() -> FREE.optional("note", value)).isInstanceOf(RuleViolation.class)
                    .hasMessageContaining("unpaired surrogate");
            assertThatThrownBy(() -> LINE.optional("title", value)).isInstanceOf(RuleViolation.class);
        }

        @Test
        void aSurrogatePairIsOneCharacter() {
            assertThat(LINE.required("company", "Acme \uD83D\uDE80")).isEqualTo("Acme \uD83D\uDE80");
        }

        @ParameterizedTest
        @ValueSource(ints = {0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF})
        void noncharactersAreRefused(int noncharacter) {
            assertThatThrownBy(() -> FREE.optional("note", "a" + Character.toString(noncharacter)))
                    .hasMessage("contains a noncharacter (" + Text.codePointName(noncharacter) + ") at position 2");
        }
    }

    @Nested
    @DisplayName("bidirectional controls")
    class Bidi {

        static IntStream overridesAndIsolates() {
            return IntStream.concat(IntStream.rangeClosed(0x202A, 0x202E), IntStream.rangeClosed(0x2066, 0x2069));
        }

        @ParameterizedTest(name = "U+{0}")
        @MethodSource("overridesAndIsolates")
        void areRefusedInANameThatTheyCouldDisguise(int control) {
            assertThatThrownBy(() -> LINE.required("name", "Grace" + (char) control + "repooH"))
                    .hasMessage("contains a bidirectional control character (" + Text.codePointName(control) + ") at position 6");
        }

        @ParameterizedTest(name = "U+{0}")
        @MethodSource("overridesAndIsolates")
        void areKeptInFreeText(int control) {
            assertThat(FREE.optional("message", "a" + (char) control + "b")).hasSize(3);
        }
    }

    @Nested
    @DisplayName("normalising")
    class Normalising {

        @Test
        void decomposedInputIsComposed() {
            assertThat(LINE.required("name", "Jose\u0301 Marti\u0301")).isEqualTo("Jos\u00e9 Mart\u00ed");
        }

        @Test
        void spacesAtEitherEndAreTrimmed() {
            assertThat(LINE.required("company", " \t Acme \u3000")).isEqualTo("Acme");
            assertThat(FREE.optional("message", "\n\nDear Grace\n")).isEqualTo("Dear Grace");
        }

        @Test
        void blankIsAbsent() {
            assertThat(LINE.optional("title", "   ")).isNull();
            assertThat(LINE.optional("title", null)).isNull();
        }

        @Test
        void aRequiredValueMustHoldSomething() {
            assertThatThrownBy(() -> LINE.required("company", " ")).hasMessage("must not be blank");
            assertThatThrownBy(() -> LINE.required("company", null)).hasMessage("is required");
        }
    }

    @Nested
    @DisplayName("lengths")
    class Lengths {

        @Test
        void aLineHoldsUpTo200Characters() {
            assertThat(LINE.required("company", "a".repeat(200))).hasSize(200);
            assertThatThrownBy(() -> LINE.required("company", "a".repeat(201)))
                    .hasMessage("is too long (201 characters, at most 200)");
        }

        @Test
        void freeTextHoldsUpTo10000Characters() {
            assertThat(FREE.optional("message", "a".repeat(10_000))).hasSize(10_000);
            assertThatThrownBy(() -> FREE.optional("message", "a".repeat(10_001)))
                    .hasMessage("is too long (10001 characters, at most 10000)");
        }

        @Test
        void charactersAreCountedNotUtf16Units() {
            assertThat(LINE.required("company", "\uD83D\uDE80".repeat(200))).hasSize(400);
            assertThatThrownBy(() -> LINE.required("company", "\uD83D\uDE80".repeat(201))).isInstanceOf(RuleViolation.class);
        }

        @Test
        void charactersAreCountedAfterNormalising() {
            assertThat(LINE.required("name", "e\u0301".repeat(200))).isEqualTo("\u00e9".repeat(200));
        }

        @Test
        void spacesTrimmedDoNotCount() {
            assertThat(LINE.required("company", "  " + "a".repeat(200) + "  ")).hasSize(200);
        }

        @Test
        void anotherBoundForShortCodes() {
            assertThatThrownBy(() -> LINE.upTo(10).required("region", "x".repeat(10_000)))
                    .hasMessage("is too long (10000 characters, at most 10)");
        }
    }

    @Nested
    @DisplayName("repairing stored text")
    class Repairing {

        @Test
        void removesForbiddenCharacters() {
            assertThat(LINE.repair("Ac\u0000me\u202E \uD800Corp\uFFFF")).isEqualTo("Acme Corp");
            assertThat(FREE.repair("line one\u0000\nline\u0007 two")).isEqualTo("line one\nline two");
        }

        @Test
        void turnsTabsAndLineBreaksInALineIntoSpaces() {
            assertThat(LINE.repair("Grace\tHopper\nEngineering")).isEqualTo("Grace Hopper Engineering");
        }

        @Test
        void shortensWithAVisibleEllipsis() {
            String repaired = LINE.repair("a".repeat(10_000));

            assertThat(repaired).hasSize(200).endsWith("a\u2026");
            assertThat(FREE.repair("b".repeat(1_000_000))).hasSize(10_000).endsWith(Text.ELLIPSIS);
        }

        @Test
        void normalisesAndTrims() {
            assertThat(LINE.repair("  Jose\u0301  ")).isEqualTo("Jos\u00e9");
        }

        @Test
        void nothingLeftIsAbsentOrNotGiven() {
            assertThat(LINE.repair("\u0000\u0001 ")).isNull();
            assertThat(LINE.repairRequired("")).isEqualTo(Text.NOT_GIVEN);
            assertThat(LINE.repairRequired(null)).isEqualTo(Text.NOT_GIVEN);
        }

        @Test
        void whatItGivesBackObeysTheRuleAndStaysAsItIs() {
            Random random = new Random(8);
            int[] alphabet = {'a', 'Z', ' ', '\t', '\n', '\r', 0, 0x1F, 0x7F, 0x85, 0x9F, 0xA0, 0x301, 0x344, 0xE9, 0x202E,
                    0x2066, 0x2028, 0x3000, 0xD800, 0xDC00, 0xFDD0, 0xFFFE, 0xFB2C, 0x1F680, 0x1FFFF};
            for (int run = 0; run < 2_000; run++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(run % 10 == 0 ? 400 : 40);
                for (int i = 0; i < length; i++) {
                    text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
                }
                for (Text.Rule rule : new Text.Rule[]{LINE, FREE, LINE.upTo(20)}) {
                    String repaired = rule.repairRequired(text.toString());
                    assertThat(rule.required("field", repaired)).as("%s, %s", rule, text).isEqualTo(repaired);
                }
            }
        }
    }
}
