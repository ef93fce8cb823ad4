/** The background exports of yearly reports: queued, run, finished or failed, each visible to its own user only. */
package cn.jinan.care.persistence.report;
