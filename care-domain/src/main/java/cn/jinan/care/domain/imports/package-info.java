/**
 * Importing rosters and study hours from spreadsheets (issue 7): the batch that holds an uploaded file between the
 * preview and the commit, the file formats (columns, the words each column accepts) and the reading of one row into
 * what the roster or the study register would store, with every problem found named by row and column.
 */
package cn.jinan.care.domain.imports;
