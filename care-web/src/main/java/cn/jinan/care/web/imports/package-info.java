/**
 * Import pages (issue 7): templates to download, upload, a preview of every row's outcome and problem, the error rows
 * as a spreadsheet, and the all-or-nothing commit; for the member roster and for study hours.
 */
package cn.jinan.care.web.imports;
