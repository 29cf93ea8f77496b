package org.followthrough.web;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Dependencies point inward, as DESIGN.md draws them: web → (application, analytics, infra, site) → domain, with one
 * step inside the middle: analytics → application (the projection support, and who shares with a coach), and
 * site → analytics (the figures' results, to draw).
 */
@AnalyzeClasses(packages = "org.followthrough", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNobody = noClasses().that().resideInAPackage("org.followthrough.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.followthrough.application..",
                    "org.followthrough.analytics..", "org.followthrough.infra..", "org.followthrough.site..",
                    "org.followthrough.web..");

    @ArchTest
    static final ArchRule domainHasNoSpringSqlOrJson = noClasses().that().resideInAPackage("org.followthrough.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "tools.jackson..", "com.fasterxml.jackson..", "jakarta..");

    @ArchTest
    static final ArchRule applicationDoesNotReachOutward = noClasses().that().resideInAPackage("org.followthrough.application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.followthrough.web..", "org.followthrough.site..",
                    "org.followthrough.infra..", "org.followthrough.analytics..");

    @ArchTest
    static final ArchRule analyticsDoesNotReachOutward = noClasses().that().resideInAPackage("org.followthrough.analytics..")
            .should().dependOnClassesThat().resideInAnyPackage("org.followthrough.web..", "org.followthrough.site..",
                    "org.followthrough.infra..");

    /**
     * The outcome facts share the projections' support, and a coach's figures cover the candidates who share with them;
     * nothing else of the application is the analytics' to use.
     */
    @ArchTest
    static final ArchRule analyticsUsesOnlyTheProjectionSupportAndTheSharingOfTheApplication = noClasses()
            .that().resideInAPackage("org.followthrough.analytics..")
            .should().dependOnClassesThat(resideInAPackage("org.followthrough.application..")
                    .and(not(resideInAnyPackage("org.followthrough.application.projection..",
                            "org.followthrough.application.coaching.."))));

    @ArchTest
    static final ArchRule infraDoesNotReachOutward = noClasses().that().resideInAPackage("org.followthrough.infra..")
            .should().dependOnClassesThat().resideInAnyPackage("org.followthrough.web..", "org.followthrough.site..",
                    "org.followthrough.application..", "org.followthrough.analytics..");

    /** The site renders domain events and the figures' results it is given; it asks nobody for anything. */
    @ArchTest
    static final ArchRule siteOnlyRendersWhatItIsGiven = noClasses().that().resideInAPackage("org.followthrough.site..")
            .should().dependOnClassesThat().resideInAnyPackage("org.followthrough.web..", "org.followthrough.infra..",
                    "org.followthrough.application..", "org.followthrough.analytics.facts..",
                    "org.followthrough.analytics.figures..", "org.springframework..");
}
