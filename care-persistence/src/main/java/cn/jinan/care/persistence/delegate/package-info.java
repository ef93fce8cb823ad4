/**
 * Party congress delegates (第7条) within a data scope: proposals and motions with their handling, the sessions
 * delegates are called to, and each delegate's attendance rate per year.
 */
package cn.jinan.care.persistence.delegate;
