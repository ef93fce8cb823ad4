/**
 * Recuperation (疗休养, 第21条): stays of 5 to 7 working days counted on the holiday calendar (public holidays and
 * 调休 make-up workdays), never counted against annual leave.
 */
package cn.jinan.care.domain.recuperation;
