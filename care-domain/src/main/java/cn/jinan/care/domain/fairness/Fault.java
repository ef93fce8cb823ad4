package cn.jinan.care.domain.fairness;

/** The subjective fault of the person held to account (第18条: 界定主观过错，区分故意和过失). */
public enum Fault {
    INTENT, NEGLIGENCE
}
