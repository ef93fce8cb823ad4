/**
 * Study-hour pages: one record, or one session for many attendees picked from the roster (batch entry).
 */
package cn.jinan.care.web.training;
