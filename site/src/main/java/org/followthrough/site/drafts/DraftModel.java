package org.followthrough.site.drafts;

import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.ReplyKind;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a draft may say, taken from the opportunity and the candidate's notes. Only the rule, the candidate,
 * the company and the role are required; the templates leave out whole sentences for what is missing. Notes are
 * tidied on the way in (their first line, ending in one full stop), so a template can put them after a colon.
 *
 * @param topic           something discussed that stood out or went well, in the candidate's words
 * @param forgotPoint     the point the candidate forgot to make in the interview
 * @param concern         what the employer raised or asked for, for {@link Rule#ADDRESS_CONCERN}
 * @param offerAnswerBy   the day another employer's offer must be answered, for {@link Rule#CLEAR_THE_AIR}
 * @param decision        how it ended; {@link Rule#AFTER_OUTCOME} cannot be written without it
 * @param checkIn         which check-in of this round this is, from 1
 */
public record DraftModel(Rule rule, String candidateName, String company, String role, @Nullable String recipientName,
                         @Nullable String recipientTitle, @Nullable String recipientEmail, @Nullable LocalDate interviewDay,
                         int round, @Nullable LocalDate decisionDay, @Nullable String topic, @Nullable String forgotPoint,
                         @Nullable String concern, @Nullable LocalDate offerAnswerBy, @Nullable Decision decision,
                         int checkIn, @Nullable String personalNote, int variant, List<String> signature) {

    /** The employer's answer that an {@link Rule#AFTER_OUTCOME} note replies to. */
    public enum Decision { OFFER, REJECTION }

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor");

    public DraftModel {
        Objects.requireNonNull(rule, "rule");
        signature = List.copyOf(signature);
        if (!rule.isMessage()) {
            throw new IllegalArgumentException(rule + " is not a message; there is nothing to draft");
        }
        candidateName = required("candidateName", candidateName);
        company = required("company", company);
        role = required("role", role);
        recipientName = Notes.name(recipientName);
        recipientTitle = Notes.name(recipientTitle);
        recipientEmail = Notes.name(recipientEmail);
        topic = Notes.sentence(topic);
        forgotPoint = Notes.sentence(Notes.withoutForgotPrefix(forgotPoint));
        concern = Notes.sentence(concern);
        if (round < 1) {
            throw new IllegalArgumentException("round counts from 1");
        }
        if (checkIn < 1) {
            throw new IllegalArgumentException("checkIn counts from 1");
        }
    }

    /** The least a draft needs: whose it is and which role at which company it is about. */
    public static DraftModel of(Rule rule, String candidateName, String company, String role) {
        return new DraftModel(rule, candidateName, company, role, null, null, null, null, 1, null, null, null, null, null,
                null, 1, null, 0, List.of());
    }

    /**
     * What a draft may say about an opportunity: the person it is for, the interview it follows (its day on the
     * candidate's calendar), and from the notes what stood out (or else what went well) and what was forgotten.
     */
    public static DraftModel of(Rule rule, String candidateName, String company, String role,
                                @Nullable Interviewer recipient, @Nullable InterviewHeld interview,
                                @Nullable InterviewNotesRecorded notes, @Nullable String concern,
                                @Nullable LocalDate offerAnswerBy, @Nullable ReplyKind decision, int checkIn, ZoneId zone) {
        return new DraftModel(rule, candidateName, company, role, recipient == null ? null : recipient.name(),
                recipient == null ? null : recipient.title(), recipient == null ? null : recipient.email(),
                interview == null ? null : interview.endedAt().atZone(zone).toLocalDate(),
                interview == null ? 1 : interview.round(), interview == null ? null : interview.decision().date(),
                notes == null ? null : notes.stoodOut() != null ? notes.stoodOut() : notes.wentWell(),
                notes == null ? null : notes.forgot(), concern, offerAnswerBy,
                decision == null ? null : decision == ReplyKind.OFFER ? Decision.OFFER : Decision.REJECTION, checkIn,
                recipient == null || notes == null ? null : notes.notesOn(recipient.name()).orElse(null),
                recipient == null || interview == null ? 0 : variantOf(interview, recipient), List.of());
    }

    /**
     * Each interviewer of an interview gets the thank-you worded their own way (their place in the list picks one of
     * three wordings), so that the app's own drafts never read as the same text sent to someone else.
     */
    private static int variantOf(InterviewHeld interview, Interviewer recipient) {
        List<Interviewer> people = interview.interviewers();
        for (int i = 0; i < people.size(); i++) {
            if (Interviewer.key(people.get(i).name()).equals(Interviewer.key(recipient.name()))) {
                return i % 3;
            }
        }
        return 0;
    }

    /** The same draft, ending with the candidate's contact details (each line one of them). */
    public DraftModel signedWith(List<String> lines) {
        return new DraftModel(rule, candidateName, company, role, recipientName, recipientTitle, recipientEmail,
                interviewDay, round, decisionDay, topic, forgotPoint, concern, offerAnswerBy, decision, checkIn,
                personalNote, variant, List.copyOf(lines));
    }

    /** What the candidate noted about the recipient in particular; the thank-you mentions it. */
    public DraftModel personally(@Nullable String note, int wording) {
        return new DraftModel(rule, candidateName, company, role, recipientName, recipientTitle, recipientEmail,
                interviewDay, round, decisionDay, topic, forgotPoint, concern, offerAnswerBy, decision, checkIn,
                note, wording, signature);
    }

    public DraftModel to(String name, @Nullable String title, @Nullable String email) {
        return new DraftModel(rule, candidateName, company, role, name, title, email, interviewDay, round, decisionDay,
                topic, forgotPoint, concern, offerAnswerBy, decision, checkIn, personalNote, variant, signature);
    }

    public DraftModel interview(LocalDate day, int round) {
        return new DraftModel(rule, candidateName, company, role, recipientName, recipientTitle, recipientEmail, day,
                round, decisionDay, topic, forgotPoint, concern, offerAnswerBy, decision, checkIn, personalNote, variant, signature);
    }

    public DraftModel decidingBy(@Nullable LocalDate day) {
        return new DraftModel(rule, candidateName, company, role, recipientName, recipientTitle, recipientEmail,
                interviewDay, round, day, topic, forgotPoint, concern, offerAnswerBy, decision, checkIn, personalNote, variant, signature);
    }

    public DraftModel notes(@Nullable String topic, @Nullable String forgotPoint) {
        return new DraftModel(rule, candidateName, company, role, recipientName, recipientTitle, recipientEmail,
                interviewDay, round, decisionDay, topic, forgotPoint, concern, offerAnswerBy, decision, checkIn, personalNote, variant, signature);
    }

    public DraftModel concerning(@Nullable String concern) {
        return new DraftModel(rule, candidateName, company, role, recipientName, recipientTitle, recipientEmail,
                interviewDay, round, decisionDay, topic, forgotPoint, concern, offerAnswerBy, decision, checkIn, personalNote, variant, signature);
    }

    public DraftModel otherOfferAnswerBy(@Nullable LocalDate day) {
        return new DraftModel(rule, candidateName, company, role, recipientName, recipientTitle, recipientEmail,
                interviewDay, round, decisionDay, topic, forgotPoint, concern, day, decision, checkIn, personalNote, variant, signature);
    }

    public DraftModel after(Decision decision) {
        return new DraftModel(rule, candidateName, company, role, recipientName, recipientTitle, recipientEmail,
                interviewDay, round, decisionDay, topic, forgotPoint, concern, offerAnswerBy, decision, checkIn, personalNote, variant, signature);
    }

    public DraftModel checkInNumber(int number) {
        return new DraftModel(rule, candidateName, company, role, recipientName, recipientTitle, recipientEmail,
                interviewDay, round, decisionDay, topic, forgotPoint, concern, offerAnswerBy, decision, number, personalNote, variant, signature);
    }

    public boolean hasRecipient() {
        return recipientName != null;
    }

    /** "Grace" for Grace Hopper; a name recorded only as "Dr Hopper" is used as it stands. */
    public String greetingName() {
        if (recipientName == null) {
            return "";
        }
        String[] words = recipientName.split("\\s+");
        boolean titled = HONORIFICS.contains(words[0].toLowerCase(Locale.ROOT).replace(".", ""));
        if (titled && words.length == 2) {
            return recipientName;
        }
        return titled && words.length > 2 ? words[1] : words[0];
    }

    public boolean laterRound() {
        return round > 1;
    }

    /** "Tuesday", for a note written within days of the interview. */
    public String interviewWeekday() {
        return interviewDay == null ? "" : WEEKDAY.format(interviewDay);
    }

    /** "Tuesday 10 March". */
    public String interviewDate() {
        return interviewDay == null ? "" : DAY.format(interviewDay);
    }

    public String decisionDate() {
        return decisionDay == null ? "" : DAY.format(decisionDay);
    }

    public String offerAnswerByDate() {
        return offerAnswerBy == null ? "" : DAY.format(offerAnswerBy);
    }

    public boolean lastCheckIn() {
        return checkIn >= 3;
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip().replaceAll("\\s+", " ");
    }
}
