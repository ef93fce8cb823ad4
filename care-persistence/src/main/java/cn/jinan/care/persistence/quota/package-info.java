/**
 * Yearly quotas per member (R03, R04, R08-SUPERIOR-TALKS), the members short of them, and the advisory list of
 * political birthdays (R09).
 */
package cn.jinan.care.persistence.quota;
