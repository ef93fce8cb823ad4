package cn.jinan.care.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of DESIGN.md, kept true by the build. */
@AnalyzeClasses(packages = "cn.jinan.care", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule domainUsesNoSpring = noClasses().that().resideInAPackage("cn.jinan.care.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule domainKnowsNoOtherModule = noClasses().that().resideInAPackage("cn.jinan.care.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jinan.care.persistence..",
                    "cn.jinan.care.reports..", "cn.jinan.care.web..");

    @ArchTest
    static final ArchRule domainHasNoRepositories = noClasses().that().resideInAPackage("cn.jinan.care.domain..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    @ArchTest
    static final ArchRule persistenceKnowsNoWebOrReports = noClasses().that()
            .resideInAPackage("cn.jinan.care.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jinan.care.web..", "cn.jinan.care.reports..",
                    "org.springframework.web..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule reportsNeverDependOnWeb = noClasses().that().resideInAPackage("cn.jinan.care.reports..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.jinan.care.web..", "org.springframework.web..",
                    "jakarta.servlet..").allowEmptyShould(true);

    @ArchTest
    static final ArchRule controllersDoNotTouchRepositories = noClasses().that()
            .resideInAPackage("cn.jinan.care.web..").and().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");
}
