package org.followthrough.domain.drafts;

import org.followthrough.domain.drafts.DraftContext.SentMessage;
import org.followthrough.domain.drafts.DraftProblem.Kind;
import org.followthrough.domain.followup.Rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks over a draft before it is sent for the slips that make a follow-up look careless: a check-in too long to read
 * at a glance, a placeholder left in, another company or another interviewer named (the note written for someone
 * else), the same words already sent to a different person here. Each check is a named function below.
 */
public final class DraftCheck {

    /** A check-in is read between other things: the date they gave, your interest, one question. */
    static final int CHECK_IN_WORDS = 150;
    /** A thank-you, an answer to a concern or a note after the outcome carries one or two specifics more. */
    static final int NOTE_WORDS = 250;
    /** Word triples: long enough that stock phrases alone do not make two notes alike. */
    static final int SHINGLE_WORDS = 3;
    /**
     * Jaccard similarity of the word triples from which two notes count as the same text. At 0.5, two notes of equal
     * length share two thirds of their word triples: one sentence changed in a five-sentence note still counts, while
     * two notes written separately that share a greeting and a sign-off stay far below it.
     */
    static final double SAME_TEXT_SIMILARITY = 0.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private static final List<Pattern> PLACEHOLDERS = List.of(
            Pattern.compile("\\[[^\\[\\]\\n]{0,80}]"),
            Pattern.compile("\\{\\{?[^{}\\n]{0,80}}?}"),
            // <...> but not an e-mail address or a link in angle brackets
            Pattern.compile("<(?![^<>\\n]*(?:@|://|mailto:))[\\p{L}_][^<>\\n]{0,80}>"),
            Pattern.compile("\\(\\s*(?:insert|enter|add|fill in|put|type)\\b[^()\\n]{0,80}\\)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\([^()\\n]{0,60}\\b(?:name|title|company|position|role|date|details|information|info|"
                    + "e-?mail|number|experience|skills?|job|text)\\s+here\\s*\\)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\(\\s*(?:(?:your|their|the|his|her)\\s+)?(?:company|hiring manager'?s?|interviewer'?s?|"
                    + "recruiter'?s?|job|full)?\\s*(?:name|title|job title|position|role|company|date|e-?mail|"
                    + "phone(?: number)?|contact (?:details|information|info))\\s*\\)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:TODO|TBD|FIXME|X{2,}|x{3,})(?![\\p{L}\\p{N}])"),
            Pattern.compile("_{3,}"),
            Pattern.compile("(?i)lorem ipsum"),
            Pattern.compile("(?m)^[ \\t]*Dear[ \\t]*,"));

    private static final Pattern GREETING = Pattern.compile(
            "^[ \\t]*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))[ \\t]*,?[ \\t]+"
                    + "(?:(?:mr|mrs|ms|miss|mx|dr|prof|professor)\\.?[ \\t]+)?"
                    + "(\\p{L}[\\p{L}'’\\-]*)(?:[ \\t]+(\\p{L}+))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
    /** Words a greeting may open with that name nobody in particular. */
    private static final Set<String> NOBODY_IN_PARTICULAR = Set.of("all", "everyone", "everybody", "team", "there",
            "again", "folks", "both", "sir", "madam", "hiring", "recruiting", "recruitment", "talent", "colleagues",
            "friends", "people", "and");
    /** "Hi Platform team": the greeted word is a team's name when one of these follows. */
    private static final Set<String> GROUPS = Set.of("team", "folks", "group", "panel", "committee", "crew", "people",
            "colleagues", "recruiting", "hiring", "recruitment", "talent");

    private DraftCheck() {
    }

    public static List<DraftProblem> check(String draft, DraftContext context) {
        List<DraftProblem> problems = new ArrayList<>();
        problems.addAll(tooLong(draft, context.rule()));
        problems.addAll(placeholders(draft));
        problems.addAll(otherCompanies(draft, context));
        problems.addAll(otherInterviewers(draft, context));
        problems.addAll(sameText(draft, context));
        return List.copyOf(problems);
    }

    static int words(String text) {
        int count = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    static OptionalInt wordLimit(Rule rule) {
        return switch (rule) {
            case STATUS_CHECK, NEXT_STEPS, CLEAR_THE_AIR -> OptionalInt.of(CHECK_IN_WORDS);
            case THANK_YOU, ADDRESS_CONCERN, AFTER_OUTCOME -> OptionalInt.of(NOTE_WORDS);
            case NOTES, MOVE_ON, CONNECT, PREPARE, CONFIRM_HELD -> OptionalInt.empty();
        };
    }

    static List<DraftProblem> tooLong(String draft, Rule rule) {
        OptionalInt limit = wordLimit(rule);
        int words = words(draft);
        if (limit.isEmpty() || words <= limit.getAsInt()) {
            return List.of();
        }
        String advice = switch (rule) {
            case STATUS_CHECK -> "the date they gave, that you are still interested, and one question";
            case NEXT_STEPS -> "your thanks and the question about what happens next";
            case CLEAR_THE_AIR -> "the other offer's deadline, your interest in this role, and the question where they stand";
            case THANK_YOU -> "your thanks, one thing you talked about, and the point you want to add";
            case ADDRESS_CONCERN -> "a direct answer to what they asked, with one example";
            case AFTER_OUTCOME -> "your thanks and, after a no, one request for feedback";
            case NOTES, MOVE_ON, CONNECT, PREPARE, CONFIRM_HELD -> "what they need to read";
        };
        return List.of(new DraftProblem(Kind.TOO_LONG, "At " + words + " words this " + noun(rule)
                + " is long for a busy reader; aim for about " + limit.getAsInt() + " or fewer. Keep " + advice + "."));
    }

    private static String noun(Rule rule) {
        return switch (rule) {
            case STATUS_CHECK, NEXT_STEPS, CLEAR_THE_AIR -> "check-in";
            case THANK_YOU -> "thank-you note";
            case ADDRESS_CONCERN -> "reply";
            case AFTER_OUTCOME, NOTES, MOVE_ON, CONNECT, PREPARE, CONFIRM_HELD -> "note";
        };
    }

    static List<DraftProblem> placeholders(String draft) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern pattern : PLACEHOLDERS) {
            Matcher matcher = pattern.matcher(draft);
            while (matcher.find()) {
                spans.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        spans.sort((one, other) -> one[0] != other[0] ? Integer.compare(one[0], other[0]) : Integer.compare(other[1], one[1]));
        Set<String> seen = new LinkedHashSet<>();
        int coveredTo = -1;
        for (int[] span : spans) {
            if (span[0] < coveredTo) {
                continue;
            }
            coveredTo = span[1];
            seen.add(draft.substring(span[0], span[1]).strip());
        }
        List<DraftProblem> problems = new ArrayList<>();
        for (String placeholder : seen) {
            problems.add(new DraftProblem(Kind.PLACEHOLDER,
                    "Fill in or remove \"" + placeholder + "\": it looks like a placeholder left in the draft."));
        }
        return problems;
    }

    static List<DraftProblem> otherCompanies(String draft, DraftContext context) {
        List<DraftProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String other : context.otherCompanies()) {
            if (other.isBlank() || !seen.add(Names.fold(other.strip()))
                    // "Acme" among the others says nothing wrong in a note to "Acme Robotics"
                    || Names.mentions(context.company(), other)) {
                continue;
            }
            if (Names.mentions(draft, other)) {
                problems.add(new DraftProblem(Kind.OTHER_COMPANY, "This names " + other.strip()
                        + ", another company you are talking to. Make sure the note was written for "
                        + context.company().strip() + ", and that naming " + other.strip() + " here is on purpose."));
            }
        }
        return problems;
    }

    static List<DraftProblem> otherInterviewers(String draft, DraftContext context) {
        List<String> here = new ArrayList<>(context.interviewers());
        if (context.recipient() != null) {
            here.add(context.recipient());
        }
        List<DraftProblem> problems = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (String other : context.otherInterviewers()) {
            List<String> parts = Names.parts(other);
            // a single recorded name is only a first name: too common to look for outside the greeting
            if (parts.size() < 2 || !seen.add(parts) || here.stream().anyMatch(name -> Names.samePerson(name, other))) {
                continue;
            }
            if (Names.mentions(draft, other)) {
                problems.add(new DraftProblem(Kind.OTHER_INTERVIEWER, "This mentions " + other.strip()
                        + ", who interviewed you for another role. Check that the note was meant for "
                        + (context.recipient() == null ? context.company().strip() : context.recipient().strip()) + "."));
            }
        }
        problems.addAll(greetings(draft, context));
        return problems;
    }

    private static List<DraftProblem> greetings(String draft, DraftContext context) {
        List<DraftProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Matcher matcher = GREETING.matcher(draft);
        while (matcher.find()) {
            String greeted = matcher.group(1);
            String folded = Names.fold(greeted);
            String next = matcher.group(2) == null ? "" : Names.fold(matcher.group(2));
            if (NOBODY_IN_PARTICULAR.contains(folded) || GROUPS.contains(next)
                    || Names.mentions(context.company(), greeted) || !seen.add(folded)) {
                continue;
            }
            String greeting = matcher.group().strip();
            if (context.recipient() != null) {
                if (!fits(folded, Names.parts(context.recipient()))) {
                    problems.add(new DraftProblem(Kind.OTHER_INTERVIEWER, "The greeting says \"" + greeting
                            + "\", but this note is for " + context.recipient().strip()
                            + ". Check that it was not written for someone else."));
                }
            } else if (isFirstNameOfAny(folded, context.otherInterviewers())
                    && context.interviewers().stream().noneMatch(name -> Names.parts(name).contains(folded))) {
                problems.add(new DraftProblem(Kind.OTHER_INTERVIEWER, "The greeting says \"" + greeting
                        + "\", a name from another application. Check who this note is for."));
            }
        }
        return problems;
    }

    /** "Grace", "Ms Hopper", "Alex" for Alexandra and "Jean" for Jean-Luc all address the same person. */
    private static boolean fits(String greeted, List<String> recipientParts) {
        if (recipientParts.contains(greeted)) {
            return true;
        }
        if (recipientParts.isEmpty() || greeted.length() < 3) {
            return false;
        }
        String first = recipientParts.getFirst();
        return first.startsWith(greeted) || greeted.startsWith(first);
    }

    private static boolean isFirstNameOfAny(String greeted, List<String> names) {
        return names.stream().map(Names::parts).anyMatch(parts -> !parts.isEmpty() && parts.getFirst().equals(greeted));
    }

    static List<DraftProblem> sameText(String draft, DraftContext context) {
        String recipient = context.recipient();
        if (recipient == null) {
            return List.of();
        }
        Map<List<String>, SentMessage> closest = new LinkedHashMap<>();
        Map<List<String>, Double> similarity = new LinkedHashMap<>();
        for (SentMessage sent : context.sentHere()) {
            String to = sent.recipient();
            if (to == null || Names.samePerson(to, recipient)) {
                continue;
            }
            Set<String> names = new HashSet<>(Shingles.words(recipient, Set.of()));
            names.addAll(Shingles.words(to, Set.of()));
            double alike = similarity(Shingles.words(draft, names), Shingles.words(sent.text(), names));
            List<String> person = Names.parts(to);
            if (alike >= SAME_TEXT_SIMILARITY && alike > similarity.getOrDefault(person, -1.0)) {
                closest.put(person, sent);
                similarity.put(person, alike);
            }
        }
        List<DraftProblem> problems = new ArrayList<>();
        closest.forEach((person, sent) -> {
            double alike = similarity.get(person);
            String to = sent.recipient() == null ? "" : sent.recipient().strip();
            problems.add(new DraftProblem(Kind.SAME_TEXT, alike >= 0.999
                    ? "This is the same text you already sent " + to + ". Give " + recipient.strip()
                    + " a note of their own: something you discussed with them, in your own words."
                    : "This reads almost like the message you already sent " + to + " ("
                    + String.format(Locale.ROOT, "%d%%", Math.round(alike * 100)) + " of the wording in common). Give "
                    + recipient.strip() + " a note of their own: something you discussed with them, in your own words."));
        });
        return problems;
    }

    static double similarity(List<String> one, List<String> other) {
        return Shingles.jaccard(Shingles.of(one, SHINGLE_WORDS), Shingles.of(other, SHINGLE_WORDS));
    }
}
