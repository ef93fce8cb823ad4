/**
 * Scheduled work across instances: every {@code @Scheduled} job also carries a ShedLock {@code @SchedulerLock}, so that
 * with several instances on one database each run of a schedule happens on one instance only.
 */
package cn.jinan.care.web.jobs;
