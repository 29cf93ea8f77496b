package org.followthrough.application.reminders;

import org.followthrough.application.accounts.Account;
import org.followthrough.application.accounts.Accounts;
import org.followthrough.application.dueactions.DueActionView;
import org.followthrough.application.dueactions.DueActions;
import org.followthrough.application.settings.CandidateSettings;
import org.followthrough.application.settings.CandidateSettingsStore;
import org.followthrough.application.settings.SettingsService;
import org.followthrough.domain.followup.DueAction;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.Days;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.StateConflict;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The morning digest: what each candidate has overdue and due today, mailed once a day at the time they picked, in
 * their own zone. {@link #sweep()} runs every minute on whichever node holds the schedule; a row in
 * {@code digest_delivery} per candidate and local day, claimed under a row lock, makes each digest go out once across
 * nodes and restarts. A failed send is retried with growing pauses and stays visible until it goes.
 */
@Service
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    /** Where nothing can mail (an application without the web module): nothing is sent. */
    private static final DigestMailer NO_MAIL = new DigestMailer() {
        @Override
        public boolean configured() {
            return false;
        }

        @Override
        public void send(Digest digest) {
            throw new IllegalStateException("mail is not configured");
        }
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CandidateSettingsStore settings;
    private final SettingsService settingsService;
    private final DueActions dueActions;
    private final Accounts accounts;
    private final UnsubscribeLinks unsubscribe;
    private final DigestMailer mailer;
    private final Clock clock;

    public Digests(JdbcClient jdbc, PlatformTransactionManager transactions, CandidateSettingsStore settings,
                   SettingsService settingsService, DueActions dueActions, Accounts accounts, UnsubscribeLinks unsubscribe,
                   ObjectProvider<DigestMailer> mailer, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.settingsService = settingsService;
        this.dueActions = dueActions;
        this.accounts = accounts;
        this.unsubscribe = unsubscribe;
        this.mailer = mailer.getIfAvailable(() -> NO_MAIL);
        this.clock = clock;
    }

    public boolean mailConfigured() {
        return mailer.configured();
    }

    /** Today's digest of one candidate (their today), whether or not anything is in it. */
    public Digest compose(CandidateId candidate, Instant now) {
        CandidateSettings current = settings.of(candidate).orElseThrow(() -> new NotFound("account", candidate));
        Account account = accounts.byId(candidate.value()).orElseThrow(() -> new NotFound("account", candidate));
        ZoneId zone = current.timeZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant endOfToday = Days.endOf(today, zone);
        List<DigestItem> overdue = new ArrayList<>();
        List<DigestItem> dueToday = new ArrayList<>();
        for (DueActionView view : dueActions.open(candidate)) {
            DueAction action = view.action();
            if (action.isMissedAt(now)) {
                continue; // past the time it was worth doing: the dashboard lists it apart, a reminder would nag
            }
            if (action.isOverdueAt(now)) {
                overdue.add(item(view, zone));
            } else if (today.equals(action.dueOn()) || (action.dueAt() != null && action.dueAt().isBefore(endOfToday))) {
                dueToday.add(item(view, zone));
            }
        }
        return new Digest(candidate, account.email(), account.displayName(), today, overdue, dueToday,
                "/unsubscribe/" + unsubscribe.tokenFor(candidate));
    }

    private static DigestItem item(DueActionView view, ZoneId zone) {
        DueAction action = view.action();
        ZonedDateTime at = action.dueAt() == null ? null : action.dueAt().atZone(zone);
        return new DigestItem(view.company(), view.role(), action.action(), action.explanation(), action.dueOn(), at,
                "/opportunities/" + action.opportunityId());
    }

    /** Sends today's digest now, even an empty one, so the candidate can see that mail arrives; not counted as the day's. */
    public Digest sendTest(CandidateId candidate) {
        if (!mailer.configured()) {
            throw new StateConflict("mail is not configured on this server, so no digest can be sent");
        }
        Digest digest = compose(candidate, clock.instant());
        try {
            mailer.send(digest);
        } catch (RuntimeException e) {
            log.warn("A test digest for {} was not sent: {}", candidate, e.toString());
            throw new StateConflict("the mail server did not take the message; try again later");
        }
        return digest;
    }

    /** Turns the digest off for whoever holds a signed link; false for a link that was not signed here. */
    public boolean unsubscribe(String token) {
        Optional<CandidateId> candidate = unsubscribe.verify(token);
        candidate.ifPresent(who -> settingsService.changeDigest(who, false, null));
        return candidate.isPresent();
    }

    /** Sends the digests that are due now; returns how many went out. */
    public int sweep() {
        if (!mailer.configured()) {
            return 0;
        }
        Instant now = clock.instant();
        Set<String> settled = settledAround(now);
        int sent = 0;
        for (CandidateSettingsStore.DigestWanted wanted : settings.wantingDigest()) {
            ZonedDateTime local = now.atZone(wanted.timeZone());
            if (local.toLocalTime().isBefore(wanted.at())
                    || settled.contains(wanted.candidateId().value() + "/" + local.toLocalDate())) {
                continue;
            }
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> deliver(wanted.candidateId(), local.toLocalDate(), now)))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("The digest of {} could not be prepared: {}", wanted.candidateId(), e.toString());
            }
        }
        return sent;
    }

    /** The days already done (sent, or nothing to send) around today in every zone: skipped without a claim. */
    private Set<String> settledAround(Instant now) {
        LocalDate utcDay = now.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        Set<String> settled = new HashSet<>();
        jdbc.sql("""
                        SELECT candidate_id, local_date FROM digest_delivery
                        WHERE local_date BETWEEN ? AND ? AND state IN ('SENT', 'EMPTY')""")
                .params(Date.valueOf(utcDay.minusDays(1)), Date.valueOf(utcDay.plusDays(1)))
                .query(row -> {
                    settled.add(row.getObject(1, UUID.class) + "/" + row.getDate(2).toLocalDate());
                });
        return settled;
    }

    /**
     * Claims the candidate's day (the row is made once; its lock keeps other nodes out while this one sends), then sends
     * or records why not. Returns whether a mail went out.
     */
    private boolean deliver(CandidateId candidate, LocalDate day, Instant now) {
        jdbc.sql("""
                        INSERT INTO digest_delivery (candidate_id, local_date, state, items, attempts, next_attempt, updated_at)
                        VALUES (?, ?, 'PENDING', 0, 0, ?, ?) ON CONFLICT (candidate_id, local_date) DO NOTHING""")
                .params(candidate.value(), Date.valueOf(day), Timestamp.from(now), Timestamp.from(now))
                .update();
        Optional<Integer> attempts = jdbc.sql("""
                        SELECT attempts FROM digest_delivery
                        WHERE candidate_id = ? AND local_date = ? AND state IN ('PENDING', 'FAILED') AND next_attempt <= ?
                        FOR UPDATE SKIP LOCKED""")
                .params(candidate.value(), Date.valueOf(day), Timestamp.from(now))
                .query(Integer.class)
                .optional();
        if (attempts.isEmpty()) {
            return false;
        }
        Digest digest = compose(candidate, now);
        if (!digest.day().equals(day) || digest.isEmpty()) {
            record(candidate, day, "EMPTY", 0, attempts.get(), null, null, now);
            return false;
        }
        try {
            mailer.send(digest);
        } catch (RuntimeException e) {
            int tries = attempts.get() + 1;
            Instant next = now.plus(pauseAfter(tries));
            log.warn("The digest of {} for {} was not sent (attempt {}; next at {}): {}", candidate, day, tries, next,
                    e.toString());
            record(candidate, day, "FAILED", digest.size(), tries, next, String.valueOf(e.getMessage()), now);
            return false;
        }
        record(candidate, day, "SENT", digest.size(), attempts.get() + 1, null, null, now);
        return true;
    }

    /** 1, 2, 4 … minutes, at most an hour. */
    static Duration pauseAfter(int attempts) {
        Duration pause = Duration.ofMinutes(1L << Math.min(attempts - 1, 10));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private void record(CandidateId candidate, LocalDate day, String state, int items, int attempts,
                        @Nullable Instant next, @Nullable String error,
                        Instant now) {
        jdbc.sql("""
                        UPDATE digest_delivery SET state = ?, items = ?, attempts = ?, next_attempt = ?, last_error = ?,
                            updated_at = ?
                        WHERE candidate_id = ? AND local_date = ?""")
                .params(state, items, attempts, next == null ? null : Timestamp.from(next),
                        error == null ? null : error.substring(0, Math.min(error.length(), 500)), Timestamp.from(now),
                        candidate.value(), Date.valueOf(day))
                .update();
    }

    /** The digests that failed and wait for their next attempt, for the administrator. */
    public List<Failure> failures() {
        return jdbc.sql("""
                        SELECT candidate_id, local_date, attempts, next_attempt, last_error FROM digest_delivery
                        WHERE state = 'FAILED' ORDER BY updated_at DESC LIMIT 100""")
                .query((row, number) -> new Failure(CandidateId.of(row.getObject(1, UUID.class)),
                        row.getDate(2).toLocalDate(), row.getInt(3), row.getTimestamp(4).toInstant(),
                        String.valueOf(row.getString(5))))
                .list();
    }

    public record Failure(CandidateId candidateId, LocalDate day, int attempts, Instant nextAttempt, String error) {
    }
}
