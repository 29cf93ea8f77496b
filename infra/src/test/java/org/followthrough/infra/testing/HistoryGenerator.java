package org.followthrough.infra.testing;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.followthrough.domain.opportunity.Channel;
import org.followthrough.domain.opportunity.CompetingOfferReceived;
import org.followthrough.domain.opportunity.DecisionTimeline;
import org.followthrough.domain.opportunity.EntryRetracted;
import org.followthrough.domain.opportunity.FollowUpPurpose;
import org.followthrough.domain.opportunity.FollowUpSent;
import org.followthrough.domain.opportunity.InterviewHeld;
import org.followthrough.domain.opportunity.InterviewNotesRecorded;
import org.followthrough.domain.opportunity.Interviewer;
import org.followthrough.domain.opportunity.OpportunityClosed;
import org.followthrough.domain.opportunity.OpportunityEvent;
import org.followthrough.domain.opportunity.OpportunityOpened;
import org.followthrough.domain.opportunity.Outcome;
import org.followthrough.domain.opportunity.RecruiterReplied;
import org.followthrough.domain.opportunity.ReplyKind;
import org.followthrough.domain.opportunity.ThankYouSent;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.InterviewId;
import org.followthrough.domain.shared.OpportunityId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Plausible opportunity histories in bulk, for rebuild tests and benchmarks: an opening, one to three interview
 * rounds with their people and stated timelines, notes, thank-yous, check-ins, replies, the odd competing offer,
 * correction and close. Deterministic for a given seed; every time lies in 2025.
 */
public final class HistoryGenerator {

    private static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne",
            "Cyberdyne", "Soylent", "Tyrell"};
    private static final String[] PEOPLE = {"Grace Hopper", "Alan Turing", "Ada Byron", "Katherine Johnson",
            "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth", "Frances Allen", "Tony Hoare", "Radia Perlman"};

    private final Random random;

    public HistoryGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** One opportunity's events as the store would hold them, numbered from 0, each recorded shortly after it happened. */
    public List<DomainEventMessage<?>> opportunity(CandidateId candidate) {
        OpportunityId id = OpportunityId.of(new UUID(random.nextLong(), random.nextLong()));
        Instant start = Instant.parse("2025-01-06T09:00:00Z").plus(Duration.ofHours(random.nextInt(24 * 300)));
        List<OpportunityEvent> events = new ArrayList<>();
        events.add(new OpportunityOpened(id, candidate, pick(COMPANIES) + " " + (1 + random.nextInt(99)),
                "Engineer " + (1 + random.nextInt(5)), start));
        Instant now = start;
        int rounds = 1 + random.nextInt(3);
        boolean decided = false;
        for (int round = 1; round <= rounds && !decided; round++) {
            now = now.plus(Duration.ofDays(2 + random.nextInt(10)));
            InterviewId interview = InterviewId.of(new UUID(random.nextLong(), random.nextLong()));
            List<Interviewer> people = new ArrayList<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                String name = PEOPLE[(round * 3 + i) % PEOPLE.length];
                if (people.stream().noneMatch(person -> person.isCalled(name))) {
                    people.add(new Interviewer(name, random.nextBoolean() ? "Engineering Manager" : null, null));
                }
            }
            LocalDate day = now.atZone(ZoneOffset.UTC).toLocalDate();
            DecisionTimeline decision = switch (random.nextInt(3)) {
                case 0 -> DecisionTimeline.by(day.plusDays(5 + random.nextInt(10)));
                case 1 -> DecisionTimeline.withinAFewDays();
                default -> DecisionTimeline.notStated();
            };
            events.add(new InterviewHeld(id, candidate, interview, round, now.minus(Duration.ofHours(1)), now, people, decision));
            if (random.nextInt(3) > 0) {
                events.add(new InterviewNotesRecorded(id, candidate, interview, "the architecture discussion",
                        random.nextBoolean() ? "the estimation question" : null, "their on-call culture",
                        random.nextBoolean() ? "my migration project" : null, List.of(), now.plus(Duration.ofHours(2))));
            }
            for (Interviewer person : people) {
                if (random.nextInt(4) > 0) {
                    events.add(new ThankYouSent(id, candidate, interview, person.name(),
                            random.nextInt(5) == 0 ? Channel.HANDWRITTEN : Channel.EMAIL,
                            now.plus(Duration.ofHours(3 + random.nextInt(40))), null, false));
                }
            }
            if (random.nextInt(2) == 0) {
                now = now.plus(Duration.ofDays(7 + random.nextInt(8)));
                events.add(new FollowUpSent(id, candidate, FollowUpPurpose.STATUS_CHECK, Channel.EMAIL, now, null, null));
            }
            if (random.nextInt(6) == 0) {
                now = now.plus(Duration.ofDays(1));
                events.add(new CompetingOfferReceived(id, candidate, now,
                        now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(5)));
            }
            int answer = random.nextInt(10);
            if (answer < 7) {
                now = now.plus(Duration.ofDays(1 + random.nextInt(12)));
                ReplyKind kind = round < rounds ? ReplyKind.NEXT_ROUND
                        : answer < 2 ? ReplyKind.OFFER : answer < 5 ? ReplyKind.REJECTION : ReplyKind.UPDATE;
                events.add(new RecruiterReplied(id, candidate, kind, now, null));
                decided = kind.isDecision();
            }
        }
        if (random.nextInt(12) == 0 && events.size() > 2) {
            events.add(new EntryRetracted(id, candidate, events.size() - 1L, "recorded by mistake", now.plus(Duration.ofMinutes(5))));
        }
        if (decided || random.nextInt(4) == 0) {
            now = now.plus(Duration.ofDays(2));
            events.add(new OpportunityClosed(id, candidate, decided ? (random.nextBoolean() ? Outcome.ACCEPTED_OFFER
                    : Outcome.REJECTED) : Outcome.GHOSTED, now));
        }
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (OpportunityEvent event : events) {
            messages.add(new GenericDomainEventMessage<>("Opportunity", id.toString(), messages.size(), event,
                    MetaData.emptyInstance(), new UUID(random.nextLong(), random.nextLong()).toString(),
                    event.occurredAt().plus(Duration.ofMinutes(1 + random.nextInt(600)))));
        }
        return messages;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
