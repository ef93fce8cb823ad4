/**
 * Talks: logging and editing within scope, lists per member and per branch, the summary read that is logged.
 */
package cn.jinan.care.persistence.talk;
