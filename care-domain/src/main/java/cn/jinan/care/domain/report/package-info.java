/**
 * Yearly reports (issue 7): the formats a report is written in and the background export a user asked for.
 */
package cn.jinan.care.domain.report;
