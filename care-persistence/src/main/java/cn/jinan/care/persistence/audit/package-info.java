/**
 * The audit trail as people read it: change history from the Envers tables, and the log of sensitive reads.
 */
package cn.jinan.care.persistence.audit;
