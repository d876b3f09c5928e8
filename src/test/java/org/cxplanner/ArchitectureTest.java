package org.cxplanner;

import com.tngtech.archunit.junit.ArchTag;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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

/** The layering of docs/architecture.md: feature packages, views over services, services own transactions. */
@ArchTag("unit")
@AnalyzeClasses(packages = "org.cxplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsUseServicesOnly = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "org.springframework.data.jdbc..", "java.sql..")
            .because("views go through services, which check the caller's role");

    @ArchTest
    static final ArchRule onlySecurityReadsTheSecurityContext = noClasses().that().resideOutsideOfPackage("org.cxplanner.security..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.core.context.SecurityContextHolder")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.core.context.SecurityContextHolderStrategy")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.core.context.SecurityContext")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.core.Authentication")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.spring.security.AuthenticationContext")
            .because("who is signed in and what they may do for which team is answered once, by CurrentUser and TeamAccess");

    /** Screens link to other features by address; {@code base.ui} is the shared shell every feature builds on. */
    @ArchTest
    static final ArchRule noFeatureImportsAnotherFeaturesUi = classes().should(new ArchCondition<JavaClass>("depend on no other feature's ui") {
        @Override
        public void check(JavaClass item, ConditionEvents events) {
            String own = feature(item.getPackageName());
            for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getPackageName();
                String other = feature(target);
                if (target.startsWith("org.cxplanner.") && (target + ".").contains(".ui.") && other != null
                        && !other.equals(own) && !other.equals("base")) {
                    events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                }
            }
        }
    }).because("a feature's screens are its own: others link to them by route");

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("org.cxplanner.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule baseDependsOnNoFeature = noClasses().that().resideInAPackage("org.cxplanner.base..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cxplanner.users..", "org.cxplanner.raci..", "org.cxplanner.catalog..", "org.cxplanner.history..",
                    "org.cxplanner.roadmap..", "org.cxplanner.messaging..", "org.cxplanner.indicators..", "org.cxplanner.review..", "org.cxplanner.notifications..", "org.cxplanner.calendar..", "org.cxplanner.webhooks..");

    @ArchTest
    static final ArchRule historyDependsOnNoFeature = noClasses().that().resideInAPackage("org.cxplanner.history..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cxplanner.users..", "org.cxplanner.raci..",
                    "org.cxplanner.catalog..", "org.cxplanner.roadmap..", "org.cxplanner.messaging..",
                    "org.cxplanner.indicators..", "org.cxplanner.review..", "org.cxplanner.notifications..", "org.cxplanner.calendar..", "org.cxplanner.webhooks..")
            .because("every feature records into the one history, so it must not know them");

    @ArchTest
    static final ArchRule onlyServicesAreTransactional = methods().that().areAnnotatedWith(Transactional.class)
            .should().beDeclaredInClassesThat().areAnnotatedWith(Service.class);

    /** Each service method says whether it reads or writes; a class-wide annotation would hide that. */
    @ArchTest
    static final ArchRule transactionsAreDeclaredPerMethod = noClasses().should().beAnnotatedWith(Transactional.class);

    /** Plain-JDBC classes have one suffix, so a newcomer finds every statement of a feature in its {@code *Records}. */
    @ArchTest
    static final ArchRule sqlClassesAreRecords = classes().that().areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .should().haveSimpleNameEndingWith("Records").andShould().resideOutsideOfPackage("..ui..");

    @ArchTest
    static final ArchRule repositoriesLiveAtTheFeatureRoot = classes().that().areAssignableTo(Repository.class)
            .should().resideOutsideOfPackage("..ui..");

    private static String feature(String packageName) {
        if (!packageName.startsWith("org.cxplanner.")) {
            return null;
        }
        String rest = packageName.substring("org.cxplanner.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @ArchTest
    static final ArchRule servicesLiveAtTheFeatureRoot = classes().that().areAnnotatedWith(Service.class)
            .should().resideOutsideOfPackage("..ui..");
}
