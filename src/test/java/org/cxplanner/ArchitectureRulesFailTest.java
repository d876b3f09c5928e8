package org.cxplanner;

import org.junit.jupiter.api.Tag;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of {@link ArchitectureTest} can fail: each one fails on a view that breaks it. */
@Tag("unit")
class ArchitectureRulesFailTest {

    private static final JavaClasses BROKEN = new ClassFileImporter()
            .importPackages("org.cxplanner.fixturea", "org.cxplanner.fixtureb");

    @Test
    void eachRuleFailsOnTheEdgeItForbids() {
        List<String> unbroken = List.of(ArchitectureTest.noFeatureImportsAnotherFeaturesUi, ArchitectureTest.viewsUseServicesOnly,
                        ArchitectureTest.onlySecurityReadsTheSecurityContext, ArchitectureTest.transactionsAreDeclaredPerMethod)
                .stream().filter(rule -> !rule.evaluate(BROKEN).hasViolation()).map(ArchRule::getDescription).toList();
        assertThat(unbroken).isEmpty();
    }
}
