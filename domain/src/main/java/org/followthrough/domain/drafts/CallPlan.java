package org.followthrough.domain.drafts;

import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.Interviewer;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a follow-up by phone needs instead of a letter (issue 10 item 14): whom to ask for, what to have at hand, what
 * to say in two sentences, and what to leave on voicemail, all from the candidate's own notes and settings.
 */
public record CallPlan(List<String> askFor, List<String> atHand, List<String> say, String voicemail,
                       String afterVoicemail) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    public CallPlan {
        askFor = List.copyOf(askFor);
        atHand = List.copyOf(atHand);
        say = List.copyOf(say);
        Objects.requireNonNull(voicemail, "voicemail");
        Objects.requireNonNull(afterVoicemail, "afterVoicemail");
    }

    /**
     * What the plan is made of.
     *
     * @param rule         the due action the call answers
     * @param recipient    the person the action names, if any
     * @param interviewers everyone met at the interview
     * @param interviewDay the day of the interview the call follows, if there was one
     * @param decision     what they said about their timeline, if anything
     * @param notes        the candidate's own notes, most telling first (about the recipient before the general ones)
     * @param phone        the candidate's phone number from their signature, if they gave one
     */
    public record Facts(Rule rule, String candidateName, String company, String role, @Nullable Interviewer recipient,
                        List<Interviewer> interviewers, @Nullable LocalDate interviewDay,
                        @Nullable DecisionTimeline decision, List<String> notes, @Nullable String phone) {

        public Facts {
            Objects.requireNonNull(rule, "rule");
            interviewers = List.copyOf(interviewers);
            notes = notes.stream().filter(Objects::nonNull).map(String::strip).filter(note -> !note.isEmpty()).toList();
        }
    }

    public static CallPlan of(Facts facts) {
        return new CallPlan(askFor(facts), atHand(facts), say(facts), voicemail(facts),
                "Then follow up in writing the same day: a short e-mail that says you called and repeats your question.");
    }

    private static List<String> askFor(Facts facts) {
        List<Interviewer> people = facts.recipient() != null ? List.of(facts.recipient()) : facts.interviewers();
        if (people.isEmpty()) {
            return List.of("Whoever arranged your interviews at " + facts.company());
        }
        List<String> names = new ArrayList<>();
        for (Interviewer person : people) {
            names.add(person.title() == null ? person.name() : person.name() + " (" + person.title() + ")");
        }
        return names;
    }

    private static List<String> atHand(Facts facts) {
        List<String> lines = new ArrayList<>();
        lines.add("The role: " + facts.role() + " at " + facts.company() + ".");
        if (facts.interviewDay() != null) {
            String with = facts.interviewers().stream().map(Interviewer::name).reduce((a, b) -> a + ", " + b)
                    .map(names -> " with " + names).orElse("");
            lines.add("Your interview on " + DAY.format(facts.interviewDay()) + with + ".");
        }
        lines.add("What they said about their timeline: " + timeline(facts.decision()) + ".");
        facts.notes().forEach(note -> lines.add("Your notes: " + note));
        lines.add("Your calendar, to agree on a next step, and something to write down names and dates.");
        return lines;
    }

    private static List<String> say(Facts facts) {
        String to = facts.recipient() == null ? "" : ", " + firstName(facts.recipient().name());
        String when = facts.interviewDay() == null ? "" : " on " + DAY.format(facts.interviewDay());
        String first = "Hello" + to + ", this is " + facts.candidateName() + "; we spoke about the " + facts.role()
                + " role" + when + ", and I am calling " + purpose(facts.rule()) + ".";
        String second = facts.notes().isEmpty()
                ? "I am still very interested, and glad to send anything else you need from me."
                : "One thing from our conversation stays with me (" + trimmed(facts.notes().getFirst())
                + "); I am still very interested, and glad to send anything else you need from me.";
        return List.of(first, second);
    }

    private static String voicemail(Facts facts) {
        String number = facts.phone() == null
                ? "[your phone number: add it to your signature in settings]"
                : facts.phone().strip();
        return "Hello, this is " + facts.candidateName() + ", calling about the " + facts.role() + " role at "
                + facts.company() + ". You can reach me on " + number + ". I will also send you a short e-mail. Thank you.";
    }

    private static String purpose(Rule rule) {
        return switch (rule) {
            case STATUS_CHECK -> "to ask where things stand";
            case NEXT_STEPS -> "to ask what the next steps are";
            case THANK_YOU -> "to thank you for your time";
            case ADDRESS_CONCERN -> "to answer the question you raised";
            case CLEAR_THE_AIR -> "because I have another offer and would like to know your timeline";
            case AFTER_OUTCOME -> "to thank you for letting me know";
            default -> "to follow up";
        };
    }

    private static String timeline(@Nullable DecisionTimeline decision) {
        if (decision == null) {
            return "nothing noted";
        }
        return switch (decision.kind()) {
            case DATE -> "by " + DAY.format(Objects.requireNonNull(decision.date()));
            case FEW_DAYS -> "within a few days";
            case NONE -> "no date given";
        };
    }

    private static String firstName(String name) {
        return Stream.of(name.strip().split("\\s+")).findFirst().orElse(name);
    }

    private static String trimmed(String note) {
        String firstSentence = note.split("(?<=[.!?])\\s")[0].strip();
        String shortened = firstSentence.length() > 120 ? firstSentence.substring(0, 120).strip() : firstSentence;
        return shortened.replaceAll("[.!?]+$", "");
    }
}
