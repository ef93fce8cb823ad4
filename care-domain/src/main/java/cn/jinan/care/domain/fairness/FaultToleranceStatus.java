package cn.jinan.care.domain.fairness;

/**
 * Where a fault-tolerance case stands. 第17条 asks for the investigation (容错调查) and then the comprehensive judgment
 * (综合研判) against the three distinctions before anything is decided, so the order is fixed: received →
 * investigated → assessed → decided.
 */
public enum FaultToleranceStatus {
    RECEIVED, INVESTIGATED, ASSESSED, DECIDED
}
