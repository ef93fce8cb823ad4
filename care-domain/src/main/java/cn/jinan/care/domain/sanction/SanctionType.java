package cn.jinan.care.domain.sanction;

import cn.jinan.care.domain.policy.ParameterKey;
import java.util.Optional;

/**
 * The disciplinary sanctions of the party's disciplinary regulations (纪律处分) and the organizational handling
 * (组织处理) the register keeps, each with the parameter that says how long its impact period lasts (第20条).
 */
public enum SanctionType {
    /** 警告. */
    WARNING(true, ParameterKey.IMPACT_MONTHS_WARNING),
    /** 严重警告. */
    SERIOUS_WARNING(true, ParameterKey.IMPACT_MONTHS_SERIOUS_WARNING),
    /** 撤销党内职务. */
    REMOVAL_FROM_POST(true, ParameterKey.IMPACT_MONTHS_REMOVAL_FROM_POST),
    /** 留党察看: the probation (12 or 24 months, entered) plus the parameter's months. */
    PROBATION(true, ParameterKey.IMPACT_MONTHS_AFTER_PROBATION),
    /** 开除党籍: ends membership; there is no period after which the member is listed again. */
    EXPULSION(true, null),
    /** 诫勉 (organizational handling). */
    ADMONITION(false, ParameterKey.IMPACT_MONTHS_ADMONITION),
    /** 组织调整: 调整职务、责令辞职、免职、降职 (organizational handling). */
    ORGANIZATIONAL_ADJUSTMENT(false, ParameterKey.IMPACT_MONTHS_ORGANIZATIONAL_ADJUSTMENT);

    private final boolean disciplinary;
    private final ParameterKey impactMonths;

    SanctionType(boolean disciplinary, ParameterKey impactMonths) {
        this.disciplinary = disciplinary;
        this.impactMonths = impactMonths;
    }

    /** A sanction of the disciplinary regulations (纪律处分), as opposed to organizational handling (组织处理). */
    public boolean disciplinary() {
        return disciplinary;
    }

    /** The parameter holding the months of the impact period; empty for expulsion. */
    public Optional<ParameterKey> impactMonths() {
        return Optional.ofNullable(impactMonths);
    }

    public boolean endsMembership() {
        return this == EXPULSION;
    }

    public boolean hasProbation() {
        return this == PROBATION;
    }
}
