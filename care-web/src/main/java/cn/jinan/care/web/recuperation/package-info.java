/**
 * Recuperation pages (疗休养, 第21条): the register per year within scope, the stay form with its working-day rule, and
 * the holiday calendar administrators keep.
 */
package cn.jinan.care.web.recuperation;
