package cn.jinan.care.domain.fairness;

/** What was decided in an accountability case (第18条: 从轻、减轻或免于问责, or the measure taken). */
public enum AccountabilityOutcome {
    /** 从轻问责. */
    LIGHTENED,
    /** 减轻问责. */
    REDUCED,
    /** 免于问责. */
    EXEMPTED,
    /** 采取问责措施 as the case warrants (视情况采用相应问责手段). */
    MEASURE_TAKEN;

    /** 从轻、减轻、免于: allowed only where no great loss was caused or it can be remedied. */
    public boolean lenient() {
        return this != MEASURE_TAKEN;
    }
}
