/**
 * Secondments (调、挂、派, 第12条; 村居挂职 第14条): a member posted up, down, across or out for practical experience, with
 * the rule that one member holds one secondment at a time.
 */
package cn.jinan.care.domain.secondment;
