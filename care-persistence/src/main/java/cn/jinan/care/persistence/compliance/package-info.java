/**
 * The compliance engine's summaries: per member and per organization subtree, per year and rule, what the policy
 * required and what was done. The database keeps them current in the transaction of every write (triggers of
 * migration V13); this package reads them, builds a year, ages overdue figures and folds pending deltas.
 */
package cn.jinan.care.persistence.compliance;
