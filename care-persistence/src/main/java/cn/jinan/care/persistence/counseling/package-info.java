/**
 * Counseling cases (第24条) within scope. Contents are given only to users with the counseling permission, each
 * read logged; others in scope learn that a case exists, when it opened and whether it is closed.
 */
package cn.jinan.care.persistence.counseling;
