package cn.jinan.care.web.fairness;

import cn.jinan.care.domain.fairness.AccountabilityCase;
import cn.jinan.care.domain.fairness.AccountabilityOutcome;
import cn.jinan.care.domain.fairness.Fault;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The steps of an accountability case; each step's page binds its own fields. */
@Data
public class AccountabilityStepForm {

    private long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate rectificationResultOn;
    @Size(max = 2000)
    private String rectificationResult;
    private Boolean rectificationSufficient;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate statementOn;
    @Size(max = 2000)
    private String statement;
    private Fault fault;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opinionsOn;
    @Size(max = 2000)
    private String organizationOpinion;
    @Size(max = 2000)
    private String massesOpinion;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate policyOpinionOn;
    @Size(max = 100)
    private String policyDepartment;
    @Size(max = 2000)
    private String policyOpinion;

    private AccountabilityOutcome outcome;
    @Size(max = 500)
    private String measure;
    private Boolean lossRemediable;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;
    @Size(max = 100)
    private String decidedBy;
    @Size(max = 2000)
    private String decisionReasons;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate evaluatedOn;
    @Size(max = 2000)
    private String evaluation;

    /** The form for a case, with what the musts already hold (a must heard again replaces what was heard). */
    static AccountabilityStepForm of(AccountabilityCase c, LocalDate today) {
        AccountabilityStepForm f = new AccountabilityStepForm();
        f.version = c.getVersion();
        f.rectificationResultOn = today;
        f.statementOn = c.getStatementOn() == null ? today : c.getStatementOn();
        f.statement = c.getStatement();
        f.fault = c.getFault();
        f.opinionsOn = c.getOpinionsOn() == null ? today : c.getOpinionsOn();
        f.organizationOpinion = c.getOrganizationOpinion();
        f.massesOpinion = c.getMassesOpinion();
        f.policyOpinionOn = c.getPolicyOpinionOn() == null ? today : c.getPolicyOpinionOn();
        f.policyDepartment = c.getPolicyDepartment();
        f.policyOpinion = c.getPolicyOpinion();
        f.decidedOn = today;
        f.evaluatedOn = today;
        return f;
    }
}
