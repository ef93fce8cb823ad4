/**
 * Reading uploaded import files (.xlsx streamed, CSV in UTF-8 or GB18030) into rows of text, refusing hostile and
 * damaged files with a message key, and writing the import templates. Free of web code: bytes in, rows out.
 */
package cn.jinan.care.reports.imports;
