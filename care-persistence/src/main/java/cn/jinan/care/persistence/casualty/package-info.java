/**
 * The on-duty casualty register (第28条) within a data scope: cases, family members and follow-ups; the family
 * follow-up obligations (R28-FAMILY-FOLLOW-UP) kept in step with them; reads of a case's detail are logged.
 */
package cn.jinan.care.persistence.casualty;
