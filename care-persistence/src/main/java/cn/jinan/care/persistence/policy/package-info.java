/**
 * Rule parameters in force on a day, read from the versioned {@code rule_parameter} table.
 */
package cn.jinan.care.persistence.policy;
