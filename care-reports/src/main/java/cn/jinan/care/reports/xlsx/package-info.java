/** Excel (.xlsx) output through POI's streaming workbook: a fixed window of rows in memory, whatever the row count. */
package cn.jinan.care.reports.xlsx;
