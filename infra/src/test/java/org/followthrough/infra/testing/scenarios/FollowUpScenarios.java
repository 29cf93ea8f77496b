package org.followthrough.infra.testing.scenarios;

import org.followthrough.domain.followup.Rule;
import org.followthrough.domain.followup.Waiting;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.infra.testing.scenarios.FollowUpScenario.Decision;
import org.followthrough.infra.testing.scenarios.FollowUpScenario.Expected;
import org.followthrough.infra.testing.scenarios.FollowUpScenario.Explained;
import org.followthrough.infra.testing.scenarios.FollowUpScenario.Person;
import org.followthrough.infra.testing.scenarios.FollowUpScenario.Step;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.followthrough.domain.followup.Rule.ADDRESS_CONCERN;
import static org.followthrough.domain.followup.Rule.AFTER_OUTCOME;
import static org.followthrough.domain.followup.Rule.CLEAR_THE_AIR;
import static org.followthrough.domain.followup.Rule.MOVE_ON;
import static org.followthrough.domain.followup.Rule.NEXT_STEPS;
import static org.followthrough.domain.followup.Rule.STATUS_CHECK;
import static org.followthrough.domain.opportunity.Channel.EMAIL;
import static org.followthrough.domain.opportunity.Channel.LINKEDIN;

/**
 * The follow-up scenarios: dated stories in several regions, each with every action that must be open at its end.
 * Each expectation carries the reasoning that led to it, worked out by hand from DESIGN.md and the region's
 * official public holidays (days written with their weekday so that a slip shows).
 *
 * <p>Defaults (FollowUpPolicy.DEFAULTS): thank-you within 24 hours; notes the same day; next steps 1 business
 * day; first check-in 1 business day after the employer's date, 7 days after "a few days", 14 days without a
 * timeline (calendar days moved to the next business day); then 7 days after the last check-in or their last
 * word; at most 3 check-ins; move on 30 calendar days after their last word (not moved to a business day); clear
 * the air and answer a concern within 1 business day, the air before the other offer's own deadline; thank them
 * after the outcome within 2 business days; connect 14 calendar days after a thank-you (not moved either: it is a
 * low-priority suggestion that is never overdue).
 */
public final class FollowUpScenarios {

    // Bavaria and Berlin (Europe/Berlin)
    static final Person ANNA = new Person("Anna Berger", "Head of Engineering", "anna.berger@nordlicht.example");
    static final Person BEN = new Person("Ben Okafor", "Tech Lead", "ben.okafor@nordlicht.example");
    static final Person DANA = new Person("Dana Vogel", "CTO", "dana.vogel@nordlicht.example");
    // New York (America/New_York)
    static final Person CARLA = new Person("Carla Diaz", "Recruiter", "carla.diaz@hudsonledger.example");
    static final Person DEV = new Person("Dev Patel", "Engineering Manager", "dev.patel@hudsonledger.example");
    // Scotland and England (Europe/London)
    static final Person FIONA = new Person("Fiona MacLeod", "Hiring Manager", "fiona.macleod@thistle.example");
    static final Person GRAHAM = new Person("Graham Reid", "Data Lead", "graham.reid@thistle.example");
    static final Person HANNAH = new Person("Hannah Wright", "Operations Director", "hannah.wright@albion.example");
    static final Person OLIVER = new Person("Oliver Grant", "Finance Director", "oliver.grant@albion.example");
    // France (Europe/Paris)
    static final Person CLAIRE = new Person("Claire Martin", "HR Director", "claire.martin@lumen.example");
    // Saudi Arabia (Asia/Riyadh): a Friday-Saturday weekend
    static final Person KHALID = new Person("Khalid Al-Harbi", "Engineering Manager", "khalid.alharbi@najd.example");
    static final Person NOURA = new Person("Noura Al-Qahtani", "HR Partner", "noura.alqahtani@najd.example");

    private static final String BERLIN = "Europe/Berlin";
    private static final String NEW_YORK = "America/New_York";
    private static final String LONDON = "Europe/London";
    private static final String PARIS = "Europe/Paris";
    private static final String RIYADH = "Asia/Riyadh";

    private FollowUpScenarios() {
    }

    public static List<FollowUpScenario> all() {
        return Stream.of(
                scenario("DE-BY: a thank-you to each interviewer, due exactly 24 hours after the end", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Backend Engineer", "2026-03-02T09:00+01:00"),
                                interview("R1", "2026-03-10T14:00+01:00", "2026-03-10T15:30+01:00", by("2026-03-20"),
                                        ANNA, BEN))
                        .asOf("2026-03-10T18:00+01:00")
                        .expect(thankYou(ANNA, "2026-03-11T15:30+01:00"),
                                thankYou(BEN, "2026-03-11T15:30+01:00"),
                                notes("R1", "2026-03-10"),
                                // they said Fri 20 Mar; one business day later: Mon 23 Mar (listed before the 20th)
                                on(STATUS_CHECK, "2026-03-23"),
                                // item 1: silence counts from their date: Fri 20 Mar + 30 = Sun 19 Apr
                                on(MOVE_ON, "2026-04-19")),

                scenario("DE-BY: one interviewer thanked, the other still due; connecting suggested", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Backend Engineer", "2026-03-02T09:00+01:00"),
                                interview("R1", null, "2026-03-10T15:30+01:00", by("2026-03-20"), ANNA, BEN),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-03-10T20:15+01:00"))
                        .asOf("2026-03-11T09:00+01:00")
                        .expect(thankYou(BEN, "2026-03-11T15:30+01:00"),
                                // thanked Tue 10 Mar + 14 days = Tue 24 Mar
                                connect(ANNA, "2026-03-24"),
                                on(STATUS_CHECK, "2026-03-23"),
                                on(MOVE_ON, "2026-04-19")), // item 1: from their date, Fri 20 Mar + 30

                scenario("US-NY: a thank-you sent on LinkedIn needs no suggestion to connect", "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Data Engineer", "2026-04-20T10:00-04:00"),
                                interview("R1", null, "2026-04-28T11:00-04:00", fewDays(), CARLA, DEV),
                                notes("R1"),
                                thankYou("R1", CARLA, EMAIL, "2026-04-28T17:00-04:00"),
                                thankYou("R1", DEV, LINKEDIN, "2026-04-28T17:05-04:00"))
                        .asOf("2026-04-29T09:00-04:00")
                        .expect(connect(CARLA, "2026-05-12"), // Tue 28 Apr + 14
                                // "a few days": Tue 28 Apr + 7 = Tue 5 May, a business day
                                on(STATUS_CHECK, "2026-05-05"),
                                on(MOVE_ON, "2026-05-28")), // Tue 28 Apr + 30 = Thu 28 May

                scenario("DE-BY: the check-in after their date skips Corpus Christi", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Platform Engineer", "2026-05-18T09:00+02:00"),
                                interview("R1", null, "2026-05-27T16:00+02:00", by("2026-06-03"), ANNA),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-05-27T19:00+02:00"))
                        .asOf("2026-05-28T12:00+02:00")
                        // they said Wed 3 Jun; Thu 4 Jun is Corpus Christi in Bavaria, so Fri 5 Jun
                        .expect(on(STATUS_CHECK, "2026-06-05"),
                                connect(ANNA, "2026-06-10"), // Wed 27 May + 14
                                on(MOVE_ON, "2026-07-03")), // item 1: their date Wed 3 Jun + 30 = Fri 3 Jul

                scenario("DE-BE: the same dates in Berlin, where Corpus Christi is a working day", "DE-BE", BERLIN)
                        .steps(open("Nordlicht GmbH", "Platform Engineer", "2026-05-18T09:00+02:00"),
                                interview("R1", null, "2026-05-27T16:00+02:00", by("2026-06-03"), ANNA),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-05-27T19:00+02:00"))
                        .asOf("2026-05-28T12:00+02:00")
                        .expect(on(STATUS_CHECK, "2026-06-04"), // Wed 3 Jun + 1 business day = Thu 4 Jun
                                connect(ANNA, "2026-06-10"),
                                on(MOVE_ON, "2026-07-03")), // item 1: their date Wed 3 Jun + 30

                scenario("US-NY: no timeline; asking about next steps skips Independence Day observed", "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Analytics Engineer", "2026-06-22T09:00-04:00"),
                                interview("R1", "2026-07-02T13:00-04:00", "2026-07-02T14:00-04:00", none(), CARLA))
                        .asOf("2026-07-02T18:00-04:00")
                        .expect(thankYou(CARLA, "2026-07-03T14:00-04:00"),
                                notes("R1", "2026-07-02"),
                                // Thu 2 Jul + 1 business day: Fri 3 Jul is the observed Independence Day, then the
                                // weekend: Mon 6 Jul
                                on(NEXT_STEPS, "2026-07-06"),
                                on(STATUS_CHECK, "2026-07-16"), // Thu 2 Jul + 14 = Thu 16 Jul
                                on(MOVE_ON, "2026-08-01")), // Thu 2 Jul + 30 = Sat 1 Aug, not moved

                scenario("US-NY: \"within a few days\" landing on Thanksgiving", "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Staff Engineer", "2026-11-02T09:00-05:00"),
                                interview("R1", null, "2026-11-19T10:00-05:00", fewDays(), DEV),
                                notes("R1"),
                                thankYou("R1", DEV, EMAIL, "2026-11-19T16:00-05:00"))
                        .asOf("2026-11-19T18:00-05:00")
                        // Thu 19 Nov + 7 = Thu 26 Nov, Thanksgiving: Fri 27 Nov (a working day in New York)
                        .expect(on(STATUS_CHECK, "2026-11-27"),
                                connect(DEV, "2026-12-03"), // Thu 19 Nov + 14
                                on(MOVE_ON, "2026-12-19")), // Thu 19 Nov + 30 = Sat 19 Dec

                scenario("GB-SCT: \"within a few days\" landing on St Andrew's Day observed", "GB-SCT", LONDON)
                        .steps(open("Thistle Analytics", "Data Scientist", "2025-11-10T09:00+00:00"),
                                interview("R1", null, "2025-11-24T11:00+00:00", fewDays(), FIONA),
                                notes("R1"),
                                thankYou("R1", FIONA, EMAIL, "2025-11-24T15:00+00:00"))
                        .asOf("2025-11-25T09:00+00:00")
                        // Mon 24 Nov + 7 = Mon 1 Dec, the substitute for St Andrew's Day (Sun 30 Nov): Tue 2 Dec
                        .expect(on(STATUS_CHECK, "2025-12-02"),
                                connect(FIONA, "2025-12-08"), // Mon 24 Nov + 14
                                on(MOVE_ON, "2025-12-24")), // Mon 24 Nov + 30 = Wed 24 Dec

                scenario("GB-ENG: the same dates in England, where 1 December is a working day", "GB-ENG", LONDON)
                        .steps(open("Thistle Analytics", "Data Scientist", "2025-11-10T09:00+00:00"),
                                interview("R1", null, "2025-11-24T11:00+00:00", fewDays(), FIONA),
                                notes("R1"),
                                thankYou("R1", FIONA, EMAIL, "2025-11-24T15:00+00:00"))
                        .asOf("2025-11-25T09:00+00:00")
                        .expect(on(STATUS_CHECK, "2025-12-01"),
                                connect(FIONA, "2025-12-08"),
                                on(MOVE_ON, "2025-12-24")),

                scenario("GB-SCT: no timeline over New Year; two weeks land on Scotland's 2 January", "GB-SCT", LONDON)
                        .steps(open("Thistle Analytics", "Analytics Lead", "2025-12-01T09:00+00:00"),
                                interview("R1", null, "2025-12-19T15:00+00:00", none(), FIONA, GRAHAM),
                                notes("R1"),
                                thankYou("R1", FIONA, EMAIL, "2025-12-19T18:00+00:00"),
                                thankYou("R1", GRAHAM, EMAIL, "2025-12-20T10:00+00:00"))
                        .asOf("2025-12-20T12:00+00:00")
                        .expect(on(NEXT_STEPS, "2025-12-22"), // Fri 19 Dec + 1 business day = Mon 22 Dec
                                // Fri 19 Dec + 14 = Fri 2 Jan 2026, a bank holiday in Scotland; then the weekend
                                on(STATUS_CHECK, "2026-01-05"),
                                on(MOVE_ON, "2026-01-18"), // Fri 19 Dec + 30 = Sun 18 Jan, not moved
                                connect(FIONA, "2026-01-02"), // Fri 19 Dec + 14, never moved
                                connect(GRAHAM, "2026-01-03")), // Sat 20 Dec + 14

                scenario("DE-BY: nobody's name noted: one thank-you, and ask who and what next, after Epiphany",
                        "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Site Reliability Engineer", "2025-12-15T10:00+01:00"),
                                interview("R1", null, "2026-01-05T11:00+01:00", by("2026-01-09")))
                        .asOf("2026-01-05T12:00+01:00")
                        .expect(thankYouForInterview("R1", "2026-01-06T11:00+01:00"),
                                notes("R1", "2026-01-05"),
                                // Mon 5 Jan + 1 business day: Tue 6 Jan is Epiphany, so Wed 7 Jan
                                on(NEXT_STEPS, "2026-01-07"),
                                on(STATUS_CHECK, "2026-01-12"), // they said Fri 9 Jan: Mon 12 Jan
                                on(MOVE_ON, "2026-02-08")), // item 1: their date Fri 9 Jan + 30 = Sun 8 Feb

                scenario("US-NY: an interview ending 23:30 on the night clocks spring forward belongs to that day",
                        "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Platform Engineer", "2026-03-01T09:00-05:00"),
                                interview("R1", "2026-03-08T22:30-04:00", "2026-03-08T23:30-04:00", fewDays(), DEV))
                        .asOf("2026-03-09T08:00-04:00")
                        // 23:30 EDT on Sun 8 Mar is already 9 Mar in UTC; the candidate's day is the 8th
                        .expect(thankYou(DEV, "2026-03-09T23:30-04:00"),
                                notes("R1", "2026-03-08"),
                                on(STATUS_CHECK, "2026-03-16"), // Sun 8 Mar + 7 = Sun 15 Mar, so Mon 16 Mar
                                on(MOVE_ON, "2026-04-07")), // Sun 8 Mar + 30 = Tue 7 Apr

                scenario("DE-BY: the 24-hour thank-you across the autumn clock change is 24 real hours", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Mobile Engineer", "2026-10-12T09:00+02:00"),
                                interview("R1", "2026-10-24T14:00+02:00", "2026-10-24T16:00+02:00", by("2026-10-30"),
                                        ANNA),
                                notes("R1"))
                        .asOf("2026-10-25T10:00+01:00")
                        // 16:00 CEST on Sat 24 Oct is 14:00 UTC; 24 hours later is 15:00 CET on Sun 25 Oct
                        .expect(thankYou(ANNA, "2026-10-25T15:00+01:00"),
                                // they said Fri 30 Oct; All Saints falls on Sun 1 Nov: Mon 2 Nov
                                on(STATUS_CHECK, "2026-11-02"),
                                on(MOVE_ON, "2026-11-29")), // item 1: their date Fri 30 Oct + 30 = Sun 29 Nov

                scenario("DE-BY: after one check-in the next waits a week", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Data Engineer", "2026-02-02T09:00+01:00"),
                                interview("R1", null, "2026-02-10T11:00+01:00", by("2026-02-20"), ANNA),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-02-10T17:00+01:00"),
                                checkIn("2026-02-23T09:30+01:00", ANNA))
                        .asOf("2026-02-24T09:00+01:00")
                        // the first was due Mon 23 Feb and went out that day; Mon 23 Feb + 7 = Mon 2 Mar
                        .expect(on(STATUS_CHECK, "2026-03-02"),
                                on(MOVE_ON, "2026-03-25"), // item 3: the check-in Mon 23 Feb is the last contact; + 30
                                connect(ANNA, "2026-02-24")), // Tue 10 Feb + 14

                scenario("DE-BY: after two check-ins the third skips Good Friday and Easter Monday", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Backend Engineer", "2026-03-02T09:00+01:00"),
                                interview("R1", null, "2026-03-11T10:00+01:00", fewDays(), ANNA, BEN),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-03-11T18:00+01:00"),
                                thankYou("R1", BEN, EMAIL, "2026-03-11T18:00+01:00"),
                                checkIn("2026-03-18T09:00+01:00", ANNA),
                                checkIn("2026-03-27T09:00+01:00", ANNA))
                        .asOf("2026-03-28T10:00+01:00")
                        // Fri 27 Mar + 7 = Fri 3 Apr (Good Friday), weekend, Mon 6 Apr (Easter Monday): Tue 7 Apr
                        .expect(on(STATUS_CHECK, "2026-04-07"),
                                on(MOVE_ON, "2026-04-26"), // item 3: the last check-in Fri 27 Mar + 30 = Sun 26 Apr
                                connect(ANNA, "2026-03-25"), // Wed 11 Mar + 14
                                connect(BEN, "2026-03-25")),

                scenario("US-NY: three unanswered check-ins: no fourth, moving on remains", "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Backend Engineer", "2026-08-24T09:00-04:00"),
                                interview("R1", null, "2026-09-01T15:00-04:00", by("2026-09-04"), CARLA),
                                notes("R1"),
                                thankYou("R1", CARLA, EMAIL, "2026-09-01T19:00-04:00"),
                                // first due: Fri 4 Sep + 1 business day, past Labor Day (Mon 7 Sep) = Tue 8 Sep
                                checkIn("2026-09-08T10:00-04:00", CARLA),
                                checkIn("2026-09-15T10:00-04:00", CARLA),
                                checkIn("2026-09-22T10:00-04:00", CARLA))
                        .asOf("2026-09-25T12:00-04:00")
                        .expect(on(MOVE_ON, "2026-10-22"), // item 3: the last check-in Tue 22 Sep + 30 = Thu 22 Oct
                                connect(CARLA, "2026-09-15")), // Tue 1 Sep + 14

                scenario("US-NY: a month of silence: the check-in and moving on are both overdue", "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Data Engineer", "2026-05-04T09:00-04:00"),
                                interview("R1", null, "2026-05-12T11:00-04:00", by("2026-05-15"), DEV),
                                notes("R1"),
                                thankYou("R1", DEV, EMAIL, "2026-05-12T16:00-04:00"))
                        .asOf("2026-06-15T09:00-04:00")
                        .expect(on(STATUS_CHECK, "2026-05-18"), // they said Fri 15 May: Mon 18 May
                                on(MOVE_ON, "2026-06-14"), // item 1: their date Fri 15 May + 30 = Sun 14 Jun
                                connect(DEV, "2026-05-26")), // Tue 12 May + 14

                scenario("FR: an update before their date leaves the first check-in where it was", "FR", PARIS)
                        .steps(open("Atelier Lumen", "Product Designer", "2026-06-01T09:00+02:00"),
                                interview("R1", null, "2026-06-09T14:00+02:00", by("2026-06-19"), CLAIRE),
                                notes("R1"),
                                thankYou("R1", CLAIRE, EMAIL, "2026-06-09T18:00+02:00"),
                                reply(ReplyKind.UPDATE, "2026-06-12T10:00+02:00"))
                        .asOf("2026-06-12T12:00+02:00")
                        // first: they said Fri 19 Jun, so Mon 22 Jun; their update Fri 12 Jun + 7 = Fri 19 Jun is
                        // earlier, and a check-in is never due before the first one
                        .expect(on(STATUS_CHECK, "2026-06-22"),
                                on(MOVE_ON, "2026-07-19"), // item 1: their date Fri 19 Jun comes after their update; + 30
                                connect(CLAIRE, "2026-06-23")), // Tue 9 Jun + 14

                scenario("FR: an update after their date moves the check-in a week on, past Bastille Day", "FR", PARIS)
                        .steps(open("Atelier Lumen", "Product Designer", "2026-06-22T09:00+02:00"),
                                interview("R1", null, "2026-06-30T14:00+02:00", by("2026-07-03"), CLAIRE),
                                notes("R1"),
                                thankYou("R1", CLAIRE, EMAIL, "2026-06-30T18:00+02:00"),
                                reply(ReplyKind.UPDATE, "2026-07-07T10:00+02:00"))
                        .asOf("2026-07-07T12:00+02:00")
                        // first: Fri 3 Jul + 1 business day = Mon 6 Jul; their update Tue 7 Jul + 7 = Tue 14 Jul,
                        // Bastille Day: Wed 15 Jul
                        .expect(on(STATUS_CHECK, "2026-07-15"),
                                on(MOVE_ON, "2026-08-06"), // Tue 7 Jul + 30 = Thu 6 Aug
                                connect(CLAIRE, "2026-07-14")), // Tue 30 Jun + 14, never moved

                scenario("DE-BY: a concern raised before Labour Day: answer by the next business day", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Security Engineer", "2026-04-20T09:00+02:00"),
                                interview("R1", null, "2026-04-28T10:00+02:00", by("2026-05-08"), ANNA, BEN),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-04-28T17:00+02:00"),
                                thankYou("R1", BEN, EMAIL, "2026-04-28T17:00+02:00"),
                                reply(ReplyKind.CONCERN, "2026-04-30T16:00+02:00"))
                        .asOf("2026-04-30T18:00+02:00")
                        // Thu 30 Apr + 1 business day: Fri 1 May is Labour Day, then the weekend: Mon 4 May
                        .expect(on(ADDRESS_CONCERN, "2026-05-04"),
                                // item 2: the ball is in her court, so no check-in and no moving on meanwhile
                                connect(ANNA, "2026-05-12"), // Tue 28 Apr + 14
                                connect(BEN, "2026-05-12"))
                        .waiting(Waiting.Reason.CONCERN_UNANSWERED)
                        .explains(ADDRESS_CONCERN, null, "Thursday 30 April", "Monday 4 May",
                                "Friday 1 May is Labour day, a public holiday"),

                scenario("DE-BY: the concern answered: the next check-in waits a week after the answer", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Security Engineer", "2026-04-20T09:00+02:00"),
                                interview("R1", null, "2026-04-28T10:00+02:00", by("2026-05-08"), ANNA, BEN),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-04-28T17:00+02:00"),
                                thankYou("R1", BEN, EMAIL, "2026-04-28T17:00+02:00"),
                                reply(ReplyKind.CONCERN, "2026-04-30T16:00+02:00"),
                                followUp(FollowUpPurpose.ADDRESS_CONCERN, EMAIL, "2026-05-04T09:00+02:00", ANNA))
                        .asOf("2026-05-04T12:00+02:00")
                        // item 4: only an answer with purpose ADDRESS_CONCERN settles it (this one was REITERATE);
                        // item 3: the answer counts as contact, Mon 4 May + 7 = Mon 11 May, the same day as the
                        // check-in after their date (Fri 8 May + 1 business day)
                        .expect(on(STATUS_CHECK, "2026-05-11"),
                                on(MOVE_ON, "2026-06-07"), // item 1: their date Fri 8 May + 30 = Sun 7 Jun
                                connect(ANNA, "2026-05-12"),
                                connect(BEN, "2026-05-12")),

                scenario("US-NY: their next message does not answer their own request for information", "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Solutions Engineer", "2026-09-28T09:00-04:00"),
                                interview("R1", null, "2026-10-06T11:00-04:00", fewDays(), CARLA),
                                notes("R1"),
                                thankYou("R1", CARLA, EMAIL, "2026-10-06T15:00-04:00"),
                                reply(ReplyKind.NEEDS_INFO, "2026-10-08T09:00-04:00"),
                                reply(ReplyKind.UPDATE, "2026-10-09T16:00-04:00"))
                        .asOf("2026-10-09T18:00-04:00")
                        // item 4: an update is no answer to their request: still due Thu 8 Oct + 1 business day;
                        // item 2: meanwhile no check-in and no moving on
                        .expect(on(ADDRESS_CONCERN, "2026-10-09"),
                                connect(CARLA, "2026-10-20")) // Tue 6 Oct + 14
                        .waiting(Waiting.Reason.INFORMATION_REQUESTED),

                scenario("GB-SCT: asked for more on New Year's Eve: send it after Scotland's two New Year holidays",
                        "GB-SCT", LONDON)
                        .steps(open("Thistle Analytics", "Machine Learning Engineer", "2025-12-08T09:00+00:00"),
                                interview("R1", null, "2025-12-16T11:00+00:00", by("2026-01-09"), FIONA),
                                notes("R1"),
                                thankYou("R1", FIONA, Channel.HANDWRITTEN, "2025-12-16T18:00+00:00"),
                                reply(ReplyKind.NEEDS_INFO, "2025-12-31T15:00+00:00"))
                        .asOf("2025-12-31T17:00+00:00")
                        // Wed 31 Dec + 1 business day: Thu 1 and Fri 2 Jan are bank holidays, then the weekend
                        .expect(on(ADDRESS_CONCERN, "2026-01-05"),
                                // item 2: no check-in and no moving on until she sends it
                                connect(FIONA, "2025-12-30")) // Tue 16 Dec + 14
                        .waiting(Waiting.Reason.INFORMATION_REQUESTED),

                scenario("DE-BY: an offer: thank them within two business days, past Whit Monday", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Engineering Manager", "2026-05-11T09:00+02:00"),
                                interview("R1", null, "2026-05-19T10:00+02:00", by("2026-05-22"), ANNA, BEN),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-05-19T17:00+02:00"),
                                reply(ReplyKind.OFFER, "2026-05-22T15:00+02:00"))
                        .asOf("2026-05-22T17:00+02:00")
                        // no thank-you to Ben any more, no check-in, no moving on; Fri 22 May + 2 business days:
                        // Mon 25 May is Whit Monday, so Tue 26 and Wed 27 May
                        .expect(on(AFTER_OUTCOME, "2026-05-27"),
                                connect(ANNA, "2026-06-02")), // Tue 19 May + 14

                scenario("DE-BY: thanks after the offer sent: only connecting is left", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Engineering Manager", "2026-05-11T09:00+02:00"),
                                interview("R1", null, "2026-05-19T10:00+02:00", by("2026-05-22"), ANNA, BEN),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-05-19T17:00+02:00"),
                                reply(ReplyKind.OFFER, "2026-05-22T15:00+02:00"),
                                followUp(FollowUpPurpose.THANKS_AFTER_OUTCOME, EMAIL, "2026-05-26T10:00+02:00", ANNA))
                        .asOf("2026-05-26T12:00+02:00")
                        .expect(connect(ANNA, "2026-06-02")),

                scenario("GB-ENG: a rejection before Easter: thank them and ask for feedback after Easter Monday",
                        "GB-ENG", LONDON)
                        .steps(open("Albion Freight", "Operations Analyst", "2026-03-23T09:00+00:00"),
                                interview("R1", null, "2026-03-31T14:00+01:00", fewDays(), HANNAH),
                                notes("R1"),
                                thankYou("R1", HANNAH, LINKEDIN, "2026-03-31T19:00+01:00"),
                                reply(ReplyKind.REJECTION, "2026-04-02T16:00+01:00"))
                        .asOf("2026-04-02T18:00+01:00")
                        // Thu 2 Apr + 2 business days: Good Friday, weekend, Easter Monday, so Tue 7 and Wed 8 Apr
                        .expect(on(AFTER_OUTCOME, "2026-04-08")),

                scenario("GB-SCT: the same rejection in Scotland, where Easter Monday is a working day", "GB-SCT", LONDON)
                        .steps(open("Albion Freight", "Operations Analyst", "2026-03-23T09:00+00:00"),
                                interview("R1", null, "2026-03-31T14:00+01:00", fewDays(), HANNAH),
                                notes("R1"),
                                thankYou("R1", HANNAH, LINKEDIN, "2026-03-31T19:00+01:00"),
                                reply(ReplyKind.REJECTION, "2026-04-02T16:00+01:00"))
                        .asOf("2026-04-02T18:00+01:00")
                        // Thu 2 Apr + 2 business days: Good Friday, weekend, so Mon 6 and Tue 7 Apr
                        .expect(on(AFTER_OUTCOME, "2026-04-07")),

                scenario("US-NY: closing the opportunity makes every action disappear", "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Data Engineer", "2026-06-01T09:00-04:00"),
                                interview("R1", null, "2026-06-09T11:00-04:00", none(), CARLA, DEV),
                                competingOffer("2026-06-10T09:00-04:00", "2026-06-15"),
                                close(Outcome.WITHDRAWN, "2026-06-10T12:00-04:00"))
                        .asOf("2026-06-10T13:00-04:00")
                        .expectNothing(),

                scenario("US-NY: a competing offer inside the cadence window: clear the air the next business day",
                        "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Backend Engineer", "2026-05-26T09:00-04:00"),
                                interview("R1", null, "2026-06-02T11:00-04:00", by("2026-06-05"), DEV),
                                notes("R1"),
                                thankYou("R1", DEV, EMAIL, "2026-06-02T15:00-04:00"),
                                checkIn("2026-06-08T10:00-04:00", DEV), // due Mon 8 Jun, sent that day
                                competingOffer("2026-06-10T17:00-04:00", "2026-06-17"))
                        .asOf("2026-06-10T18:00-04:00")
                        .expect(on(CLEAR_THE_AIR, "2026-06-11"), // Wed 10 Jun + 1 business day; before Wed 17 Jun
                                on(STATUS_CHECK, "2026-06-15"), // Mon 8 Jun + 7
                                on(MOVE_ON, "2026-07-08"), // item 3: the check-in Mon 8 Jun is the last contact; + 30
                                connect(DEV, "2026-06-16")), // Tue 2 Jun + 14

                scenario("US-NY: a competing offer to answer before a business day has passed", "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Backend Engineer", "2026-06-15T09:00-04:00"),
                                interview("R1", null, "2026-06-24T11:00-04:00", fewDays(), CARLA),
                                notes("R1"),
                                thankYou("R1", CARLA, EMAIL, "2026-06-24T16:00-04:00"),
                                competingOffer("2026-07-02T09:30-04:00", "2026-07-03"))
                        .asOf("2026-07-02T10:00-04:00")
                        // one business day after Thu 2 Jul would be Mon 6 Jul (Fri 3 Jul is the observed
                        // Independence Day); the other offer must be answered by Fri 3 Jul, which comes first
                        .expect(on(CLEAR_THE_AIR, "2026-07-03"),
                                on(STATUS_CHECK, "2026-07-01"), // Wed 24 Jun + 7 = Wed 1 Jul
                                on(MOVE_ON, "2026-07-24"), // Wed 24 Jun + 30 = Fri 24 Jul
                                connect(CARLA, "2026-07-08")), // Wed 24 Jun + 14

                scenario("DE-BY: the air cleared about one competing offer, a second one still to mention", "DE-BY",
                        BERLIN)
                        .steps(open("Nordlicht GmbH", "Frontend Engineer", "2026-09-07T09:00+02:00"),
                                interview("R1", null, "2026-09-15T10:00+02:00", by("2026-09-25"), ANNA),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-09-15T18:00+02:00"),
                                competingOffer("2026-09-17T12:00+02:00", "2026-09-24"),
                                followUp(FollowUpPurpose.CLEAR_THE_AIR, EMAIL, "2026-09-18T09:00+02:00", ANNA),
                                competingOffer("2026-10-01T12:00+02:00", "2026-10-09"))
                        .asOf("2026-10-01T15:00+02:00")
                        // the second: Thu 1 Oct + 1 business day = Fri 2 Oct (German Unity Day is Sat 3 Oct)
                        .expect(on(CLEAR_THE_AIR, "2026-10-02"),
                                // item 3: clearing the air counts as contact (Fri 18 Sep + 7 = Fri 25 Sep), but the
                                // check-in never comes before their date's: they said Fri 25 Sep, so Mon 28 Sep
                                on(STATUS_CHECK, "2026-09-28"),
                                on(MOVE_ON, "2026-10-25"), // item 1: their date Fri 25 Sep + 30
                                connect(ANNA, "2026-09-29")), // Tue 15 Sep + 14

                scenario("GB-SCT: an invitation to the next round ends the check-ins", "GB-SCT", LONDON)
                        .steps(open("Thistle Analytics", "Data Engineer", "2026-01-12T09:00+00:00"),
                                interview("R1", null, "2026-01-20T14:00+00:00", by("2026-01-30"), FIONA),
                                notes("R1"),
                                thankYou("R1", FIONA, EMAIL, "2026-01-20T18:00+00:00"),
                                reply(ReplyKind.NEXT_ROUND, "2026-01-23T10:00+00:00"))
                        .asOf("2026-01-26T09:00+00:00")
                        // item 2: another round is coming, so their silence does not count: no moving on either
                        .expect(connect(FIONA, "2026-02-03")) // Tue 20 Jan + 14
                        .waiting(Waiting.Reason.NEXT_ROUND_INVITED),

                scenario("GB-SCT: retracting a reply recorded by mistake brings the check-in back", "GB-SCT", LONDON)
                        .steps(open("Thistle Analytics", "Data Engineer", "2026-01-12T09:00+00:00"),
                                interview("R1", null, "2026-01-20T14:00+00:00", by("2026-01-30"), FIONA),
                                notes("R1"),
                                thankYou("R1", FIONA, EMAIL, "2026-01-20T18:00+00:00"),
                                reply(ReplyKind.NEXT_ROUND, "2026-01-23T10:00+00:00"),
                                retract(4))
                        .asOf("2026-01-26T09:00+00:00")
                        .expect(on(STATUS_CHECK, "2026-02-02"), // they said Fri 30 Jan: Mon 2 Feb
                                on(MOVE_ON, "2026-03-01"), // item 1: their date Fri 30 Jan + 30 = Sun 1 Mar
                                connect(FIONA, "2026-02-03")),

                scenario("DE-BY: a second round overtakes the first round's thank-you and notes", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Staff Engineer", "2026-01-26T09:00+01:00"),
                                interview("R1", null, "2026-02-03T10:00+01:00", fewDays(), ANNA),
                                reply(ReplyKind.NEXT_ROUND, "2026-02-05T11:00+01:00"),
                                interview("R2", null, "2026-02-12T15:00+01:00", by("2026-02-20"), BEN, DANA),
                                thankYou("R2", BEN, EMAIL, "2026-02-12T19:00+01:00"))
                        .asOf("2026-02-13T09:00+01:00")
                        .expect(thankYou(DANA, "2026-02-13T15:00+01:00"),
                                notes("R2", "2026-02-12"),
                                on(STATUS_CHECK, "2026-02-23"), // they said Fri 20 Feb: Mon 23 Feb
                                on(MOVE_ON, "2026-03-22"), // item 1: their date Fri 20 Feb + 30 = Sun 22 Mar
                                connect(BEN, "2026-02-26")), // Thu 12 Feb + 14

                scenario("DE-BY: no timeline, next steps asked; two weeks land on Whit Monday", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "QA Engineer", "2026-05-04T09:00+02:00"),
                                interview("R1", null, "2026-05-11T16:00+02:00", none(), ANNA),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-05-11T20:00+02:00"),
                                followUp(FollowUpPurpose.NEXT_STEPS, EMAIL, "2026-05-12T09:00+02:00", ANNA))
                        .asOf("2026-05-12T10:00+02:00")
                        // Mon 11 May + 14 = Mon 25 May, Whit Monday: Tue 26 May
                        .expect(on(STATUS_CHECK, "2026-05-26"),
                                on(MOVE_ON, "2026-06-11"), // item 3: the next-steps query Tue 12 May + 30 = Thu 11 Jun
                                connect(ANNA, "2026-05-25")), // Mon 11 May + 14, never moved

                scenario("DE-BY: a check-in sent before their date does not bring the next one forward", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Data Engineer", "2026-06-29T09:00+02:00"),
                                interview("R1", null, "2026-07-07T10:00+02:00", by("2026-07-24"), ANNA),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-07-07T17:00+02:00"),
                                checkIn("2026-07-09T09:00+02:00", ANNA))
                        .asOf("2026-07-09T12:00+02:00")
                        // first: they said Fri 24 Jul, so Mon 27 Jul; a week after the early check-in (Thu 16 Jul)
                        // would be sooner
                        .expect(on(STATUS_CHECK, "2026-07-27"),
                                on(MOVE_ON, "2026-08-23"), // item 1: their date Fri 24 Jul + 30 = Sun 23 Aug
                                connect(ANNA, "2026-07-21")), // Tue 7 Jul + 14

                // ---- issue 10: when silence counts, scheduled interviews, moved dates, connections, stale actions

                scenario("DE-BY: their date five weeks out: no moving on before it has come", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Platform Engineer", "2026-04-13T09:00+02:00"),
                                interview("R1", null, "2026-04-21T11:00+02:00", by("2026-05-29"), ANNA),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-04-21T17:00+02:00"))
                        .asOf("2026-05-22T10:00+02:00")
                        // item 1: a month after the interview is Thu 21 May, but they owe no answer before Fri 29 May
                        .expect(on(STATUS_CHECK, "2026-06-01"), // Fri 29 May + 1 business day, past the weekend
                                on(MOVE_ON, "2026-06-28"), // Fri 29 May + 30 = Sun 28 Jun
                                connect(ANNA, "2026-05-05")) // Tue 21 Apr + 14
                        .explains(MOVE_ON, null, "the date they gave, Friday 29 May", "until Sunday 28 June"),

                scenario("GB-ENG: a next round scheduled: no check-in or moving on until it has taken place", "GB-ENG",
                        LONDON)
                        .steps(albionSecondRoundScheduled())
                        .asOf("2026-06-20T09:00+01:00")
                        // items 2 and 10: the day before Thu 25 Jun is Wed 24 Jun; confirm right after the end
                        .expect(prepare("R2", "2026-06-24"),
                                confirmHeld("R2", "2026-06-25T11:30+01:00"),
                                connect(HANNAH, "2026-06-24")) // Wed 10 Jun + 14
                        .waiting(Waiting.Reason.INTERVIEW_SCHEDULED)
                        .explains(Rule.PREPARE, "R2", "Thursday 25 June, 10:00", "Oliver Grant (Finance Director)",
                                "the names and titles of everyone you meet")
                        .needsNewEndpoints(),

                scenario("GB-ENG: the scheduled interview recorded as held keeps its id: thank-yous and notes follow",
                        "GB-ENG", LONDON)
                        .steps(albionSecondRoundScheduled())
                        // recorded as held without names: the scheduled interviewers are taken over
                        .then(interview("R2", "2026-06-25T10:00+01:00", "2026-06-25T11:40+01:00", by("2026-07-03")))
                        .asOf("2026-06-25T16:00+01:00")
                        .expect(thankYou(HANNAH, "2026-06-26T11:40+01:00"),
                                thankYou(OLIVER, "2026-06-26T11:40+01:00"),
                                notes("R2", "2026-06-25"),
                                on(STATUS_CHECK, "2026-07-06"), // they said Fri 3 Jul: Mon 6 Jul
                                on(MOVE_ON, "2026-08-02"), // Fri 3 Jul + 30 = Sun 2 Aug
                                connect(HANNAH, "2026-06-24"))
                        .explains(Rule.THANK_YOU, "Oliver Grant", "round 2 interview ended Thursday 25 June, 11:40",
                                "by Friday 26 June, 11:40")
                        .needsNewEndpoints(),

                scenario("US-NY: after the scheduled end, confirm it took place; preparing has lapsed", "US-NY",
                        NEW_YORK)
                        .steps(open("Hudson Ledger", "Data Engineer", "2026-08-03T09:00-04:00"),
                                interview("R1", null, "2026-08-11T11:00-04:00", none(), CARLA),
                                notes("R1"),
                                thankYou("R1", CARLA, EMAIL, "2026-08-11T16:00-04:00"),
                                followUp(FollowUpPurpose.NEXT_STEPS, EMAIL, "2026-08-12T09:00-04:00", CARLA),
                                reply(ReplyKind.NEXT_ROUND, "2026-08-14T10:00-04:00"),
                                scheduled("R2", "2026-08-20T14:00-04:00", null, "2026-08-14T12:00-04:00", DEV))
                        .asOf("2026-08-20T18:00-04:00")
                        // item 10: no end given, so an hour after the 14:00 start
                        .expect(confirmHeld("R2", "2026-08-20T15:00-04:00"),
                                connect(CARLA, "2026-08-25")) // Tue 11 Aug + 14
                        // item 8: preparing was worth doing until the start
                        .missed(prepare("R2", "2026-08-19"))
                        .waiting(Waiting.Reason.INTERVIEW_SCHEDULED)
                        .explains(Rule.CONFIRM_HELD, "R2", "Thursday 20 August, 15:00", "an hour after its start")
                        .needsNewEndpoints(),

                scenario("DE-BY: a rescheduled interview moves its preparation and its confirmation", "DE-BY", BERLIN)
                        .steps(nordlichtSecondRoundScheduled())
                        .then(reschedule("R2", "2026-09-22T10:00+02:00", "2026-09-22T11:00+02:00",
                                "2026-09-15T09:00+02:00"))
                        .asOf("2026-09-16T09:00+02:00")
                        // item 10: now Tue 22 Sep, so prepare on Mon 21 Sep
                        .expect(prepare("R2", "2026-09-21"),
                                confirmHeld("R2", "2026-09-22T11:00+02:00"),
                                connect(ANNA, "2026-09-23")) // Wed 9 Sep + 14
                        .waiting(Waiting.Reason.INTERVIEW_SCHEDULED)
                        .explains(Rule.PREPARE, "R2", "Tuesday 22 September, 10:00", "Ben Okafor (Tech Lead)")
                        .needsNewEndpoints(),

                scenario("DE-BY: a cancelled interview: nothing to prepare, and the invitation still holds check-ins back",
                        "DE-BY", BERLIN)
                        .steps(nordlichtSecondRoundScheduled())
                        .then(cancel("R2", "2026-09-16T08:00+02:00"))
                        .asOf("2026-09-16T09:00+02:00")
                        // items 2 and 10: the round they invited her to has not taken place
                        .expect(connect(ANNA, "2026-09-23"))
                        .waiting(Waiting.Reason.NEXT_ROUND_INVITED)
                        .needsNewEndpoints(),

                scenario("FR: they moved their date: the check-in follows the new one", "FR", PARIS)
                        .steps(open("Atelier Lumen", "Service Designer", "2026-06-01T09:00+02:00"),
                                interview("R1", null, "2026-06-09T14:00+02:00", by("2026-06-12"), CLAIRE),
                                notes("R1"),
                                thankYou("R1", CLAIRE, EMAIL, "2026-06-09T18:00+02:00"),
                                decisionChange("R1", by("2026-06-26"), "2026-06-11T10:00+02:00"))
                        .asOf("2026-06-11T12:00+02:00")
                        // item 11: Fri 26 Jun + 1 business day = Mon 29 Jun, not Mon 15 Jun
                        .expect(on(STATUS_CHECK, "2026-06-29"),
                                on(MOVE_ON, "2026-07-26"), // Fri 26 Jun + 30 = Sun 26 Jul
                                connect(CLAIRE, "2026-06-23")) // Tue 9 Jun + 14
                        .explains(STATUS_CHECK, null, "they changed their timeline", "they now say Friday 26 June",
                                "Monday 29 June")
                        .needsNewEndpoints(),

                scenario("FR: told a few days more after a check-in: the next one counts from their word", "FR", PARIS)
                        .steps(open("Atelier Lumen", "Service Designer", "2026-06-22T09:00+02:00"),
                                interview("R1", null, "2026-06-30T14:00+02:00", by("2026-07-03"), CLAIRE),
                                notes("R1"),
                                thankYou("R1", CLAIRE, EMAIL, "2026-06-30T18:00+02:00"),
                                checkIn("2026-07-06T09:00+02:00", CLAIRE),
                                decisionChange("R1", fewDays(), "2026-07-07T11:00+02:00"))
                        .asOf("2026-07-07T12:00+02:00")
                        // item 11: a week after Tue 7 Jul is Tue 14 Jul, Bastille Day: Wed 15 Jul; item 5: their word
                        // answered the check-in, so this is the first of a new run
                        .expect(on(STATUS_CHECK, "2026-07-15"),
                                on(MOVE_ON, "2026-08-06"), // their word Tue 7 Jul + 30 = Thu 6 Aug
                                connect(CLAIRE, "2026-07-14")) // Tue 30 Jun + 14
                        .explains(STATUS_CHECK, null, "a week after they told you on Tuesday 7 July", "Wednesday 15 July")
                        .needsNewEndpoints(),

                scenario("DE-BY: they brought their date forward: the check-in comes sooner", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Cloud Engineer", "2026-10-05T09:00+02:00"),
                                interview("R1", null, "2026-10-13T10:00+02:00", by("2026-10-30"), BEN),
                                notes("R1"),
                                thankYou("R1", BEN, EMAIL, "2026-10-13T16:00+02:00"),
                                decisionChange("R1", by("2026-10-21"), "2026-10-15T11:00+02:00"))
                        .asOf("2026-10-15T12:00+02:00")
                        // item 11: Wed 21 Oct + 1 business day = Thu 22 Oct
                        .expect(on(STATUS_CHECK, "2026-10-22"),
                                on(MOVE_ON, "2026-11-20"), // Wed 21 Oct + 30 = Fri 20 Nov
                                connect(BEN, "2026-10-27")) // Tue 13 Oct + 14
                        .needsNewEndpoints(),

                scenario("US-NY: telling them about another offer resets the check-in rhythm", "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Backend Engineer", "2026-09-08T09:00-04:00"),
                                interview("R1", null, "2026-09-16T11:00-04:00", fewDays(), DEV),
                                notes("R1"),
                                thankYou("R1", DEV, EMAIL, "2026-09-16T17:00-04:00"),
                                competingOffer("2026-09-21T10:00-04:00", "2026-10-02"),
                                followUp(FollowUpPurpose.CLEAR_THE_AIR, EMAIL, "2026-09-22T09:00-04:00", DEV))
                        .asOf("2026-09-22T12:00-04:00")
                        // item 3: not Wed 23 Sep (a week after the interview) but a week after that message
                        .expect(on(STATUS_CHECK, "2026-09-29"),
                                on(MOVE_ON, "2026-10-22"), // Tue 22 Sep + 30 = Thu 22 Oct
                                connect(DEV, "2026-09-30")) // Wed 16 Sep + 14
                        .explains(STATUS_CHECK, null, "You told them about your other offer on Tuesday 22 September",
                                "Tuesday 29 September"),

                scenario("DE-BY: answering their concern resets the rhythm: the check-in moves a week past the answer",
                        "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Security Engineer", "2026-06-01T09:00+02:00"),
                                interview("R1", null, "2026-06-09T10:00+02:00", fewDays(), ANNA),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-06-09T17:00+02:00"),
                                reply(ReplyKind.CONCERN, "2026-06-12T11:00+02:00"),
                                followUp(FollowUpPurpose.ADDRESS_CONCERN, EMAIL, "2026-06-15T09:00+02:00", ANNA))
                        .asOf("2026-06-15T12:00+02:00")
                        // items 3 and 4: answered; Mon 15 Jun + 7 = Mon 22 Jun, later than Tue 16 Jun
                        .expect(on(STATUS_CHECK, "2026-06-22"),
                                on(MOVE_ON, "2026-07-15"), // Mon 15 Jun + 30 = Wed 15 Jul
                                connect(ANNA, "2026-06-23")) // Tue 9 Jun + 14
                        .explains(STATUS_CHECK, null, "You answered their concern on Monday 15 June", "Monday 22 June"),

                scenario("US-NY: a plain check-in does not answer their concern", "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Platform Engineer", "2026-04-06T09:00-04:00"),
                                interview("R1", null, "2026-04-14T11:00-04:00", fewDays(), CARLA),
                                notes("R1"),
                                thankYou("R1", CARLA, EMAIL, "2026-04-14T16:00-04:00"),
                                reply(ReplyKind.CONCERN, "2026-04-16T10:00-04:00"),
                                checkIn("2026-04-17T09:00-04:00", CARLA))
                        .asOf("2026-04-17T12:00-04:00")
                        // item 4: still due Thu 16 Apr + 1 business day; item 2: no check-in or moving on meanwhile
                        .expect(on(ADDRESS_CONCERN, "2026-04-17"),
                                connect(CARLA, "2026-04-28")) // Tue 14 Apr + 14
                        .waiting(Waiting.Reason.CONCERN_UNANSWERED)
                        .explains(ADDRESS_CONCERN, null, "Thursday 16 April", "Friday 17 April"),

                scenario("GB-ENG: a LinkedIn connection answers no request; it settles the suggestion to connect",
                        "GB-ENG", LONDON)
                        .steps(open("Albion Freight", "Logistics Analyst", "2026-07-06T09:00+01:00"),
                                interview("R1", null, "2026-07-14T11:00+01:00", by("2026-07-24"), HANNAH),
                                notes("R1"),
                                thankYou("R1", HANNAH, EMAIL, "2026-07-14T17:00+01:00"),
                                reply(ReplyKind.NEEDS_INFO, "2026-07-16T10:00+01:00"),
                                followUp(FollowUpPurpose.CONNECT, LINKEDIN, "2026-07-16T12:00+01:00", HANNAH))
                        .asOf("2026-07-16T13:00+01:00")
                        // items 4 and 9: Thu 16 Jul + 1 business day = Fri 17 Jul
                        .expect(on(ADDRESS_CONCERN, "2026-07-17"))
                        .waiting(Waiting.Reason.INFORMATION_REQUESTED),

                scenario("FR: a connection recorded on its own settles connecting, and is not a check-in", "FR", PARIS)
                        .steps(open("Atelier Lumen", "UX Researcher", "2026-09-01T09:00+02:00"),
                                interview("R1", null, "2026-09-08T14:00+02:00", by("2026-09-11"), CLAIRE),
                                notes("R1"),
                                thankYou("R1", CLAIRE, EMAIL, "2026-09-08T18:00+02:00"),
                                connection(CLAIRE, "2026-09-14T09:00+02:00"))
                        .asOf("2026-09-14T10:00+02:00")
                        // item 9: the check-in stays on Mon 14 Sep (Fri 11 Sep + 1 business day)
                        .expect(on(STATUS_CHECK, "2026-09-14"),
                                on(MOVE_ON, "2026-10-11")) // Fri 11 Sep + 30 = Sun 11 Oct
                        .explains(STATUS_CHECK, null, "They said Friday 11 September", "Monday 14 September")
                        .needsNewEndpoints(),

                scenario("DE-BY: a reply after three check-ins starts the count again", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Backend Engineer", "2026-02-02T09:00+01:00"),
                                interview("R1", null, "2026-02-10T11:00+01:00", fewDays(), ANNA),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-02-10T17:00+01:00"),
                                checkIn("2026-02-17T09:00+01:00", ANNA),
                                checkIn("2026-02-24T09:00+01:00", ANNA),
                                checkIn("2026-03-03T09:00+01:00", ANNA),
                                reply(ReplyKind.UPDATE, "2026-03-05T10:00+01:00"))
                        .asOf("2026-03-06T09:00+01:00")
                        // item 5: the limit counts unanswered check-ins; their word Thu 5 Mar + 7 = Thu 12 Mar
                        .expect(on(STATUS_CHECK, "2026-03-12"),
                                on(MOVE_ON, "2026-04-04"), // Thu 5 Mar + 30 = Sat 4 Apr
                                connect(ANNA, "2026-02-24")) // Tue 10 Feb + 14
                        .explains(STATUS_CHECK, null, "They last wrote on Thursday 5 March", "Thursday 12 March"),

                scenario("US-NY: the third unanswered check-in is the last before moving on", "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Site Reliability Engineer", "2026-03-30T09:00-04:00"),
                                interview("R1", null, "2026-04-07T11:00-04:00", fewDays(), DEV),
                                notes("R1"),
                                thankYou("R1", DEV, EMAIL, "2026-04-07T16:00-04:00"),
                                checkIn("2026-04-14T09:00-04:00", DEV),
                                checkIn("2026-04-21T09:00-04:00", DEV))
                        .asOf("2026-04-22T09:00-04:00")
                        // item 5: the wording follows the configured limit of 3
                        .expect(on(STATUS_CHECK, "2026-04-28"), // Tue 21 Apr + 7
                                on(MOVE_ON, "2026-05-21"), // Tue 21 Apr + 30 = Thu 21 May
                                connect(DEV, "2026-04-21")) // Tue 7 Apr + 14
                        .explains(STATUS_CHECK, null, "check-in 3 of 3", "Tuesday 28 April"),

                scenario("GB-ENG: closed as rejected: thank them after the outcome, past the Spring Bank Holiday",
                        "GB-ENG", LONDON)
                        .steps(albionClosedAsRejected())
                        .asOf("2026-05-22T18:00+01:00")
                        // item 6: Fri 22 May + 2 business days, Mon 25 May being a bank holiday: Wed 27 May
                        .expect(on(AFTER_OUTCOME, "2026-05-27"))
                        .explains(AFTER_OUTCOME, null, "They said no on Friday 22 May", "Wednesday 27 May",
                                "Monday 25 May is Spring Bank Holiday, a public holiday"),

                scenario("GB-ENG: the thanks after the outcome recorded on the closed opportunity settles it", "GB-ENG",
                        LONDON)
                        .steps(albionClosedAsRejected())
                        .then(followUp(FollowUpPurpose.THANKS_AFTER_OUTCOME, EMAIL, "2026-05-26T10:00+01:00", HANNAH))
                        .asOf("2026-05-26T12:00+01:00")
                        .expectNothing(), // item 6

                scenario("FR: closed with the offer accepted: thank them for it", "FR", PARIS)
                        .steps(open("Atelier Lumen", "Design Lead", "2026-10-01T09:00+02:00"),
                                interview("R1", null, "2026-10-08T15:00+02:00", by("2026-10-16"), CLAIRE),
                                notes("R1"),
                                thankYou("R1", CLAIRE, EMAIL, "2026-10-08T19:00+02:00"),
                                close(Outcome.ACCEPTED_OFFER, "2026-10-16T11:00+02:00"))
                        .asOf("2026-10-16T12:00+02:00")
                        .expect(on(AFTER_OUTCOME, "2026-10-20")) // item 6: Fri 16 Oct + 2 business days = Tue 20 Oct
                        .explains(AFTER_OUTCOME, null, "They made you an offer on Friday 16 October", "Tuesday 20 October"),

                scenario("US-NY: a thank-you that asked about next steps settles that question", "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Analytics Engineer", "2026-06-01T09:00-04:00"),
                                interview("R1", null, "2026-06-09T11:00-04:00", none(), CARLA),
                                notes("R1"),
                                thankYouAskingNextSteps("R1", CARLA, "2026-06-09T16:00-04:00"))
                        .asOf("2026-06-10T09:00-04:00")
                        // item 7: no NEXT_STEPS any more
                        .expect(on(STATUS_CHECK, "2026-06-23"), // Tue 9 Jun + 14
                                on(MOVE_ON, "2026-07-09"), // Tue 9 Jun + 30 = Thu 9 Jul
                                connect(CARLA, "2026-06-23"))
                        .needsNewEndpoints(),

                scenario("DE-BY: a date given later settles the question about next steps", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Data Engineer", "2026-07-01T09:00+02:00"),
                                interview("R1", null, "2026-07-08T10:00+02:00", none(), ANNA),
                                notes("R1"),
                                thankYou("R1", ANNA, EMAIL, "2026-07-08T16:00+02:00"),
                                decisionChange("R1", by("2026-07-17"), "2026-07-09T09:30+02:00"))
                        .asOf("2026-07-09T10:00+02:00")
                        // items 7 and 11: they said Fri 17 Jul, so Mon 20 Jul
                        .expect(on(STATUS_CHECK, "2026-07-20"),
                                on(MOVE_ON, "2026-08-16"), // Fri 17 Jul + 30 = Sun 16 Aug
                                connect(ANNA, "2026-07-22")) // Wed 8 Jul + 14
                        .needsNewEndpoints(),

                scenario("GB-ENG: a check-in also settles the question about next steps", "GB-ENG", LONDON)
                        .steps(open("Albion Freight", "Fleet Analyst", "2026-09-07T09:00+01:00"),
                                interview("R1", null, "2026-09-15T11:00+01:00", none(), HANNAH),
                                notes("R1"),
                                thankYou("R1", HANNAH, EMAIL, "2026-09-15T17:00+01:00"),
                                checkIn("2026-09-16T09:00+01:00", HANNAH))
                        .asOf("2026-09-16T10:00+01:00")
                        // item 7; the next check-in is still the two-week one, Tue 29 Sep (Wed 16 Sep + 7 is sooner)
                        .expect(on(STATUS_CHECK, "2026-09-29"),
                                on(MOVE_ON, "2026-10-16"), // item 3: the check-in Wed 16 Sep + 30 = Fri 16 Oct
                                connect(HANNAH, "2026-09-29")), // Tue 15 Sep + 14

                scenario("DE-BY: notes and thank-yous left for over a week are missed, not overdue", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Backend Engineer", "2026-03-02T09:00+01:00"),
                                interview("R1", null, "2026-03-10T15:30+01:00", by("2026-03-31"), ANNA, BEN))
                        .asOf("2026-03-18T09:00+01:00")
                        .expect(on(STATUS_CHECK, "2026-04-01"), // Tue 31 Mar + 1 business day
                                on(MOVE_ON, "2026-04-30")) // Tue 31 Mar + 30 = Thu 30 Apr
                        // item 8: notes worth writing until Fri 13 Mar, thank-yous until Tue 17 Mar 15:30
                        .missed(thankYou(ANNA, "2026-03-11T15:30+01:00"),
                                thankYou(BEN, "2026-03-11T15:30+01:00"),
                                notes("R1", "2026-03-10"))
                        .explains(Rule.NOTES, "R1", "Tuesday 10 March")
                        .needsNewEndpoints(),

                scenario("US-NY: the other offer's deadline has passed: clearing the air is missed", "US-NY", NEW_YORK)
                        .steps(open("Hudson Ledger", "Data Engineer", "2026-10-05T09:00-04:00"),
                                interview("R1", null, "2026-10-13T11:00-04:00", fewDays(), CARLA),
                                notes("R1"),
                                thankYou("R1", CARLA, EMAIL, "2026-10-13T16:00-04:00"),
                                competingOffer("2026-10-14T10:00-04:00", "2026-10-16"))
                        .asOf("2026-10-19T09:00-04:00")
                        .expect(on(STATUS_CHECK, "2026-10-20"), // Tue 13 Oct + 7
                                on(MOVE_ON, "2026-11-12"), // Tue 13 Oct + 30 = Thu 12 Nov
                                connect(CARLA, "2026-10-27")) // Tue 13 Oct + 14
                        // item 8: due Thu 15 Oct, worth doing until the other offer's Fri 16 Oct
                        .missed(on(CLEAR_THE_AIR, "2026-10-15"))
                        .explains(CLEAR_THE_AIR, null, "needs your answer by Friday 16 October")
                        .needsNewEndpoints(),

                scenario("DE-BY: notes per interviewer count as the interview's notes", "DE-BY", BERLIN)
                        .steps(open("Nordlicht GmbH", "Staff Engineer", "2026-06-15T09:00+02:00"),
                                interview("R1", null, "2026-06-23T12:00+02:00", by("2026-07-03"), ANNA, BEN),
                                notesPerInterviewer("R1", "Anna Berger", "Her team's move to event sourcing",
                                        "Ben Okafor", "The on-call rota and how they pair"))
                        .asOf("2026-06-23T15:00+02:00")
                        // item 12: no NOTES action
                        .expect(thankYou(ANNA, "2026-06-24T12:00+02:00"),
                                thankYou(BEN, "2026-06-24T12:00+02:00"),
                                on(STATUS_CHECK, "2026-07-06"), // Fri 3 Jul + 1 business day
                                on(MOVE_ON, "2026-08-02")) // Fri 3 Jul + 30 = Sun 2 Aug
                        .explains(Rule.THANK_YOU, "Ben Okafor", "Write each interviewer a note of their own")
                        .needsNewEndpoints(),

                scenario("GB-ENG: a check-in by phone sets the rhythm like one by e-mail", "GB-ENG", LONDON)
                        .steps(open("Albion Freight", "Operations Analyst", "2026-01-05T09:00+00:00"),
                                interview("R1", null, "2026-01-13T11:00+00:00", by("2026-01-16"), HANNAH),
                                notes("R1"),
                                thankYou("R1", HANNAH, EMAIL, "2026-01-13T17:00+00:00"),
                                followUp(FollowUpPurpose.STATUS_CHECK, Channel.PHONE, "2026-01-19T10:00+00:00", HANNAH))
                        .asOf("2026-01-19T12:00+00:00")
                        // item 14: the call on Mon 19 Jan was due that day; the next waits a week
                        .expect(on(STATUS_CHECK, "2026-01-26"),
                                on(MOVE_ON, "2026-02-18"), // Mon 19 Jan + 30 = Wed 18 Feb
                                connect(HANNAH, "2026-01-27")) // Tue 13 Jan + 14
                        .explains(STATUS_CHECK, null, "You last checked in on Monday 19 January", "check-in 2 of 3"),

                scenario("SA: the business day after a Thursday interview is Sunday (Friday-Saturday weekend)", "SA",
                        RIYADH)
                        .steps(open("Najd Systems", "Backend Engineer", "2026-09-01T09:00+03:00"),
                                interview("R1", null, "2026-09-10T13:00+03:00", none(), KHALID))
                        .asOf("2026-09-10T17:00+03:00")
                        // item 15: Fri 11 and Sat 12 Sep are the weekend in Saudi Arabia
                        .expect(thankYou(KHALID, "2026-09-11T13:00+03:00"),
                                notes("R1", "2026-09-10"),
                                on(NEXT_STEPS, "2026-09-13"),
                                on(STATUS_CHECK, "2026-09-24"), // Thu 10 Sep + 14 = Thu 24 Sep, a working day
                                on(MOVE_ON, "2026-10-10")) // Thu 10 Sep + 30 = Sat 10 Oct
                        .explains(NEXT_STEPS, null, "Thursday 10 September", "Sunday 13 September"),

                scenario("SA: their date before National Day: the check-in skips it", "SA", RIYADH)
                        .steps(open("Najd Systems", "Platform Engineer", "2026-09-06T09:00+03:00"),
                                interview("R1", null, "2026-09-14T11:00+03:00", by("2026-09-22"), KHALID, NOURA),
                                notes("R1"),
                                thankYou("R1", KHALID, EMAIL, "2026-09-14T16:00+03:00"),
                                thankYou("R1", NOURA, EMAIL, "2026-09-14T16:05+03:00"))
                        .asOf("2026-09-15T09:00+03:00")
                        // item 15: they said Tue 22 Sep; Wed 23 Sep is National Day, so Thu 24 Sep
                        .expect(on(STATUS_CHECK, "2026-09-24"),
                                on(MOVE_ON, "2026-10-22"), // Tue 22 Sep + 30 = Thu 22 Oct
                                connect(KHALID, "2026-09-28"), // Mon 14 Sep + 14
                                connect(NOURA, "2026-09-28"))
                        .explains(STATUS_CHECK, null, "Thursday 24 September",
                                "Wednesday 23 September is National Day, a public holiday")
                        .explains(Rule.CONNECT, "Noura Al-Qahtani", "You thanked Noura Al-Qahtani on Monday 14 September"),

                scenario("SA: a concern raised on a Thursday is answered on the Sunday", "SA", RIYADH)
                        .steps(open("Najd Systems", "Data Engineer", "2026-10-04T09:00+03:00"),
                                interview("R1", null, "2026-10-13T11:00+03:00", fewDays(), KHALID),
                                notes("R1"),
                                thankYou("R1", KHALID, EMAIL, "2026-10-13T15:00+03:00"),
                                reply(ReplyKind.CONCERN, "2026-10-15T10:00+03:00"))
                        .asOf("2026-10-15T12:00+03:00")
                        // item 15: Thu 15 Oct + 1 business day, past Fri 16 and Sat 17 Oct: Sun 18 Oct
                        .expect(on(ADDRESS_CONCERN, "2026-10-18"),
                                connect(KHALID, "2026-10-27")) // Tue 13 Oct + 14
                        .waiting(Waiting.Reason.CONCERN_UNANSWERED)
                        .explains(ADDRESS_CONCERN, null, "Thursday 15 October", "Sunday 18 October"),

                scenario("SA: a week after a Sunday interview is a working Sunday", "SA", RIYADH)
                        .steps(open("Najd Systems", "QA Engineer", "2026-10-11T09:00+03:00"),
                                interview("R1", null, "2026-10-18T11:00+03:00", fewDays(), NOURA),
                                notes("R1"),
                                thankYou("R1", NOURA, EMAIL, "2026-10-18T15:00+03:00"))
                        .asOf("2026-10-19T09:00+03:00")
                        // item 15: Sun 18 Oct + 7 = Sun 25 Oct, a business day in Saudi Arabia (not moved to Monday)
                        .expect(on(STATUS_CHECK, "2026-10-25"),
                                on(MOVE_ON, "2026-11-17"), // Sun 18 Oct + 30 = Tue 17 Nov
                                connect(NOURA, "2026-11-01")) // Sun 18 Oct + 14
                        .explains(STATUS_CHECK, null, "Sunday 18 October", "Sunday 25 October")
        ).map(Builder::build).toList();
    }

    /** A first round at Albion Freight, an invitation to the next, and that round scheduled with two people. */
    private static Step[] albionSecondRoundScheduled() {
        return new Step[] {open("Albion Freight", "Planning Analyst", "2026-06-01T09:00+01:00"),
                interview("R1", null, "2026-06-10T15:00+01:00", fewDays(), HANNAH),
                notes("R1"),
                thankYou("R1", HANNAH, EMAIL, "2026-06-10T18:00+01:00"),
                reply(ReplyKind.NEXT_ROUND, "2026-06-12T10:00+01:00"),
                scheduled("R2", "2026-06-25T10:00+01:00", "2026-06-25T11:30+01:00", "2026-06-15T09:00+01:00",
                        HANNAH, OLIVER)};
    }

    /** A first round at Nordlicht, an invitation to the next, and that round scheduled for Thu 17 Sep. */
    private static Step[] nordlichtSecondRoundScheduled() {
        return new Step[] {open("Nordlicht GmbH", "Data Engineer", "2026-09-01T09:00+02:00"),
                interview("R1", null, "2026-09-09T10:00+02:00", by("2026-09-18"), ANNA),
                notes("R1"),
                thankYou("R1", ANNA, EMAIL, "2026-09-09T15:00+02:00"),
                reply(ReplyKind.NEXT_ROUND, "2026-09-11T09:00+02:00"),
                scheduled("R2", "2026-09-17T14:00+02:00", "2026-09-17T15:00+02:00", "2026-09-11T10:00+02:00", BEN)};
    }

    /** An interview at Albion Freight, and the opportunity closed as rejected on Fri 22 May. */
    private static Step[] albionClosedAsRejected() {
        return new Step[] {open("Albion Freight", "Procurement Analyst", "2026-05-11T09:00+01:00"),
                interview("R1", null, "2026-05-19T11:00+01:00", fewDays(), HANNAH),
                notes("R1"),
                thankYou("R1", HANNAH, EMAIL, "2026-05-19T17:00+01:00"),
                close(Outcome.REJECTED, "2026-05-22T16:00+01:00")};
    }

    /** One scenario by its exact name, for a test that replays a chosen few. */
    public static FollowUpScenario named(String name) {
        return all().stream().filter(scenario -> scenario.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario named " + name));
    }

    // ---- the language of the scenarios

    private static Builder scenario(String name, String region, String zone) {
        return new Builder(name, region, zone);
    }

    private static final class Builder {

        private final String name;
        private final String region;
        private final String zone;
        private List<Step> steps = List.of();
        private @Nullable OffsetDateTime asOf;
        private List<Expected> expected = List.of();
        private List<Expected> missed = List.of();
        private List<Waiting.Reason> waiting = List.of();
        private final List<Explained> explanations = new ArrayList<>();
        private boolean needsNewEndpoints;

        private Builder(String name, String region, String zone) {
            this.name = name;
            this.region = region;
            this.zone = zone;
        }

        Builder steps(Step... recorded) {
            this.steps = List.of(recorded);
            return this;
        }

        /** More steps after those given so far. */
        Builder then(Step... more) {
            this.steps = Stream.concat(steps.stream(), Stream.of(more)).toList();
            return this;
        }

        Builder asOf(String instant) {
            this.asOf = OffsetDateTime.parse(instant);
            return this;
        }

        /** The actions open at {@code asOf}, exactly. */
        Builder expect(Expected... actions) {
            this.expected = List.of(actions);
            return this;
        }

        Builder expectNothing() {
            return expect();
        }

        /** The actions missed by {@code asOf}: past the time they were worth doing. */
        Builder missed(Expected... actions) {
            this.missed = List.of(actions);
            return this;
        }

        /** Why the rules that hold back were waiting at {@code asOf}, exactly. */
        Builder waiting(Waiting.Reason... reasons) {
            this.waiting = List.of(reasons);
            return this;
        }

        /** Facts the explanation of the (open or missed) action must state, word for word. */
        Builder explains(Rule rule, @Nullable String about, String... fragments) {
            this.explanations.add(new Explained(rule, about, List.of(fragments)));
            return this;
        }

        /** Records something the API cannot take yet, or expects missed actions: see {@link FollowUpScenario}. */
        Builder needsNewEndpoints() {
            this.needsNewEndpoints = true;
            return this;
        }

        FollowUpScenario build() {
            if (asOf == null) {
                throw new IllegalStateException(name + ": asOf first");
            }
            return new FollowUpScenario(name, region, zone, steps, asOf, expected, missed, waiting, explanations,
                    needsNewEndpoints);
        }
    }

    static Step open(String company, String role, String openedAt) {
        return new Step.Open(company, role, OffsetDateTime.parse(openedAt));
    }

    static Step interview(String label, @Nullable String startedAt, String endedAt, Decision decision,
                          Person... interviewers) {
        return new Step.Interview(label, startedAt == null ? null : OffsetDateTime.parse(startedAt),
                OffsetDateTime.parse(endedAt), List.of(interviewers), decision);
    }

    static Step notes(String interview) {
        return new Step.Notes(interview, "Walked them through the migration project", "Fumbled the question on "
                + "on-call load", "They are rebuilding their data pipeline", "To ask about the team's release rhythm",
                List.of());
    }

    /** Notes with what was discussed with each interviewer: pairs of name and notes. */
    static Step notesPerInterviewer(String interview, String... namesAndNotes) {
        List<Step.PersonNotes> perInterviewer = new ArrayList<>();
        for (int i = 0; i < namesAndNotes.length; i += 2) {
            perInterviewer.add(new Step.PersonNotes(namesAndNotes[i], namesAndNotes[i + 1]));
        }
        return new Step.Notes(interview, "Good rapport with the panel", null, null, null, perInterviewer);
    }

    static Step thankYou(String interview, Person interviewer, Channel channel, String sentAt) {
        return new Step.ThankYou(interview, interviewer.name(), channel, OffsetDateTime.parse(sentAt), false);
    }

    /** A thank-you that also asked what happens next and when. */
    static Step thankYouAskingNextSteps(String interview, Person interviewer, String sentAt) {
        return new Step.ThankYou(interview, interviewer.name(), EMAIL, OffsetDateTime.parse(sentAt), true);
    }

    static Step scheduled(String label, String startsAt, @Nullable String endsAt, String scheduledAt,
                          Person... interviewers) {
        return new Step.ScheduledInterview(label, OffsetDateTime.parse(startsAt),
                endsAt == null ? null : OffsetDateTime.parse(endsAt), List.of(interviewers),
                OffsetDateTime.parse(scheduledAt));
    }

    static Step reschedule(String interview, String startsAt, @Nullable String endsAt, String rescheduledAt) {
        return new Step.Reschedule(interview, OffsetDateTime.parse(startsAt),
                endsAt == null ? null : OffsetDateTime.parse(endsAt), OffsetDateTime.parse(rescheduledAt));
    }

    static Step cancel(String interview, String cancelledAt) {
        return new Step.Cancel(interview, OffsetDateTime.parse(cancelledAt));
    }

    static Step decisionChange(String interview, Decision decision, String toldAt) {
        return new Step.DecisionChange(interview, decision, OffsetDateTime.parse(toldAt));
    }

    static Step connection(Person person, String connectedAt) {
        return new Step.Connection(person.name(), OffsetDateTime.parse(connectedAt));
    }

    static Step checkIn(String sentAt, Person to) {
        return followUp(FollowUpPurpose.STATUS_CHECK, EMAIL, sentAt, to);
    }

    static Step followUp(FollowUpPurpose purpose, Channel channel, String sentAt, @Nullable Person to) {
        return new Step.FollowUp(purpose, channel, OffsetDateTime.parse(sentAt), to == null ? null : to.name());
    }

    static Step reply(ReplyKind kind, String receivedAt) {
        return new Step.Reply(kind, OffsetDateTime.parse(receivedAt));
    }

    static Step competingOffer(String receivedAt, String respondBy) {
        return new Step.CompetingOffer(OffsetDateTime.parse(receivedAt), LocalDate.parse(respondBy));
    }

    static Step close(Outcome outcome, String at) {
        return new Step.Close(outcome, OffsetDateTime.parse(at));
    }

    static Step retract(int step) {
        return new Step.Retract(step);
    }

    static Decision by(String day) {
        return new Decision(DecisionTimeline.Kind.DATE, LocalDate.parse(day));
    }

    static Decision fewDays() {
        return new Decision(DecisionTimeline.Kind.FEW_DAYS, null);
    }

    static Decision none() {
        return new Decision(DecisionTimeline.Kind.NONE, null);
    }

    static Expected thankYou(Person interviewer, String dueAt) {
        return new Expected(Rule.THANK_YOU, interviewer.name(), OffsetDateTime.parse(dueAt), null);
    }

    /** The thank-you for an interview that lists no interviewers. */
    static Expected thankYouForInterview(String interview, String dueAt) {
        return new Expected(Rule.THANK_YOU, interview, OffsetDateTime.parse(dueAt), null);
    }

    static Expected notes(String interview, String dueOn) {
        return new Expected(Rule.NOTES, interview, null, LocalDate.parse(dueOn));
    }

    static Expected prepare(String interview, String dueOn) {
        return new Expected(Rule.PREPARE, interview, null, LocalDate.parse(dueOn));
    }

    static Expected confirmHeld(String interview, String dueAt) {
        return new Expected(Rule.CONFIRM_HELD, interview, OffsetDateTime.parse(dueAt), null);
    }

    static Expected connect(Person interviewer, String dueOn) {
        return new Expected(Rule.CONNECT, interviewer.name(), null, LocalDate.parse(dueOn));
    }

    static Expected on(Rule rule, String dueOn) {
        return new Expected(rule, null, null, LocalDate.parse(dueOn));
    }
}
