/**
 * Keeps the compliance summaries moving: folds pending deltas every few seconds, ages overdue figures and builds a
 * new year at midnight, builds the years with records at start, and rebuilds them all on the command line
 * ({@code --rebuild-summaries}).
 */
package cn.jinan.care.web.compliance;
