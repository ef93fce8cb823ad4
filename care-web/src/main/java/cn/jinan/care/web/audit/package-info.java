/**
 * The auditor's pages: every revision of the audit trail and every sensitive read.
 */
package cn.jinan.care.web.audit;
