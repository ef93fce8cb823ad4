/**
 * Pages of party congress delegates' work (第7条): proposals and motions with their handling, the sessions delegates
 * are called to and each delegate's attendance rate.
 */
package cn.jinan.care.web.delegate;
