/**
 * Honors and the 50-year medal within a data scope: the honor register, and the medal's candidate, held-back and
 * awarded lists computed in SQL, paged.
 */
package cn.jinan.care.persistence.honor;
