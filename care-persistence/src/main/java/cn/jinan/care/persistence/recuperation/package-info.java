/**
 * Recuperation (疗休养, 第21条): the holiday calendar administrators keep, and stays logged and changed within scope,
 * each counted in working days on that calendar.
 */
package cn.jinan.care.persistence.recuperation;
