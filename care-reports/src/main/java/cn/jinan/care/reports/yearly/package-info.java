/**
 * The yearly report (issue 7): what it holds for an organization's subtree and a year, read from the compliance
 * summaries and the registers, and the per-member table streamed from a database cursor into whichever writer.
 */
package cn.jinan.care.reports.yearly;
