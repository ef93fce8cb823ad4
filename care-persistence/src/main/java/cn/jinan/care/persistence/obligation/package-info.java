/**
 * Obligations: created from member events by the policy engine, fulfilled by matching records, listed as the to-do.
 */
package cn.jinan.care.persistence.obligation;
