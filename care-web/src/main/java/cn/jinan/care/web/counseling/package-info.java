/**
 * Counseling pages (第24条): a list of cases that says only that they exist; contents, sessions and changes only for
 * users with the counseling permission, each read logged.
 */
package cn.jinan.care.web.counseling;
