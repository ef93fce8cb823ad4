/**
 * Party members (党员) of the roster, the flags the rules read, and the events of their party life.
 */
package cn.jinan.care.domain.member;
