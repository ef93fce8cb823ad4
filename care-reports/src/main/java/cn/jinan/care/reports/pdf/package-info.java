/**
 * PDF output (OpenPDF): A4, Chinese text in an embedded, subsetted CJK font shipped with the module (no system font is
 * needed), running header and page numbers, charts drawn with the PDF's own graphics.
 */
package cn.jinan.care.reports.pdf;
