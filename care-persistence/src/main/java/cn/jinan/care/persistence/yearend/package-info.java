/**
 * The lists that matter at year end (issue 6): who is below a yearly quota, overdue 三必谈 talks, hardship members not
 * visited in the year's campaign, casualty families overdue for follow-up, medal candidates not yet awarded — each for
 * a year and a part of the tree within the caller's scope, paged in SQL, with cheap counts for the index.
 */
package cn.jinan.care.persistence.yearend;
