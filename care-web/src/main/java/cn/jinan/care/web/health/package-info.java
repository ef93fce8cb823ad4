/**
 * Health check pages (第22条): coverage per organization and year, recording a check, its logged detail page and the
 * follow-up of a major-risk finding.
 */
package cn.jinan.care.web.health;
