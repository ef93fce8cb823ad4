/**
 * Imports of rosters and study hours: the batches waiting for confirmation (stored in the database, committed once,
 * expired after a day), and the checks of every row against the roster, the register and the user's data scope, with
 * an all-or-nothing commit that checks the file again first.
 */
package cn.jinan.care.persistence.imports;
