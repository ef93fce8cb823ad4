/**
 * Hardship pages (第27条): the register with its filters and overdue reviews, a record's detail (a logged read) with
 * its aid and the button for each aid's next step only, register/edit/review/close forms, histories; the aid steps.
 */
package cn.jinan.care.web.hardship;
