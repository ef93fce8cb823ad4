/**
 * Visits: logging and editing within scope, lists per member and per branch.
 */
package cn.jinan.care.persistence.visit;
