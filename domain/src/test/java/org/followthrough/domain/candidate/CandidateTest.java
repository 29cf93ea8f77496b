package org.followthrough.domain.candidate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.followthrough.domain.followup.FollowUpPolicy;
import org.followthrough.domain.shared.CandidateId;
import org.followthrough.domain.shared.NotFound;
import org.followthrough.domain.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CandidateTest {

    private static final Instant NOW = Instant.parse("2026-03-12T11:00:00Z");
    private static final CandidateId ADA = CandidateId.of(UUID.fromString("00000000-0000-0000-0000-0000000000ad"));

    private FixtureConfiguration<Candidate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Candidate.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void registersWithTimeZoneAndRegion() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCandidate(ADA, " Ada ", ZoneId.of("Europe/Berlin"), Region.parse("de-by")))
                .expectEvents(new CandidateRegistered(ADA, "Ada", ZoneId.of("Europe/Berlin"), new Region("DE", "BY"), NOW));
    }

    @Test
    void needsADisplayName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCandidate(ADA, "", ZoneId.of("Europe/Berlin"), Region.parse("DE")))
                .expectException(RuleViolation.class);
    }

    @Test
    void changesSettingsOnlyWhenSomethingChanged() {
        CandidateRegistered registered = new CandidateRegistered(ADA, "Ada", ZoneId.of("Europe/Berlin"), Region.parse("DE-BY"), NOW);
        FollowUpPolicy patient = new FollowUpPolicy(java.time.Duration.ofHours(24), 7, 1, 1, 7, 7, 7, 2, 30, 1, 1, 2);

        fixture.given(registered)
                .when(new ChangeCandidateSettings(ADA, ZoneId.of("Europe/Berlin"), Region.parse("DE-BY"), patient))
                .expectEvents(new CandidateSettingsChanged(ADA, ZoneId.of("Europe/Berlin"), Region.parse("DE-BY"), patient, NOW))
                .expectResultMessagePayload(true);
        fixture.given(registered)
                .when(new ChangeCandidateSettings(ADA, ZoneId.of("Europe/Berlin"), Region.parse("DE-BY"), FollowUpPolicy.DEFAULTS))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void theDigestIsOnAtEightUntilTheCandidateChangesItAndAnUnchangedChoiceRecordsNothing() {
        CandidateRegistered registered = new CandidateRegistered(ADA, "Ada", ZoneId.of("Europe/Berlin"), Region.parse("DE-BY"), NOW);

        fixture.given(registered)
                .when(new ChangeDigestSettings(ADA, true, java.time.LocalTime.of(8, 0)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
        fixture.given(registered)
                .when(new ChangeDigestSettings(ADA, false, java.time.LocalTime.of(8, 0)))
                .expectEvents(new DigestSettingsChanged(ADA, false, java.time.LocalTime.of(8, 0), NOW))
                .expectResultMessagePayload(true);
        fixture.given(registered, new DigestSettingsChanged(ADA, false, java.time.LocalTime.of(8, 0), NOW))
                .when(new ChangeDigestSettings(ADA, false, java.time.LocalTime.of(7, 30)))
                .expectEvents(new DigestSettingsChanged(ADA, false, java.time.LocalTime.of(7, 30), NOW));
    }

    @Test
    void aDigestTimeIsInWholeMinutes() {
        assertThatThrownBy(() -> new DigestSettingsChanged(ADA, true, java.time.LocalTime.of(8, 0, 30), NOW))
                .isInstanceOf(RuleViolation.class)
                .satisfies(error -> assertThat(((RuleViolation) error).field()).isEqualTo("digestTime"));
    }

    @Test
    void aPolicyOutsideSensibleBoundsIsRefusedNamingTheNumber() {
        assertThatThrownBy(() -> new FollowUpPolicy(java.time.Duration.ofHours(24), 7, 1, 1, 7, 14, 0, 3, 30, 1, 1, 2))
                .isInstanceOf(RuleViolation.class)
                .satisfies(error -> org.assertj.core.api.Assertions.assertThat(((RuleViolation) error).field())
                        .isEqualTo("policy.daysBetweenCheckIns"));
    }

    @Test
    void aRegionIsAnIsoCountryWithAnOptionalSubdivision() {
        assertThat(Region.parse("US-NY").code()).isEqualTo("US-NY");
        assertThat(Region.parse("gb").code()).isEqualTo("GB");
        assertThatThrownBy(() -> Region.parse("XX")).isInstanceOf(RuleViolation.class).hasMessageContaining("ISO 3166");
        assertThatThrownBy(() -> Region.parse("Bavaria")).isInstanceOf(RuleViolation.class);
    }
    @Test
    void askingToShareWithACoachOnlyRecordsAPendingShareWithTheNameShown() {
        fixture.given(registered())
                .when(new ProposeCoachShare(ADA, " Cora@Coaching.Example ", true, " Cora Coach "))
                .expectEvents(new CoachShareProposed(ADA, "cora@coaching.example", true, "Cora Coach", NOW))
                .expectResultMessagePayload(CoachShareStatus.PENDING);
    }

    @Test
    void askingAgainTheSameWayWhileItWaitsRecordsNothingButAnotherNameOrChoiceDoes() {
        CoachShareProposed proposed = new CoachShareProposed(ADA, "cora@coaching.example", false, "Cora", NOW);
        fixture.given(registered(), proposed)
                .when(new ProposeCoachShare(ADA, "cora@coaching.example", false, "Cora"))
                .expectNoEvents()
                .expectResultMessagePayload(CoachShareStatus.PENDING);
        fixture.given(registered(), proposed)
                .when(new ProposeCoachShare(ADA, "cora@coaching.example", false, "Cora Lee"))
                .expectEvents(new CoachShareProposed(ADA, "cora@coaching.example", false, "Cora Lee", NOW));
        fixture.given(registered(), proposed)
                .when(new ProposeCoachShare(ADA, "cora@coaching.example", true, "Cora"))
                .expectEvents(new CoachShareProposed(ADA, "cora@coaching.example", true, "Cora", NOW));
    }

    @Test
    void confirmingTheCoachsCurrentNameSharesWhatWasAskedFor() {
        fixture.given(registered(), new CoachShareProposed(ADA, "cora@coaching.example", true, "Cora", NOW))
                .when(new ConfirmCoachShare(ADA, "CORA@coaching.example", " Cora ", "Cora"))
                .expectEvents(new SharedWithCoach(ADA, "cora@coaching.example", true, NOW))
                .expectResultMessagePayload(CoachShareStatus.ACTIVE);
    }

    @Test
    void aNameThatIsNotTheCoachsCurrentOneSharesNothingAndSaysTheCurrentOne() {
        fixture.given(registered(), new CoachShareProposed(ADA, "cora@coaching.example", true, "Cora", NOW))
                .when(new ConfirmCoachShare(ADA, "cora@coaching.example", "Cora", "Mallory"))
                .expectException(CoachNameMismatch.class)
                .expectExceptionMessage("the coach at cora@coaching.example is now called 'Mallory'; nothing is shared until you confirm that name")
                .expectNoEvents();
        fixture.given(registered(), new CoachShareProposed(ADA, "cora@coaching.example", true, "Cora", NOW))
                .when(new ConfirmCoachShare(ADA, "cora@coaching.example", "Cora", null))
                .expectException(CoachNameMismatch.class)
                .expectNoEvents();
        fixture.given(registered(), new CoachShareProposed(ADA, "cora@coaching.example", true, "Cora", NOW))
                .when(new ConfirmCoachShare(ADA, "cora@coaching.example", " ", "Cora"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void confirmingWithNothingPendingIsNotFoundAndConfirmingTwiceChangesNothing() {
        fixture.given(registered())
                .when(new ConfirmCoachShare(ADA, "cora@coaching.example", "Cora", "Cora"))
                .expectException(NotFound.class)
                .expectNoEvents();
        fixture.given(registered(), new CoachShareProposed(ADA, "cora@coaching.example", true, "Cora", NOW),
                        new SharedWithCoach(ADA, "cora@coaching.example", true, NOW))
                .when(new ConfirmCoachShare(ADA, "cora@coaching.example", "Cora", "Cora"))
                .expectNoEvents()
                .expectResultMessagePayload(CoachShareStatus.ACTIVE);
    }

    @Test
    void aCoachAlreadySharedWithOnlyHasTheTimelineChoiceChanged() {
        SharedWithCoach shared = new SharedWithCoach(ADA, "cora@coaching.example", false, NOW);
        fixture.given(registered(), shared)
                .when(new ProposeCoachShare(ADA, "cora@coaching.example", false, "Cora"))
                .expectNoEvents()
                .expectResultMessagePayload(CoachShareStatus.ACTIVE);
        fixture.given(registered(), shared)
                .when(new ProposeCoachShare(ADA, "cora@coaching.example", true, "Cora"))
                .expectEvents(new SharedWithCoach(ADA, "cora@coaching.example", true, NOW))
                .expectResultMessagePayload(CoachShareStatus.ACTIVE);
    }

    @Test
    void canRevokeSharingAndARepeatedRevocationChangesNothing() {
        SharedWithCoach shared = new SharedWithCoach(ADA, "cora@coaching.example", true, NOW);
        fixture.given(registered(), shared)
                .when(new RevokeCoachSharing(ADA, "CORA@coaching.example"))
                .expectEvents(new CoachSharingRevoked(ADA, "cora@coaching.example", NOW))
                .expectResultMessagePayload(true);
        fixture.given(registered(), shared, new CoachSharingRevoked(ADA, "cora@coaching.example", NOW))
                .when(new RevokeCoachSharing(ADA, "cora@coaching.example"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void revokingDropsAPendingShareSoItCanNoLongerBeConfirmed() {
        CoachShareProposed proposed = new CoachShareProposed(ADA, "cora@coaching.example", true, "Cora", NOW);
        CoachSharingRevoked revoked = new CoachSharingRevoked(ADA, "cora@coaching.example", NOW);
        fixture.given(registered(), proposed)
                .when(new RevokeCoachSharing(ADA, "cora@coaching.example"))
                .expectEvents(revoked);
        fixture.given(registered(), proposed, revoked)
                .when(new ConfirmCoachShare(ADA, "cora@coaching.example", "Cora", "Cora"))
                .expectException(NotFound.class);
    }

    @Test
    void cannotShareWithSomethingThatIsNotAnEmailAddress() {
        fixture.given(registered())
                .when(new ProposeCoachShare(ADA, "my coach", true, "Cora"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("is not an e-mail address: 'my coach' (it needs one @, as in name@example.com)");
    }

    @Test
    void aNulInTheDisplayNameIsRefusedAndNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCandidate(ADA, "Ada\u0000", ZoneId.of("Europe/Berlin"), Region.parse("DE")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("contains a control character (U+0000) at position 4")
                .expectNoEvents();
    }

    @Test
    void aNulInTheCoachsAddressIsRefusedAndNothingIsRecorded() {
        fixture.given(registered())
                .when(new ProposeCoachShare(ADA, "cora\u0000@coaching.example", true, "Cora"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCoachsInternationalDomainIsKeptInAscii() {
        fixture.given(registered())
                .when(new ProposeCoachShare(ADA, "cora@B\u00fccher.example", false, "Cora"))
                .expectEvents(new CoachShareProposed(ADA, "cora@xn--bcher-kva.example", false, "Cora", NOW));
    }

    private static CandidateRegistered registered() {
        return new CandidateRegistered(ADA, "Ada", ZoneId.of("Europe/Berlin"), Region.parse("DE-BY"), NOW);
    }

    @Test
    void aSignatureIsRecordedCleanedAndOnlyWhenItChanges() {
        CandidateRegistered registered = new CandidateRegistered(ADA, "Ada", ZoneId.of("Europe/Berlin"), Region.parse("DE"), NOW);
        Signature signature = new Signature("+49 30 1234567", "ada@example.com", "https://www.linkedin.com/in/ada");
        fixture.given(registered)
                .when(new ChangeSignature(ADA, " +49 30 1234567 ", "ada@example.com", "https://www.linkedin.com/in/ada"))
                .expectEvents(new SignatureChanged(ADA, signature, NOW))
                .expectResultMessagePayload(true);
        fixture.given(registered, new SignatureChanged(ADA, signature, NOW))
                .when(new ChangeSignature(ADA, "+49 30 1234567", "ada@example.com", "https://www.linkedin.com/in/ada"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aSignatureCanBeClearedAgain() {
        CandidateRegistered registered = new CandidateRegistered(ADA, "Ada", ZoneId.of("Europe/Berlin"), Region.parse("DE"), NOW);
        fixture.given(registered, new SignatureChanged(ADA, new Signature(null, "ada@example.com", null), NOW))
                .when(new ChangeSignature(ADA, " ", null, ""))
                .expectEvents(new SignatureChanged(ADA, Signature.NONE, NOW));
    }

    @Test
    void aSignatureRefusesWhatIsNotAPhoneAnAddressOrAWebLink() {
        assertThatThrownBy(() -> new Signature("call me", null, null))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("signature.phone"));
        assertThatThrownBy(() -> new Signature(null, "ada at example", null))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("signature.email"));
        assertThatThrownBy(() -> new Signature(null, null, "javascript:alert(1)"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("signature.profileUrl"));
        assertThatThrownBy(() -> new Signature(null, null, "www.example.com/ada"))
                .isInstanceOf(RuleViolation.class);
    }
}
