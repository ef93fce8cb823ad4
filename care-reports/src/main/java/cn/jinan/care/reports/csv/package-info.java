/** CSV output: UTF-8 with a byte-order mark (so Excel reads Chinese right), RFC 4180 quoting, ISO dates. */
package cn.jinan.care.reports.csv;
