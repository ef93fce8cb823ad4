/**
 * Health checks (第22条) within scope: recording, the follow-up a major-risk finding makes due, coverage per
 * organization and year, and the logged read of the findings.
 */
package cn.jinan.care.persistence.health;
