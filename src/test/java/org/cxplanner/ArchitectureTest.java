package org.cxplanner;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of ENGINEERING.md: feature packages, views over services, services own transactions. */
@AnalyzeClasses(packages = "org.cxplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsNeverUseRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views go through services, which check the caller's role");

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("org.cxplanner.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule baseDependsOnNoFeature = noClasses().that().resideInAPackage("org.cxplanner.base..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cxplanner.users..", "org.cxplanner.raci..", "org.cxplanner.catalog..", "org.cxplanner.history..",
                    "org.cxplanner.roadmap..", "org.cxplanner.messaging..", "org.cxplanner.indicators..", "org.cxplanner.review..");

    @ArchTest
    static final ArchRule historyDependsOnNoFeature = noClasses().that().resideInAPackage("org.cxplanner.history..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cxplanner.users..", "org.cxplanner.raci..",
                    "org.cxplanner.catalog..", "org.cxplanner.roadmap..", "org.cxplanner.messaging..",
                    "org.cxplanner.indicators..", "org.cxplanner.review..")
            .because("every feature records into the one history, so it must not know them");

    @ArchTest
    static final ArchRule onlyServicesAreTransactional = methods().that().areAnnotatedWith(Transactional.class)
            .should().beDeclaredInClassesThat().areAnnotatedWith(Service.class);

    @ArchTest
    static final ArchRule noTransactionalClassesOutsideServices = classes().that().areAnnotatedWith(Transactional.class)
            .should().beAnnotatedWith(Service.class).allowEmptyShould(true);

    @ArchTest
    static final ArchRule repositoriesLiveAtTheFeatureRoot = classes().that().areAssignableTo(Repository.class)
            .should().resideOutsideOfPackage("..ui..");

    @ArchTest
    static final ArchRule servicesLiveAtTheFeatureRoot = classes().that().areAnnotatedWith(Service.class)
            .should().resideOutsideOfPackage("..ui..");
}
