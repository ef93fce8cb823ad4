/**
 * Disciplinary sanctions and organizational handling (第18、20条) and their impact periods (R20-IMPACT-PERIOD), during
 * which a member is kept off honor and medal lists. Sanction records are sensitive.
 */
package cn.jinan.care.domain.sanction;
