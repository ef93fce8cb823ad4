/**
 * Study hours: single and batch entry (one session, many attendees), duplicates refused, at most 12 hours a day.
 */
package cn.jinan.care.persistence.training;
