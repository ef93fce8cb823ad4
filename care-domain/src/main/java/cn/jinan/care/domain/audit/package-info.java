/**
 * The audit trail: one revision per changing transaction (who and when), and the log of sensitive reads.
 */
package cn.jinan.care.domain.audit;
