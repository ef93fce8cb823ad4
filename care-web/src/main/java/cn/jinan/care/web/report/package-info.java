/**
 * 年度报表 (issue 7): the page that asks for a yearly report, the background jobs that write it to a file (a bounded
 * pool of workers, progress, clean-up) and the downloads, each user's own.
 */
package cn.jinan.care.web.report;
