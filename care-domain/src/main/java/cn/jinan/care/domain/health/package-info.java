/**
 * Health checks (第22条): one check a member a year; a major-risk finding is followed up. The findings are sensitive.
 */
package cn.jinan.care.domain.health;
