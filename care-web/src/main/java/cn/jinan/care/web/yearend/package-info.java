/**
 * The year-end lists (年终清单, issue 6): an index with each list's length for a year and a part of the tree, and the
 * six lists, each paged and exportable to Excel.
 */
package cn.jinan.care.web.yearend;
